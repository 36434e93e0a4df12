// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace SqliteConnection {

namespace {

constexpr std::chrono::microseconds retryStep(100);
constexpr int retries = 5 * 1000 * 1000 / retryStep.count();

} // namespace

sqlite3 *handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                       : nullptr;
}

void retryLocksInShortSteps(sqlite3 *connection)
{
    sqlite3_busy_handler(
            connection,
            [](void *, int attempt) {
                std::this_thread::sleep_for(retryStep);
                return attempt < retries ? 1 : 0;
            },
            nullptr);
}

} // namespace SqliteConnection
