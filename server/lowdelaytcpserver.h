#pragma once

#include <QTcpServer>

// A QTcpServer whose sockets send small writes at once (TCP_NODELAY). The API answers a move with
// several small WebSocket messages; with Nagle's algorithm the second one waits for the peer's
// delayed ACK, about 40 ms on Linux.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
