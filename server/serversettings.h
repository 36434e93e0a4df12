// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "computer/computermodule.h"
#include "connectionlimits.h"
#include "games/gamerules.h"

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

struct ServerSettings
{
    QHostAddress host = QHostAddress::Any;
    quint16 port = 8080; // 0 binds a free port
    GameRules rules;
    ComputerRules computerRules;
    ConnectionLimits connections; // HTTP bodies and WebSocket messages share maxBodyBytes
    int pingIntervalMs = 15000; // a WebSocket that misses a pong for this long again is dropped
    int authenticationTimeoutMs = 10000; // a WebSocket that has not authenticated by then is closed
    // Messages a WebSocket may send: a steady rate, and bursts up to messageBurst. Over it, each
    // message is refused (RATE_LIMITED); a client still sending a whole burst over it is closed.
    double messagesPerSecond = 20;
    double messageBurst = 40;
    // Invitations and declines a user may send: this many at once, refilled over a minute.
    double invitationsPerMinute = 10;
    // New users one address may create: this many at once, refilled over a minute.
    double userCreationsPerMinute = 20;
    // Effects waiting for the domain thread; past it, BUSY (HTTP 503).
    qsizetype domainQueueLimit = 10000;
    QString dataDirectory; // where the host keeps its data; empty: in memory only
};
