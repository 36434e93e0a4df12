// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The language: the player's choice, kept in the settings file, installs the translation the
// view models' texts come from; without a choice, the system's language or English.
#include "language.h"
#include "livegamesmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void followsTheSystemByDefault();
    void choiceIsKeptInTheSettingsFile();
    void unknownStoredChoiceFollowsTheSystem();
    void aChoiceChangesTheTextsAtOnce();
    void theSavedChoiceIsInstalledBeforeAnyLanguageExists();

private:
    QString settingsFile() const { return m_directory.filePath(QStringLiteral("player.ini")); }
    static QString movesText(int moves)
    {
        return QCoreApplication::translate("LiveGamesModel", "%n move(s)", nullptr, moves);
    }

    QTemporaryDir m_directory;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // CTest runs us in the C locale, which has no translation of its own.
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::cleanup()
{
    QFile::remove(settingsFile());
    Language::install(Language::Choice::FollowSystem);
}

void TestLanguage::followsTheSystemByDefault()
{
    const Language language(settingsFile());
    QCOMPARE(language.choice(), Language::Choice::FollowSystem);
    // A system language without a translation gets English, plural forms included.
    QCOMPARE(movesText(1), QStringLiteral("1 move"));
    QCOMPARE(movesText(3), QStringLiteral("3 moves"));
}

void TestLanguage::choiceIsKeptInTheSettingsFile()
{
    {
        Language language(settingsFile());
        QSignalSpy changes(&language, &Language::choiceChanged);
        language.setChoice(Language::Choice::French);
        QCOMPARE(language.choice(), Language::Choice::French);
        QCOMPARE(changes.size(), 1);
        language.setChoice(Language::Choice::French);
        QCOMPARE(changes.size(), 1);
    }
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("language/choice")),
             QVariant(QStringLiteral("French")));
    const Language again(settingsFile());
    QCOMPARE(again.choice(), Language::Choice::French);
}

void TestLanguage::unknownStoredChoiceFollowsTheSystem()
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("language/choice"),
                                                             QStringLiteral("Klingon"));
    const Language language(settingsFile());
    QCOMPARE(language.choice(), Language::Choice::FollowSystem);
}

void TestLanguage::aChoiceChangesTheTextsAtOnce()
{
    Language language(settingsFile());
    LiveGamesModel model(nullptr);
    LiveGame game;
    game.gameId = QUuid::createUuid();
    game.moves = 2;
    game.watchers = 1;
    model.setGames({game});
    const auto details = [&model] { return model.index(0).data(LiveGamesModel::DetailsRole).toString(); };
    QCOMPARE(details(), QStringLiteral("2 moves · 1 watching"));

    language.setChoice(Language::Choice::French);
    QCOMPARE(details(), QStringLiteral("2 coups · 1 spectateur"));
    QCOMPARE(movesText(1), QStringLiteral("1 coup"));
    QCOMPARE(movesText(0), QStringLiteral("0 coup"));

    language.setChoice(Language::Choice::English);
    QCOMPARE(details(), QStringLiteral("2 moves · 1 watching"));
}

void TestLanguage::theSavedChoiceIsInstalledBeforeAnyLanguageExists()
{
    QSettings(settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("language/choice"),
                                                             QStringLiteral("French"));
    Language::installSavedChoice(settingsFile());
    QCOMPARE(movesText(2), QStringLiteral("2 coups"));
}

QTEST_GUILESS_MAIN(TestLanguage)

#include "tst_language.moc"
