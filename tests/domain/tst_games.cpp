// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "games/gameeffects.h"
#include "scoring/scoringeffects.h"
#include "tictactoedomain.h"

#include <QPoint>
#include <QTest>

using namespace Games;

namespace {

// Short timers, to show that the rules are configurable (the default is 20 000 / 10 000 ms).
const GameRules shortRules{3000, 1000};

QString scheduleKey(const QUuid &game)
{
    return QStringLiteral("game:") + game.toString(QUuid::WithoutBraces);
}

// The whole tic-tac-toe domain around one game: alice creates it; start() has alice join first, so
// she moves first, then bob. carol never joins.
class Table
{
public:
    explicit Table(const GameRules &rules = {})
        : kit(ticTacToeModules(rules))
        , rules(rules)
    {
    }

    Outcome<> create()
    {
        return kit.send(CreateGame{QUuid::createUuid(), game, alice});
    }
    Outcome<> join(const QUuid &player)
    {
        return kit.send(JoinGame{QUuid::createUuid(), game, player});
    }
    // Creates the game and joins alice then bob; forgets what that handled.
    bool start()
    {
        const bool accepted = create() && join(alice) && join(bob);
        kit.takeHandled();
        return accepted;
    }
    PlaceMark mark(const QUuid &player, int x, int y) const
    {
        return PlaceMark{QUuid::createUuid(), game, player, x, y};
    }
    // alice plays the even moves, bob the odd ones.
    QUuid playerToMove() const { return movesPlayed % 2 == 0 ? alice : bob; }
    // A legal move: sends it and records it on the expected board.
    Outcome<> playMove(const PlaceMark &move)
    {
        board = board.withMark(move.x, move.y, move.player);
        ++movesPlayed;
        return kit.send(move);
    }
    // Plays the cells in turn; forgets what that handled.
    bool play(const QList<QPoint> &cells)
    {
        bool accepted = true;
        for (const QPoint &cell : cells)
            accepted = playMove(mark(playerToMove(), cell.x(), cell.y())).has_value() && accepted;
        kit.takeHandled();
        return accepted;
    }
    QVariant snapshot() const
    {
        const Outcome<QVariant> answer = kit.ask(GetGame{snapshotOperation, game});
        if (!answer)
            qWarning("GetGame failed: %s", qPrintable(answer.error().message));
        return answer.value_or(QVariant());
    }

    // The game's version once the moves played so far are in: created, two joins, started, first
    // turn (5), then three events a move.
    int versionAfterMoves(int moves) const { return 5 + 3 * moves; }
    // The effects of a move that keeps the game going; board is the board after it.
    QList<Effect> acceptedMove(const PlaceMark &move, const QUuid &next) const
    {
        const int before = versionAfterMoves(movesPlayed - 1);
        return {
                move,
                CancelScheduledEvents{scheduleKey(game)},
                MarkPlaced{game, move.player, move.x, move.y, move.operationId, before + 1},
                BoardUpdated{game, board, before + 2},
                WaitingForPlayerPlay{game, next, rules.turnTimeoutMs, before + 3},
                ScheduleEvent{TurnTimeout{game, next}, rules.turnTimeoutMs, scheduleKey(game)},
        };
    }
    // The effects of a move that ends the game, before what the scoring adds.
    QList<Effect> endingMove(const PlaceMark &move, Result result, const QUuid &winner) const
    {
        const int before = versionAfterMoves(movesPlayed - 1);
        return {
                move,
                CancelScheduledEvents{scheduleKey(game)},
                MarkPlaced{game, move.player, move.x, move.y, move.operationId, before + 1},
                BoardUpdated{game, board, before + 2},
                GameEnded{game, result, winner, before + 3},
                cleanupScheduled(),
        };
    }
    QList<Effect> rejected(const PlaceMark &move, ErrorReason reason) const
    {
        return {move, GameErrorOccurred{game, move.player, reason, move.operationId}};
    }
    Effect cleanupScheduled() const
    {
        return ScheduleEvent{GameStateReadyToBeCleaned{game}, rules.cleanupDelayMs, scheduleKey(game)};
    }
    DomainTestKit kit;
    const GameRules rules;
    const QUuid game = QUuid::createUuid();
    const QUuid alice = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    const QUuid carol = QUuid::createUuid();
    const QUuid snapshotOperation = QUuid::createUuid(); // one, so that snapshots compare equal
    Board board; // as the test expects it
    int movesPlayed = 0;
};

// What the scoring adds after the first win of a player in a fresh domain.
QList<Effect> firstWinScored(const QUuid &winner)
{
    return {PlayerScoreChanged{winner, 100},
            TopThreeListUpdated{TopThree{}, TopThree{{ScoreEntry{winner, 100}}}}};
}

QString describeSnapshot(const QVariant &answer)
{
    if (!answer.isValid())
        return QStringLiteral("nothing");
    if (answer.metaType() != QMetaType::fromType<GameSnapshot>())
        return QStringLiteral("not a GameSnapshot: ") + QString::fromLatin1(answer.typeName());
    return describeEffect(answer.value<GameSnapshot>());
}

// alice (first) takes the top row; bob's two marks are below it.
const QList<QPoint> aliceWinsTheTopRow{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}};

} // namespace

class TestGames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void createGameWaitsForPlayersWithoutJoiningTheCreator();
    void createGameWithAnExistingIdIsRefused();
    void waitingGamesPerUserAreLimited();
    void firstJoinRecordsThePlayer();
    void secondJoinStartsTheGameWithTheFirstJoinerToMove();
    void startAnnouncesTheConfiguredTurnTimeout();
    void acceptedMovesAlternateAndRearmTheTurnTimer();
    void rejectedMove_data();
    void rejectedMove();
    void markBeforeTheSecondJoinIsGameNotStarted();
    void commandsOnAnUnknownGameAreGameNotFound();
    void rejectedMoveKeepsTheTurnTimer();
    void rejectedMoveAfterTheEndKeepsTheCleanup();
    void winOnAnyLine_data();
    void winOnAnyLine();
    void secondPlayerCanWin();
    void winOnTheNinthMoveIsAWin();
    void fullBoardWithoutLineIsADraw();
    void turnTimeoutAbortsTheGame();
    void secondPlayerTimingOutAbortsTheGameToo();
    void moveJustBeforeTheTimeoutRearmsTheTimer();
    void staleTurnTimeoutIsIgnored();
    void endedGameIsForgottenAfterTheCleanupDelay();
    void gameNobodyCompletesIsForgottenAfterTheWaitingTimeout();
    void startedGameOutlivesTheWaitingTimeout();
    void thirdPlayerCannotJoin();
    void samePlayerCannotJoinTwice();
    void joiningAStartedGameAgainIsRefused();
    void getGameDescribesEachStage();
    void getGameOfAnUnknownGameFindsNothing();
    void getGameSinceAVersionAnswersExactlyTheMissedEvents();
    void getGameTooFarBehindAnswersTheSnapshotAlone();
};

void TestGames::createGameWaitsForPlayersWithoutJoiningTheCreator()
{
    Table table;
    const CreateGame create{QUuid::createUuid(), table.game, table.alice};

    QVERIFY(table.kit.send(create));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({create,
                              GameCreated{table.game, table.alice, Stage::WaitingForPlayers,
                                          create.operationId, 1},
                              ScheduleEvent{GameStateReadyToBeCleaned{table.game}, 5 * 60 * 1000,
                                            scheduleKey(table.game)}}));
    QCOMPARE(table.snapshot().value<GameSnapshot>().players, QList<QUuid>());
}

void TestGames::createGameWithAnExistingIdIsRefused()
{
    Table table;
    QVERIFY(table.create());
    QVERIFY(table.join(table.alice));
    table.kit.takeHandled();
    const QString before = describeSnapshot(table.snapshot());

    const CreateGame again{QUuid::createUuid(), table.game, table.bob};
    QVERIFY(table.kit.send(again));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({again, GameErrorOccurred{table.game, table.bob,
                                                       ErrorReason::GameAlreadyExists, again.operationId}}));
    QCOMPARE(describeSnapshot(table.snapshot()), before);
}

void TestGames::waitingGamesPerUserAreLimited()
{
    GameRules rules;
    rules.waitingGamesPerUser = 2;
    DomainTestKit kit(ticTacToeModules(rules));
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();
    const QUuid first = QUuid::createUuid(), second = QUuid::createUuid(), third = QUuid::createUuid();
    QVERIFY(kit.send(CreateGame{QUuid::createUuid(), first, alice}));
    QVERIFY(kit.send(CreateGame{QUuid::createUuid(), second, alice}));
    kit.takeHandled();

    const CreateGame tooMany{QUuid::createUuid(), third, alice};
    QVERIFY(kit.send(tooMany));
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({tooMany, GameErrorOccurred{third, alice, ErrorReason::TooManyWaitingGames,
                                                         tooMany.operationId}}));
    QVERIFY(!kit.ask(GetGame{QUuid::createUuid(), third}).value().isValid());
    // Others are not limited by Alice's games.
    QVERIFY(kit.send(CreateGame{QUuid::createUuid(), QUuid::createUuid(), bob}));
    QVERIFY(describeEffects(kit.takeHandled()).at(1).startsWith(QStringLiteral("GameCreated")));

    // Once one of hers starts, Alice may open another.
    QVERIFY(kit.send(JoinGame{QUuid::createUuid(), first, alice}));
    QVERIFY(kit.send(JoinGame{QUuid::createUuid(), first, bob}));
    kit.takeHandled();
    QVERIFY(kit.send(tooMany));
    QVERIFY(describeEffects(kit.takeHandled()).at(1).startsWith(QStringLiteral("GameCreated")));
}

void TestGames::firstJoinRecordsThePlayer()
{
    Table table;
    QVERIFY(table.create());
    table.kit.takeHandled();
    const JoinGame join{QUuid::createUuid(), table.game, table.bob};

    QVERIFY(table.kit.send(join));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({join, PlayerJoinedAGame{table.game, table.bob, join.operationId, 2}}));
    const GameSnapshot snapshot = table.snapshot().value<GameSnapshot>();
    QCOMPARE(snapshot.stage, Stage::WaitingForPlayers);
    QCOMPARE(snapshot.players, QList<QUuid>({table.bob}));
}

void TestGames::secondJoinStartsTheGameWithTheFirstJoinerToMove()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid game = QUuid::createUuid(), alice = QUuid::createUuid(), bob = QUuid::createUuid();
    const QUuid op1 = QUuid::createUuid(), op2 = QUuid::createUuid(), op3 = QUuid::createUuid();
    QVERIFY(kit.send(CreateGame{op1, game, alice}));
    QVERIFY(kit.send(JoinGame{op2, game, bob}));
    QVERIFY(kit.send(JoinGame{op3, game, alice}));
    const QString key = QStringLiteral("game:") + game.toString(QUuid::WithoutBraces);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({
                     CreateGame{op1, game, alice},
                     GameCreated{game, alice, Stage::WaitingForPlayers, op1, 1},
                     ScheduleEvent{GameStateReadyToBeCleaned{game}, 5 * 60 * 1000, key},
                     JoinGame{op2, game, bob},
                     PlayerJoinedAGame{game, bob, op2, 2},
                     JoinGame{op3, game, alice},
                     PlayerJoinedAGame{game, alice, op3, 3},
                     GameStarted{game, {bob, alice}, Board(), 4},
                     CancelScheduledEvents{key},
                     WaitingForPlayerPlay{game, bob, 20000, 5},
                     ScheduleEvent{TurnTimeout{game, bob}, 20000, key},
             }));
}

void TestGames::startAnnouncesTheConfiguredTurnTimeout()
{
    Table table(GameRules{1234, 567});
    QVERIFY(table.create());
    QVERIFY(table.join(table.alice));
    table.kit.takeHandled();
    const JoinGame second{QUuid::createUuid(), table.game, table.bob};

    QVERIFY(table.kit.send(second));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     second,
                     PlayerJoinedAGame{table.game, table.bob, second.operationId, 3},
                     GameStarted{table.game, {table.alice, table.bob}, Board(), 4},
                     CancelScheduledEvents{scheduleKey(table.game)},
                     WaitingForPlayerPlay{table.game, table.alice, 1234, 5},
                     ScheduleEvent{TurnTimeout{table.game, table.alice}, 1234, scheduleKey(table.game)},
             }));
}

void TestGames::acceptedMovesAlternateAndRearmTheTurnTimer()
{
    Table table;
    QVERIFY(table.start());

    const PlaceMark first = table.mark(table.alice, 1, 1);
    QVERIFY(table.playMove(first));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.acceptedMove(first, table.bob)));

    const PlaceMark second = table.mark(table.bob, 0, 2);
    QVERIFY(table.playMove(second));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.acceptedMove(second, table.alice)));

    // The board accumulates both marks: (1, 1) is alice's, (0, 2) is bob's.
    QCOMPARE(table.board.cell(1, 1), table.alice);
    QCOMPARE(table.board.cell(0, 2), table.bob);
}

void TestGames::rejectedMove_data()
{
    QTest::addColumn<QList<QPoint>>("before");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QPoint>("cell");
    QTest::addColumn<ErrorReason>("reason");

    const QList<QPoint> none;
    const QList<QPoint> centreTaken{{1, 1}};
    const QList<QPoint> won = aliceWinsTheTopRow;

    QTest::newRow("not your turn") << none << "bob" << QPoint(1, 1) << ErrorReason::PlayerCanNotPlay;
    QTest::newRow("not your turn beats off the board")
            << none << "bob" << QPoint(3, 3) << ErrorReason::PlayerCanNotPlay;
    QTest::newRow("not your turn beats filled")
            << centreTaken << "alice" << QPoint(1, 1) << ErrorReason::PlayerCanNotPlay;
    QTest::newRow("not a player") << none << "carol" << QPoint(1, 1) << ErrorReason::PlayerCanNotPlay;
    QTest::newRow("x negative") << none << "alice" << QPoint(-1, 0) << ErrorReason::PositionOffLimits;
    QTest::newRow("y negative") << none << "alice" << QPoint(0, -1) << ErrorReason::PositionOffLimits;
    QTest::newRow("x is 3") << none << "alice" << QPoint(3, 0) << ErrorReason::PositionOffLimits;
    QTest::newRow("y is 3") << none << "alice" << QPoint(0, 3) << ErrorReason::PositionOffLimits;
    QTest::newRow("filled") << centreTaken << "bob" << QPoint(1, 1) << ErrorReason::PositionAlreadyFilled;
    // After alice's win it is formally bob's turn: the next checks decide.
    QTest::newRow("off the board beats ended") << won << "bob" << QPoint(0, 3) << ErrorReason::PositionOffLimits;
    QTest::newRow("filled beats ended") << won << "bob" << QPoint(0, 0) << ErrorReason::PositionAlreadyFilled;
    QTest::newRow("ended") << won << "bob" << QPoint(2, 2) << ErrorReason::GameAlreadyEnded;
    QTest::newRow("winner after the end") << won << "alice" << QPoint(2, 2) << ErrorReason::PlayerCanNotPlay;
    QTest::newRow("not a player after the end")
            << won << "carol" << QPoint(2, 2) << ErrorReason::PlayerCanNotPlay;
}

void TestGames::rejectedMove()
{
    QFETCH(QList<QPoint>, before);
    QFETCH(QString, who);
    QFETCH(QPoint, cell);
    QFETCH(ErrorReason, reason);

    Table table(shortRules);
    QVERIFY(table.start());
    QVERIFY(table.play(before));
    const QString snapshotBefore = describeSnapshot(table.snapshot());
    const bool ended = table.snapshot().value<GameSnapshot>().stage == Stage::Ended;
    const QUuid player = who == u"alice" ? table.alice : who == u"bob" ? table.bob : table.carol;
    const PlaceMark move = table.mark(player, cell.x(), cell.y());

    QVERIFY(table.kit.send(move));

    QCOMPARE(describeEffects(table.kit.takeHandled()), describeEffects(table.rejected(move, reason)));
    QCOMPARE(describeSnapshot(table.snapshot()), snapshotBefore);
    // Nothing was cancelled (fix 1): the pending timer fires when it was due.
    const qint64 deadline = ended ? shortRules.cleanupDelayMs : shortRules.turnTimeoutMs;
    table.kit.advanceClock(deadline - 1);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    table.kit.advanceClock(1);
    const QList<Effect> fired = table.kit.takeHandled();
    QVERIFY(!fired.isEmpty());
    QCOMPARE(describeEffect(fired.constFirst()),
             ended ? describeEffect(GameStateReadyToBeCleaned{table.game})
                   : describeEffect(TurnTimeout{table.game, table.playerToMove()}));
}

void TestGames::markBeforeTheSecondJoinIsGameNotStarted()
{
    Table table;
    QVERIFY(table.create());
    const PlaceMark beforeAnyJoin = table.mark(table.alice, 0, 0);
    QVERIFY(table.kit.send(beforeAnyJoin));
    QVERIFY(table.join(table.alice));
    table.kit.takeHandled();

    const PlaceMark afterFirstJoin = table.mark(table.alice, 0, 0);
    QVERIFY(table.kit.send(afterFirstJoin));
    const PlaceMark byAStranger = table.mark(table.carol, 0, 0);
    QVERIFY(table.kit.send(byAStranger));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.rejected(afterFirstJoin, ErrorReason::GameNotStarted)
                             + table.rejected(byAStranger, ErrorReason::GameNotStarted)));
    QCOMPARE(table.snapshot().value<GameSnapshot>().board, Board());
    // The second join still starts the game normally.
    QVERIFY(table.join(table.bob));
    QCOMPARE(table.snapshot().value<GameSnapshot>().stage, Stage::InProgress);
}

void TestGames::commandsOnAnUnknownGameAreGameNotFound()
{
    Table table;
    const QUuid unknown = QUuid::createUuid();
    const PlaceMark move{QUuid::createUuid(), unknown, table.alice, 0, 0};
    const JoinGame join{QUuid::createUuid(), unknown, table.bob};

    QVERIFY(table.kit.send(move));
    QVERIFY(table.kit.send(join));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     move,
                     GameErrorOccurred{unknown, table.alice, ErrorReason::GameNotFound, move.operationId},
                     join,
                     GameErrorOccurred{unknown, table.bob, ErrorReason::GameNotFound, join.operationId},
             }));
}

void TestGames::rejectedMoveKeepsTheTurnTimer()
{
    Table table(shortRules);
    QVERIFY(table.start());
    table.kit.advanceClock(1000);

    QVERIFY(table.kit.send(table.mark(table.bob, 1, 1)));
    QVERIFY(table.kit.send(table.mark(table.alice, 3, 1)));
    QVERIFY(table.kit.send(table.mark(table.carol, 1, 1)));
    table.kit.takeHandled();

    table.kit.advanceClock(1999);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    table.kit.advanceClock(1);
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     TurnTimeout{table.game, table.alice},
                     GameEnded{table.game, Result::GameAborted, {}, table.versionAfterMoves(table.movesPlayed) + 1},
                     table.cleanupScheduled(),
             }));
}

void TestGames::rejectedMoveAfterTheEndKeepsTheCleanup()
{
    Table table(shortRules);
    QVERIFY(table.start());
    QVERIFY(table.play(aliceWinsTheTopRow));
    table.kit.advanceClock(400);

    const PlaceMark late = table.mark(table.bob, 2, 2);
    QVERIFY(table.kit.send(late));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.rejected(late, ErrorReason::GameAlreadyEnded)));

    table.kit.advanceClock(599);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    table.kit.advanceClock(1);
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({GameStateReadyToBeCleaned{table.game}}));
}

void TestGames::winOnAnyLine_data()
{
    QTest::addColumn<QList<QPoint>>("line");

    QTest::newRow("row 0") << QList<QPoint>{{0, 0}, {1, 0}, {2, 0}};
    QTest::newRow("row 1") << QList<QPoint>{{0, 1}, {1, 1}, {2, 1}};
    QTest::newRow("row 2") << QList<QPoint>{{0, 2}, {1, 2}, {2, 2}};
    QTest::newRow("column 0") << QList<QPoint>{{0, 0}, {0, 1}, {0, 2}};
    QTest::newRow("column 1") << QList<QPoint>{{1, 0}, {1, 1}, {1, 2}};
    QTest::newRow("column 2") << QList<QPoint>{{2, 0}, {2, 1}, {2, 2}};
    QTest::newRow("diagonal") << QList<QPoint>{{0, 0}, {1, 1}, {2, 2}};
    QTest::newRow("anti-diagonal") << QList<QPoint>{{2, 0}, {1, 1}, {0, 2}};
}

void TestGames::winOnAnyLine()
{
    QFETCH(QList<QPoint>, line);

    // bob plays the first two cells off the line: two marks never make a line.
    QList<QPoint> elsewhere;
    for (int y = 0; y < Board::size && elsewhere.size() < 2; ++y) {
        for (int x = 0; x < Board::size && elsewhere.size() < 2; ++x) {
            if (!line.contains(QPoint(x, y)))
                elsewhere.append(QPoint(x, y));
        }
    }
    Table table;
    QVERIFY(table.start());
    QVERIFY(table.play({line[0], elsewhere[0], line[1], elsewhere[1]}));

    const PlaceMark winning = table.mark(table.alice, line[2].x(), line[2].y());
    QVERIFY(table.playMove(winning));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.endingMove(winning, Result::PlayerWon, table.alice)
                             + firstWinScored(table.alice)));
}

void TestGames::secondPlayerCanWin()
{
    Table table;
    QVERIFY(table.start());
    QVERIFY(table.play({{0, 0}, {1, 0}, {2, 2}, {1, 1}, {0, 2}}));

    const PlaceMark winning = table.mark(table.bob, 1, 2);
    QVERIFY(table.playMove(winning));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.endingMove(winning, Result::PlayerWon, table.bob)
                             + firstWinScored(table.bob)));
}

void TestGames::winOnTheNinthMoveIsAWin()
{
    // A B A / B B A / B A A: alice's ninth mark at (2, 2) completes column 2 and fills the board.
    Table table;
    QVERIFY(table.start());
    QVERIFY(table.play({{0, 0}, {1, 0}, {2, 0}, {0, 1}, {2, 1}, {1, 1}, {1, 2}, {0, 2}}));

    const PlaceMark ninth = table.mark(table.alice, 2, 2);
    QVERIFY(table.playMove(ninth));

    QVERIFY(table.board.isFull());
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.endingMove(ninth, Result::PlayerWon, table.alice)
                             + firstWinScored(table.alice)));
}

void TestGames::fullBoardWithoutLineIsADraw()
{
    // A B A / A B B / B A A
    Table table;
    QVERIFY(table.start());
    QVERIFY(table.play({{0, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 2}, {2, 1}, {0, 1}, {0, 2}}));

    const PlaceMark last = table.mark(table.alice, 2, 2);
    QVERIFY(table.playMove(last));

    // A draw scores nothing: the sequence ends with the clean-up.
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.endingMove(last, Result::Draw, {})));
}

void TestGames::turnTimeoutAbortsTheGame()
{
    Table table(shortRules);
    QVERIFY(table.start());

    table.kit.advanceClock(2999);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    table.kit.advanceClock(1);

    // An abort scores nothing.
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     TurnTimeout{table.game, table.alice},
                     GameEnded{table.game, Result::GameAborted, {}, table.versionAfterMoves(table.movesPlayed) + 1},
                     table.cleanupScheduled(),
             }));
    QCOMPARE(table.snapshot().value<GameSnapshot>().stage, Stage::Ended);
}

void TestGames::secondPlayerTimingOutAbortsTheGameToo()
{
    Table table(shortRules);
    QVERIFY(table.start());
    QVERIFY(table.play({{1, 1}}));

    table.kit.advanceClock(3000);

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     TurnTimeout{table.game, table.bob},
                     GameEnded{table.game, Result::GameAborted, {}, table.versionAfterMoves(table.movesPlayed) + 1},
                     table.cleanupScheduled(),
             }));
}

void TestGames::moveJustBeforeTheTimeoutRearmsTheTimer()
{
    Table table(shortRules);
    QVERIFY(table.start());
    table.kit.advanceClock(2999);

    const PlaceMark justInTime = table.mark(table.alice, 0, 0);
    QVERIFY(table.playMove(justInTime));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.acceptedMove(justInTime, table.bob)));

    // alice's timer was cancelled; bob has his full 3000 ms from now.
    table.kit.advanceClock(2999);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    table.kit.advanceClock(1);
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({
                     TurnTimeout{table.game, table.bob},
                     GameEnded{table.game, Result::GameAborted, {}, table.versionAfterMoves(table.movesPlayed) + 1},
                     table.cleanupScheduled(),
             }));
}

void TestGames::staleTurnTimeoutIsIgnored()
{
    Table table;
    QVERIFY(table.start());

    // A timeout about bob while alice is to play: bob's turn has not come yet.
    QVERIFY(table.kit.send(TurnTimeout{table.game, table.bob}));

    QCOMPARE(describeEffects(table.kit.takeHandled()), describeEffects({TurnTimeout{table.game, table.bob}}));
    QCOMPARE(table.snapshot().value<GameSnapshot>().stage, Stage::InProgress);
}

void TestGames::endedGameIsForgottenAfterTheCleanupDelay()
{
    Table table(shortRules);
    QVERIFY(table.start());
    QVERIFY(table.play(aliceWinsTheTopRow));

    table.kit.advanceClock(999);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    QVERIFY(table.snapshot().isValid());
    table.kit.advanceClock(1);
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({GameStateReadyToBeCleaned{table.game}}));
    QVERIFY(!table.snapshot().isValid());

    // Fix 4: the sender hears that the game is gone.
    const PlaceMark move = table.mark(table.bob, 2, 2);
    const JoinGame join{QUuid::createUuid(), table.game, table.carol};
    QVERIFY(table.kit.send(move));
    QVERIFY(table.kit.send(join));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects(table.rejected(move, ErrorReason::GameNotFound)
                             + QList<Effect>{join, GameErrorOccurred{table.game, table.carol,
                                                                      ErrorReason::GameNotFound,
                                                                      join.operationId}}));
}

void TestGames::gameNobodyCompletesIsForgottenAfterTheWaitingTimeout()
{
    GameRules rules = shortRules;
    rules.waitingForPlayersTimeoutMs = 60000;
    Table table(rules);
    QVERIFY(table.create());
    QVERIFY(table.join(table.alice));
    table.kit.takeHandled();

    table.kit.advanceClock(59999);
    QVERIFY(table.snapshot().isValid());
    table.kit.advanceClock(1);
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({GameStateReadyToBeCleaned{table.game}}));
    QVERIFY(!table.snapshot().isValid());

    // The invited player who answers too late hears that the game is gone.
    const JoinGame late{QUuid::createUuid(), table.game, table.bob};
    QVERIFY(table.kit.send(late));
    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({late, GameErrorOccurred{table.game, table.bob, ErrorReason::GameNotFound,
                                                      late.operationId}}));
}

void TestGames::startedGameOutlivesTheWaitingTimeout()
{
    GameRules rules = shortRules;
    rules.waitingForPlayersTimeoutMs = 500;
    Table table(rules);
    QVERIFY(table.start());
    table.kit.takeHandled();

    // Only the turn timer is pending: the waiting timeout went with the start.
    table.kit.advanceClock(rules.turnTimeoutMs - 1);
    QCOMPARE(describeEffects(table.kit.takeHandled()), QStringList());
    QCOMPARE(table.snapshot().value<GameSnapshot>().stage, Stage::InProgress);
}

void TestGames::thirdPlayerCannotJoin()
{
    Table table;
    QVERIFY(table.start());
    const JoinGame third{QUuid::createUuid(), table.game, table.carol};

    QVERIFY(table.kit.send(third));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({third, GameErrorOccurred{table.game, table.carol,
                                                       ErrorReason::AllPlayersAlreadyJoined,
                                                       third.operationId}}));
    QCOMPARE(table.snapshot().value<GameSnapshot>().players, QList<QUuid>({table.alice, table.bob}));
}

void TestGames::samePlayerCannotJoinTwice()
{
    Table table;
    QVERIFY(table.create());
    QVERIFY(table.join(table.alice));
    table.kit.takeHandled();
    const JoinGame again{QUuid::createUuid(), table.game, table.alice};

    QVERIFY(table.kit.send(again));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({again, GameErrorOccurred{table.game, table.alice,
                                                       ErrorReason::AllPlayersAlreadyJoined,
                                                       again.operationId}}));
    // alice did not start a game against herself.
    const GameSnapshot snapshot = table.snapshot().value<GameSnapshot>();
    QCOMPARE(snapshot.stage, Stage::WaitingForPlayers);
    QCOMPARE(snapshot.players, QList<QUuid>({table.alice}));
}

void TestGames::joiningAStartedGameAgainIsRefused()
{
    Table table;
    QVERIFY(table.start());
    const JoinGame again{QUuid::createUuid(), table.game, table.bob};

    QVERIFY(table.kit.send(again));

    QCOMPARE(describeEffects(table.kit.takeHandled()),
             describeEffects({again, GameErrorOccurred{table.game, table.bob,
                                                       ErrorReason::AllPlayersAlreadyJoined,
                                                       again.operationId}}));
}

void TestGames::getGameDescribesEachStage()
{
    Table table;
    QVERIFY(table.create());
    const QUuid operation = QUuid::createUuid();
    auto ask = [&] { return table.kit.ask(GetGame{operation, table.game}).value(); };

    QCOMPARE(describeSnapshot(ask()),
             describeEffect(GameSnapshot{table.game, Stage::WaitingForPlayers, {}, Board(), {}, operation, 1, {}}));

    QVERIFY(table.join(table.alice));
    QCOMPARE(describeSnapshot(ask()),
             describeEffect(GameSnapshot{table.game, Stage::WaitingForPlayers, {table.alice}, Board(), {},
                                         operation, 2, {}}));

    QVERIFY(table.join(table.bob));
    QVERIFY(table.play({{1, 1}}));
    QCOMPARE(describeSnapshot(ask()),
             describeEffect(GameSnapshot{table.game, Stage::InProgress, {table.alice, table.bob},
                                         Board().withMark(1, 1, table.alice), table.bob, operation,
                                         table.versionAfterMoves(1), {}}));

    // alice completes column 0.
    QVERIFY(table.play({{1, 0}, {0, 0}, {2, 2}, {0, 1}, {2, 1}, {0, 2}}));
    QCOMPARE(table.board.winner(), table.alice);
    // Nobody is to play in an ended game.
    QCOMPARE(describeSnapshot(ask()),
             describeEffect(GameSnapshot{table.game, Stage::Ended, {table.alice, table.bob}, table.board, {},
                                         operation, table.versionAfterMoves(7), {}}));
}

void TestGames::getGameSinceAVersionAnswersExactlyTheMissedEvents()
{
    Table table;
    QVERIFY(table.start());
    QVERIFY(table.play({{1, 1}}));
    const PlaceMark missed = table.mark(table.bob, 0, 0);
    QVERIFY(table.playMove(missed));
    const QList<Effect> expected = table.acceptedMove(missed, table.alice).mid(2, 3);
    const auto ask = [&](int sinceVersion) {
        return table.kit.ask(GetGame{QUuid::createUuid(), table.game, sinceVersion}).value().value<GameSnapshot>();
    };

    const GameSnapshot behind = ask(table.versionAfterMoves(1));
    QCOMPARE(behind.version, table.versionAfterMoves(2));
    QCOMPARE(describeEffects(behind.events), describeEffects(expected));
    // Up to date: nothing to add; no version: the snapshot alone.
    QCOMPARE(ask(table.versionAfterMoves(2)).events, QList<Effect>());
    QCOMPARE(ask(0).events, QList<Effect>());
    // From the very start: every event since, in order.
    const GameSnapshot fromStart = ask(1);
    QCOMPARE(fromStart.events.size(), table.versionAfterMoves(2) - 1);
    QCOMPARE(describeEffect(fromStart.events.constLast()), describeEffect(expected.constLast()));
}

void TestGames::getGameTooFarBehindAnswersTheSnapshotAlone()
{
    GameRules rules;
    rules.resyncEventLimit = 4;
    Table table(rules);
    QVERIFY(table.start());
    QVERIFY(table.play({{1, 1}, {0, 0}}));

    const GameSnapshot snapshot =
            table.kit.ask(GetGame{QUuid::createUuid(), table.game, table.versionAfterMoves(0)})
                    .value()
                    .value<GameSnapshot>();
    QCOMPARE(snapshot.version, table.versionAfterMoves(2));
    QCOMPARE(snapshot.events, QList<Effect>());
    QCOMPARE(snapshot.board, table.board);
    // Four events back is still within reach.
    QCOMPARE(table.kit.ask(GetGame{QUuid::createUuid(), table.game, table.versionAfterMoves(2) - 4})
                     .value()
                     .value<GameSnapshot>()
                     .events.size(),
             4);
}

void TestGames::getGameOfAnUnknownGameFindsNothing()
{
    Table table;
    QVERIFY(table.start());

    const QVariant answer = table.kit.ask(GetGame{QUuid::createUuid(), QUuid::createUuid()}).value();

    QVERIFY(!answer.isValid());
}

QTEST_GUILESS_MAIN(TestGames)
#include "tst_games.moc"
