// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QThread>
#include <QTimer>

// Copies a WAL database's committed pages back into the database file, from a thread and a
// connection of its own. SQLite does it inside a commit every 1 000 pages by default, and that
// commit then waits for the copy and its fsync: tens of milliseconds that the players of every game
// feel at once. A passive checkpoint never blocks the writer, so the domain's commits go on. Under a
// steady load it never copies the whole WAL, though, which then never starts over: once the WAL holds
// restartAfterFrames pages, a restart copies what is left and holds the writer back meanwhile.
class WalCheckpointer
{
public:
    static constexpr int defaultIntervalMs = 1000;
    // 64 MiB of 4 KiB pages: a restart every second or so at the most moves per second.
    static constexpr int defaultRestartAfterFrames = 16384;

    explicit WalCheckpointer(const QString &databasePath, int intervalMs = defaultIntervalMs,
                             int restartAfterFrames = defaultRestartAfterFrames);
    // Stops after a last checkpoint.
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    QThread m_thread;
    QTimer m_timer; // lives on m_thread

};
