// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gamehistory.h"

#include "gadgetjson.h"
#include "gameeffects.h"

#include <mutex>

std::optional<GameHistory> historyFromEvents(const QUuid &gameId, const QList<RecordedEvent> &events)
{
    GameHistory history;
    history.game.gameId = gameId;
    bool ended = false;
    for (const RecordedEvent &recorded : events) {
        const Effect &event = recorded.event;
        if (event.is<GameStarted>()) {
            history.game.players = event.as<GameStarted>().players;
        } else if (event.is<MarkPlaced>()) {
            const MarkPlaced &placed = event.as<MarkPlaced>();
            history.moves.append({placed.player, placed.x, placed.y, recorded.at});
        } else if (event.is<GameEnded>()) {
            history.game.result = event.as<GameEnded>().result;
            history.game.winner = event.as<GameEnded>().winner;
            history.game.endedAt = recorded.at;
            ended = true;
        }
    }
    if (!ended || history.game.players.isEmpty())
        return std::nullopt;
    return history;
}

void registerHistoryJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GadgetJson::registerListConverter<HistoryMove>();
        GadgetJson::registerListConverter<PlayedGame>();
    });
}
