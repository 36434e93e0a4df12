// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"
#include "outcome.h"
#include "unitofwork.h"

#include <functional>
#include <memory>
#include <vector>

class Clock;

using DomainModules = std::vector<std::unique_ptr<DomainModule>>;

// What a domain is made of: its modules, in handler-registration order, and the unit of work their
// repositories write through (none: the state lives in memory only).
struct DomainParts
{
    DomainParts(DomainModules modules = {}, std::unique_ptr<UnitOfWork> unitOfWork = nullptr)
        : unitOfWork(std::move(unitOfWork))
        , modules(std::move(modules))
    {
    }

    std::unique_ptr<UnitOfWork> unitOfWork; // declared first: the modules go before their storage
    DomainModules modules;
};

// Builds the domain where it will live (the domain thread); refused when its storage cannot open.
using ModuleFactory = std::function<Outcome<DomainParts>(const Clock &clock)>;
