// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

// A game host heard on the LAN. A host is identified by its address and game port, so two servers on
// one machine are two hosts.
struct DiscoveredHost
{
    QHostAddress address; // the beacon's sender, IPv4 when it came over IPv4
    quint16 port = 0; // the game server's port (HTTP and WebSocket)
    QString name;
    QString alias;
    int players = 0;
    int protocolVersion = 0; // of the game protocol the host speaks; 0: it did not say
    // When its last beacon arrived, on the monotonic clock of QDeadlineTimer::current().deadline(),
    // so a wall-clock change neither keeps a dead host nor drops a live one.
    qint64 lastSeenMs = 0;
};
