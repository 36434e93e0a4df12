// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The TicTacToe.Client module as QML sees it: the types, their enums and the session's properties.
#include "appearance.h"
#include "gamesession.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

class TestClientQml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enumsReadAsTheirCppValues();
    void sessionIsUsableFromQml();
    void appearanceKeepsItsChoiceWithTheProfile();

private:
    std::unique_ptr<QObject> create(const QByteArray &qml);

    QTemporaryDir m_directory;
    QQmlEngine m_engine;
};

void TestClientQml::initTestCase()
{
    QVERIFY(m_directory.isValid());
    SessionSettings settings;
    settings.discovery.enabled = false;
    settings.discovery.target = QHostAddress::LocalHost;
    settings.settingsFile = m_directory.filePath(QStringLiteral("player.ini"));
    SessionSettings::setDefaults(settings);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

std::unique_ptr<QObject> TestClientQml::create(const QByteArray &qml)
{
    QQmlComponent component(&m_engine);
    component.setData(qml, QUrl(QStringLiteral("inline.qml")));
    std::unique_ptr<QObject> object(component.create());
    if (!object)
        qWarning().noquote() << component.errorString();
    return object;
}

void TestClientQml::enumsReadAsTheirCppValues()
{
    const auto object = create(R"(
        import QtQuick
        import TicTacToe.Client
        QtObject {
            property int connectingStage: GameSession.Connecting
            property int lobby: GameSession.Lobby
            property int connectingState: GameClient.Connecting
            property int online: GameClient.Online
            property int reconnecting: GameClient.Reconnecting
            property int won: CurrentGame.Won
            property int aborted: CurrentGame.Aborted
        })");
    QVERIFY(object);
    // A stage and a connection state may share a name: each type keeps its own.
    QCOMPARE(object->property("connectingStage").toInt(), int(GameSession::Stage::Connecting));
    QCOMPARE(object->property("lobby").toInt(), int(GameSession::Stage::Lobby));
    QCOMPARE(object->property("connectingState").toInt(), int(GameClient::Connecting));
    QCOMPARE(object->property("online").toInt(), int(GameClient::Online));
    QCOMPARE(object->property("reconnecting").toInt(), int(GameClient::Reconnecting));
    QCOMPARE(object->property("won").toInt(), int(CurrentGame::Won));
    QCOMPARE(object->property("aborted").toInt(), int(CurrentGame::Aborted));
}

void TestClientQml::sessionIsUsableFromQml()
{
    const auto object = create(R"(
        import QtQuick
        import TicTacToe.Client
        QtObject {
            property GameSession session: GameSession {}
            property bool choosing: session.stage === GameSession.ChoosingAlias
            property bool offline: session.connection.state === GameClient.Offline
            property string alias: session.player.alias
            property bool invited: session.invitations.pending
            property int cells: session.game.rowCount()
            property int moves: session.game.moves.count
            property int players: session.onlinePlayers.count
            property int fame: session.hallOfFame.count
            property int hosts: session.hosts.count
            function pickAlias() { session.chooseAlias("  Carol ") }
        })");
    QVERIFY(object);
    QVERIFY(object->property("choosing").toBool());
    QVERIFY(object->property("offline").toBool());
    QCOMPARE(object->property("cells").toInt(), 9);
    QCOMPARE(object->property("moves").toInt(), 0);
    QCOMPARE(object->property("players").toInt(), 0);
    QCOMPARE(object->property("fame").toInt(), 0);
    QCOMPARE(object->property("hosts").toInt(), 0);
    QVERIFY(QMetaObject::invokeMethod(object.get(), "pickAlias"));
    auto *session = object->property("session").value<GameSession *>();
    QVERIFY(session);
    QCOMPARE(session->player()->alias(), QStringLiteral("Carol"));
    QCOMPARE(object->property("alias").toString(), QStringLiteral("Carol"));
    QVERIFY(!object->property("invited").toBool());
    QCOMPARE(session->stage(), GameSession::Stage::Home);
    QVERIFY(!object->property("choosing").toBool());
}

void TestClientQml::appearanceKeepsItsChoiceWithTheProfile()
{
    const auto object = create(R"(
        import QtQuick
        import TicTacToe.Client
        QtObject {
            property bool dark: Appearance.dark
            function chooseDark() { Appearance.scheme = Appearance.Dark }
        })");
    QVERIFY(object);
    QVERIFY(!object->property("dark").toBool());
    QVERIFY(QMetaObject::invokeMethod(object.get(), "chooseDark"));
    QVERIFY(object->property("dark").toBool());
    // Where the sessions keep the player's alias.
    const QSettings settings(SessionSettings::defaults().settingsFile, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("appearance/scheme")), QVariant(QStringLiteral("Dark")));
    QCOMPARE(Appearance(SessionSettings::defaults().settingsFile).scheme(), Appearance::Scheme::Dark);
}

QTEST_MAIN(TestClientQml)

#include "tst_clientqml.moc"
