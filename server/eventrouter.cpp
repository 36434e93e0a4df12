#include "eventrouter.h"

#include "games/gameeffects.h"
#include "protocolcatalogue.h"

void EventRouter::observe(const Effect &effect)
{
    if (effect.is<PlayerJoinedAGame>()) {
        const auto &joined = effect.as<PlayerJoinedAGame>();
        m_playersOfGame[joined.gameId].append(joined.playerId);
    } else if (effect.is<GameRestored>()) {
        m_playersOfGame.insert(effect.as<GameRestored>().gameId, effect.as<GameRestored>().players);
    } else if (effect.is<GameStateReadyToBeCleaned>()) {
        m_playersOfGame.remove(effect.as<GameStateReadyToBeCleaned>().gameId);
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
    case Audience::GamePlayers:
        return {false, m_playersOfGame.value(idField(event, "gameId"))};
    }
    return {};
}
