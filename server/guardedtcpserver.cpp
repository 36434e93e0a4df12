// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "guardedtcpserver.h"

#include "httpconnectionwatch.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConnections, "tictactoe.server.connections", QtInfoMsg)

namespace {

// How long accepting stays paused after the process ran out of descriptors: long enough not to
// spin on a full table, short enough that a freed descriptor is used at once.
constexpr int acceptRetryMs = 200;

// Connections the kernel completes before we accept them (capped by net.core.somaxconn). Qt's
// default of 50 loses connections in a storm: past it the kernel drops the handshake's last ACK,
// the client believes it is connected, and the host never hears of it.
constexpr int listenBacklog = 4096;

// Whether the process may still open a descriptor: a duplicate of one it has is made and closed.
bool hasDescriptorToSpare(qintptr descriptor)
{
    const int spare = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
    if (spare < 0)
        return false;
    ::close(spare);
    return true;
}

} // namespace

// Tells the server when it ends, however it ends: QHttpServer and QWebSocketServer disconnect a
// socket's signals when they hand it over, destroyed among them. A subclass rather than a child
// object: each idle client would pay for one more QObject.
class GuardedTcpServer::CountedSocket : public QTcpSocket
{
public:
    explicit CountedSocket(GuardedTcpServer *server)
        : QTcpSocket(server)
        , m_server(server)
    {
    }
    ~CountedSocket() override
    {
        if (m_server && m_counted)
            m_server->forget(m_address);
    }
    void count(const QHostAddress &address)
    {
        m_address = address;
        m_counted = true;
    }

private:
    QPointer<GuardedTcpServer> m_server;
    QHostAddress m_address;
    bool m_counted = false;
};

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    setListenBacklogSize(listenBacklog);
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(acceptRetryMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        // Resumed with no descriptor free, QTcpServer would retry accept() in a busy loop.
        if (hasDescriptorToSpare(socketDescriptor()))
            resumeAccepting();
        else
            m_resumeTimer.start();
    });
    // QTcpServer pauses accepting on any error but a temporary one (EMFILE and ENFILE among them)
    // and leaves it paused for good.
    connect(this, &QTcpServer::acceptError, this, [this] { waitForDescriptors(errorString()); });
}

void GuardedTcpServer::waitForDescriptors(const QString &reason)
{
    pauseAccepting();
    if (!m_resumeTimer.isActive())
        qCWarning(lcConnections) << "cannot accept a connection:" << reason << "- trying again in"
                                 << acceptRetryMs << "ms";
    m_resumeTimer.start();
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // Once accept() has ever said "try again", Qt 6.4 takes running out of descriptors for another
    // "try again": it emits no acceptError and retries in a busy loop. So the connection that takes
    // the last free descriptor pauses accepting, once QHttpServer has taken it: taking a pending
    // connection resumes accepting.
    if (!hasDescriptorToSpare(socketDescriptor)) {
        QMetaObject::invokeMethod(
                this, [this] { waitForDescriptors(QStringLiteral("no descriptor left")); }, Qt::QueuedConnection);
    }
    auto *socket = new CountedSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // The API answers a move with several small WebSocket messages; with Nagle's algorithm the
    // second one waits for the peer's delayed ACK, about 40 ms on Linux.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress address = socket->peerAddress();
    int &ofAddress = m_connectionsOfAddress[address];
    const bool full = m_connectionCount >= m_limits.maxConnections;
    const bool fullForAddress = ofAddress >= m_limits.maxConnectionsPerAddress;
    ++m_connectionCount;
    ++ofAddress;
    socket->count(address);
    if (full || fullForAddress) {
        const QString reason = full
                ? QStringLiteral("the host has %1 connections, its most").arg(m_limits.maxConnections)
                : QStringLiteral("the host has %1 connections from your address, its most")
                          .arg(m_limits.maxConnectionsPerAddress);
        qCInfo(lcConnections) << "refusing a connection from" << address << ":" << reason;
        HttpConnectionWatch::refuseAndClose(socket, 503, reason);
        return;
    }
    new HttpConnectionWatch(socket, m_limits);
    addPendingConnection(socket);
}

void GuardedTcpServer::forget(const QHostAddress &address)
{
    --m_connectionCount;
    if (const auto ofAddress = m_connectionsOfAddress.find(address);
        ofAddress != m_connectionsOfAddress.end() && --ofAddress.value() <= 0) {
        m_connectionsOfAddress.erase(ofAddress);
    }
}
