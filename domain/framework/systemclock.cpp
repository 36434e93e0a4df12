// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "systemclock.h"

SystemClock::SystemClock()
{
    m_elapsed.start();
}

qint64 SystemClock::monotonicMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SystemClock::currentDateTime() const
{
    return QDateTime::currentDateTimeUtc();
}
