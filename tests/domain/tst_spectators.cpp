// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "games/gameeffects.h"
#include "onlineusers/onlineusereffects.h"
#include "spectators/spectatoreffects.h"
#include "tictactoedomain.h"

#include <QTest>

using Games::ErrorReason;

namespace {

// alice and bob play; carol and dave may watch.
class Stands
{
public:
    Stands()
        : kit(ticTacToeModules(GameRules{}))
    {
    }

    void startGame()
    {
        QVERIFY(kit.send(CreateGame{QUuid::createUuid(), game, alice}));
        QVERIFY(kit.send(JoinGame{QUuid::createUuid(), game, alice}));
        QVERIFY(kit.send(JoinGame{QUuid::createUuid(), game, bob}));
    }

    QList<Effect> watch(const QUuid &watcher, const QUuid &operation = QUuid::createUuid())
    {
        kit.takeHandled();
        if (!kit.send(WatchGame{operation, game, watcher}))
            return {};
        return kit.takeHandled();
    }

    LiveGames liveGames() const
    {
        return kit.ask(GetLiveGames{QUuid::createUuid()}).value().value<LiveGames>();
    }

    DomainTestKit kit;
    const QUuid game = QUuid::createUuid();
    const QUuid alice = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    const QUuid carol = QUuid::createUuid();
    const QUuid dave = QUuid::createUuid();
};

} // namespace

class TestSpectators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void anyoneWatchesAGameInProgressAndAllHearHowManyWatch();
    void watchingAgainIsWatchingStill();
    void onlyAGameInProgressCanBeWatchedAndNotByItsPlayers();
    void aWatcherCannotPlay();
    void watchingEndsOnRequestOrWhenTheWatcherGoesOffline();
    void lobbiesAskForTheGamesInProgress();
    void aLobbyHearsOfTheGamesThatStartedLast();
};

void TestSpectators::anyoneWatchesAGameInProgressAndAllHearHowManyWatch()
{
    Stands stands;
    stands.startGame();
    const QUuid operation = QUuid::createUuid();
    const QList<Effect> carolWatches = stands.watch(stands.carol, operation);
    QCOMPARE(describeEffects(carolWatches),
             describeEffects({WatchGame{operation, stands.game, stands.carol},
                              WatcherJoined{stands.game, stands.carol, 1, operation}}));
    const QList<Effect> daveWatches = stands.watch(stands.dave, operation);
    QCOMPARE(describeEffects(daveWatches).last(),
             describeEffect(WatcherJoined{stands.game, stands.dave, 2, operation}));
}

void TestSpectators::watchingAgainIsWatchingStill()
{
    Stands stands;
    stands.startGame();
    stands.watch(stands.carol);
    const QUuid operation = QUuid::createUuid();
    QCOMPARE(describeEffects(stands.watch(stands.carol, operation)).last(),
             describeEffect(WatcherJoined{stands.game, stands.carol, 1, operation}));
}

void TestSpectators::onlyAGameInProgressCanBeWatchedAndNotByItsPlayers()
{
    Stands stands;
    const QUuid operation = QUuid::createUuid();
    QCOMPARE(describeEffects(stands.watch(stands.carol, operation)).last(),
             describeEffect(GameErrorOccurred{stands.game, stands.carol, ErrorReason::GameNotFound, operation}));
    QVERIFY(stands.kit.send(CreateGame{QUuid::createUuid(), stands.game, stands.alice}));
    QCOMPARE(describeEffects(stands.watch(stands.carol, operation)).last(),
             describeEffect(GameErrorOccurred{stands.game, stands.carol, ErrorReason::GameNotStarted, operation}));
    QVERIFY(stands.kit.send(JoinGame{QUuid::createUuid(), stands.game, stands.alice}));
    QVERIFY(stands.kit.send(JoinGame{QUuid::createUuid(), stands.game, stands.bob}));
    QCOMPARE(describeEffects(stands.watch(stands.bob, operation)).last(),
             describeEffect(GameErrorOccurred{stands.game, stands.bob, ErrorReason::AlreadyInTheGame, operation}));
    // alice takes the top row: the game is over.
    for (const auto &[player, x, y] : {std::tuple{stands.alice, 0, 0}, {stands.bob, 0, 1}, {stands.alice, 1, 0},
                                       {stands.bob, 1, 1}, {stands.alice, 2, 0}})
        QVERIFY(stands.kit.send(PlaceMark{QUuid::createUuid(), stands.game, player, x, y}));
    QCOMPARE(describeEffects(stands.watch(stands.carol, operation)).last(),
             describeEffect(GameErrorOccurred{stands.game, stands.carol, ErrorReason::GameAlreadyEnded, operation}));
}

void TestSpectators::aWatcherCannotPlay()
{
    Stands stands;
    stands.startGame();
    stands.watch(stands.carol);
    const PlaceMark move{QUuid::createUuid(), stands.game, stands.carol, 1, 1};
    QVERIFY(stands.kit.send(move));
    QCOMPARE(describeEffects(stands.kit.takeHandled()),
             describeEffects({move, GameErrorOccurred{stands.game, stands.carol, ErrorReason::PlayerCanNotPlay,
                                                      move.operationId}}));
    const GameSnapshot snapshot =
            stands.kit.ask(GetGame{QUuid::createUuid(), stands.game}).value().value<GameSnapshot>();
    QCOMPARE(snapshot.board, Board());
}

void TestSpectators::watchingEndsOnRequestOrWhenTheWatcherGoesOffline()
{
    Stands stands;
    stands.startGame();
    stands.watch(stands.carol);
    stands.watch(stands.dave);
    const StopWatching stop{QUuid::createUuid(), stands.game, stands.carol};
    QVERIFY(stands.kit.send(stop));
    QCOMPARE(describeEffects(stands.kit.takeHandled()),
             describeEffects({stop, WatcherLeft{stands.game, stands.carol, 1}}));
    // Stopping what one does not watch changes nothing.
    QVERIFY(stands.kit.send(stop));
    QCOMPARE(describeEffects(stands.kit.takeHandled()), describeEffects({stop}));

    const UserWentOffline gone{stands.dave, 2};
    QVERIFY(stands.kit.send(gone));
    QCOMPARE(describeEffects(stands.kit.takeHandled()),
             describeEffects({gone, WatcherLeft{stands.game, stands.dave, 0}}));
    QCOMPARE(stands.liveGames().games.constFirst().watchers, 0);
}

void TestSpectators::lobbiesAskForTheGamesInProgress()
{
    Stands stands;
    stands.startGame();
    QVERIFY(stands.kit.send(PlaceMark{QUuid::createUuid(), stands.game, stands.alice, 1, 1}));
    stands.watch(stands.carol);
    QCOMPARE(stands.liveGames().games,
             QList<LiveGame>({LiveGame{stands.game, {stands.alice, stands.bob}, 1, 1}}));

    stands.kit.advanceClock(GameRules().turnTimeoutMs);
    QCOMPARE(stands.liveGames().games, QList<LiveGame>());
}

void TestSpectators::aLobbyHearsOfTheGamesThatStartedLast()
{
    Stands stands;
    QList<QUuid> started;
    for (int count = 0; count < LiveGames::maximumListed + 2; ++count) {
        const QUuid game = QUuid::createUuid();
        const QUuid x = QUuid::createUuid();
        QVERIFY(stands.kit.send(CreateGame{QUuid::createUuid(), game, x}));
        QVERIFY(stands.kit.send(JoinGame{QUuid::createUuid(), game, x}));
        QVERIFY(stands.kit.send(JoinGame{QUuid::createUuid(), game, QUuid::createUuid()}));
        started.append(game);
    }
    QList<QUuid> listed;
    for (const LiveGame &game : stands.liveGames().games)
        listed.append(game.gameId);
    // The first two started are left out; the others keep the order they started in.
    QCOMPARE(listed, started.sliced(2));
}

QTEST_GUILESS_MAIN(TestSpectators)
#include "tst_spectators.moc"
