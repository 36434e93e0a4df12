// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QTimer>

#include <array>

class ClientConnection;

// Pings every connection once per interval from one timer. A timer of its own per connection cost
// memory for each and kept the event loop busy with thousands of timers among idle clients: here
// each tick takes the next of a fixed number of slices, so the pings spread over the interval.
// A connection whose ping went unanswered by its next turn is dropped (ClientConnection::checkAlive).
class PingRound
{
public:
    static constexpr int sliceCount = 16;

    explicit PingRound(int intervalMs);

    // First pinged about one interval later.
    void add(ClientConnection *connection);
    void remove(ClientConnection *connection);

private:
    void pingNextSlice();

    QTimer m_timer;
    std::array<QList<ClientConnection *>, sliceCount> m_slices;
    int m_nextSlice = 0;
};
