// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>

// Allows bursts of up to capacity actions, refilled at a steady rate per second.
class TokenBucket
{
public:
    TokenBucket(double capacity, double refillPerSecond);

    // Takes one token; false when the bucket is empty.
    bool take();
    // Whether the bucket has refilled to its capacity: it then holds nothing a new one would not.
    bool isFull();

private:
    void refill();

    double m_capacity;
    double m_refillPerSecond;
    double m_tokens;
    QElapsedTimer m_sinceRefill;
};
