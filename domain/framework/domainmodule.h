// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QList>

class EffectBus;

// A slice of the domain: it registers its handlers (in order) on the bus when the application
// starts, then may pick up where the stored state left off with its initial effects.
class DomainModule
{
public:
    virtual ~DomainModule() = default;
    virtual void registerHandlers(EffectBus &bus) = 0;
    virtual QList<Effect> initialEffects() const { return {}; }
};
