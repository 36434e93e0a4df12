// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Two instances of the desktop app in one process, each with its own QML engine and window rendered
// offscreen, over real sockets: one hosts (embedded server + LAN beacon), the other finds it on the
// LAN over loopback and joins. They play each other; the host plays the computer while the other
// watches, and both replay that game.
#include "computer/perfectplay.h"
#include "computeropponentsmodel.h"
#include "currentgame.h"
#include "embeddedgamehost.h"
#include "gamereplay.h"
#include "gamesession.h"
#include "halloffamemodel.h"
#include "hostlistmodel.h"
#include "livegamesmodel.h"
#include "onlineplayersmodel.h"
#include "recentgamesmodel.h"

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

// The nine marks of a board model, row by row, '.' for an empty cell: "X...O....".
QString marksOf(const QAbstractItemModel &board, int markRole)
{
    QString marks;
    for (int cell = 0; cell < board.rowCount(); ++cell) {
        const QString mark = board.index(cell, 0).data(markRole).toString();
        marks += mark.isEmpty() ? QStringLiteral(".") : mark;
    }
    return marks;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostAndJoinerFindEachOtherAndPlayToAWin();
    void aWatcherSeesADrawAgainstPerfectThatTheReplayShowsAgain();

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
    // The computer answers at once: the test waits for moves, not for its think time.
    server.computerRules.thinkDelayMs = 0;
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

void TestEndToEnd::aWatcherSeesADrawAgainstPerfectThatTheReplayShowsAgain()
{
    const std::unique_ptr<AppInstance> host = launch(QStringLiteral("host-computer"));
    QVERIFY(host);
    const std::unique_ptr<AppInstance> watcher = launch(QStringLiteral("watcher"));
    QVERIFY(watcher);
    host->session->chooseAlias(QStringLiteral("Alice"));
    watcher->session->chooseAlias(QStringLiteral("Carol"));
    host->session->hostGame();
    QTRY_COMPARE(host->session->stage(), GameSession::Stage::Lobby);
    watcher->session->joinHost(QStringLiteral("127.0.0.1"), host->session->connection()->hostedPort());
    QTRY_COMPARE(watcher->session->stage(), GameSession::Stage::Lobby);

    // Alice invites Perfect from her lobby, like a person.
    ComputerOpponentsModel *computers = host->session->computerOpponents();
    QTRY_COMPARE(computers->rowCount(), 3);
    const QModelIndex perfectRow = computers->index(2);
    QCOMPARE(perfectRow.data(ComputerOpponentsModel::LevelRole).toString(), QStringLiteral("Perfect"));
    host->session->invitations()->invite(perfectRow.data(ComputerOpponentsModel::UserIdRole).toString());
    QTRY_COMPARE(host->session->stage(), GameSession::Stage::Playing);
    CurrentGame *aliceBoard = host->session->game();
    QTRY_VERIFY(aliceBoard->isMyTurn());
    QCOMPARE(aliceBoard->myMark(), QStringLiteral("X"));
    QCOMPARE(aliceBoard->opponentAlias(), QStringLiteral("Computer (perfect)"));

    // Carol finds the game among those in progress and watches it from the empty board on.
    LiveGamesModel *liveGames = watcher->session->liveGames();
    QTRY_VERIFY_WITH_TIMEOUT((watcher->session->refreshGameLists(), liveGames->rowCount() == 1), 10000);
    // Alice's alias may still be on its way to Carol.
    QTRY_COMPARE(liveGames->index(0).data(LiveGamesModel::PlayersRole).toString(),
                 QStringLiteral("Alice (X) against Computer (perfect) (O)"));
    watcher->session->watchGame(liveGames->index(0).data(LiveGamesModel::GameIdRole).toString());
    QTRY_COMPARE(watcher->session->stage(), GameSession::Stage::Playing);
    CurrentGame *carolBoard = watcher->session->game();
    QTRY_VERIFY(carolBoard->isActive());
    QTRY_COMPARE(aliceBoard->watchers(), 1);
    QCOMPARE(marksOf(*carolBoard, CurrentGame::MarkRole), QStringLiteral("........."));

    // Every board Carol is shown, in order, from the empty one.
    QStringList carolSaw{marksOf(*carolBoard, CurrentGame::MarkRole)};
    connect(carolBoard, &QAbstractItemModel::dataChanged, this, [&] {
        const QString board = marksOf(*carolBoard, CurrentGame::MarkRole);
        if (board != carolSaw.last())
            carolSaw.append(board);
    });

    // Alice plays as well as the computer, a move that keeps the best outcome each turn.
    while (aliceBoard->result() == CurrentGame::None) {
        QTRY_VERIFY(aliceBoard->isMyTurn() || aliceBoard->result() != CurrentGame::None);
        if (aliceBoard->result() != CurrentGame::None)
            break;
        PerfectPlay::Cells cells;
        for (int cell = 0; cell < 9; ++cell) {
            const QString mark = aliceBoard->index(cell).data(CurrentGame::MarkRole).toString();
            cells[cell] = mark.isEmpty() ? PerfectPlay::Empty
                    : mark == QStringLiteral("X") ? PerfectPlay::Mine : PerfectPlay::Theirs;
        }
        const QList<int> best = PerfectPlay::bestMoves(cells);
        QVERIFY(!best.isEmpty());
        const int movesBefore = aliceBoard->moves()->rowCount();
        aliceBoard->play(best.first());
        QTRY_VERIFY(aliceBoard->moves()->rowCount() > movesBefore);
    }
    QCOMPARE(aliceBoard->result(), CurrentGame::Draw);
    const QString finalBoard = marksOf(*aliceBoard, CurrentGame::MarkRole);
    QCOMPARE(finalBoard.count(u'.'), 0);

    // Carol saw each of the nine moves, one mark at a time, and the end; she could play none.
    QTRY_COMPARE(carolBoard->result(), CurrentGame::Draw);
    QCOMPARE(carolSaw.size(), 10);
    for (qsizetype move = 1; move < carolSaw.size(); ++move) {
        int changed = 0;
        for (int cell = 0; cell < 9; ++cell)
            changed += carolSaw.at(move).at(cell) != carolSaw.at(move - 1).at(cell) ? 1 : 0;
        QCOMPARE(changed, 1);
        QCOMPARE(carolSaw.at(move).count(u'X') - carolSaw.at(move).count(u'O'), move % 2);
    }
    QCOMPARE(carolSaw.last(), finalBoard);
    QCOMPARE(carolBoard->moves()->rowCount(), 9);
    QTRY_VERIFY(showsText(*watcher, QStringLiteral("draw")));

    // Both find the game among the recent ones and replay it: the same boards, step by step.
    host->session->backToLobby();
    watcher->session->backToLobby();
    for (const AppInstance *instance : {host.get(), watcher.get()}) {
        RecentGamesModel *recentGames = instance->session->recentGames();
        QTRY_COMPARE(recentGames->rowCount(), 1);
        const QModelIndex played = recentGames->index(0);
        QTRY_COMPARE(played.data(RecentGamesModel::PlayersRole).toString(),
                     QStringLiteral("Alice (X) against Computer (perfect) (O)"));
        QCOMPARE(played.data(RecentGamesModel::OutcomeRole).toString(), QStringLiteral("A draw"));
        QTRY_VERIFY(showsText(*instance, QStringLiteral("Recent games")));

        instance->session->openReplay(played.data(RecentGamesModel::GameIdRole).toString());
        QTRY_COMPARE(instance->session->stage(), GameSession::Stage::Replaying);
        GameReplay *replay = instance->session->replay();
        QCOMPARE(replay->moveCount(), 9);
        QCOMPARE(replay->step(), 9);
        QCOMPARE(marksOf(*replay, GameReplay::MarkRole), finalBoard);
        QTRY_VERIFY(showsText(*instance, QStringLiteral("A draw.")));
        for (int step = 0; step <= 9; ++step) {
            replay->setStep(step);
            QCOMPARE(marksOf(*replay, GameReplay::MarkRole), carolSaw.at(step));
        }
        // X moves first, so the ninth move is Alice's.
        QTRY_VERIFY(showsText(*instance, QStringLiteral("Move 9 of 9: Alice (X)")));
        instance->session->backToLobby();
        QTRY_COMPARE(instance->session->stage(), GameSession::Stage::Lobby);
    }
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
