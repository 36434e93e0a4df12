// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "discoverysettings.h"
#include "serversettings.h"

// Everything the command line decides: which mode to run and how the server and the LAN beacon
// are set up. The desktop mode receives it too, since hosting a game from the window starts the
// same server and beacon.
struct LaunchOptions
{
    bool serverMode = false;
    ServerSettings server;
    DiscoverySettings discovery;
};
