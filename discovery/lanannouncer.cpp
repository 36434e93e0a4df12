// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "lanannouncer.h"

#include "discoverylogging.h"
#include "protocolcatalogue.h"

#include <QSysInfo>

LanAnnouncer::LanAnnouncer(const DiscoverySettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_beacon.name = QSysInfo::machineHostName();
    m_beacon.gameProtocolVersion = protocolVersion;
    m_beaconTimer.setInterval(m_settings.announceIntervalMs);
    connect(&m_beaconTimer, &QTimer::timeout, this, [this] { send(DiscoveryDatagram::Kind::Announce); });
}

LanAnnouncer::~LanAnnouncer()
{
    stop();
}

void LanAnnouncer::setName(const QString &name)
{
    m_beacon.name = name;
}

void LanAnnouncer::setAlias(const QString &alias)
{
    m_beacon.alias = alias;
}

void LanAnnouncer::setGamePort(quint16 port)
{
    m_beacon.gamePort = port;
}

void LanAnnouncer::setPlayersOnline(int players)
{
    m_beacon.playersOnline = qMax(0, players);
}

void LanAnnouncer::start()
{
    if (!m_settings.enabled) {
        qCDebug(lcDiscovery) << "announcer not started: LAN discovery is disabled";
        return;
    }
    if (m_beacon.gamePort == 0) {
        qCWarning(lcDiscovery) << "announcer not started: no game port set";
        return;
    }
    if (isRunning())
        return;
    qCDebug(lcDiscovery) << "announcing to" << m_settings.target << "port" << m_settings.port
                         << "every" << m_settings.announceIntervalMs << "ms";
    send(DiscoveryDatagram::Kind::Announce);
    m_beaconTimer.start();
}

void LanAnnouncer::stop()
{
    if (!isRunning())
        return;
    m_beaconTimer.stop();
    send(DiscoveryDatagram::Kind::Bye);
}

bool LanAnnouncer::isRunning() const
{
    return m_beaconTimer.isActive();
}

void LanAnnouncer::send(DiscoveryDatagram::Kind kind)
{
    m_beacon.kind = kind;
    const qint64 written = m_socket.writeDatagram(m_beacon.encode(), m_settings.target, m_settings.port);
    // A missing network is common (cable out, Wi-Fi off) and lasts: warn once, not every beacon.
    const bool failed = written < 0;
    if (failed && !m_lastSendFailed)
        qCWarning(lcDiscovery) << "cannot send beacon to" << m_settings.target << "port"
                               << m_settings.port << ":" << m_socket.errorString();
    else if (!failed && m_lastSendFailed)
        qCInfo(lcDiscovery) << "beacons go out again";
    m_lastSendFailed = failed;
}
