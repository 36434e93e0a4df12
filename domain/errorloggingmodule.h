// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"

// Logs every handler failure (BusHandlerFailed) under tictactoe.domain.errors.
class ErrorLoggingModule : public DomainModule
{
public:
    void registerHandlers(EffectBus &bus) override;
};
