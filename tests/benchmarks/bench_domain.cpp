// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Figures for the domain alone: one thread, no network. Prints; asserts nothing.
#include "domaintestkit.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "sqlitestore.h"
#include "tictactoedomain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <malloc.h>

namespace {

// Bytes the heap has handed out and not taken back (glibc).
qint64 heapBytesInUse()
{
    return static_cast<qint64>(mallinfo2().uordblks);
}

struct StartedGame
{
    QUuid game;
    QUuid first;
    QUuid second;
};

StartedGame startGame(DomainTestKit &kit)
{
    const StartedGame started{QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
    kit.send(CreateGame{QUuid::createUuid(), started.game, started.first});
    kit.send(JoinGame{QUuid::createUuid(), started.game, started.first});
    kit.send(JoinGame{QUuid::createUuid(), started.game, started.second});
    return started;
}

void playToAWin(DomainTestKit &kit, const StartedGame &started)
{
    const int moves[5][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}};
    for (int i = 0; i < 5; ++i) {
        const QUuid player = i % 2 == 0 ? started.first : started.second;
        kit.send(PlaceMark{QUuid::createUuid(), started.game, player, moves[i][0], moves[i][1]});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    registerTicTacToeJsonConverters();

    constexpr int gameCount = 20000;
    {
        DomainTestKit kit(ticTacToeModules({}));
        qint64 effects = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < gameCount; ++i) {
            playToAWin(kit, startGame(kit));
            effects += kit.takeHandled().size();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("full games (create, 2 joins, 5 moves to a win): %d in %.3f s\n", gameCount, seconds);
        std::printf("  %.1f us per game, %.0f effects handled per second (%lld effects)\n",
                    seconds * 1e6 / gameCount, effects / seconds, static_cast<long long>(effects));
    }
    {
        // The same games on a SQLite file: each send is one unit of work, committed, as a move is.
        QTemporaryDir directory;
        DomainTestKit kit(ticTacToeModules({}, SqliteStore::factoryFor(directory.path())));
        constexpr int storedGames = 2000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < storedGames; ++i) {
            playToAWin(kit, startGame(kit));
            kit.takeHandled();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("with SQLite storage (WAL, synchronous=NORMAL): %d games in %.3f s\n", storedGames, seconds);
        std::printf("  %.1f us per game, %.1f us per command (8 commits a game)\n",
                    seconds * 1e6 / storedGames, seconds * 1e6 / (storedGames * 8));
    }
    {
        DomainTestKit kit(ticTacToeModules({}));
        const qint64 before = heapBytesInUse();
        for (int i = 0; i < gameCount; ++i) {
            startGame(kit);
            kit.takeHandled();
        }
        const qint64 after = heapBytesInUse();
        std::printf("memory: %d started games (with their pending turn timeouts) hold %.1f MiB of heap, %.0f bytes per game\n",
                    gameCount, (after - before) / 1048576.0,
                    static_cast<double>(after - before) / gameCount);
    }
    {
        const PlaceMark command{QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid(), 1, 2};
        constexpr int conversions = 200000;
        QElapsedTimer timer;
        timer.start();
        qsizetype checksum = 0;
        for (int i = 0; i < conversions; ++i) {
            const QJsonObject json = GadgetJson::toJson(&PlaceMark::staticMetaObject, &command);
            GadgetJson::DecodeError error;
            checksum += GadgetJson::fromJson(QMetaType::fromType<PlaceMark>(), json, error).isValid();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("GadgetJson PlaceMark encode + decode: %.2f us per round trip (%lld ok)\n",
                    seconds * 1e6 / conversions, static_cast<long long>(checksum));
    }
    return 0;
}
