// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "manualclock.h"

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{
}

qint64 ManualClock::monotonicMs() const
{
    return m_elapsedMs;
}

QDateTime ManualClock::currentDateTime() const
{
    return m_start.addMSecs(m_elapsedMs);
}

void ManualClock::advance(qint64 milliseconds)
{
    m_elapsedMs += milliseconds;
}
