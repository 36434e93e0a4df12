// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "inmemorystore.h"

#include "games/gameeffects.h"

StoreFactory InMemoryStore::factory()
{
    return []() -> Outcome<std::unique_ptr<TicTacToeStore>> { return std::make_unique<InMemoryStore>(); };
}

std::optional<User> InMemoryStore::findUser(const QUuid &id) const
{
    const auto found = m_users.constFind(id);
    return found == m_users.cend() ? std::nullopt : std::optional<User>(found.value());
}

void InMemoryStore::addUser(const User &user)
{
    m_users.insert(user.id, user);
}

void InMemoryStore::setCredentialHash(const QUuid &userId, const QString &hash)
{
    m_credentialHashes.insert(userId, hash);
}

QList<UserRepository::CredentialHash> InMemoryStore::credentialHashes() const
{
    QList<CredentialHash> hashes;
    // A hash arrives just before its user; one whose user was refused proves nothing.
    for (auto it = m_credentialHashes.cbegin(); it != m_credentialHashes.cend(); ++it) {
        if (m_users.contains(it.key()))
            hashes.append({it.key(), it.value()});
    }
    return hashes;
}

qint64 InMemoryStore::scoreOf(const QUuid &playerId) const
{
    return m_scores.value(playerId);
}

void InMemoryStore::setScore(const QUuid &playerId, qint64 score)
{
    m_scores.insert(playerId, score);
}

QList<ScoreEntry> InMemoryStore::hallOfFame() const
{
    return m_hallOfFame;
}

void InMemoryStore::setHallOfFame(const QList<ScoreEntry> &entries)
{
    m_hallOfFame = entries;
}

std::optional<Game> InMemoryStore::findGame(const QUuid &id) const
{
    const auto found = m_games.constFind(id);
    return found == m_games.cend() ? std::nullopt : std::optional<Game>(found.value());
}

void InMemoryStore::saveGame(const Game &game)
{
    const auto previous = m_games.constFind(game.id);
    const bool wasWaiting = previous != m_games.cend() && previous->isWaitingForPlayers();
    m_waitingGamesByCreator[game.creator] += int(game.isWaitingForPlayers()) - int(wasWaiting);
    m_games.insert(game.id, game);
}

void InMemoryStore::forgetGame(const QUuid &id)
{
    const Game forgotten = m_games.take(id);
    if (forgotten.isWaitingForPlayers() && !forgotten.id.isNull()) {
        --m_waitingGamesByCreator[forgotten.creator];
        m_events.remove(id); // a game that never started leaves no history
    }
}

void InMemoryStore::recordEvent(const QUuid &gameId, const Effect &event, const QDateTime &at)
{
    m_events[gameId].append({event, at});
    if (!event.is<GameEnded>())
        return;
    m_endedGames.append(gameId);
    if (m_endedGames.size() > keptEndedGames)
        m_events.remove(m_endedGames.takeFirst());
}

QList<PlayedGame> InMemoryStore::recentGames(int limit) const
{
    QList<PlayedGame> games;
    for (auto ended = m_endedGames.crbegin(); ended != m_endedGames.crend() && games.size() < limit; ++ended) {
        if (const std::optional<GameHistory> history = historyOf(*ended))
            games.append(history->game);
    }
    return games;
}

std::optional<GameHistory> InMemoryStore::historyOf(const QUuid &gameId) const
{
    const auto events = m_events.constFind(gameId);
    return events == m_events.cend() ? std::nullopt : historyFromEvents(gameId, *events);
}

int InMemoryStore::waitingGamesCreatedBy(const QUuid &userId) const
{
    return m_waitingGamesByCreator.value(userId);
}

QList<Game> InMemoryStore::gamesInProgress() const
{
    QList<Game> playing;
    for (const Game &game : m_games) {
        if (game.stage == Games::Stage::InProgress)
            playing.append(game);
    }
    return playing;
}
