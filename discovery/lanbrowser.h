// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "discoveredhost.h"
#include "discoverysettings.h"
#include "outcome.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

class QNetworkDatagram;

// The client's side of LAN discovery: listens for beacons on settings.port and keeps the list of
// hosts heard, keyed by address and game port. A host leaves the list when it says bye, or when no
// beacon came from it for hostExpiryMs. Every browser on a machine shares the port, so several app
// instances can run side by side.
class LanBrowser : public QObject
{
    Q_OBJECT

public:
    explicit LanBrowser(const DiscoverySettings &settings, QObject *parent = nullptr);

    // Refused when discovery is disabled or the port cannot be bound. Port 0 in the settings binds a
    // free port: boundPort() tells which.
    Outcome<> start();
    // Stops listening and forgets every host, with hostRemoved for each.
    void stop();
    bool isListening() const;
    quint16 boundPort() const;

    // In the order they were first heard, so a view keeps its rows stable.
    QList<DiscoveredHost> hosts() const;

Q_SIGNALS:
    void hostAdded(const DiscoveredHost &host);
    // Its name, alias or player count changed; a beacon that only refreshes it is silent.
    void hostChanged(const DiscoveredHost &host);
    void hostRemoved(const DiscoveredHost &host);

private:
    void readPendingDatagrams();
    void handleDatagram(const QNetworkDatagram &datagram);
    void removeExpiredHosts();
    void scheduleNextExpiry();
    qsizetype indexOfHost(const QHostAddress &address, quint16 port) const;

    const DiscoverySettings m_settings;
    QUdpSocket m_socket{this};
    QTimer m_expiryTimer{this};
    QList<DiscoveredHost> m_hosts;
};
