// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "language.h"

#include "sessionsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

const QString choiceKey = QStringLiteral("language/choice");
const QString translationsDirectory = QStringLiteral(":/i18n");
const QString translationsName = QStringLiteral("tictactoe");
// Found again by name, so that every Language replaces the one translation the application has.
const QString translatorName = QStringLiteral("tictactoe-translator");

std::unique_ptr<QSettings> openSettings(const QString &settingsFile)
{
    if (settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

QTranslator *applicationTranslator()
{
    QCoreApplication *application = QCoreApplication::instance();
    auto *translator = application->findChild<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    if (!translator) {
        translator = new QTranslator(application);
        translator->setObjectName(translatorName);
    }
    return translator;
}

} // namespace

Language::Language(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
    , m_choice(savedChoice(settingsFile))
{
    install(m_choice);
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    auto *language = new Language(SessionSettings::defaults().settingsFile);
    language->m_engine = qmlEngine;
    return language;
}

void Language::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    openSettings(m_settingsFile)->setValue(choiceKey,
                                           QString::fromLatin1(QMetaEnum::fromType<Choice>().valueToKey(
                                                   static_cast<int>(choice))));
    install(choice);
    Q_EMIT choiceChanged();
    // Bindings that call qsTr() are evaluated again only when asked.
    if (m_engine)
        m_engine->retranslate();
}

void Language::installSavedChoice(const QString &settingsFile)
{
    install(savedChoice(settingsFile));
}

Language::Choice Language::savedChoice(const QString &settingsFile)
{
    // Kept by name, so that the file reads as what the player chose and a name this version does
    // not know falls back to the system's language.
    const QByteArray stored = openSettings(settingsFile)->value(choiceKey).toString().toLatin1();
    bool known = false;
    const int value = QMetaEnum::fromType<Choice>().keyToValue(stored.constData(), &known);
    return known ? static_cast<Choice>(value) : Choice::FollowSystem;
}

void Language::install(Choice choice)
{
    const QLocale locale = choice == Choice::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                         : choice == Choice::French  ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale::system();
    // Dates and numbers follow the language of the texts.
    QLocale::setDefault(locale);
    QTranslator *translator = applicationTranslator();
    QCoreApplication::removeTranslator(translator);
    // Loading from the system's locale tries each of its uiLanguages() in turn. A language without
    // a translation gets English, whose translation holds the plural forms of the source texts.
    if (translator->load(locale, translationsName, QStringLiteral("_"), translationsDirectory)
        || translator->load(translationsName + QStringLiteral("_en"), translationsDirectory)) {
        QCoreApplication::installTranslator(translator);
    }
}
