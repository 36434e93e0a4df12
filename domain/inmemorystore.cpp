#include "inmemorystore.h"

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
    if (forgotten.isWaitingForPlayers() && !forgotten.id.isNull())
        --m_waitingGamesByCreator[forgotten.creator];
}

// The history needs storage: in memory, a game's recent events (kept by the game itself) suffice.
void InMemoryStore::recordEvent(const QUuid &, const Effect &)
{
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
