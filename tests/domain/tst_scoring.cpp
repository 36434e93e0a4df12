// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "games/gameeffects.h"
#include "inmemorystore.h"
#include "scoring/halloffame.h"
#include "scoring/scoringeffects.h"
#include "tictactoedomain.h"

#include <QPoint>
#include <QTest>

using namespace Games;

namespace {

const GameRules shortRules{3000, 1000};

QString scheduleKey(const QUuid &game)
{
    return QStringLiteral("game:") + game.toString(QUuid::WithoutBraces);
}

// Starts a new game between first (who moves first) and second; returns its id.
QUuid startGame(DomainTestKit &kit, const QUuid &first, const QUuid &second)
{
    const QUuid game = QUuid::createUuid();
    kit.send(CreateGame{QUuid::createUuid(), game, first});
    kit.send(JoinGame{QUuid::createUuid(), game, first});
    kit.send(JoinGame{QUuid::createUuid(), game, second});
    return game;
}

void play(DomainTestKit &kit, const QUuid &game, const QUuid &player, int x, int y)
{
    kit.send(PlaceMark{QUuid::createUuid(), game, player, x, y});
}

// winner takes the top row against loser; returns what the winning move handled.
QList<Effect> winGame(DomainTestKit &kit, const QUuid &winner, const QUuid &loser)
{
    const QUuid game = startGame(kit, winner, loser);
    play(kit, game, winner, 0, 0);
    play(kit, game, loser, 0, 1);
    play(kit, game, winner, 1, 0);
    play(kit, game, loser, 1, 1);
    kit.takeHandled();
    play(kit, game, winner, 2, 0);
    return kit.takeHandled();
}

// A B A / A B B / B A A: returns what the last move handled.
QList<Effect> drawGame(DomainTestKit &kit, const QUuid &first, const QUuid &second)
{
    const QUuid game = startGame(kit, first, second);
    const QList<QPoint> cells{{0, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 2}, {2, 1}, {0, 1}, {0, 2}, {2, 2}};
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i == cells.size() - 1)
            kit.takeHandled();
        play(kit, game, i % 2 == 0 ? first : second, cells[i].x(), cells[i].y());
    }
    return kit.takeHandled();
}

// Only what the scoring produced.
QList<Effect> scoringEffects(const QList<Effect> &effects)
{
    QList<Effect> scoring;
    for (const Effect &effect : effects) {
        if (effect.is<PlayerScoreChanged>() || effect.is<TopThreeListUpdated>())
            scoring.append(effect);
    }
    return scoring;
}

QList<ScoreEntry> topThree(const DomainTestKit &kit)
{
    return kit.ask(GetTopThreePlayers{QUuid::createUuid()})->value<TopThreePlayers>().list;
}

QStringList describeEntries(const QList<ScoreEntry> &entries)
{
    QStringList lines;
    for (const ScoreEntry &entry : entries)
        lines.append(describeEffect(entry));
    return lines;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void winAddsAHundredToTheWinner();
    void winningMoveIsFollowedByScoreThenHallOfFame();
    void scoresGoPastTheRangeOfAnInt();
    void drawScoresNothing();
    void abortScoresNothing();
    void hallOfFameThroughTheDomain();
    void scoreEqualToTheLastOfAFullHallIsNotAdmitted();
    void getTopThreePlayersAnswersTheHall();

    void hallAdmitsAnyoneWhileFewerThanThree();
    void hallKeepsTheBestFirst();
    void fullHallAdmitsOnlyAScoreStrictlyGreaterThanTheLast();
    void hallReplacesAnExistingEntry();
    void amongEqualScoresTheMostRecentlyAdmittedRanksHigher();
};

void TestScoring::winAddsAHundredToTheWinner()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();

    const QList<Effect> first = scoringEffects(winGame(kit, alice, bob));
    QVERIFY(!first.isEmpty());
    QCOMPARE(describeEffect(first.constFirst()), describeEffect(PlayerScoreChanged{alice, 100}));

    const QList<Effect> second = scoringEffects(winGame(kit, alice, bob));
    QVERIFY(!second.isEmpty());
    QCOMPARE(describeEffect(second.constFirst()), describeEffect(PlayerScoreChanged{alice, 200}));

    const QList<Effect> third = scoringEffects(winGame(kit, bob, alice));
    QVERIFY(!third.isEmpty());
    QCOMPARE(describeEffect(third.constFirst()), describeEffect(PlayerScoreChanged{bob, 100}));
}

void TestScoring::scoresGoPastTheRangeOfAnInt()
{
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();
    const qint64 longTime = std::numeric_limits<int>::max() - 50;
    // A host that has run for a very long time: Alice's score is 50 short of the largest int.
    DomainTestKit kit(ticTacToeModules({}, [&]() -> Outcome<std::unique_ptr<TicTacToeStore>> {
        auto store = std::make_unique<InMemoryStore>();
        store->scores().setScore(alice, longTime);
        return store;
    }));

    const QList<Effect> scoring = scoringEffects(winGame(kit, alice, bob));
    QVERIFY(!scoring.isEmpty());
    QCOMPARE(describeEffect(scoring.constFirst()), describeEffect(PlayerScoreChanged{alice, longTime + 100}));
    QCOMPARE(topThree(kit).constFirst().score, longTime + 100);
}

void TestScoring::winningMoveIsFollowedByScoreThenHallOfFame()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();
    const QUuid game = startGame(kit, alice, bob);
    play(kit, game, alice, 0, 0);
    play(kit, game, bob, 0, 1);
    play(kit, game, alice, 1, 0);
    play(kit, game, bob, 1, 1);
    kit.takeHandled();

    const PlaceMark winning{QUuid::createUuid(), game, alice, 2, 0};
    QVERIFY(kit.send(winning));

    const Board board = Board()
                                .withMark(0, 0, alice)
                                .withMark(0, 1, bob)
                                .withMark(1, 0, alice)
                                .withMark(1, 1, bob)
                                .withMark(2, 0, alice);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({
                     winning,
                     CancelScheduledEvents{scheduleKey(game)},
                     // Started at 5, four moves of three events before this one.
                     MarkPlaced{game, alice, 2, 0, winning.operationId, 18},
                     BoardUpdated{game, board, 19},
                     GameEnded{game, Result::PlayerWon, alice, 20},
                     ScheduleEvent{GameStateReadyToBeCleaned{game}, 10000, scheduleKey(game)},
                     PlayerScoreChanged{alice, 100},
                     TopThreeListUpdated{TopThree{}, TopThree{{ScoreEntry{alice, 100}}}},
             }));
}

void TestScoring::drawScoresNothing()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();

    const QList<Effect> handled = drawGame(kit, alice, bob);

    QVERIFY(!handled.isEmpty());
    QVERIFY(handled.constLast().is<ScheduleEvent>());
    QCOMPARE(describeEffects(scoringEffects(handled)), QStringList());
    QCOMPARE(topThree(kit), QList<ScoreEntry>());
    // The draw added nothing: alice's next win is her first hundred.
    QCOMPARE(describeEffect(scoringEffects(winGame(kit, alice, bob)).value(0)),
             describeEffect(PlayerScoreChanged{alice, 100}));
}

void TestScoring::abortScoresNothing()
{
    DomainTestKit kit(ticTacToeModules(shortRules));
    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();
    startGame(kit, alice, bob);
    kit.takeHandled();

    kit.advanceClock(shortRules.turnTimeoutMs);

    const QList<Effect> handled = kit.takeHandled();
    QCOMPARE(handled.size(), 3);
    QVERIFY(handled.at(1).is<GameEnded>());
    QCOMPARE(handled.at(1).as<GameEnded>().result, Result::GameAborted);
    QCOMPARE(describeEffects(scoringEffects(handled)), QStringList());
    QCOMPARE(topThree(kit), QList<ScoreEntry>());
}

void TestScoring::hallOfFameThroughTheDomain()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid p1 = QUuid::createUuid(), p2 = QUuid::createUuid(), p3 = QUuid::createUuid(),
                p4 = QUuid::createUuid(), loser = QUuid::createUuid();
    using Entries = QList<ScoreEntry>;

    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p1, loser))),
             describeEffects({PlayerScoreChanged{p1, 100},
                              TopThreeListUpdated{TopThree{}, TopThree{Entries{{p1, 100}}}}}));
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p2, loser))),
             describeEffects({PlayerScoreChanged{p2, 100},
                              TopThreeListUpdated{TopThree{Entries{{p1, 100}}},
                                                  TopThree{Entries{{p2, 100}, {p1, 100}}}}}));
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p3, loser))),
             describeEffects({PlayerScoreChanged{p3, 100},
                              TopThreeListUpdated{TopThree{Entries{{p2, 100}, {p1, 100}}},
                                                  TopThree{Entries{{p3, 100}, {p2, 100}, {p1, 100}}}}}));
    // Equal to the last of a full hall: not admitted, no update.
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p4, loser))),
             describeEffects({PlayerScoreChanged{p4, 100}}));
    // Strictly greater: admitted at the top, the last leaves.
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p4, loser))),
             describeEffects({PlayerScoreChanged{p4, 200},
                              TopThreeListUpdated{TopThree{Entries{{p3, 100}, {p2, 100}, {p1, 100}}},
                                                  TopThree{Entries{{p4, 200}, {p3, 100}, {p2, 100}}}}}));
    // p1 comes back with 200, ahead of p4's equal but older 200.
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p1, loser))),
             describeEffects({PlayerScoreChanged{p1, 200},
                              TopThreeListUpdated{TopThree{Entries{{p4, 200}, {p3, 100}, {p2, 100}}},
                                                  TopThree{Entries{{p1, 200}, {p4, 200}, {p3, 100}}}}}));
    // p4's entry is replaced, not duplicated.
    QCOMPARE(describeEffects(scoringEffects(winGame(kit, p4, loser))),
             describeEffects({PlayerScoreChanged{p4, 300},
                              TopThreeListUpdated{TopThree{Entries{{p1, 200}, {p4, 200}, {p3, 100}}},
                                                  TopThree{Entries{{p4, 300}, {p1, 200}, {p3, 100}}}}}));
}

void TestScoring::scoreEqualToTheLastOfAFullHallIsNotAdmitted()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid loser = QUuid::createUuid();
    const QUuid top = QUuid::createUuid(), middle = QUuid::createUuid(), last = QUuid::createUuid();
    winGame(kit, top, loser);
    winGame(kit, top, loser);
    winGame(kit, middle, loser);
    winGame(kit, middle, loser);
    winGame(kit, last, loser);
    const QStringList before = describeEntries(topThree(kit));
    QCOMPARE(before, describeEntries({{middle, 200}, {top, 200}, {last, 100}}));

    const QUuid newcomer = QUuid::createUuid();
    const QList<Effect> handled = winGame(kit, newcomer, loser);

    QCOMPARE(describeEffects(scoringEffects(handled)), describeEffects({PlayerScoreChanged{newcomer, 100}}));
    QCOMPARE(describeEntries(topThree(kit)), before);
}

void TestScoring::getTopThreePlayersAnswersTheHall()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid operation = QUuid::createUuid();
    const QVariant empty = kit.ask(GetTopThreePlayers{operation}).value();
    QCOMPARE(empty.metaType(), QMetaType::fromType<TopThreePlayers>());
    QCOMPARE(describeEffect(empty.value<TopThreePlayers>()), describeEffect(TopThreePlayers{{}, operation}));

    const QUuid alice = QUuid::createUuid(), bob = QUuid::createUuid();
    winGame(kit, alice, bob);
    winGame(kit, bob, alice);
    winGame(kit, bob, alice);

    const QVariant answer = kit.ask(GetTopThreePlayers{operation}).value();
    QCOMPARE(describeEffect(answer.value<TopThreePlayers>()),
             describeEffect(TopThreePlayers{{{bob, 200}, {alice, 100}}, operation}));
}

void TestScoring::hallAdmitsAnyoneWhileFewerThanThree()
{
    HallOfFame hall;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();

    QVERIFY(hall.admit({a, 0}));
    QVERIFY(hall.admit({b, 0}));
    QVERIFY(hall.admit({c, 0}));

    QCOMPARE(hall.entries().size(), 3);
    QVERIFY(!hall.admit({QUuid::createUuid(), 0}));
}

void TestScoring::hallKeepsTheBestFirst()
{
    HallOfFame hall;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();

    QVERIFY(hall.admit({a, 200}));
    QVERIFY(hall.admit({b, 100}));
    QVERIFY(hall.admit({c, 300}));

    QCOMPARE(describeEntries(hall.entries()), describeEntries({{c, 300}, {a, 200}, {b, 100}}));
}

void TestScoring::fullHallAdmitsOnlyAScoreStrictlyGreaterThanTheLast()
{
    HallOfFame hall;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid(),
                d = QUuid::createUuid();
    QVERIFY(hall.admit({a, 300}));
    QVERIFY(hall.admit({b, 200}));
    QVERIFY(hall.admit({c, 100}));
    const QStringList full = describeEntries(hall.entries());

    QVERIFY(!hall.admit({d, 50}));
    QCOMPARE(describeEntries(hall.entries()), full);
    QVERIFY(!hall.admit({d, 100}));
    QCOMPARE(describeEntries(hall.entries()), full);

    QVERIFY(hall.admit({d, 101}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{a, 300}, {b, 200}, {d, 101}}));

    QVERIFY(hall.admit({c, 400}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{c, 400}, {a, 300}, {b, 200}}));
}

void TestScoring::hallReplacesAnExistingEntry()
{
    HallOfFame hall;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();

    QVERIFY(hall.admit({a, 100}));
    QVERIFY(hall.admit({a, 200}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{a, 200}}));

    QVERIFY(hall.admit({b, 300}));
    QVERIFY(hall.admit({c, 150}));
    // c, last of a full hall, climbs to the top; the list keeps three distinct players.
    QVERIFY(hall.admit({c, 400}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{c, 400}, {b, 300}, {a, 200}}));
}

void TestScoring::amongEqualScoresTheMostRecentlyAdmittedRanksHigher()
{
    HallOfFame hall;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();

    QVERIFY(hall.admit({a, 100}));
    QVERIFY(hall.admit({b, 100}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{b, 100}, {a, 100}}));

    QVERIFY(hall.admit({c, 200}));
    QVERIFY(hall.admit({a, 200}));
    QCOMPARE(describeEntries(hall.entries()), describeEntries({{a, 200}, {c, 200}, {b, 100}}));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
