// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The tic-tac-toe domain over SqliteStore, on real files: what it keeps across a restart, and the
// databases it refuses to open.
#include "computer/computerplayers.h"
#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "games/gameeffects.h"
#include "games/gamehistory.h"
#include "scoring/scoringeffects.h"
#include "sqlitestore.h"
#include "tictactoedomain.h"
#include "walcheckpointer.h"
#include "users/usereffects.h"

#include <QFileInfo>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QUuid alice = QUuid::fromString(QStringLiteral("0a11ce00-0000-4000-8000-000000000001"));
const QUuid bob = QUuid::fromString(QStringLiteral("0b0b0000-0000-4000-8000-000000000002"));

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs one statement on the file with a connection of the test's own, outside the store.
QVariant rawQuery(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void keepsUsersCredentialsScoresAndTheHallOfFame();
    void resumesAGameInProgressWithAFullTurn();
    void resumesAGameAgainstTheComputerOnItsTurn();
    void keepsEndedGamesAndDropsGamesNobodyJoined();
    void keepsTheHistoryOfEndedGamesAcrossARestart();
    void refusesASchemaFromANewerVersion();
    void refusesAFileThatIsNotADatabase();
    void refusesADatabaseOfAnotherProgram();
    void refusesADatabaseAnotherHostHolds();
    void commitsReachTheDatabaseFileWithoutACommitCopyingThem();
    void writesTimesInTheTextQtReadsBack();
    void theWalStartsOverUnderASteadyStreamOfCommits();

private:
    std::unique_ptr<DomainTestKit> openKit(const GameRules &rules = {}) const;
    QString databasePath() const { return m_directory->filePath(SqliteStore::fileName()); }
    static void createUsers(DomainTestKit &kit);
    static QUuid startGame(DomainTestKit &kit);
    static void play(DomainTestKit &kit, const QUuid &game, const QList<std::pair<QUuid, QPoint>> &moves);

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestSqliteStore::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

std::unique_ptr<DomainTestKit> TestSqliteStore::openKit(const GameRules &rules) const
{
    return std::make_unique<DomainTestKit>(
            ticTacToeModules(rules, SqliteStore::factoryFor(m_directory->path())));
}

void TestSqliteStore::createUsers(DomainTestKit &kit)
{
    const QDateTime createdAt(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    kit.send(StoreCredentialHash{alice, QStringLiteral("hash-of-alice")});
    kit.send(CreateUser{alice, QStringLiteral("Alice"), createdAt, QUuid::createUuid()});
    kit.send(CreateUser{bob, QStringLiteral("Bob"), createdAt, QUuid::createUuid()});
}

QUuid TestSqliteStore::startGame(DomainTestKit &kit)
{
    const QUuid game = QUuid::createUuid();
    kit.send(CreateGame{QUuid::createUuid(), game, alice});
    kit.send(JoinGame{QUuid::createUuid(), game, alice});
    kit.send(JoinGame{QUuid::createUuid(), game, bob});
    return game;
}

void TestSqliteStore::play(DomainTestKit &kit, const QUuid &game,
                           const QList<std::pair<QUuid, QPoint>> &moves)
{
    for (const auto &[player, cell] : moves)
        kit.send(PlaceMark{QUuid::createUuid(), game, player, cell.x(), cell.y()});
}

void TestSqliteStore::keepsUsersCredentialsScoresAndTheHallOfFame()
{
    {
        auto kit = openKit();
        createUsers(*kit);
        const QUuid game = startGame(*kit);
        // Alice takes the top row.
        play(*kit, game, {{alice, {0, 0}}, {bob, {0, 1}}, {alice, {1, 0}}, {bob, {1, 1}}, {alice, {2, 0}}});
        QVERIFY(kit->lastCommitSucceeded());
    }

    auto kit = openKit();
    const UserFound found = kit->ask(GetUser{QUuid::createUuid(), alice}).value().value<UserFound>();
    QCOMPARE(found.user, (User{alice, QStringLiteral("Alice"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)}));
    const CredentialHashes hashes = kit->ask(GetCredentialHashes{}).value().value<CredentialHashes>();
    QCOMPARE(hashes.entries, (QList<UserCredentialHash>{{alice, QStringLiteral("hash-of-alice")}}));
    QCOMPARE(kit->ask(GetTopThreePlayers{QUuid::createUuid()}).value().value<TopThreePlayers>().list,
             (QList<ScoreEntry>{{alice, 100}}));

    // The score goes on from where it was.
    const QUuid rematch = startGame(*kit);
    kit->takeHandled();
    play(*kit, rematch, {{alice, {0, 0}}, {bob, {0, 1}}, {alice, {1, 0}}, {bob, {1, 1}}, {alice, {2, 0}}});
    QVERIFY(describeEffects(kit->takeHandled()).contains(describeEffect(PlayerScoreChanged{alice, 200})));
}

void TestSqliteStore::resumesAGameInProgressWithAFullTurn()
{
    GameRules rules;
    rules.turnTimeoutMs = 7000;
    QUuid game;
    {
        auto kit = openKit(rules);
        createUsers(*kit);
        game = startGame(*kit);
        play(*kit, game, {{alice, {1, 1}}});
    }

    auto kit = openKit(rules);
    // The restart restores the game and gives Bob a whole new turn.
    QCOMPARE(describeEffects(kit->takeHandled()),
             describeEffects({
                     GameRestored{game, {alice, bob}},
                     // Started at 5 and Alice's move (3 events): the new turn is the 9th event.
                     WaitingForPlayerPlay{game, bob, 7000, 9},
                     ScheduleEvent{TurnTimeout{game, bob}, 7000,
                                   QStringLiteral("game:") + game.toString(QUuid::WithoutBraces)},
             }));
    const QUuid operation = QUuid::createUuid();
    QCOMPARE(describeEffect(kit->ask(GetGame{operation, game}).value().value<GameSnapshot>()),
             describeEffect(GameSnapshot{game, Games::Stage::InProgress, {alice, bob},
                                         Board().withMark(1, 1, alice), bob, operation, 9, {}}));
    play(*kit, game, {{bob, {0, 0}}});
    QVERIFY(describeEffects(kit->takeHandled()).contains(describeEffect(WaitingForPlayerPlay{game, alice, 7000, 12})));

    // Its turn timer runs like any other.
    kit->advanceClock(7000);
    QVERIFY(describeEffects(kit->takeHandled()).contains(
            describeEffect(GameEnded{game, Games::Result::GameAborted, {}, 13})));
}

// A host that restarts while the computer has the move: it plays, after its think time, and the
// game still does not score.
void TestSqliteStore::resumesAGameAgainstTheComputerOnItsTurn()
{
    const QUuid perfect = ComputerPlayers::all().constLast().id;
    const QUuid game = QUuid::createUuid();
    {
        auto kit = openKit();
        createUsers(*kit);
        kit->send(CreateGame{QUuid::createUuid(), game, alice});
        kit->send(UserInvited{alice, perfect, game, QUuid::createUuid()});
        kit->send(JoinGame{QUuid::createUuid(), game, alice});
        play(*kit, game, {{alice, {0, 0}}});
        kit->takeHandled();
    }

    auto kit = openKit();
    const QString computerKey = QStringLiteral("computer:") + game.toString(QUuid::WithoutBraces);
    QVERIFY(describeEffects(kit->takeHandled())
                    .contains(describeEffect(ScheduleEvent{ComputerTurnDue{game, perfect},
                                                           ComputerRules().thinkDelayMs, computerKey})));
    kit->advanceClock(ComputerRules().thinkDelayMs);
    // Against a corner, only the centre holds the draw.
    const auto board = [&] { return kit->ask(GetGame{QUuid::createUuid(), game}).value().value<GameSnapshot>().board; };
    QCOMPARE(board().cell(1, 1), perfect);

    // Alice plays the first free cell each time until the computer wins; nobody scores.
    QStringList rest;
    for (int move = 0; move < 4 && !rest.join(u' ').contains(u"GameEnded"_s); ++move) {
        for (int cell = 0; cell < 9; ++cell) {
            if (board().cell(cell % 3, cell / 3).isNull()) {
                play(*kit, game, {{alice, {cell % 3, cell / 3}}});
                break;
            }
        }
        kit->advanceClock(ComputerRules().thinkDelayMs);
        rest += describeEffects(kit->takeHandled());
    }
    QVERIFY2(rest.join(u' ').contains(u"GameEnded"_s), qPrintable(rest.join(u'\n')));
    QVERIFY(!rest.join(u' ').contains(u"PlayerScoreChanged"_s));
    QCOMPARE(kit->ask(GetTopThreePlayers{QUuid::createUuid()}).value().value<TopThreePlayers>().list,
             QList<ScoreEntry>());
}

// The history comes from the stored events: the same answers after a restart, the games that ended
// last first, each move with who played it and when.
void TestSqliteStore::keepsTheHistoryOfEndedGamesAcrossARestart()
{
    QUuid first;
    QUuid second;
    GameHistory before;
    {
        auto kit = openKit();
        createUsers(*kit);
        first = startGame(*kit);
        kit->advanceClock(1500);
        play(*kit, first, {{alice, {0, 0}}, {bob, {0, 1}}, {alice, {1, 0}}, {bob, {1, 1}}, {alice, {2, 0}}});
        const auto recentCount = [&] {
            return kit->ask(GetRecentGames{QUuid::createUuid()}).value().value<RecentGames>().games.size();
        };
        QCOMPARE(recentCount(), 1);
        kit->advanceClock(60000);
        second = startGame(*kit);
        play(*kit, second, {{alice, {1, 1}}});
        QCOMPARE(recentCount(), 1); // asked again before another game ends: the same answer
        kit->advanceClock(GameRules().turnTimeoutMs); // bob's turn runs out
        QCOMPARE(recentCount(), 2);
        before = kit->ask(GetGameHistory{{}, first}).value().value<GameHistory>();
    }

    auto kit = openKit();
    const QList<PlayedGame> recent = kit->ask(GetRecentGames{QUuid::createUuid()}).value().value<RecentGames>().games;
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).gameId, second);
    QCOMPARE(recent.at(0).result, Games::Result::GameAborted);
    QCOMPARE(recent.at(1).gameId, first);
    QCOMPARE(recent.at(1).winner, alice);
    const GameHistory after = kit->ask(GetGameHistory{{}, first}).value().value<GameHistory>();
    QCOMPARE(describeEffect(after), describeEffect(before));
    QCOMPARE(after.moves.size(), 5);
    QCOMPARE(after.moves.constFirst().player, alice);
    QCOMPARE(after.moves.constFirst().at, QDateTime(QDate(2026, 1, 1), QTime(12, 0, 1, 500), Qt::UTC));
    QCOMPARE(after.game.players, QList<QUuid>({alice, bob}));
}

void TestSqliteStore::keepsEndedGamesAndDropsGamesNobodyJoined()
{
    GameRules rules;
    rules.cleanupDelayMs = 10;
    rules.waitingForPlayersTimeoutMs = 10;
    QUuid ended;
    const QUuid waiting = QUuid::createUuid();
    {
        auto kit = openKit(rules);
        createUsers(*kit);
        ended = startGame(*kit);
        play(*kit, ended, {{alice, {0, 0}}, {bob, {0, 1}}, {alice, {1, 0}}, {bob, {1, 1}}, {alice, {2, 0}}});
        kit->send(CreateGame{QUuid::createUuid(), waiting, bob});
        kit->advanceClock(10);
        // Both are forgotten by the domain.
        QVERIFY(!kit->ask(GetGame{QUuid::createUuid(), ended}).value().isValid());
        QVERIFY(!kit->ask(GetGame{QUuid::createUuid(), waiting}).value().isValid());
    }
    QCOMPARE(rawQuery(databasePath(), QStringLiteral("SELECT stage FROM games WHERE id = '%1'")
                                              .arg(ended.toString(QUuid::WithoutBraces))),
             QVariant(QStringLiteral("ENDED")));
    QCOMPARE(rawQuery(databasePath(), QStringLiteral("SELECT count(*) FROM games WHERE id = '%1'")
                                              .arg(waiting.toString(QUuid::WithoutBraces))),
             QVariant(0));
}

void TestSqliteStore::refusesASchemaFromANewerVersion()
{
    QVERIFY(SqliteStore::open(m_directory->path()));
    rawQuery(databasePath(), QStringLiteral("PRAGMA user_version = %1").arg(SqliteStore::schemaVersion + 1));
    const QByteArray before = contentsOf(databasePath());

    const auto opened = SqliteStore::open(m_directory->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().reason, QStringLiteral("STORAGE_TOO_NEW"));
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
    QCOMPARE(contentsOf(databasePath()), before);
}

void TestSqliteStore::refusesAFileThatIsNotADatabase()
{
    QFile file(databasePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("these are not the bytes of a database\n").repeated(200);
    file.write(garbage);
    file.close();

    const auto opened = SqliteStore::open(m_directory->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().reason, QStringLiteral("STORAGE_DAMAGED"));
    QVERIFY2(opened.error().message.startsWith(databasePath()), qPrintable(opened.error().message));
    QCOMPARE(contentsOf(databasePath()), garbage);
}

void TestSqliteStore::refusesADatabaseOfAnotherProgram()
{
    rawQuery(databasePath(), QStringLiteral("CREATE TABLE recipes (name TEXT)"));
    const QByteArray before = contentsOf(databasePath());
    QVERIFY(!before.isEmpty());

    const auto opened = SqliteStore::open(m_directory->path());
    QVERIFY(!opened);
    QCOMPARE(opened.error().reason, QStringLiteral("STORAGE_DAMAGED"));
    QCOMPARE(contentsOf(databasePath()), before);
}

void TestSqliteStore::refusesADatabaseAnotherHostHolds()
{
    auto first = SqliteStore::open(m_directory->path());
    QVERIFY(first);

    const auto second = SqliteStore::open(m_directory->path());
    QVERIFY(!second);
    QCOMPARE(second.error().reason, QStringLiteral("STORAGE_IN_USE"));
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));

    // Once the first host is gone, the database opens again.
    first->reset();
    QVERIFY(SqliteStore::open(m_directory->path()));
}

void TestSqliteStore::commitsReachTheDatabaseFileWithoutACommitCopyingThem()
{
    const auto databaseFile = [this] {
        QFile file(databasePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    auto kit = openKit();
    const QByteArray opened = databaseFile();
    QVERIFY(!opened.isEmpty());
    createUsers(*kit);
    const QUuid game = startGame(*kit);
    play(*kit, game, {{alice, {0, 0}}, {bob, {0, 1}}, {alice, {1, 0}}});
    QVERIFY(kit->lastCommitSucceeded());

    // Commits go to the WAL. A handful is far below SQLite's own checkpoint (1 000 pages): only the
    // checkpointer's thread copies them into the database file, while the store stays open.
    QTRY_VERIFY_WITH_TIMEOUT(databaseFile() != opened, 10000);
}

// The store writes its times itself (Qt's formatting was a tenth of a move's cost): the text must
// be QDateTime::toString(Qt::ISODateWithMs) of the time in UTC, to the millisecond.
void TestSqliteStore::writesTimesInTheTextQtReadsBack()
{
    const QUuid carol = QUuid::createUuid();
    const QDateTime lastMillisecondOfTheCentury(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    {
        auto kit = openKit();
        createUsers(*kit);
        kit->send(CreateUser{carol, QStringLiteral("Carol"), lastMillisecondOfTheCentury, QUuid::createUuid()});
        const QUuid game = startGame(*kit);
        kit->advanceClock(1500);
        play(*kit, game, {{alice, {0, 0}}});
        QVERIFY(kit->lastCommitSucceeded());
    }
    QStringList written;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        database.setDatabaseName(databasePath());
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT created_at FROM users WHERE id = '%1'")
                                   .arg(carol.toString(QUuid::WithoutBraces))));
        while (query.next())
            written.append(query.value(0).toString());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT recorded_at FROM game_events ORDER BY recorded_at")));
        while (query.next())
            written.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    const QDateTime started(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(written, QStringList({lastMillisecondOfTheCentury.toString(Qt::ISODateWithMs),
                                   started.toString(Qt::ISODateWithMs),
                                   started.addMSecs(1500).toString(Qt::ISODateWithMs)}));
    QCOMPARE(written.constFirst(), QStringLiteral("1999-12-31T23:59:59.999Z"));
}

// A passive checkpoint copies while commits go on, and under a steady stream of them it never copies
// the whole WAL, which then never starts over and only grows. Once it is long, the checkpointer
// restarts it: the WAL file stays short, however many commits follow.
void TestSqliteStore::theWalStartsOverUnderASteadyStreamOfCommits()
{
    constexpr int commits = 4000; // 50 MB of WAL if it never started over (three pages each)
    constexpr int restartAfterFrames = 64;
    const QString walPath = databasePath() + QStringLiteral("-wal");
    qint64 longestWal = 0;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("steady-writer"));
        writer.setDatabaseName(databasePath());
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        for (const char *setUp : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA wal_autocheckpoint=0",
                                  "CREATE TABLE pages (id INTEGER PRIMARY KEY, text TEXT)"})
            QVERIFY2(query.exec(QString::fromLatin1(setUp)), setUp);
        const WalCheckpointer checkpointer(databasePath(), 5, restartAfterFrames);
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO pages (text) VALUES (?)")));
        const QString aPage(3000, u'x');
        for (int commit = 0; commit < commits; ++commit) {
            query.bindValue(0, aPage);
            QVERIFY(query.exec());
            longestWal = std::max(longestWal, QFileInfo(walPath).size());
        }
        query = QSqlQuery();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("steady-writer"));
    QVERIFY2(longestWal < 16 * 1024 * 1024, qPrintable(QStringLiteral("the WAL reached %1 bytes").arg(longestWal)));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
