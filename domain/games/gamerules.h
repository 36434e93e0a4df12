#pragma once

#include <QtGlobal>

struct GameRules
{
    qint64 turnTimeoutMs = 20000;
    qint64 cleanupDelayMs = 10000;
    // A game nobody completes (an invitation never answered) is forgotten after this long.
    qint64 waitingForPlayersTimeoutMs = 5 * 60 * 1000;
};
