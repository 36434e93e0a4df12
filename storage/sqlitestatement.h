// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"

#include <QByteArrayView>

#include <initializer_list>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared write on SQLite's own API, for the statements run at every move. Qt SQL binds through
// QVariant and UTF-16 (it builds a placeholder name for each positional bind, and SQLite converts
// each text back to UTF-8): a third of a move's instructions. Here texts are bound as the UTF-8
// they already are, without a copy.
class SqliteStatement
{
public:
    using Value = std::variant<std::nullptr_t, qint64, QByteArrayView>;

    // Prepares sql on an open connection (Qt SQL's, through QSqlDriver::handle()).
    static Outcome<SqliteStatement> prepare(sqlite3 *database, QByteArrayView sql);

    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    // Runs the statement once with values bound in order. The texts are read in place, so they
    // need to live only as long as this call. Refused with SQLite's message when it fails.
    Outcome<> execute(std::initializer_list<Value> values);

private:
    explicit SqliteStatement(sqlite3_stmt *statement) : m_statement(statement) { }

    sqlite3_stmt *m_statement = nullptr;
};
