// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "serversettings.h"

#include <memory>

class GameServer;

// A started GameServer on 127.0.0.1 at a free port, as every server test uses it; null (with a
// warning that says why) when it cannot start.
std::unique_ptr<GameServer> startLoopbackServer(const GameRules &rules = {});
// The same with settings of the test's own (host and port are set here).
std::unique_ptr<GameServer> startLoopbackServer(ServerSettings settings);
