// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "tictactoedomain.h"

#include "computer/computermodule.h"
#include "errorloggingmodule.h"
#include "frameworkeffects.h"
#include "games/board.h"
#include "games/gameeffects.h"
#include "games/gamehistory.h"
#include "games/gamesmodule.h"
#include "inmemorystore.h"
#include "onlineusers/onlineusersmodule.h"
#include "scoring/scoringeffects.h"
#include "scoring/scoringmodule.h"
#include "spectators/spectatoreffects.h"
#include "spectators/spectatorsmodule.h"
#include "users/usersmodule.h"

ModuleFactory ticTacToeModules(const GameRules &rules, StoreFactory storeFactory,
                               const ComputerRules &computerRules)
{
    return [rules, storeFactory, computerRules](const Clock &clock) -> Outcome<DomainParts> {
        Outcome<std::unique_ptr<TicTacToeStore>> opened = storeFactory();
        if (!opened)
            return std::unexpected(opened.error());
        std::unique_ptr<TicTacToeStore> store = std::move(*opened);
        DomainModules modules;
        modules.push_back(std::make_unique<ErrorLoggingModule>());
        modules.push_back(std::make_unique<UsersModule>(clock, store->users()));
        modules.push_back(std::make_unique<OnlineUsersModule>());
        modules.push_back(std::make_unique<GamesModule>(rules, store->games(), clock));
        modules.push_back(std::make_unique<ScoringModule>(store->scores()));
        modules.push_back(std::make_unique<ComputerModule>(computerRules, store->games()));
        modules.push_back(std::make_unique<SpectatorsModule>(store->games()));
        return DomainParts(std::move(modules), std::move(store));
    };
}

void registerTicTacToeJsonConverters()
{
    registerFrameworkJsonConverters();
    registerGamesJsonConverters();
    registerScoringJsonConverters();
    registerComputerJsonConverters();
    registerSpectatorsJsonConverters();
    registerHistoryJsonConverters();
    // A game's events are read back by their type's name (its history, the catching up of a game
    // in progress after a restart), and QMetaType::fromName knows a type only once it has been
    // registered: before this, a restarted host could not read them until a game had produced one.
    for (const QMetaType type : {QMetaType::fromType<GameCreated>(), QMetaType::fromType<PlayerJoinedAGame>(),
                                 QMetaType::fromType<GameStarted>(), QMetaType::fromType<WaitingForPlayerPlay>(),
                                 QMetaType::fromType<MarkPlaced>(), QMetaType::fromType<BoardUpdated>(),
                                 QMetaType::fromType<GameEnded>()})
        type.id();
}
