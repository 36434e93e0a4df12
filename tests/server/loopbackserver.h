#pragma once

#include "games/gamerules.h"

#include <memory>

class GameServer;

// A started GameServer on 127.0.0.1 at a free port, as every server test uses it; null (with a
// warning that says why) when it cannot start.
std::unique_ptr<GameServer> startLoopbackServer(const GameRules &rules = {});
