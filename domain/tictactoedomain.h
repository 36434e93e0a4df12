// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "computer/computermodule.h"
#include "games/gamerules.h"
#include "inmemorystore.h"
#include "modulefactory.h"
#include "tictactoestore.h"

// The table of contents of the tic-tac-toe domain: its modules, in handler order, over the store
// that keeps their state (in memory unless told otherwise).
ModuleFactory ticTacToeModules(const GameRules &rules,
                               StoreFactory storeFactory = InMemoryStore::factory(),
                               const ComputerRules &computerRules = {});

// Registers the JSON forms every tic-tac-toe effect needs; safe to call more than once.
void registerTicTacToeJsonConverters();
