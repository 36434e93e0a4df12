// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHostAddress>
#include <QtGlobal>

// Where LAN beacons go and how often. Tests and runs on our machines always set target to
// 127.0.0.1 (flag --discovery-target or TICTACTOE_DISCOVERY_TARGET).
struct DiscoverySettings
{
    bool enabled = true;
    QHostAddress target = QHostAddress::Broadcast;
    quint16 port = 45454;
    int announceIntervalMs = 1500;
    int hostExpiryMs = 10000;
};
