#pragma once

#include "domainmodule.h"

// Logs every handler failure (BusHandlerFailed) under tictactoe.domain.errors.
class ErrorLoggingModule : public DomainModule
{
public:
    void registerHandlers(EffectBus &bus) override;
};
