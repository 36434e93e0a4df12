// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "tictactoestore.h"

#include <QHash>

// The store that keeps everything in memory, for the test kit and for a host that keeps nothing.
class InMemoryStore : public TicTacToeStore, UserRepository, ScoreRepository, GameRepository
{
public:
    static StoreFactory factory();

    UserRepository &users() override { return *this; }
    ScoreRepository &scores() override { return *this; }
    GameRepository &games() override { return *this; }
    // For a store that keeps its reads in one of these (SqliteStore).
    const UserRepository &users() const { return *this; }
    const ScoreRepository &scores() const { return *this; }
    const GameRepository &games() const { return *this; }
    void begin() override {}
    Outcome<> commit() override { return {}; }

private:
    std::optional<User> findUser(const QUuid &id) const override;
    void addUser(const User &user) override;
    void setCredentialHash(const QUuid &userId, const QString &hash) override;
    QList<CredentialHash> credentialHashes() const override;

    qint64 scoreOf(const QUuid &playerId) const override;
    void setScore(const QUuid &playerId, qint64 score) override;
    QList<ScoreEntry> hallOfFame() const override;
    void setHallOfFame(const QList<ScoreEntry> &entries) override;

    std::optional<Game> findGame(const QUuid &id) const override;
    void saveGame(const Game &game) override;
    void forgetGame(const QUuid &id) override;
    void recordEvent(const QUuid &gameId, const Effect &event, const QDateTime &at) override;
    QList<PlayedGame> recentGames(int limit) const override;
    std::optional<GameHistory> historyOf(const QUuid &gameId) const override;
    QList<Game> gamesInProgress() const override;
    int waitingGamesCreatedBy(const QUuid &userId) const override;

    QHash<QUuid, User> m_users;
    QHash<QUuid, QString> m_credentialHashes;
    QHash<QUuid, qint64> m_scores;
    QList<ScoreEntry> m_hallOfFame;
    QHash<QUuid, Game> m_games;
    QHash<QUuid, int> m_waitingGamesByCreator;
    // The history in memory: the events of the games being played and of the last ended ones.
    static constexpr qsizetype keptEndedGames = 100;
    QHash<QUuid, QList<RecordedEvent>> m_events;
    QList<QUuid> m_endedGames; // the oldest first
};
