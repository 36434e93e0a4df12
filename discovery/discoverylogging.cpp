// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "discoverylogging.h"

// Anyone on the LAN can send us junk, and every rejected datagram is logged at debug level: keep that
// quiet unless asked for (QT_LOGGING_RULES="tictactoe.discovery.debug=true").
Q_LOGGING_CATEGORY(lcDiscovery, "tictactoe.discovery", QtInfoMsg)
