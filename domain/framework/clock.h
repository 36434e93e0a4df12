// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QtGlobal>

// Time as the domain sees it: the scheduler's monotonic milliseconds and the wall-clock time stamped
// on new users. Tests inject a ManualClock so that no test waits for real time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime currentDateTime() const = 0;
};
