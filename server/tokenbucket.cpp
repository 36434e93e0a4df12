#include "tokenbucket.h"

#include <algorithm>

TokenBucket::TokenBucket(double capacity, double refillPerSecond)
    : m_capacity(capacity)
    , m_refillPerSecond(refillPerSecond)
    , m_tokens(capacity)
{
    m_sinceRefill.start();
}

bool TokenBucket::take()
{
    const qint64 elapsedNs = m_sinceRefill.nsecsElapsed();
    m_sinceRefill.restart();
    m_tokens = std::min(m_capacity, m_tokens + m_refillPerSecond * double(elapsedNs) / 1e9);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}
