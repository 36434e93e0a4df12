// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "inmemorystore.h"
#include "sqlitestatement.h"
#include "tictactoestore.h"
#include "walcheckpointer.h"

#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

// The tic-tac-toe domain's state in one SQLite file (Qt SQL), for a host that keeps its data:
// users with the hash of their credential, scores, the hall of fame and every game. Reads come from
// an InMemoryStore loaded when the store opens; writes go to it and to the file as they happen,
// inside the unit of work DomainRuntime wraps around each drain, and are committed before anyone
// hears of them.
//
// Durability: WAL journal with synchronous=NORMAL, so a committed change survives a crash of the
// process (kill -9) at any moment; after a power loss the last few commits may be lost, never the
// file's consistency.
class SqliteStore : public TicTacToeStore, UserRepository, ScoreRepository, GameRepository
{
public:
    static constexpr int schemaVersion = 3;
    static QString fileName() { return QStringLiteral("tictactoe.sqlite"); }

    // Opens (creating it when missing) the database in directory, on the calling thread. Refuses,
    // leaving the file untouched: a schema newer than this build knows, a file that is not this
    // program's database or is damaged, a database another running host holds.
    static Outcome<std::unique_ptr<SqliteStore>> open(const QString &directory);
    // A factory for GameServer: the SQLite store in directory, or memory only when it is empty.
    static StoreFactory factoryFor(const QString &directory);

    ~SqliteStore() override;

    UserRepository &users() override { return *this; }
    ScoreRepository &scores() override { return *this; }
    GameRepository &games() override { return *this; }
    void begin() override;
    Outcome<> commit() override;

private:
    explicit SqliteStore(const QString &connectionName);

    Outcome<> prepare();
    Outcome<> migrate();
    Outcome<> load();
    // Keeps the unit of work's first failure, which its commit then refuses.
    void write(const Outcome<> &done);

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
    QList<RecordedEvent> eventsOf(const QUuid &gameId) const;
    QList<Game> gamesInProgress() const override;
    int waitingGamesCreatedBy(const QUuid &userId) const override;

    QString m_connectionName;
    QSqlDatabase m_database;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    // Every write, on the same connection as Qt SQL's reads.
    struct Writes
    {
        SqliteStatement begin;
        SqliteStatement commit;
        SqliteStatement rollback;
        SqliteStatement insertUser;
        SqliteStatement updateCredential;
        SqliteStatement upsertScore;
        SqliteStatement clearHallOfFame;
        SqliteStatement insertHallOfFame;
        SqliteStatement upsertGame;
        SqliteStatement deleteWaitingGame;
        SqliteStatement insertGameEvent;
    };
    std::unique_ptr<Writes> m_writes;
    // Reads for the history, on the domain's connection (a query is answered on the domain thread).
    mutable QSqlQuery m_selectRecentGames;
    mutable QSqlQuery m_selectGameEvents;
    // The answer to recentGames until a game ends again: every lobby asks for it.
    mutable std::optional<QList<PlayedGame>> m_recentGames;
    mutable int m_recentGamesLimit = 0;
    QString m_writeError;

    InMemoryStore m_memory;
    // A credential's hash is stored just before its user: its row comes with the user.
    QHash<QUuid, QString> m_hashesAwaitingTheirUser;
};
