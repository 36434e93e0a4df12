// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "walcheckpointer.h"

#include "sqliteconnection.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcCheckpoints, "tictactoe.storage.checkpoints", QtInfoMsg)

namespace {

void checkpoint(const QString &connectionName, int restartAfterFrames)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    // A passive pass copies while the domain goes on writing, but under a steady load a commit
    // always lands during it: the WAL is then never wholly copied, never starts over, and grew by
    // 50 MB a second, each write extending the file. Once it is long, a restart copies the few
    // frames the passive pass left and lets the next commit write the WAL from its beginning.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        qCWarning(lcCheckpoints) << "checkpoint failed:" << query.lastError().text();
        return;
    }
    const int framesInTheLog = query.value(1).toInt();
    query.finish();
    if (framesInTheLog >= restartAfterFrames && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)")))
        qCWarning(lcCheckpoints) << "checkpoint failed:" << query.lastError().text();
}

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databasePath, int intervalMs, int restartAfterFrames)
{
    static std::atomic<int> created = 0;
    const QString connectionName = QStringLiteral("tictactoe-checkpointer-%1").arg(++created);
    m_thread.setObjectName(QStringLiteral("checkpoints"));
    m_timer.setInterval(intervalMs);
    m_timer.moveToThread(&m_thread);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [connectionName, restartAfterFrames] {
        checkpoint(connectionName, restartAfterFrames);
    });
    // The connection is opened, used and closed on the thread: Qt SQL connections stay on theirs.
    // finished is emitted there too.
    QObject::connect(&m_thread, &QThread::finished, [this, connectionName, restartAfterFrames] {
        m_timer.stop();
        if (QSqlDatabase::contains(connectionName)) {
            checkpoint(connectionName, restartAfterFrames);
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    });
    m_thread.start();
    // Opened, and its WAL files with it (SQLite opens them at the first statement), before the
    // store goes on: once the host has started, the process holds every file it will hold.
    QMetaObject::invokeMethod(
            &m_timer,
            [this, connectionName, databasePath, restartAfterFrames] {
                QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
                database.setDatabaseName(databasePath);
                if (!database.open()) {
                    qCWarning(lcCheckpoints) << "cannot open" << databasePath << ":" << database.lastError().text();
                    return;
                }
                // A restart waits for a gap between the domain's commits, which a busy domain
                // leaves only briefly.
                SqliteConnection::retryLocksInShortSteps(SqliteConnection::handleOf(database));
                checkpoint(connectionName, restartAfterFrames);
                m_timer.start();
            },
            Qt::BlockingQueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}
