// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionsettings.h"
#include "discoverysettings.h"
#include "localgamehost.h"

#include <QString>

// Everything a GameSession needs from outside: how to host a game on this computer (the app
// plugs in the real server, see app/hosting), the LAN discovery it browses, the client's timing and
// where the player's settings live. Tests keep beacons on 127.0.0.1 and give each session a
// settings file of its own.
struct SessionSettings
{
    LocalGameHostFactory hostFactory; // empty: this session cannot host
    DiscoverySettings discovery;
    ConnectionSettings connection;
    int countdownTickMs = 250;
    QString settingsFile; // an INI file; empty: the application's own QSettings
    QString dataDirectory; // where a game hosted here keeps its data; empty: it keeps none

    // What sessions created from QML start with; the app sets it before loading the pages. Starts
    // from the defaults above plus TICTACTOE_DISCOVERY_TARGET.
    static SessionSettings defaults();
    static void setDefaults(const SessionSettings &settings);
};
