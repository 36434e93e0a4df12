// Two instances of the desktop app in one process, each with its own QML engine and window rendered
// offscreen: one hosts (embedded server + LAN beacon), the other finds it on the LAN over loopback,
// joins, accepts an invitation and loses a game. Both windows must then show the result and the
// updated hall of fame.
#include "currentgame.h"
#include "embeddedgamehost.h"
#include "gamesession.h"
#include "halloffamemodel.h"
#include "hostlistmodel.h"
#include "onlineplayersmodel.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(TicTacToePlugin)
Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

namespace {

// One running copy of the app: an engine that loaded Main.qml, its window and its session.
struct AppInstance
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    GameSession *session = nullptr;
};

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

void collectVisibleTexts(const QQuickItem *item, QStringList &texts)
{
    if (!item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        texts.append(text.toString());
    for (const QQuickItem *child : item->childItems())
        collectVisibleTexts(child, texts);
}

// Everything a person can read in the window right now (popups included: they live in its overlay).
QStringList visibleTexts(const AppInstance &instance)
{
    QStringList texts;
    collectVisibleTexts(instance.window->contentItem(), texts);
    return texts;
}

bool showsText(const AppInstance &instance, const QString &fragment)
{
    const QStringList texts = visibleTexts(instance);
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &text) { return text.contains(fragment); });
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostAndJoinerFindEachOtherAndPlayToAWin();

private:
    std::unique_ptr<AppInstance> launch(const QString &settingsName);

    QTemporaryDir m_settingsDirectory;
    quint16 m_discoveryPort = 0;
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_settingsDirectory.isValid());
    m_discoveryPort = freeUdpPort();
    QVERIFY(m_discoveryPort != 0);
}

std::unique_ptr<AppInstance> TestEndToEnd::launch(const QString &settingsName)
{
    SessionSettings settings;
    // Loopback's broadcast address: every browser on this machine hears it, nothing leaves lo.
    settings.discovery.target = QHostAddress(QStringLiteral("127.255.255.255"));
    settings.discovery.port = m_discoveryPort;
    settings.discovery.announceIntervalMs = 200;
    ServerSettings server;
    server.host = QHostAddress::LocalHost;
    server.port = 0;
    settings.hostFactory = EmbeddedGameHost::factory(server, settings.discovery);
    settings.settingsFile = m_settingsDirectory.filePath(settingsName + QStringLiteral(".ini"));
    // Main.qml's GameSession takes the defaults when the engine creates it.
    SessionSettings::setDefaults(settings);

    auto instance = std::make_unique<AppInstance>();
    instance->engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    instance->engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TicTacToe/Main.qml")));
    if (instance->engine.rootObjects().isEmpty())
        return nullptr;
    instance->window = qobject_cast<QQuickWindow *>(instance->engine.rootObjects().constFirst());
    instance->session = instance->window ? instance->window->findChild<GameSession *>() : nullptr;
    if (!instance->session)
        return nullptr;
    instance->window->show();
    return instance;
}

void TestEndToEnd::hostAndJoinerFindEachOtherAndPlayToAWin()
{
    const std::unique_ptr<AppInstance> host = launch(QStringLiteral("host"));
    QVERIFY(host);
    const std::unique_ptr<AppInstance> joiner = launch(QStringLiteral("joiner"));
    QVERIFY(joiner);
    QCOMPARE(host->session->stage(), GameSession::Stage::ChoosingAlias);

    host->session->chooseAlias(QStringLiteral("Alice"));
    joiner->session->chooseAlias(QStringLiteral("Bob"));
    QTRY_COMPARE(joiner->session->stage(), GameSession::Stage::Home);

    host->session->hostGame();
    QTRY_COMPARE(host->session->stage(), GameSession::Stage::Lobby);
    QVERIFY(host->session->connection()->isHosting());

    // The joiner lists the host from its beacon alone, within the 2 s the product promises.
    HostListModel *hosts = joiner->session->hosts();
    QTRY_VERIFY_WITH_TIMEOUT(hosts->rowCount() == 1, 2000);
    const QModelIndex found = hosts->index(0);
    QCOMPARE(found.data(HostListModel::AliasRole).toString(), QStringLiteral("Alice"));
    QTRY_VERIFY(showsText(*joiner, QStringLiteral("Alice")));
    joiner->session->joinHost(found.data(HostListModel::AddressRole).toString(),
                              found.data(HostListModel::PortRole).toInt());
    QTRY_COMPARE(joiner->session->stage(), GameSession::Stage::Lobby);

    // The host sees Bob by name in its lobby and invites him.
    OnlinePlayersModel *players = host->session->onlinePlayers();
    QTRY_COMPARE(players->rowCount(), 2);
    QTRY_VERIFY(showsText(*host, QStringLiteral("Bob")));
    QString bobId;
    for (int row = 0; row < players->rowCount(); ++row) {
        if (!players->index(row).data(OnlinePlayersModel::IsMeRole).toBool())
            bobId = players->index(row).data(OnlinePlayersModel::UserIdRole).toString();
    }
    QCOMPARE(bobId, joiner->session->userId());
    host->session->invitations()->invite(bobId);

    QTRY_VERIFY(joiner->session->invitations()->isPending());
    QCOMPARE(joiner->session->invitations()->fromAlias(), QStringLiteral("Alice"));
    QTRY_VERIFY(showsText(*joiner, QStringLiteral("Alice")));
    joiner->session->invitations()->accept();
    QTRY_COMPARE(host->session->stage(), GameSession::Stage::Playing);
    QTRY_COMPARE(joiner->session->stage(), GameSession::Stage::Playing);

    // The inviter joined first, so Alice plays X and moves first; she takes the top row.
    CurrentGame *aliceBoard = host->session->game();
    CurrentGame *bobBoard = joiner->session->game();
    QTRY_VERIFY(aliceBoard->isMyTurn());
    QCOMPARE(aliceBoard->myMark(), QStringLiteral("X"));
    QCOMPARE(bobBoard->myMark(), QStringLiteral("O"));
    const int moves[] = {0, 3, 1, 4, 2};
    for (int i = 0; i < 5; ++i) {
        CurrentGame *mover = i % 2 == 0 ? aliceBoard : bobBoard;
        QTRY_VERIFY(mover->isMyTurn());
        mover->play(moves[i]);
        QTRY_COMPARE(bobBoard->index(moves[i]).data(CurrentGame::MarkRole).toString(),
                     i % 2 == 0 ? QStringLiteral("X") : QStringLiteral("O"));
    }

    QTRY_COMPARE(aliceBoard->result(), CurrentGame::Won);
    QTRY_COMPARE(bobBoard->result(), CurrentGame::Lost);
    QTRY_VERIFY(showsText(*host, QStringLiteral("You won")));
    QTRY_VERIFY(showsText(*joiner, QStringLiteral("Alice won")));

    // Back in the lobby, both halls of fame show Alice's 100 points.
    host->session->backToLobby();
    joiner->session->backToLobby();
    for (const AppInstance *instance : {host.get(), joiner.get()}) {
        HallOfFameModel *hallOfFame = instance->session->hallOfFame();
        QTRY_COMPARE(hallOfFame->rowCount(), 1);
        QCOMPARE(hallOfFame->index(0).data(HallOfFameModel::AliasRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(hallOfFame->index(0).data(HallOfFameModel::ScoreRole).toInt(), 100);
        QTRY_VERIFY(showsText(*instance, QStringLiteral("100")));
    }
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
