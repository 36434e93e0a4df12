// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// The colour scheme of the window: the player's choice of light, dark or the system's, kept in
// QSettings beside the player's profile. Theme.qml picks its palette by dark.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Scheme scheme READ scheme WRITE setScheme NOTIFY schemeChanged)
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    enum class Scheme { FollowSystem, Light, Dark };
    Q_ENUM(Scheme)

    // settingsFile: an INI file; empty: the application's own QSettings.
    explicit Appearance(const QString &settingsFile, QObject *parent = nullptr);
    // QML's instance keeps the choice where sessions keep the profile: SessionSettings::defaults().
    static Appearance *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme);
    bool isDark() const { return m_dark; }

    // Qt 6.4 does not say whether the system is dark (QStyleHints::colorScheme() comes in 6.5);
    // the platform's palette does, by the lightness of its window colour.
    static bool systemIsDark();

Q_SIGNALS:
    void schemeChanged();
    void darkChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool shouldBeDark() const;
    void updateDark();

    QString m_settingsFile;
    Scheme m_scheme = Scheme::FollowSystem;
    bool m_dark = false;
};
