// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"

// Where a domain's repositories keep their state. DomainRuntime wraps each drain of the FIFO in one
// unit of work, and lets the drain's events out only once it is committed: nothing a client hears
// of can be lost by a crash after that.
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;
    virtual void begin() = 0;
    virtual Outcome<> commit() = 0;
};
