// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "discoverydatagram.h"
#include "discoverysettings.h"

#include <QObject>
#include <QTimer>
#include <QUdpSocket>

// The host's side of LAN discovery: a beacon to settings.target:settings.port at once on start() and
// then every announceIntervalMs, and a bye when it stops so browsers drop it without waiting for the
// expiry. A change made through a setter goes out with the next beacon.
class LanAnnouncer : public QObject
{
    Q_OBJECT

public:
    explicit LanAnnouncer(const DiscoverySettings &settings, QObject *parent = nullptr);
    // Says bye when still running, so quitting the app removes the host from every list at once.
    ~LanAnnouncer() override;

    void setName(const QString &name);
    void setAlias(const QString &alias);
    void setGamePort(quint16 port);
    void setPlayersOnline(int players);

    // Does nothing when discovery is disabled, or (with a warning) when no game port is set: a beacon
    // without a port would be rejected by every browser.
    void start();
    void stop();
    bool isRunning() const;

private:
    void send(DiscoveryDatagram::Kind kind);

    const DiscoverySettings m_settings;
    DiscoveryDatagram m_beacon;
    QUdpSocket m_socket{this};
    QTimer m_beaconTimer{this};
    bool m_lastSendFailed = false;
};
