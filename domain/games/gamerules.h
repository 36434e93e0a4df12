#pragma once

#include <QtGlobal>

struct GameRules
{
    qint64 turnTimeoutMs = 20000;
    qint64 cleanupDelayMs = 10000;
};
