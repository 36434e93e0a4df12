#pragma once

#include "connectionsettings.h"
#include "discoverysettings.h"
#include "serversettings.h"

#include <QString>

// Everything a GameSession needs from outside: the server hostGame() starts (port 8080 falls back
// to a free port when busy), the LAN discovery, the client's timing and where the player's settings
// live. The app fills it from its command line; tests bind 127.0.0.1, keep beacons on 127.0.0.1 and
// give each session a settings file of its own.
struct SessionSettings
{
    ServerSettings server;
    DiscoverySettings discovery;
    ConnectionSettings connection;
    int countdownTickMs = 250;
    QString settingsFile; // an INI file; empty: the application's own QSettings
};
