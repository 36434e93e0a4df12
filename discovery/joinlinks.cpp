// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "joinlinks.h"

#include <QDeadlineTimer>
#include <QNetworkInterface>

namespace {

bool isReachableIpv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback();
}

bool isReachableIpv6(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol && address.isGlobal();
}

} // namespace

QList<QHostAddress> JoinLinks::addressesOfThisComputer()
{
    QList<QHostAddress> addresses;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack)) {
            continue;
        }
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const bool deprecated = entry.isLifetimeKnown() && entry.preferredLifetime().hasExpired();
            if (entry.isTemporary() || deprecated)
                continue;
            const QHostAddress address = entry.ip();
            if (isReachableIpv4(address) || isReachableIpv6(address))
                addresses.append(address);
        }
    }
    return reachable(QHostAddress::Any, addresses);
}

QList<QHostAddress> JoinLinks::reachable(const QHostAddress &bound, const QList<QHostAddress> &addresses)
{
    if (bound.isLoopback())
        return {};
    const bool dualStack = bound == QHostAddress::Any;
    const bool ipv4 = dualStack || bound == QHostAddress::AnyIPv4;
    const bool ipv6 = dualStack || bound == QHostAddress::AnyIPv6;
    if (!ipv4 && !ipv6)
        return {bound};
    QList<QHostAddress> found;
    auto take = [&](const auto &isReachable) {
        for (const QHostAddress &address : addresses) {
            if (isReachable(address) && !found.contains(address))
                found.append(address);
        }
    };
    if (ipv4)
        take(isReachableIpv4);
    if (ipv6)
        take(isReachableIpv6);
    return found;
}

QList<QHostAddress> JoinLinks::lanAddresses(const QHostAddress &bound)
{
    return reachable(bound, addressesOfThisComputer());
}

QUrl JoinLinks::link(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // QUrl puts an IPv6 host in brackets by itself.
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}
