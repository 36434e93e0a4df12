// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

namespace {

std::unexpected<Refusal> sqliteRefusal(sqlite3 *database)
{
    return refuse(QStringLiteral("STORAGE_WRITE_FAILED"), QString::fromUtf8(sqlite3_errmsg(database)));
}

} // namespace

Outcome<SqliteStatement> SqliteStatement::prepare(sqlite3 *database, QByteArrayView sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(database, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteRefusal(database);
    }
    return SqliteStatement(statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_statement, other.m_statement);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Outcome<> SqliteStatement::execute(std::initializer_list<Value> values)
{
    int index = 0;
    for (const Value &value : values) {
        ++index;
        if (const qint64 *number = std::get_if<qint64>(&value)) {
            sqlite3_bind_int64(m_statement, index, *number);
        } else if (const QByteArrayView *text = std::get_if<QByteArrayView>(&value)) {
            // SQLITE_STATIC: the text outlives this call, and the binding is cleared before it returns.
            sqlite3_bind_text(m_statement, index, text->isNull() ? "" : text->data(), int(text->size()),
                              SQLITE_STATIC);
        } else {
            sqlite3_bind_null(m_statement, index);
        }
    }
    const int result = sqlite3_step(m_statement);
    Outcome<> outcome;
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        outcome = sqliteRefusal(sqlite3_db_handle(m_statement));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return outcome;
}
