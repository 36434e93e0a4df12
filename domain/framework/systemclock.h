// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "clock.h"

#include <QElapsedTimer>

class SystemClock : public Clock
{
public:
    SystemClock();
    qint64 monotonicMs() const override;
    QDateTime currentDateTime() const override;

private:
    QElapsedTimer m_elapsed;
};
