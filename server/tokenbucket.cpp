// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "tokenbucket.h"

#include <algorithm>

TokenBucket::TokenBucket(double capacity, double refillPerSecond)
    : m_capacity(capacity)
    , m_refillPerSecond(refillPerSecond)
    , m_tokens(capacity)
{
    m_sinceRefill.start();
}

void TokenBucket::refill()
{
    const qint64 elapsedNs = m_sinceRefill.nsecsElapsed();
    m_sinceRefill.restart();
    m_tokens = std::min(m_capacity, m_tokens + m_refillPerSecond * double(elapsedNs) / 1e9);
}

bool TokenBucket::isFull()
{
    refill();
    return m_tokens >= m_capacity;
}

bool TokenBucket::take()
{
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}
