// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// A game server on this computer, as "Host a game" and "Play against the computer" start it:
// running from start() until it is destroyed. The client library knows only this interface;
// app/hosting implements it with the real server and its LAN beacon, so that the client never
// links the server.
class LocalGameHost
{
public:
    // Who may join: the network (the server listens where its settings say and is announced on the
    // LAN), or this computer alone (loopback, a free port, no announcement), which needs no network
    // at all: the only opponent then is the computer.
    enum class Reach { Network, ThisComputer };

    struct Endpoint
    {
        QString loopbackAddress; // where this computer's own client connects
        QList<QHostAddress> lanAddresses; // where others on the LAN join (see JoinLinks); may be empty
        quint16 port = 0;
        bool keepsData = false;  // false: every start is a new server that knows nobody
    };

    virtual ~LocalGameHost() = default;
    // Starts the server and, when it reaches the network, announces alias's game on the LAN.
    virtual Outcome<Endpoint> start(const QString &alias, Reach reach) = 0;
};

using LocalGameHostFactory = std::function<std::unique_ptr<LocalGameHost>()>;
