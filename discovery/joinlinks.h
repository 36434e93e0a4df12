// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHostAddress>
#include <QList>
#include <QUrl>

// How other devices on the LAN reach a game server on this computer: the addresses they can
// reach it at, and the link a browser (a phone scanning a QR code) opens there.
//
// IPv4: every address of an interface that is up and running and is not the loopback.
// IPv6: global addresses only (unique local ones included). A link-local address needs a zone
// (fe80::1%wlan0) named after an interface of the device that connects, which this computer cannot
// know, and browsers refuse zones in links; temporary (privacy) addresses change within a day and
// are meant for outgoing connections. IPv4 comes first: every phone on a home network has it.
class JoinLinks
{
public:
    // The addresses of this computer's network interfaces that others could reach, IPv4 first.
    static QList<QHostAddress> addressesOfThisComputer();
    // Those of addresses at which a server listening on bound can be reached from the LAN: none
    // for a loopback address, bound itself for any other one address, and for a wildcard those of
    // its protocol (both for QHostAddress::Any). IPv4 first, each address once.
    static QList<QHostAddress> reachable(const QHostAddress &bound, const QList<QHostAddress> &addresses);
    // reachable(bound, addressesOfThisComputer()).
    static QList<QHostAddress> lanAddresses(const QHostAddress &bound);
    // "http://192.168.1.20:8080/", "http://[2001:db8::20]:8080/".
    static QUrl link(const QHostAddress &address, quint16 port);
};
