// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

class QSqlDatabase;
struct sqlite3;

// SQLite's own API on a connection Qt SQL opened.
namespace SqliteConnection {

// The connection underneath; null when the driver is not SQLite's.
sqlite3 *handleOf(const QSqlDatabase &database);

// A statement that finds the database locked retries every 100 µs, for up to 5 s as Qt's own
// setting. SQLite's steps (1, 2, 5, 10 ms…) made a commit that waited 3 ms for a checkpoint wait 8,
// and a checkpoint wait for a gap between commits it could not catch while the domain was busy.
void retryLocksInShortSteps(sqlite3 *connection);

} // namespace SqliteConnection
