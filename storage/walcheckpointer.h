// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QThread>
#include <QTimer>

// Copies a WAL database's committed pages back into the database file, from a thread and a
// connection of its own. SQLite does it inside a commit every 1 000 pages by default, and that
// commit then waits for the copy and its fsync: tens of milliseconds that the players of every game
// feel at once. A passive checkpoint never blocks the writer, so the domain's commits go on.
class WalCheckpointer
{
public:
    static constexpr int defaultIntervalMs = 1000;

    explicit WalCheckpointer(const QString &databasePath, int intervalMs = defaultIntervalMs);
    // Stops after a last checkpoint.
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    QThread m_thread;
    QTimer m_timer; // lives on m_thread

};
