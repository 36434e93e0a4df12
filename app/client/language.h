// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// The language of the window: the system's, or the player's choice of English or French, kept in
// QSettings beside the player's profile. The application has one translation at a time, whichever
// Language installed it; changing the choice retranslates the pages at once.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Choice choice READ choice WRITE setChoice NOTIFY choiceChanged)

public:
    enum class Choice { FollowSystem, English, French };
    Q_ENUM(Choice)

    // settingsFile: an INI file; empty: the application's own QSettings. Installs the translation
    // of the choice kept there.
    explicit Language(const QString &settingsFile, QObject *parent = nullptr);
    // QML's instance keeps the choice where sessions keep the profile (SessionSettings::defaults())
    // and retranslates the engine's bindings when it changes.
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);

    // What the app calls before it loads the pages, so that they are built in the right language.
    static void installSavedChoice(const QString &settingsFile);
    // Installs the translation of a choice, kept nowhere: the system's language when there is a
    // translation for it, English otherwise (tests that read English texts install it).
    static void install(Choice choice);

Q_SIGNALS:
    void choiceChanged();

private:
    static Choice savedChoice(const QString &settingsFile);

    QString m_settingsFile;
    Choice m_choice = Choice::FollowSystem;
    QPointer<QQmlEngine> m_engine;
};
