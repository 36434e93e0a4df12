#pragma once

#include "connectionlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

// The API's listening socket. Before QHttpServer sees a connection it caps how many there are (in
// all and from one address), sets TCP_NODELAY, and gives each one an HttpConnectionWatch. It also
// resumes accepting after running out of descriptors, which QTcpServer never does by itself.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    int connectionCount() const { return m_connectionCount; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    class ConnectionTicket;

    void forget(const QHostAddress &address);

    ConnectionLimits m_limits;
    int m_connectionCount = 0;
    QHash<QHostAddress, int> m_connectionsOfAddress;
    QTimer m_resumeTimer;
};
