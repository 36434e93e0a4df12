// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

// What a server process has used, read from /proc: CPU time (user + system) and resident memory.
class ServerProbe
{
public:
    explicit ServerProbe(qint64 pid) : m_pid(pid) {}

    // CPU time in microseconds; -1 when the process cannot be read.
    qint64 cpuMicroseconds() const;
    // Resident set in bytes; -1 when the process cannot be read.
    qint64 residentBytes() const;

private:
    qint64 m_pid;
};
