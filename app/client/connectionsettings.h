// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

// How a GameClient waits: the reconnection backoff after a dropped socket and the limits on a
// connection attempt and a query. Tests shorten them so that nothing waits for real seconds.
struct ConnectionSettings
{
    int initialReconnectDelayMs = 500;
    int maximumReconnectDelayMs = 8000; // each failed attempt doubles the delay up to this
    int connectTimeoutMs = 5000;
    int queryTimeoutMs = 5000;
};
