// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "sqlitestore.h"

#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "inmemorystore.h"
#include "naming.h"
#include "sqliteconnection.h"
#include "tictactoedomain.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>


// Quiet unless asked for (QT_LOGGING_RULES="tictactoe.storage.debug=true").
Q_LOGGING_CATEGORY(lcStorage, "tictactoe.storage", QtInfoMsg)

namespace {

// PRAGMA application_id: tells this program's databases from any other SQLite file.
constexpr int applicationId = 0x54545430; // "TTT0"

// Each entry brings the schema from its index to the next version; never edit a released one.
const QStringList migrations[] = {
        {
                QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, alias TEXT NOT NULL, "
                               "created_at TEXT NOT NULL, credential_hash TEXT)"),
                QStringLiteral("CREATE TABLE scores (user_id TEXT PRIMARY KEY, score INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE hall_of_fame (rank INTEGER PRIMARY KEY, "
                               "user_id TEXT NOT NULL, score INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE games (id TEXT PRIMARY KEY, creator TEXT NOT NULL, "
                               "stage TEXT NOT NULL, players TEXT NOT NULL, board TEXT NOT NULL, "
                               "current_player TEXT)"),
                QStringLiteral("CREATE INDEX games_by_stage ON games (stage)"),
        },
        // 2: games count their events (versions), and keep each event for the history.
        {
                QStringLiteral("ALTER TABLE games ADD COLUMN version INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE TABLE game_events (game_id TEXT NOT NULL, version INTEGER NOT NULL, "
                               "type TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (game_id, version))"),
        },
        // 3: each event keeps when it happened, and the history finds the games that ended last
        // through an index of their GameEnded rows alone (a move's row costs no index update).
        {
                QStringLiteral("ALTER TABLE game_events ADD COLUMN recorded_at TEXT"),
                QStringLiteral("CREATE INDEX ended_games ON game_events (recorded_at) WHERE type = 'GameEnded'"),
        },
};
static_assert(std::size(migrations) == SqliteStore::schemaVersion);

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray idUtf8(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

QString stageText(Games::Stage stage)
{
    return upperSnakeCase(QString::fromLatin1(QMetaEnum::fromType<Games::Stage>().valueToKey(int(stage))));
}

std::optional<Games::Stage> stageOf(const QString &text)
{
    const QMetaEnum stages = QMetaEnum::fromType<Games::Stage>();
    for (int i = 0; i < stages.keyCount(); ++i) {
        if (upperSnakeCase(QString::fromLatin1(stages.key(i))) == text)
            return Games::Stage(stages.value(i));
    }
    return std::nullopt;
}

QByteArray jsonText(const QVariant &value)
{
    QByteArray text;
    GadgetJson::writeValueJson(value, text);
    return text;
}

template<typename T>
std::optional<T> fromJsonText(const QString &text)
{
    GadgetJson::DecodeError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QVariant value = GadgetJson::valueFromJson(QMetaType::fromType<T>(), json, error);
    return value.isValid() ? std::optional<T>(value.value<T>()) : std::nullopt;
}

int versionOf(const Effect &event)
{
    const QMetaObject *metaObject = event.metaObject();
    const int versionProperty = metaObject->indexOfProperty("version");
    return versionProperty < 0 ? 0 : metaObject->property(versionProperty).readOnGadget(event.data()).toInt();
}

// A game's row is not written at each move (see saveGame): its recorded events bring it to its
// last move.
void catchUp(Game &game, const QList<RecordedEvent> &events)
{
    for (const RecordedEvent &recorded : events) {
        const Effect &event = recorded.event;
        if (event.is<BoardUpdated>())
            game.board = event.as<BoardUpdated>().board;
        else if (event.is<WaitingForPlayerPlay>())
            game.currentPlayer = event.as<WaitingForPlayerPlay>().playerId;
        game.version = std::max(game.version, versionOf(event));
    }
}

std::unexpected<Refusal> storageRefusal(const QString &reason, const QString &message)
{
    return refuse(reason, message);
}

} // namespace

Outcome<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &directory)
{
    // Players and boards are kept in their wire form.
    registerTicTacToeJsonConverters();
    if (!QDir().mkpath(directory))
        return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"),
                              QStringLiteral("cannot create the data directory %1").arg(directory));
    const QString path = QDir(directory).filePath(fileName());
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return storageRefusal(QStringLiteral("STORAGE_IN_USE"),
                              QStringLiteral("%1 is in use by another running host (process %2)")
                                      .arg(path)
                                      .arg(pid));
    }
    static int opened = 0;
    std::unique_ptr<SqliteStore> store(
            new SqliteStore(QStringLiteral("tictactoe-store-%1").arg(++opened)));
    store->m_lock = std::move(lock);
    store->m_database.setDatabaseName(path);
    if (!store->m_database.open())
        return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"),
                              QStringLiteral("cannot open %1: %2").arg(path, store->m_database.lastError().text()));
    for (const auto &step : {&SqliteStore::migrate, &SqliteStore::prepare, &SqliteStore::load}) {
        if (const Outcome<> done = ((*store).*step)(); !done)
            return std::unexpected(Refusal{done.error().reason, path + QStringLiteral(": ") + done.error().message});
    }
    store->m_checkpointer = std::make_unique<WalCheckpointer>(path);
    qCDebug(lcStorage) << "keeping the data in" << path;
    return store;
}

StoreFactory SqliteStore::factoryFor(const QString &directory)
{
    if (directory.isEmpty())
        return InMemoryStore::factory();
    return [directory]() -> Outcome<std::unique_ptr<TicTacToeStore>> {
        Outcome<std::unique_ptr<SqliteStore>> store = open(directory);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<TicTacToeStore>(std::move(*store));
    };
}

SqliteStore::SqliteStore(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{
}

SqliteStore::~SqliteStore()
{
    m_checkpointer.reset();
    // Finalized before the connection closes: SQLite does not close a connection with statements.
    m_writes.reset();
    m_selectRecentGames = QSqlQuery();
    m_selectGameEvents = QSqlQuery();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Outcome<> SqliteStore::migrate()
{
    QSqlQuery query(m_database);
    // The first statement that reads the file: a damaged file or one that is not SQLite fails here.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storageRefusal(QStringLiteral("STORAGE_DAMAGED"),
                              QStringLiteral("not a readable database (%1)").arg(query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version > schemaVersion)
        return storageRefusal(QStringLiteral("STORAGE_TOO_NEW"),
                              QStringLiteral("written by a newer version of TicTacToe (schema %1, this one "
                                             "knows up to %2)")
                                      .arg(version)
                                      .arg(schemaVersion));
    query.exec(QStringLiteral("PRAGMA application_id"));
    const int foundApplication = query.next() ? query.value(0).toInt() : 0;
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const bool empty = query.next() && query.value(0).toInt() == 0;
    if (foundApplication != applicationId && !(empty && version == 0))
        return storageRefusal(QStringLiteral("STORAGE_DAMAGED"),
                              QStringLiteral("this database belongs to another program"));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !query.exec(QStringLiteral("PRAGMA cache_size=-65536"))
        // Checkpoints happen beside the commits, on WalCheckpointer's thread.
        || !query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"), query.lastError().text());
    }
    if (version == schemaVersion)
        return {};
    m_database.transaction();
    for (int step = version; step < schemaVersion; ++step) {
        for (const QString &statement : migrations[step]) {
            if (!query.exec(statement)) {
                m_database.rollback();
                return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"),
                                      QStringLiteral("migration to schema %1 failed: %2")
                                              .arg(step + 1)
                                              .arg(query.lastError().text()));
            }
        }
    }
    query.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
    query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    if (!m_database.commit())
        return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"), m_database.lastError().text());
    qCDebug(lcStorage) << "database schema" << version << "->" << schemaVersion;
    return {};
}

Outcome<> SqliteStore::prepare()
{
    sqlite3 *connection = SqliteConnection::handleOf(m_database);
    if (!connection)
        return storageRefusal(QStringLiteral("STORAGE_UNAVAILABLE"), QStringLiteral("Qt SQL gave no SQLite connection"));
    // While the checkpointer restarts the WAL, a commit waits for it.
    SqliteConnection::retryLocksInShortSteps(connection);
    m_writes = std::make_unique<Writes>();
    const std::pair<SqliteStatement *, const char *> writes[] = {
            {&m_writes->begin, "BEGIN"},
            {&m_writes->commit, "COMMIT"},
            {&m_writes->rollback, "ROLLBACK"},
            {&m_writes->insertUser, "INSERT INTO users (id, alias, created_at) VALUES (?, ?, ?)"},
            {&m_writes->updateCredential, "UPDATE users SET credential_hash = ? WHERE id = ?"},
            {&m_writes->upsertScore, "INSERT INTO scores (user_id, score) VALUES (?, ?) "
                                     "ON CONFLICT (user_id) DO UPDATE SET score = excluded.score"},
            {&m_writes->clearHallOfFame, "DELETE FROM hall_of_fame"},
            {&m_writes->insertHallOfFame, "INSERT INTO hall_of_fame (rank, user_id, score) VALUES (?, ?, ?)"},
            {&m_writes->upsertGame, "INSERT INTO games (id, creator, stage, players, board, current_player, "
                                    "version) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                    "stage = excluded.stage, players = excluded.players, "
                                    "board = excluded.board, current_player = excluded.current_player, "
                                    "version = excluded.version"},
            {&m_writes->insertGameEvent, "INSERT INTO game_events (game_id, version, type, payload, recorded_at) "
                                         "VALUES (?, ?, ?, ?, ?)"},
            {&m_writes->deleteWaitingGame, "DELETE FROM games WHERE id = ? AND stage = ?"},
    };
    for (const auto &[statement, sql] : writes) {
        Outcome<SqliteStatement> prepared = SqliteStatement::prepare(connection, sql);
        if (!prepared)
            return storageRefusal(QStringLiteral("STORAGE_DAMAGED"), prepared.error().message);
        *statement = std::move(*prepared);
    }
    const std::pair<QSqlQuery *, QString> reads[] = {
            {&m_selectRecentGames, QStringLiteral("SELECT game_id FROM game_events WHERE type = 'GameEnded' "
                                                  "ORDER BY recorded_at DESC LIMIT ?")},
            {&m_selectGameEvents, QStringLiteral("SELECT type, payload, recorded_at FROM game_events "
                                                 "WHERE game_id = ? ORDER BY version")},
    };
    for (const auto &[statement, sql] : reads) {
        *statement = QSqlQuery(m_database);
        if (!statement->prepare(sql))
            return storageRefusal(QStringLiteral("STORAGE_DAMAGED"), statement->lastError().text());
    }
    return {};
}

Outcome<> SqliteStore::load()
{
    QSqlQuery query(m_database);
    bool readable = query.exec(QStringLiteral("SELECT id, alias, created_at, credential_hash FROM users"));
    while (readable && query.next()) {
        const User user{QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)};
        m_memory.users().addUser(user);
        if (!query.value(3).isNull())
            m_memory.users().setCredentialHash(user.id, query.value(3).toString());
    }
    readable = readable && query.exec(QStringLiteral("SELECT user_id, score FROM scores"));
    while (readable && query.next())
        m_memory.scores().setScore(QUuid::fromString(query.value(0).toString()), query.value(1).toLongLong());
    readable = readable && query.exec(QStringLiteral("SELECT user_id, score FROM hall_of_fame ORDER BY rank"));
    QList<ScoreEntry> hallOfFame;
    while (readable && query.next())
        hallOfFame.append({QUuid::fromString(query.value(0).toString()), query.value(1).toInt()});
    m_memory.scores().setHallOfFame(hallOfFame);
    QList<Game> inProgress;
    readable = readable
            && query.exec(QStringLiteral("SELECT id, creator, players, board, current_player, version FROM games "
                                         "WHERE stage = '%1'").arg(stageText(Games::Stage::InProgress)));
    while (readable && query.next()) {
        Game game;
        game.id = QUuid::fromString(query.value(0).toString());
        game.creator = QUuid::fromString(query.value(1).toString());
        game.stage = Games::Stage::InProgress;
        game.players = fromJsonText<QList<QUuid>>(query.value(2).toString()).value_or(QList<QUuid>());
        game.board = fromJsonText<Board>(query.value(3).toString()).value_or(Board());
        game.currentPlayer = QUuid::fromString(query.value(4).toString());
        game.version = query.value(5).toInt();
        inProgress.append(game);
    }
    if (!readable)
        return storageRefusal(QStringLiteral("STORAGE_DAMAGED"), query.lastError().text());
    for (Game &game : inProgress) {
        catchUp(game, eventsOf(game.id));
        m_memory.games().saveGame(game);
    }
    // Games nobody had joined yet are stale after a restart: their invitations are gone.
    query.exec(QStringLiteral("DELETE FROM games WHERE stage = '%1'").arg(stageText(Games::Stage::WaitingForPlayers)));
    return {};
}

void SqliteStore::begin()
{
    m_writeError.clear();
    write(m_writes->begin.execute({}));
}

Outcome<> SqliteStore::commit()
{
    if (m_writeError.isEmpty()) {
        const Outcome<> committed = m_writes->commit.execute({});
        if (committed)
            return {};
        m_writeError = committed.error().message;
    }
    m_writes->rollback.execute({});
    return storageRefusal(QStringLiteral("STORAGE_WRITE_FAILED"), m_writeError);
}

void SqliteStore::write(const Outcome<> &done)
{
    if (!done && m_writeError.isEmpty())
        m_writeError = done.error().message;
}

std::optional<User> SqliteStore::findUser(const QUuid &id) const
{
    return m_memory.users().findUser(id);
}

void SqliteStore::addUser(const User &user)
{
    m_memory.users().addUser(user);
    write(m_writes->insertUser.execute({idUtf8(user.id), user.alias.toUtf8(), GadgetJson::isoUtcText(user.createdAt)}));
    if (const QString hash = m_hashesAwaitingTheirUser.take(user.id); !hash.isEmpty())
        setCredentialHash(user.id, hash);
}

void SqliteStore::setCredentialHash(const QUuid &userId, const QString &hash)
{
    m_memory.users().setCredentialHash(userId, hash);
    if (!findUser(userId)) {
        m_hashesAwaitingTheirUser.insert(userId, hash);
        return;
    }
    write(m_writes->updateCredential.execute({hash.toUtf8(), idUtf8(userId)}));
}

QList<UserRepository::CredentialHash> SqliteStore::credentialHashes() const
{
    return m_memory.users().credentialHashes();
}

qint64 SqliteStore::scoreOf(const QUuid &playerId) const
{
    return m_memory.scores().scoreOf(playerId);
}

void SqliteStore::setScore(const QUuid &playerId, qint64 score)
{
    m_memory.scores().setScore(playerId, score);
    write(m_writes->upsertScore.execute({idUtf8(playerId), score}));
}

QList<ScoreEntry> SqliteStore::hallOfFame() const
{
    return m_memory.scores().hallOfFame();
}

void SqliteStore::setHallOfFame(const QList<ScoreEntry> &entries)
{
    m_memory.scores().setHallOfFame(entries);
    write(m_writes->clearHallOfFame.execute({}));
    for (qsizetype rank = 0; rank < entries.size(); ++rank)
        write(m_writes->insertHallOfFame.execute({rank, idUtf8(entries.at(rank).id), entries.at(rank).score}));
}

std::optional<Game> SqliteStore::findGame(const QUuid &id) const
{
    return m_memory.games().findGame(id);
}

void SqliteStore::saveGame(const Game &game)
{
    const std::optional<Game> before = m_memory.games().findGame(game.id);
    m_memory.games().saveGame(game);
    // A move changes only what its events already hold (the board, the turn, the version), and
    // load() catches a game up from them: writing the row at each move cost a quarter of a move's
    // storage time. The row is written when the game is created, gains a player or changes stage.
    if (before && before->stage == game.stage && before->players == game.players)
        return;
    const QByteArray currentPlayer = idUtf8(game.currentPlayer);
    write(m_writes->upsertGame.execute({idUtf8(game.id), idUtf8(game.creator), stageText(game.stage).toUtf8(),
                                        jsonText(QVariant::fromValue(game.players)),
                                        jsonText(QVariant::fromValue(game.board)),
                                        game.currentPlayer.isNull() ? SqliteStatement::Value(nullptr)
                                                                    : SqliteStatement::Value(currentPlayer),
                                        game.version}));
}

void SqliteStore::recordEvent(const QUuid &gameId, const Effect &event, const QDateTime &at)
{
    QByteArray payload;
    event.appendPayloadJson(payload);
    write(m_writes->insertGameEvent.execute(
            {idUtf8(gameId), versionOf(event), event.typeName().toUtf8(), payload, GadgetJson::isoUtcText(at)}));
    if (event.is<GameEnded>())
        m_recentGames.reset();
}

QList<PlayedGame> SqliteStore::recentGames(int limit) const
{
    if (m_recentGames && m_recentGamesLimit == limit)
        return *m_recentGames;
    QList<QUuid> ended;
    m_selectRecentGames.bindValue(0, limit);
    if (m_selectRecentGames.exec()) {
        while (m_selectRecentGames.next())
            ended.append(QUuid::fromString(m_selectRecentGames.value(0).toString()));
    } else {
        qCWarning(lcStorage) << "cannot read the recent games:" << m_selectRecentGames.lastError().text();
    }
    m_selectRecentGames.finish();
    QList<PlayedGame> games;
    for (const QUuid &gameId : std::as_const(ended)) {
        if (const std::optional<GameHistory> history = historyOf(gameId))
            games.append(history->game);
    }
    m_recentGames = games;
    m_recentGamesLimit = limit;
    return games;
}

std::optional<GameHistory> SqliteStore::historyOf(const QUuid &gameId) const
{
    return historyFromEvents(gameId, eventsOf(gameId));
}

QList<RecordedEvent> SqliteStore::eventsOf(const QUuid &gameId) const
{
    QList<RecordedEvent> events;
    m_selectGameEvents.bindValue(0, idText(gameId));
    if (!m_selectGameEvents.exec()) {
        qCWarning(lcStorage) << "cannot read a game's events:" << m_selectGameEvents.lastError().text();
        return events;
    }
    while (m_selectGameEvents.next()) {
        const QJsonObject stored{
                {QStringLiteral("type"), m_selectGameEvents.value(0).toString()},
                {QStringLiteral("payload"),
                 QJsonDocument::fromJson(m_selectGameEvents.value(1).toString().toUtf8()).object()}};
        GadgetJson::DecodeError error;
        const QVariant event = GadgetJson::valueFromJson(QMetaType::fromType<Effect>(), stored, error);
        if (!event.isValid())
            continue; // a row this version cannot read takes nothing from the rest
        events.append({event.value<Effect>(),
                       QDateTime::fromString(m_selectGameEvents.value(2).toString(), Qt::ISODateWithMs)});
    }
    m_selectGameEvents.finish();
    return events;
}

void SqliteStore::forgetGame(const QUuid &id)
{
    const std::optional<Game> forgotten = m_memory.games().findGame(id);
    m_memory.games().forgetGame(id);
    // An ended game stays for the history; one that never started leaves no trace.
    if (forgotten && forgotten->isWaitingForPlayers())
        write(m_writes->deleteWaitingGame.execute({idUtf8(id), stageText(Games::Stage::WaitingForPlayers).toUtf8()}));
}

QList<Game> SqliteStore::gamesInProgress() const
{
    return m_memory.games().gamesInProgress();
}

int SqliteStore::waitingGamesCreatedBy(const QUuid &userId) const
{
    return m_memory.games().waitingGamesCreatedBy(userId);
}
