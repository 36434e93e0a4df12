// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

// The flags that open a server's limits for a load bench: every bench player comes from 127.0.0.1,
// creates its user at once and plays as fast as it can, which the defaults rightly refuse.
inline QStringList wideLimitFlags()
{
    return {QStringLiteral("--max-connections"), QStringLiteral("30000"),
            QStringLiteral("--max-connections-per-address"), QStringLiteral("30000"),
            QStringLiteral("--user-creations-per-minute"), QStringLiteral("100000000"),
            QStringLiteral("--messages-per-second"), QStringLiteral("100000"),
            QStringLiteral("--message-burst"), QStringLiteral("100000"),
            QStringLiteral("--domain-queue-limit"), QStringLiteral("1000000"),
            QStringLiteral("--auth-timeout-ms"), QStringLiteral("600000"),
            QStringLiteral("--turn-timeout-ms"), QStringLiteral("600000")};
}
