// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "pinground.h"

#include "clientconnection.h"

#include <algorithm>

PingRound::PingRound(int intervalMs)
{
    // Precise: a coarse timer may fire 5% early, and a peer must have a whole interval to answer.
    m_timer.setTimerType(Qt::PreciseTimer);
    // Rounded up: a round of sixteen ticks never takes less than the interval (250 / 16 rounded
    // down made a round of 240 ms, and a silent peer went before its two intervals, less a slice).
    m_timer.setInterval(std::max(1, (intervalMs + sliceCount - 1) / sliceCount));
    m_timer.callOnTimeout([this] { pingNextSlice(); });
    m_timer.start();
}

void PingRound::add(ClientConnection *connection)
{
    // The slice just pinged: its next turn is the furthest away.
    m_slices[(m_nextSlice + sliceCount - 1) % sliceCount].append(connection);
}

void PingRound::remove(ClientConnection *connection)
{
    for (QList<ClientConnection *> &slice : m_slices) {
        if (slice.removeOne(connection))
            return;
    }
}

void PingRound::pingNextSlice()
{
    // A copy: a connection found silent is dropped, which removes it from its slice.
    const QList<ClientConnection *> slice = m_slices[m_nextSlice];
    m_nextSlice = (m_nextSlice + 1) % sliceCount;
    for (ClientConnection *connection : slice)
        connection->checkAlive();
}
