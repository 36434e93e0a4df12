// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "games/gamerepository.h"
#include "outcome.h"
#include "scoring/scorerepository.h"
#include "unitofwork.h"
#include "users/userrepository.h"

#include <functional>
#include <memory>

// Everything the tic-tac-toe domain keeps: its repositories and the unit of work they write
// through. The domain knows only this interface: InMemoryStore serves tests and the in-memory host,
// storage/ implements it on SQLite.
class TicTacToeStore : public UnitOfWork
{
public:
    virtual UserRepository &users() = 0;
    virtual ScoreRepository &scores() = 0;
    virtual GameRepository &games() = 0;
};

// Opens the store on the domain thread; refused when its storage cannot be used.
using StoreFactory = std::function<Outcome<std::unique_ptr<TicTacToeStore>>()>;
