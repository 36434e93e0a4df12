// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "lanbrowser.h"

#include "discoverydatagram.h"
#include "discoverylogging.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>

#include <utility>

namespace {

qint64 monotonicNowMs()
{
    return QDeadlineTimer::current().deadline();
}

// A dual-stack socket reports IPv4 senders as ::ffff:a.b.c.d; the list shows them as plain IPv4 so
// one host never appears under two spellings.
QHostAddress normalised(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4) : address;
}

// A flood of datagrams must not starve the event loop: the rest wait for the next readyRead.
constexpr int maximumDatagramsPerRead = 64;

} // namespace

LanBrowser::LanBrowser(const DiscoverySettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_expiryTimer.setSingleShot(true);
    // The expiry is a promise to the user ("gone within 10 s"); a coarse timer could overshoot it.
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &LanBrowser::removeExpiredHosts);
    connect(&m_socket, &QUdpSocket::readyRead, this, &LanBrowser::readPendingDatagrams);
}

Outcome<> LanBrowser::start()
{
    if (isListening())
        return {};
    if (!m_settings.enabled)
        return refuse(QStringLiteral("DISCOVERY_DISABLED"), tr("LAN discovery is disabled"));
    // Any (dual stack) hears IPv4 broadcasts as well as beacons sent to an IPv6 target.
    if (!m_socket.bind(QHostAddress::Any, m_settings.port,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const QString message = tr("Cannot listen for game hosts on UDP port %1: %2")
                                        .arg(m_settings.port)
                                        .arg(m_socket.errorString());
        qCWarning(lcDiscovery).noquote() << message;
        return refuse(QStringLiteral("PORT_IN_USE"), message);
    }
    qCDebug(lcDiscovery) << "listening for beacons on UDP port" << boundPort();
    return {};
}

void LanBrowser::stop()
{
    m_socket.close();
    m_expiryTimer.stop();
    const QList<DiscoveredHost> forgotten = std::exchange(m_hosts, {});
    for (const DiscoveredHost &host : forgotten)
        emit hostRemoved(host);
}

bool LanBrowser::isListening() const
{
    return m_socket.state() == QAbstractSocket::BoundState;
}

quint16 LanBrowser::boundPort() const
{
    return m_socket.localPort();
}

QList<DiscoveredHost> LanBrowser::hosts() const
{
    return m_hosts;
}

void LanBrowser::readPendingDatagrams()
{
    for (int count = 0; count < maximumDatagramsPerRead && m_socket.hasPendingDatagrams(); ++count) {
        // One byte more than allowed tells an oversize datagram from one of exactly the maximum.
        const QNetworkDatagram datagram = m_socket.receiveDatagram(DiscoveryDatagram::maximumSize + 1);
        if (datagram.isValid())
            handleDatagram(datagram);
    }
}

void LanBrowser::handleDatagram(const QNetworkDatagram &datagram)
{
    const QHostAddress sender = normalised(datagram.senderAddress());
    const auto beacon = DiscoveryDatagram::decode(datagram.data());
    if (!beacon) {
        qCDebug(lcDiscovery).noquote()
                << "ignored datagram from" << sender.toString() << ":" << beacon.error().message;
        return;
    }

    const qsizetype index = indexOfHost(sender, beacon->gamePort);
    if (beacon->kind == DiscoveryDatagram::Kind::Bye) {
        if (index < 0)
            return;
        const DiscoveredHost host = m_hosts.takeAt(index);
        qCDebug(lcDiscovery).noquote() << "host" << sender.toString() << host.port << "said bye";
        scheduleNextExpiry();
        emit hostRemoved(host);
        return;
    }

    DiscoveredHost heard{sender,         beacon->gamePort,
                         beacon->name,   beacon->alias,
                         beacon->playersOnline, beacon->gameProtocolVersion,
                         monotonicNowMs()};
    if (index < 0) {
        m_hosts.append(heard);
        qCDebug(lcDiscovery).noquote() << "host" << sender.toString() << heard.port << "appeared";
        scheduleNextExpiry();
        emit hostAdded(heard);
        return;
    }
    DiscoveredHost &known = m_hosts[index];
    const bool changed = known.name != heard.name || known.alias != heard.alias
            || known.players != heard.players || known.protocolVersion != heard.protocolVersion;
    known = heard;
    scheduleNextExpiry();
    if (changed)
        emit hostChanged(heard);
}

void LanBrowser::removeExpiredHosts()
{
    const qint64 now = monotonicNowMs();
    QList<DiscoveredHost> expired;
    m_hosts.removeIf([&](const DiscoveredHost &host) {
        if (now - host.lastSeenMs < m_settings.hostExpiryMs)
            return false;
        expired.append(host);
        return true;
    });
    scheduleNextExpiry();
    for (const DiscoveredHost &host : std::as_const(expired)) {
        qCDebug(lcDiscovery).noquote()
                << "host" << host.address.toString() << host.port << "went silent";
        emit hostRemoved(host);
    }
}

void LanBrowser::scheduleNextExpiry()
{
    if (m_hosts.isEmpty()) {
        m_expiryTimer.stop();
        return;
    }
    qint64 oldestSeenMs = m_hosts.constFirst().lastSeenMs;
    for (const DiscoveredHost &host : std::as_const(m_hosts))
        oldestSeenMs = qMin(oldestSeenMs, host.lastSeenMs);
    const qint64 dueInMs = oldestSeenMs + m_settings.hostExpiryMs - monotonicNowMs();
    m_expiryTimer.start(int(qMax<qint64>(0, dueInMs)));
}

qsizetype LanBrowser::indexOfHost(const QHostAddress &address, quint16 port) const
{
    for (qsizetype index = 0; index < m_hosts.size(); ++index) {
        if (m_hosts.at(index).port == port && m_hosts.at(index).address == address)
            return index;
    }
    return -1;
}
