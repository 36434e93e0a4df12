// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

// What one TCP connection to the API may take of the host, before any HTTP or WebSocket code sees
// it. Every number is a ServerSettings default an operator can change with a flag.
struct ConnectionLimits
{
    int maxConnections = 10000;
    int maxConnectionsPerAddress = 128;
    int httpRequestTimeoutMs = 10000;
    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxPendingSendBytes = 4 * 1024 * 1024;
};
