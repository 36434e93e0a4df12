// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>


// One LAN beacon: compact JSON such as
//   {"service":"tictactoe","protocol":1,"kind":"announce",
//    "name":"…","alias":"…","port":8080,"players":2,"gameProtocol":4}
// ("protocol" is this beacon's format; "gameProtocol" the version of the game protocol the host
// speaks, absent from hosts older than the version handshake).
// Anyone on the LAN can send us datagrams, so decode() trusts nothing and rejects what it does not
// fully understand; unknown extra fields are tolerated so a later minor addition does not hide hosts.
struct DiscoveryDatagram
{
    enum class Kind { Announce, Bye };

    static constexpr int protocolVersion = 1;
    static constexpr qsizetype maximumSize = 1024;
    // Chosen so that even a worst-case JSON escaping of both texts stays under maximumSize.
    static constexpr qsizetype maximumNameLength = 64;
    static constexpr qsizetype maximumAliasLength = 32;

    // Never longer than maximumSize: a longer name or alias is cut to its maximum length.
    QByteArray encode() const;
    // Refused, saying why (for the debug log), when the bytes are not a valid datagram of this
    // service and protocol version.
    static Outcome<DiscoveryDatagram> decode(const QByteArray &bytes);

    Kind kind = Kind::Announce;
    QString name;
    QString alias;
    quint16 gamePort = 0;
    int playersOnline = 0;
    int gameProtocolVersion = 0; // 0: not stated
};
