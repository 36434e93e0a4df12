// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "clock.h"

// A clock that moves only when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    qint64 monotonicMs() const override;
    QDateTime currentDateTime() const override;
    void advance(qint64 milliseconds);

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};
