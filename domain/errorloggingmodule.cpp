// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "errorloggingmodule.h"

#include "effectbus.h"
#include "frameworkeffects.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDomainErrors, "tictactoe.domain.errors", QtInfoMsg)

void ErrorLoggingModule::registerHandlers(EffectBus &bus)
{
    bus.subscribe<BusHandlerFailed>([](const BusHandlerFailed &event) {
        qCWarning(lcDomainErrors).noquote()
                << event.effect.typeName() << "failed:" << event.error;
        return QList<Effect>();
    });
}
