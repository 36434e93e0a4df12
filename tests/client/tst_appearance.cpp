// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The colour scheme: the player's choice, kept in the settings file, and the system's when the
// player follows it.
#include "appearance.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void followsALightSystemByDefault();
    void choiceIsKeptInTheSettingsFile();
    void unknownStoredChoiceFollowsTheSystem();
    void followingTheSystemTracksItsPalette();
    void anExplicitChoiceIgnoresTheSystem();

private:
    QString settingsFile() const { return m_directory.filePath(QStringLiteral("player.ini")); }

    QTemporaryDir m_directory;
};

namespace {

QPalette darkSystemPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return palette;
}

} // namespace

void TestAppearance::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // The offscreen platform's palette is Qt's light default.
    QVERIFY(!Appearance::systemIsDark());
}

void TestAppearance::cleanup()
{
    QGuiApplication::setPalette(QPalette());
    QFile::remove(settingsFile());
}

void TestAppearance::followsALightSystemByDefault()
{
    const Appearance appearance(settingsFile());
    QCOMPARE(appearance.scheme(), Appearance::Scheme::FollowSystem);
    QVERIFY(!appearance.isDark());
}

void TestAppearance::choiceIsKeptInTheSettingsFile()
{
    {
        Appearance appearance(settingsFile());
        QSignalSpy schemeChanges(&appearance, &Appearance::schemeChanged);
        QSignalSpy darkChanges(&appearance, &Appearance::darkChanged);
        appearance.setScheme(Appearance::Scheme::Dark);
        QCOMPARE(appearance.scheme(), Appearance::Scheme::Dark);
        QVERIFY(appearance.isDark());
        QCOMPARE(schemeChanges.size(), 1);
        QCOMPARE(darkChanges.size(), 1);

        appearance.setScheme(Appearance::Scheme::Dark);
        QCOMPARE(schemeChanges.size(), 1);
    }
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("appearance/scheme")),
             QVariant(QStringLiteral("Dark")));

    Appearance reopened(settingsFile());
    QCOMPARE(reopened.scheme(), Appearance::Scheme::Dark);
    QVERIFY(reopened.isDark());

    reopened.setScheme(Appearance::Scheme::Light);
    QCOMPARE(Appearance(settingsFile()).scheme(), Appearance::Scheme::Light);
}

void TestAppearance::unknownStoredChoiceFollowsTheSystem()
{
    QSettings(settingsFile(), QSettings::IniFormat)
            .setValue(QStringLiteral("appearance/scheme"), QStringLiteral("Sepia"));
    QCOMPARE(Appearance(settingsFile()).scheme(), Appearance::Scheme::FollowSystem);
}

void TestAppearance::followingTheSystemTracksItsPalette()
{
    Appearance appearance(settingsFile());
    QSignalSpy darkChanges(&appearance, &Appearance::darkChanged);

    QGuiApplication::setPalette(darkSystemPalette());
    QTRY_VERIFY(appearance.isDark());
    QCOMPARE(darkChanges.size(), 1);

    QGuiApplication::setPalette(QPalette());
    QTRY_VERIFY(!appearance.isDark());
    QCOMPARE(darkChanges.size(), 2);

    // A player who starts on a dark system starts dark.
    QGuiApplication::setPalette(darkSystemPalette());
    QVERIFY(Appearance(settingsFile()).isDark());
}

void TestAppearance::anExplicitChoiceIgnoresTheSystem()
{
    Appearance appearance(settingsFile());
    appearance.setScheme(Appearance::Scheme::Light);
    QSignalSpy darkChanges(&appearance, &Appearance::darkChanged);

    QGuiApplication::setPalette(darkSystemPalette());
    QVERIFY(Appearance::systemIsDark());
    QVERIFY(!appearance.isDark());

    // Following it again takes the system's dark at once.
    appearance.setScheme(Appearance::Scheme::FollowSystem);
    QVERIFY(appearance.isDark());

    appearance.setScheme(Appearance::Scheme::Dark);
    QGuiApplication::setPalette(QPalette());
    QVERIFY(appearance.isDark());
    QCOMPARE(darkChanges.size(), 1);
}

QTEST_MAIN(TestAppearance)

#include "tst_appearance.moc"
