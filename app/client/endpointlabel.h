// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

// "host:port" as a person reads a server's address, "[::1]:port" for an IPv6 address.
inline QString endpointLabel(const QString &host, quint16 port)
{
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return bracketed + u':' + QString::number(port);
}
