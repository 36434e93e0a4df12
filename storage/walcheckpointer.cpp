// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "walcheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcCheckpoints, "tictactoe.storage.checkpoints", QtInfoMsg)

namespace {

void checkpoint(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    // Under a steady load a commit always lands while a passive checkpoint copies, so the WAL is
    // never wholly copied and never starts over: it grew by 50 MB a second, each write extending the
    // file. The passive pass copies nearly everything while the domain goes on writing; the restart
    // then copies the last few commits, holding the writer back for that short time only, so that
    // the next commit writes the WAL from its beginning again.
    for (const QString &pass : {QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), QStringLiteral("PRAGMA wal_checkpoint(RESTART)")}) {
        if (!query.exec(pass))
            qCWarning(lcCheckpoints) << "checkpoint failed:" << query.lastError().text();
    }
}

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databasePath, int intervalMs)
{
    static std::atomic<int> created = 0;
    const QString connectionName = QStringLiteral("tictactoe-checkpointer-%1").arg(++created);
    m_thread.setObjectName(QStringLiteral("checkpoints"));
    m_timer.setInterval(intervalMs);
    m_timer.moveToThread(&m_thread);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [connectionName] { checkpoint(connectionName); });
    // The connection is opened, used and closed on the thread: Qt SQL connections stay on theirs.
    // finished is emitted there too.
    QObject::connect(&m_thread, &QThread::finished, [this, connectionName] {
        m_timer.stop();
        if (QSqlDatabase::contains(connectionName)) {
            checkpoint(connectionName);
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    });
    m_thread.start();
    // Opened, and its WAL files with it (SQLite opens them at the first statement), before the
    // store goes on: once the host has started, the process holds every file it will hold.
    QMetaObject::invokeMethod(
            &m_timer,
            [this, connectionName, databasePath] {
                QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
                database.setDatabaseName(databasePath);
                if (!database.open()) {
                    qCWarning(lcCheckpoints) << "cannot open" << databasePath << ":" << database.lastError().text();
                    return;
                }
                checkpoint(connectionName);
                m_timer.start();
            },
            Qt::BlockingQueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}
