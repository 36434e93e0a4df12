// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "sessionsettings.h"

namespace {

SessionSettings &storedDefaults()
{
    static SessionSettings settings = [] {
        SessionSettings initial;
        const QString target = qEnvironmentVariable("TICTACTOE_DISCOVERY_TARGET");
        if (QHostAddress address(target); !target.isEmpty() && !address.isNull())
            initial.discovery.target = address;
        return initial;
    }();
    return settings;
}

} // namespace

SessionSettings SessionSettings::defaults()
{
    return storedDefaults();
}

void SessionSettings::setDefaults(const SessionSettings &settings)
{
    storedDefaults() = settings;
}
