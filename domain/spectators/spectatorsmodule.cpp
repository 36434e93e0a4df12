// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "spectatorsmodule.h"

#include "effectbus.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "games/gamerepository.h"
#include "onlineusers/onlineusereffects.h"
#include "spectatoreffects.h"

#include <mutex>

SpectatorsModule::SpectatorsModule(const GameRepository &games)
    : m_games(games)
{
}

void SpectatorsModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<WatchGame>([this](const WatchGame &command) { return watch(command); });
    bus.handleCommand<StopWatching>([this](const StopWatching &command) { return stopWatching(command); });
    bus.subscribe<UserWentOffline>([this](const UserWentOffline &event) { return forgetWatcher(event); });
    bus.subscribe<GameStarted>([this](const GameStarted &event) {
        m_liveGames.append(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<GameRestored>([this](const GameRestored &event) {
        m_liveGames.append(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<GameEnded>([this](const GameEnded &event) {
        m_liveGames.removeOne(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<GameStateReadyToBeCleaned>([this](const GameStateReadyToBeCleaned &event) {
        m_watchersOfGame.remove(event.gameId);
        return QList<Effect>();
    });
    bus.answerQuery<GetLiveGames>([this](const GetLiveGames &query) {
        LiveGames answer{{}, query.operationId};
        // Every lobby asks again and again: at a thousand games, a list nobody reads would cost the
        // host a copy of each at every ask. The games that started last go on longest.
        const qsizetype first = std::max<qsizetype>(0, m_liveGames.size() - LiveGames::maximumListed);
        for (const QUuid &gameId : m_liveGames.sliced(first)) {
            const std::optional<Game> game = m_games.findGame(gameId);
            if (!game || game->stage != Games::Stage::InProgress)
                continue;
            int moves = 0;
            for (int y = 0; y < Board::size; ++y) {
                for (int x = 0; x < Board::size; ++x)
                    moves += game->board.isFilled(x, y) ? 1 : 0;
            }
            answer.games.append({game->id, game->players, moves, int(m_watchersOfGame.value(gameId).size())});
        }
        return answer;
    });
}

QList<Effect> SpectatorsModule::watch(const WatchGame &command)
{
    using Games::ErrorReason;
    const std::optional<Game> game = m_games.findGame(command.gameId);
    if (!game)
        return {GameErrorOccurred{command.gameId, command.watcher, ErrorReason::GameNotFound, command.operationId}};
    if (game->stage != Games::Stage::InProgress) {
        const ErrorReason reason = game->stage == Games::Stage::Ended ? ErrorReason::GameAlreadyEnded
                                                                      : ErrorReason::GameNotStarted;
        return {GameErrorOccurred{command.gameId, command.watcher, reason, command.operationId}};
    }
    if (game->hasPlayer(command.watcher))
        return {GameErrorOccurred{command.gameId, command.watcher, ErrorReason::AlreadyInTheGame, command.operationId}};
    QList<QUuid> &watchers = m_watchersOfGame[command.gameId];
    // Watching again (from another tab, or after a reconnection) is watching still.
    if (!watchers.contains(command.watcher))
        watchers.append(command.watcher);
    return {WatcherJoined{command.gameId, command.watcher, int(watchers.size()), command.operationId}};
}

QList<Effect> SpectatorsModule::stopWatching(const StopWatching &command)
{
    const auto watchers = m_watchersOfGame.find(command.gameId);
    if (watchers == m_watchersOfGame.end() || !watchers->removeOne(command.watcher))
        return {};
    return {WatcherLeft{command.gameId, command.watcher, int(watchers->size())}};
}

QList<Effect> SpectatorsModule::forgetWatcher(const UserWentOffline &event)
{
    QList<Effect> effects;
    for (auto watchers = m_watchersOfGame.begin(); watchers != m_watchersOfGame.end(); ++watchers) {
        if (watchers->removeOne(event.userId))
            effects.append(WatcherLeft{watchers.key(), event.userId, int(watchers->size())});
    }
    return effects;
}

void registerSpectatorsJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] { GadgetJson::registerListConverter<LiveGame>(); });
}
