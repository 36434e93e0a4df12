// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "games/gameeffects.h"
#include "games/gamehistory.h"
#include "tictactoedomain.h"

#include <QTest>

using Games::Result;

namespace {

const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// alice and bob play games on the manual clock; each move comes a second after the one before.
class Archive
{
public:
    Archive()
        : kit(ticTacToeModules(GameRules{}))
    {
    }

    QUuid play(const QList<QPoint> &cells)
    {
        const QUuid game = QUuid::createUuid();
        kit.send(CreateGame{QUuid::createUuid(), game, alice});
        kit.send(JoinGame{QUuid::createUuid(), game, alice});
        kit.send(JoinGame{QUuid::createUuid(), game, bob});
        for (qsizetype index = 0; index < cells.size(); ++index) {
            kit.advanceClock(1000);
            kit.send(PlaceMark{QUuid::createUuid(), game, index % 2 == 0 ? alice : bob,
                               cells.at(index).x(), cells.at(index).y()});
        }
        return game;
    }

    QVariant history(const QUuid &game, const QUuid &operation = {}) const
    {
        return kit.ask(GetGameHistory{operation, game}).value();
    }

    QList<PlayedGame> recent() const
    {
        return kit.ask(GetRecentGames{QUuid::createUuid()}).value().value<RecentGames>().games;
    }

    DomainTestKit kit;
    const QUuid alice = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
};

const QList<QPoint> aliceWinsTheTopRow{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}};
const QList<QPoint> aDraw{{0, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 2}, {2, 1}, {0, 1}, {0, 2}, {2, 2}};

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void anEndedGameReplaysMoveByMoveWithWhoAndWhen();
    void recentGamesListTheLastEndedFirst();
    void aGameNotOverHasNoHistory();
};

void TestHistory::anEndedGameReplaysMoveByMoveWithWhoAndWhen()
{
    Archive archive;
    const QUuid game = archive.play(aliceWinsTheTopRow);
    const QUuid operation = QUuid::createUuid();
    const QVariant answer = archive.history(game, operation);
    QVERIFY(answer.canConvert<GameHistory>());
    const GameHistory history = answer.value<GameHistory>();
    QList<HistoryMove> expectedMoves;
    for (qsizetype index = 0; index < aliceWinsTheTopRow.size(); ++index) {
        expectedMoves.append({index % 2 == 0 ? archive.alice : archive.bob, aliceWinsTheTopRow.at(index).x(),
                              aliceWinsTheTopRow.at(index).y(), start.addSecs(index + 1)});
    }
    QCOMPARE(describeEffect(history),
             describeEffect(GameHistory{{game, {archive.alice, archive.bob}, Result::PlayerWon, archive.alice,
                                         start.addSecs(5)},
                                        expectedMoves,
                                        operation}));
}

void TestHistory::recentGamesListTheLastEndedFirst()
{
    Archive archive;
    const QUuid first = archive.play(aliceWinsTheTopRow);
    const QUuid second = archive.play(aDraw);
    const QList<PlayedGame> recent = archive.recent();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).gameId, second);
    QCOMPARE(recent.at(0).result, Result::Draw);
    QVERIFY(recent.at(0).winner.isNull());
    QCOMPARE(recent.at(1).gameId, first);
    QCOMPARE(recent.at(1).winner, archive.alice);
    QVERIFY(recent.at(0).endedAt > recent.at(1).endedAt);

    // At most 20, the newest.
    for (int game = 0; game < 20; ++game)
        archive.play(aliceWinsTheTopRow);
    QCOMPARE(archive.recent().size(), 20);
    QVERIFY(archive.recent().constLast().gameId != first);
}

void TestHistory::aGameNotOverHasNoHistory()
{
    Archive archive;
    const QUuid playing = archive.play(aliceWinsTheTopRow.mid(0, 2));
    QVERIFY(!archive.history(playing).isValid());
    QVERIFY(!archive.history(QUuid::createUuid()).isValid());
    QCOMPARE(archive.recent(), QList<PlayedGame>());
    // A turn that runs out ends it: then it has a history, with no winner.
    archive.kit.advanceClock(GameRules().turnTimeoutMs);
    const GameHistory aborted = archive.history(playing).value<GameHistory>();
    QCOMPARE(aborted.game.result, Result::GameAborted);
    QCOMPARE(aborted.moves.size(), 2);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
