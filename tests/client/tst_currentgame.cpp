// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The board model driven by recorded games: marks, turns, the countdown, results and the move log.
#include "aliasdirectory.h"
#include "clientfixtures.h"
#include "currentgame.h"
#include "manualclock.h"
#include "movelogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ClientFixtures;

namespace {

QStringList marks(const CurrentGame &board)
{
    QStringList result;
    for (int row = 0; row < board.rowCount(); ++row)
        result.append(board.index(row).data(CurrentGame::MarkRole).toString());
    return result;
}

QList<int> rowsWith(const CurrentGame &board, CurrentGame::Role role)
{
    QList<int> rows;
    for (int row = 0; row < board.rowCount(); ++row) {
        if (board.index(row).data(role).toBool())
            rows.append(row);
    }
    return rows;
}

} // namespace

class TestCurrentGame : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsEmpty();
    void xWinsAsSeenByTheWinner();
    void xWinsAsSeenByTheLoser();
    void oWinsOnTheDiagonal();
    void drawHasNoWinningLine();
    void abortedGameNamesWhoRanOutOfTime();
    void playAsksOnlyForPlayableCells();
    void refusedMoveMakesCellsPlayableAgain();
    void countdownFollowsTheClock();
    void changesOnlyTheCellsThatChanged();
    void ignoresGamesOfOthers();
    void snapshotResynchronises();
    void versionsDropRepeatsAndAskForWhatWasMissed();
    void watcherFollowsFromTheSnapshotWithoutPlaying();

private:
    std::unique_ptr<AliasDirectory> m_aliases;
    std::unique_ptr<CurrentGame> m_board;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_movesTester;
    ManualClock m_clock;
};

void TestCurrentGame::init()
{
    m_aliases = std::make_unique<AliasDirectory>();
    m_board = std::make_unique<CurrentGame>(m_aliases.get());
    m_board->setClock(&m_clock);
    m_board->setTickInterval(1);
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_board.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_movesTester = std::make_unique<QAbstractItemModelTester>(
            m_board->moves(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCurrentGame::cleanup()
{
    m_movesTester.reset();
    m_tester.reset();
    m_board.reset();
    m_aliases.reset();
}

void TestCurrentGame::startsEmpty()
{
    QCOMPARE(m_board->rowCount(), 9);
    QCOMPARE(marks(*m_board), QStringList(9, QString()));
    QVERIFY(!m_board->isActive());
    QCOMPARE(m_board->result(), CurrentGame::None);
    QCOMPARE(m_board->resultText(), QString());
    QCOMPARE(m_board->secondsLeft(), 0);
    QCOMPARE(m_board->myMark(), QString());
    QCOMPARE(m_board->opponentAlias(), QString());
    QCOMPARE(m_board->moves()->rowCount(), 0);
    const QHash<int, QByteArray> roles = m_board->roleNames();
    QCOMPARE(roles.value(CurrentGame::MarkRole), QByteArray("mark"));
    QCOMPARE(roles.value(CurrentGame::PlayableRole), QByteArray("playable"));
    QCOMPARE(roles.value(CurrentGame::WinningRole), QByteArray("winning"));
}

void TestCurrentGame::xWinsAsSeenByTheWinner()
{
    m_board->setMyUserId(alice);
    m_aliases->insert(alice, QStringLiteral("Alice"));
    QSignalSpy lookups(m_aliases.get(), &AliasDirectory::lookupNeeded);
    QSignalSpy opponentChanges(m_board.get(), &CurrentGame::opponentAliasChanged);
    QSignalSpy activeChanges(m_board.get(), &CurrentGame::activeChanged);
    const QList<Effect> transcript = loadMessages(QStringLiteral("game_x_wins_top_row.json"));

    feed(*m_board, transcript.at(0)); // PLAYER_JOINED_A_GAME: not the board's business
    QVERIFY(!m_board->isActive());
    feed(*m_board, transcript.at(1)); // GAME_STARTED
    QVERIFY(m_board->isActive());
    QCOMPARE(activeChanges.size(), 1);
    QCOMPARE(m_board->gameId(), game);
    QCOMPARE(m_board->myMark(), QStringLiteral("X"));
    QCOMPARE(m_board->opponentId(), bob);
    QCOMPARE(m_board->opponentAlias(), QStringLiteral("…"));
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.at(0).at(0).toUuid(), bob);
    QVERIFY(!m_board->isMyTurn());
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());

    m_aliases->insert(bob, QStringLiteral("Bob"));
    QCOMPARE(m_board->opponentAlias(), QStringLiteral("Bob"));
    QCOMPARE(opponentChanges.size(), 2);

    feed(*m_board, transcript.at(2)); // WAITING_FOR_PLAYER_PLAY Alice
    QVERIFY(m_board->isMyTurn());
    QCOMPARE(m_board->turnAlias(), QStringLiteral("Alice"));
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(m_board->secondsLeft(), 20);

    feed(*m_board, transcript.at(3)); // MARK_PLACED Alice (0,0)
    feed(*m_board, transcript.at(4)); // BOARD_UPDATED
    QVERIFY(!m_board->isMyTurn());
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());
    feed(*m_board, transcript.at(5)); // WAITING_FOR_PLAYER_PLAY Bob
    QCOMPARE(m_board->turnAlias(), QStringLiteral("Bob"));
    QVERIFY(!m_board->isMyTurn());

    for (qsizetype i = 6; i < transcript.size(); ++i)
        feed(*m_board, transcript.at(i));

    QVERIFY(!m_board->isActive());
    QCOMPARE(activeChanges.size(), 2);
    QCOMPARE(m_board->result(), CurrentGame::Won);
    QCOMPARE(m_board->resultText(), QStringLiteral("You won!"));
    QCOMPARE(m_board->secondsLeft(), 0);
    QCOMPARE(m_board->turnAlias(), QString());
    QCOMPARE(marks(*m_board),
             (QStringList{"X", "X", "X", "O", "O", "", "", "", ""}));
    QCOMPARE(rowsWith(*m_board, CurrentGame::WinningRole), (QList<int>{0, 1, 2}));
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());

    const MoveLogModel *moves = m_board->moves();
    QCOMPARE(moves->rowCount(), 5);
    QCOMPARE(moves->index(0).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Alice (X) played the top-left corner"));
    QCOMPARE(moves->index(1).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Bob (O) played the middle-left square"));
    QCOMPARE(moves->index(4).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Alice (X) played the top-right corner"));
}

void TestCurrentGame::xWinsAsSeenByTheLoser()
{
    m_board->setMyUserId(bob);
    QSignalSpy results(m_board.get(), &CurrentGame::resultChanged);
    QSignalSpy resultTexts(m_board.get(), &CurrentGame::resultTextChanged);
    feedAll(*m_board, loadMessages(QStringLiteral("game_x_wins_top_row.json")));
    QCOMPARE(m_board->myMark(), QStringLiteral("O"));
    QCOMPARE(m_board->result(), CurrentGame::Lost);
    QCOMPARE(results.size(), 1);
    QCOMPARE(m_board->resultText(), QStringLiteral("… won"));
    m_aliases->insert(alice, QStringLiteral("Alice"));
    QCOMPARE(m_board->resultText(), QStringLiteral("Alice won"));
    QCOMPARE(resultTexts.size(), 2);
    QCOMPARE(rowsWith(*m_board, CurrentGame::WinningRole), (QList<int>{0, 1, 2}));
}

void TestCurrentGame::oWinsOnTheDiagonal()
{
    m_board->setMyUserId(alice);
    m_aliases->insert(bob, QStringLiteral("Bob"));
    feedAll(*m_board, loadMessages(QStringLiteral("game_o_wins_diagonal.json")));
    QCOMPARE(m_board->result(), CurrentGame::Lost);
    QCOMPARE(m_board->resultText(), QStringLiteral("Bob won"));
    QCOMPARE(rowsWith(*m_board, CurrentGame::WinningRole), (QList<int>{0, 4, 8}));
    QCOMPARE(marks(*m_board), (QStringList{"O", "X", "", "", "O", "X", "X", "", "O"}));
}

void TestCurrentGame::drawHasNoWinningLine()
{
    m_board->setMyUserId(bob);
    feedAll(*m_board, loadMessages(QStringLiteral("game_draw.json")));
    QCOMPARE(m_board->result(), CurrentGame::Draw);
    QCOMPARE(m_board->resultText(), QStringLiteral("Draw"));
    QCOMPARE(rowsWith(*m_board, CurrentGame::WinningRole), QList<int>());
    QVERIFY(!marks(*m_board).contains(QString()));
    QCOMPARE(m_board->moves()->rowCount(), 9);
}

void TestCurrentGame::abortedGameNamesWhoRanOutOfTime()
{
    const QList<Effect> transcript = loadMessages(QStringLiteral("game_o_runs_out_of_time.json"));
    m_board->setMyUserId(alice);
    m_aliases->insert(bob, QStringLiteral("Bob"));
    feedAll(*m_board, transcript);
    QCOMPARE(m_board->result(), CurrentGame::Aborted);
    QCOMPARE(m_board->resultText(), QStringLiteral("Game aborted: Bob ran out of time"));

    m_board->reset();
    QCOMPARE(m_board->result(), CurrentGame::None);
    QCOMPARE(m_board->resultText(), QString());
    m_board->setMyUserId(bob);
    feedAll(*m_board, transcript);
    QCOMPARE(m_board->resultText(), QStringLiteral("Game aborted: you ran out of time"));

    // Without TURN_TIMEOUT, whoever had the turn ran out of time.
    m_board->reset();
    m_board->setMyUserId(alice);
    QList<Effect> withoutTimeout = transcript;
    withoutTimeout.removeIf([](const Effect &message) { return message.is<TurnTimeout>(); });
    feedAll(*m_board, withoutTimeout);
    QCOMPARE(m_board->resultText(), QStringLiteral("Game aborted: Bob ran out of time"));
}

void TestCurrentGame::playAsksOnlyForPlayableCells()
{
    m_board->setMyUserId(alice);
    QSignalSpy requests(m_board.get(), &CurrentGame::moveRequested);
    feed(*m_board, loadMessages(QStringLiteral("game_started.json")).first());
    m_board->play(4);
    QCOMPARE(requests.size(), 0); // nobody's turn yet

    feed(*m_board, loadMessages(QStringLiteral("waiting_for_alice.json")).first());
    m_board->play(-1);
    m_board->play(9);
    QCOMPARE(requests.size(), 0);
    m_board->play(5);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).toUuid(), game);
    QCOMPARE(requests.at(0).at(1).toInt(), 2);
    QCOMPARE(requests.at(0).at(2).toInt(), 1);
    // One move at a time: a second click before the server answers asks for nothing.
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());
    m_board->play(6);
    QCOMPARE(requests.size(), 1);
}

void TestCurrentGame::refusedMoveMakesCellsPlayableAgain()
{
    m_board->setMyUserId(alice);
    feed(*m_board, loadMessages(QStringLiteral("game_started.json")).first());
    feed(*m_board, loadMessages(QStringLiteral("waiting_for_alice.json")).first());
    m_board->play(0);
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());
    feed(*m_board, loadMessages(QStringLiteral("game_error_position_filled.json")).first());
    QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole).size(), 9);
}

void TestCurrentGame::countdownFollowsTheClock()
{
    m_board->setMyUserId(bob);
    QSignalSpy seconds(m_board.get(), &CurrentGame::secondsLeftChanged);
    feed(*m_board, loadMessages(QStringLiteral("game_started.json")).first());
    feed(*m_board, loadMessages(QStringLiteral("waiting_for_alice.json")).first());
    QCOMPARE(m_board->secondsLeft(), 20);
    QCOMPARE(seconds.size(), 1);

    m_clock.advance(1001);
    QTRY_COMPARE(m_board->secondsLeft(), 19); // 18.999 s left reads 19
    m_clock.advance(17000);
    QTRY_COMPARE(m_board->secondsLeft(), 2);
    m_clock.advance(5000);
    QTRY_COMPARE(m_board->secondsLeft(), 0);

    // A new turn restarts the countdown; the end of the game stops it.
    feed(*m_board, loadMessages(QStringLiteral("waiting_for_alice.json")).first());
    QCOMPARE(m_board->secondsLeft(), 20);
    GameEnded ended{game, Games::Result::Draw, {}};
    m_board->handleGameEnded(ended);
    QCOMPARE(m_board->secondsLeft(), 0);
}

void TestCurrentGame::changesOnlyTheCellsThatChanged()
{
    m_board->setMyUserId(bob);
    const QList<Effect> transcript = loadMessages(QStringLiteral("game_x_wins_top_row.json"));
    feedAll(*m_board, transcript.mid(0, 3)); // started, Alice to play
    QSignalSpy changed(m_board.get(), &QAbstractItemModel::dataChanged);
    feed(*m_board, transcript.at(3)); // Alice marks (0,0)
    feed(*m_board, transcript.at(4)); // the same board again
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);

    changed.clear();
    feed(*m_board, transcript.at(5)); // Bob's turn: the eight empty cells become playable
    QCOMPARE(changed.size(), 8);
}

void TestCurrentGame::ignoresGamesOfOthers()
{
    m_board->setMyUserId(carol);
    QSignalSpy activeChanges(m_board.get(), &CurrentGame::activeChanged);
    feedAll(*m_board, loadMessages(QStringLiteral("game_x_wins_top_row.json")));
    QVERIFY(!m_board->isActive());
    QCOMPARE(activeChanges.size(), 0);
    QCOMPARE(m_board->result(), CurrentGame::None);
    QCOMPARE(marks(*m_board), QStringList(9, QString()));
    QCOMPARE(m_board->moves()->rowCount(), 0);

    // Events of another game do not touch the current one.
    m_board->setMyUserId(alice);
    feed(*m_board, loadMessages(QStringLiteral("game_started.json")).first());
    const QUuid otherGame = QUuid::createUuid();
    m_board->handleMarkPlaced(MarkPlaced{otherGame, alice, 1, 1, {}});
    m_board->handleGameEnded(GameEnded{otherGame, Games::Result::PlayerWon, alice});
    QVERIFY(m_board->isActive());
    QCOMPARE(marks(*m_board), QStringList(9, QString()));
}

void TestCurrentGame::snapshotResynchronises()
{
    m_board->setMyUserId(alice);
    const QList<Effect> transcript = loadMessages(QStringLiteral("game_x_wins_top_row.json"));
    feedAll(*m_board, transcript.mid(0, 3)); // Alice to play
    const Board board = transcript.at(7).as<BoardUpdated>().board; // after Bob's first move

    GameSnapshot snapshot{game, Games::Stage::InProgress, {alice, bob}, board, alice, {}};
    m_board->handleGameSnapshot(snapshot);
    QVERIFY(m_board->isActive());
    QVERIFY(m_board->isMyTurn());
    QCOMPARE(marks(*m_board), (QStringList{"X", "", "", "O", "", "", "", "", ""}));
    QCOMPARE(m_board->secondsLeft(), 20); // same player's turn: the deadline holds

    // The game ended while we were away: the board tells how.
    Board won = board.withMark(1, 0, alice).withMark(2, 0, alice);
    m_board->handleGameSnapshot({game, Games::Stage::Ended, {alice, bob}, won, {}, {}});
    QVERIFY(!m_board->isActive());
    QCOMPARE(m_board->result(), CurrentGame::Won);

    // A game the server forgot is over for us too.
    m_board->reset();
    feedAll(*m_board, transcript.mid(0, 3));
    m_board->handleGameLost(game);
    QVERIFY(!m_board->isActive());
    QCOMPARE(m_board->result(), CurrentGame::Aborted);
}

void TestCurrentGame::versionsDropRepeatsAndAskForWhatWasMissed()
{
    m_board->setMyUserId(bob);
    QSignalSpy resyncs(m_board.get(), &CurrentGame::resyncNeeded);
    feed(*m_board, GameStarted{game, {alice, bob}, Board(), 4});
    feed(*m_board, WaitingForPlayerPlay{game, alice, 20000, 5});
    const MarkPlaced centre{game, alice, 1, 1, QUuid(), 6};
    feed(*m_board, centre);
    QCOMPARE(m_board->version(), 6);

    // The same move again (a resync repeating what arrived meanwhile) is not a second move.
    feed(*m_board, centre);
    QCOMPARE(m_board->moves()->rowCount(), 1);
    QCOMPARE(resyncs.size(), 0);

    // Version 7 went missing: 8 is not applied, and the game asks for what came after 6.
    feed(*m_board, WaitingForPlayerPlay{game, bob, 20000, 8});
    QVERIFY(!m_board->isMyTurn());
    QCOMPARE(resyncs.size(), 1);
    QCOMPARE(resyncs.at(0).at(0).toUuid(), game);
    QCOMPARE(resyncs.at(0).at(1).toInt(), 6);

    // The missed events, in order, bring it up to date.
    feed(*m_board, BoardUpdated{game, Board().withMark(1, 1, alice), 7});
    feed(*m_board, WaitingForPlayerPlay{game, bob, 20000, 8});
    QCOMPARE(m_board->version(), 8);
    QVERIFY(m_board->isMyTurn());
}

void TestCurrentGame::watcherFollowsFromTheSnapshotWithoutPlaying()
{
    m_aliases->insert(alice, QStringLiteral("Alice"));
    m_aliases->insert(bob, QStringLiteral("Bob"));
    m_board->setMyUserId(carol);
    QSignalSpy resyncs(m_board.get(), &CurrentGame::resyncNeeded);
    QSignalSpy moves(m_board.get(), &CurrentGame::moveRequested);
    const QList<Effect> transcript = loadMessages(QStringLiteral("game_x_wins_top_row.json"));

    m_board->watch(game);
    QVERIFY(m_board->isWatching());
    QVERIFY(!m_board->isActive());
    // Before the snapshot, events are what the snapshot will hold.
    feed(*m_board, transcript.at(2));
    QCOMPARE(m_board->turnAlias(), QString());

    const QUuid dave = QUuid::createUuid();
    m_board->handleWatcherJoined(WatcherJoined{game, dave, 1, {}});
    QCOMPARE(m_board->watchers(), 1);
    QCOMPARE(resyncs.size(), 0);
    m_board->handleWatcherJoined(WatcherJoined{game, carol, 2, {}});
    QCOMPARE(m_board->watchers(), 2);
    QCOMPARE(resyncs.size(), 1);
    QCOMPARE(resyncs.at(0).at(1).toInt(), 0);

    GameSnapshot snapshot;
    snapshot.gameId = game;
    snapshot.stage = Games::Stage::InProgress;
    snapshot.players = {alice, bob};
    snapshot.currentPlayer = alice;
    snapshot.version = 3;
    m_board->handleGameSnapshot(snapshot);
    QVERIFY(m_board->isActive());
    QCOMPARE(m_board->playersText(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(m_board->turnAlias(), QStringLiteral("Alice"));
    QCOMPARE(m_board->myMark(), QString());
    QCOMPARE(m_board->opponentAlias(), QString());
    // Since when the turn runs, a snapshot does not say.
    QVERIFY(!m_board->isCountdownKnown());

    for (qsizetype index = 2; index < transcript.size(); ++index) {
        feed(*m_board, transcript.at(index));
        QCOMPARE(rowsWith(*m_board, CurrentGame::PlayableRole), QList<int>());
        m_board->play(8);
    }
    QCOMPARE(moves.size(), 0);
    QCOMPARE(m_board->moves()->rowCount(), 5);
    QCOMPARE(m_board->result(), CurrentGame::SomeoneWon);
    QCOMPARE(m_board->resultText(), QStringLiteral("Alice won"));
    QCOMPARE(rowsWith(*m_board, CurrentGame::WinningRole), (QList<int>{0, 1, 2}));

    m_board->handleWatcherLeft(WatcherLeft{game, dave, 1});
    QCOMPARE(m_board->watchers(), 1);
    m_board->reset();
    QVERIFY(!m_board->isWatching());
    QCOMPARE(m_board->watchers(), 0);
}

QTEST_GUILESS_MAIN(TestCurrentGame)

#include "tst_currentgame.moc"
