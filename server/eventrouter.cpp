// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "eventrouter.h"

#include "games/gameeffects.h"
#include "protocolcatalogue.h"
#include "spectators/spectatoreffects.h"

void EventRouter::observe(const Effect &effect)
{
    if (effect.is<PlayerJoinedAGame>()) {
        const auto &joined = effect.as<PlayerJoinedAGame>();
        m_playersOfGame[joined.gameId].append(joined.playerId);
    } else if (effect.is<GameRestored>()) {
        m_playersOfGame.insert(effect.as<GameRestored>().gameId, effect.as<GameRestored>().players);
    } else if (effect.is<WatcherJoined>()) {
        const auto &joined = effect.as<WatcherJoined>();
        if (QList<QUuid> &watchers = m_watchersOfGame[joined.gameId]; !watchers.contains(joined.watcher))
            watchers.append(joined.watcher);
    } else if (effect.is<WatcherLeft>()) {
        const auto &left = effect.as<WatcherLeft>();
        m_watchersOfGame[left.gameId].removeOne(left.watcher);
    } else if (effect.is<GameStateReadyToBeCleaned>()) {
        m_playersOfGame.remove(effect.as<GameStateReadyToBeCleaned>().gameId);
        m_watchersOfGame.remove(effect.as<GameStateReadyToBeCleaned>().gameId);
    }
}

EventRouter::Recipients EventRouter::recipientsOf(const Effect &event,
                                                  const MessageSpec &publication) const
{
    switch (publication.audience) {
    case Audience::Sender:
        return {};
    case Audience::Everyone:
        return {true, {}};
    case Audience::NamedUser:
        return {false, {idField(event, publication.recipientField)}};
    case Audience::GamePlayers: {
        const QUuid gameId = idField(event, "gameId");
        const QList<QUuid> players = m_playersOfGame.value(gameId);
        // Most games have nobody watching: their players' list goes as it is, without a copy.
        const auto watchers = m_watchersOfGame.constFind(gameId);
        if (watchers == m_watchersOfGame.cend() || watchers->isEmpty())
            return {false, players};
        return {false, players + *watchers};
    }
    }
    return {};
}
