#pragma once

#include "games/gamerules.h"
#include "modulefactory.h"

// The table of contents of the tic-tac-toe domain: its modules, in handler order.
ModuleFactory ticTacToeModules(const GameRules &rules);

// Registers the JSON forms every tic-tac-toe effect needs; safe to call more than once.
void registerTicTacToeJsonConverters();
