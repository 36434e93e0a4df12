// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

// The API's listening socket. Before QHttpServer sees a connection it caps how many there are (in
// all and from one address), sets TCP_NODELAY, and gives each one an HttpConnectionWatch. When the
// process runs out of descriptors it pauses accepting and resumes once one is free, which
// QTcpServer does not do by itself.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    int connectionCount() const { return m_connectionCount; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    class CountedSocket;

    void forget(const QHostAddress &address);
    // Pauses accepting, says why once, and resumes once a descriptor is free.
    void waitForDescriptors(const QString &reason);

    ConnectionLimits m_limits;
    int m_connectionCount = 0;
    QHash<QHostAddress, int> m_connectionsOfAddress;
    QTimer m_resumeTimer;
};
