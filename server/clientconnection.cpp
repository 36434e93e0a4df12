// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "clientconnection.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimerEvent>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcWebSocket, "tictactoe.server.websocket", QtInfoMsg)

ClientConnection::ClientConnection(QWebSocket *socket, const ServerSettings &settings,
                                   Listener &listener, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_listener(listener)
    , m_maxPendingSendBytes(settings.connections.maxPendingSendBytes)
    , m_authenticationTimeoutMs(settings.authenticationTimeoutMs)
    , m_messages(settings.messageBurst, settings.messagesPerSecond)
    , m_closeAfterMessagesOverLimit(int(settings.messageBurst))
{
    const qint64 maxMessageBytes = settings.connections.maxBodyBytes;
    m_socket->setParent(nullptr);
    // Larger messages close the socket with 1009 (too much data).
    m_socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(maxMessageBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        if (m_messages.take()) {
            m_messagesOverLimit = 0;
            m_listener.messageReceived(this, message);
            return;
        }
        if (++m_messagesOverLimit > m_closeAfterMessagesOverLimit) {
            qCInfo(lcWebSocket) << "dropping" << m_sessionId << ": it floods";
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many messages"));
            return;
        }
        m_listener.rateLimited(this, message);
    });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                        QStringLiteral("text messages only"));
    });
    // Only the answer to our own ping counts: a peer could send pongs without reading anything.
    connect(m_socket.get(), &QWebSocket::pong, this, [this](quint64, const QByteArray &payload) {
        if (m_awaitingPong && payload == QByteArray::number(m_pingToken, 36))
            m_awaitingPong = false;
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { m_listener.closed(this); });
    // A socket that never says who it is only holds a descriptor. Precise: a coarse timer may
    // close it up to 5% before the time it was told.
    m_authenticationTimerId = startTimer(m_authenticationTimeoutMs, Qt::PreciseTimer);
    qCDebug(lcWebSocket) << "connection" << m_sessionId << "from" << m_socket->peerAddress();
}

ClientConnection::~ClientConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QHostAddress ClientConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

void ClientConnection::setUserId(const QUuid &userId)
{
    m_userId = userId;
    if (m_authenticationTimerId != 0) {
        killTimer(m_authenticationTimerId);
        m_authenticationTimerId = 0;
    }
}

void ClientConnection::send(const QByteArray &message)
{
    send(QString::fromUtf8(message));
}

void ClientConnection::send(const QString &message)
{
    sendDeferred();
    write(message);
}

void ClientConnection::sendDeferred()
{
    for (const QString &message : std::exchange(m_deferred, {}))
        write(message);
}

void ClientConnection::write(const QString &message)
{
    if (m_socket->bytesToWrite() > m_maxPendingSendBytes) {
        qCWarning(lcWebSocket) << "dropping" << m_sessionId << ": it reads too slowly";
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(message);
}

void ClientConnection::flush()
{
    m_pendingFlush = false;
    m_socket->flush();
}

void ClientConnection::closeGoingAway(const QString &reason)
{
    m_socket->disconnect(this);
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
    m_socket->flush();
}

void ClientConnection::closeForViolation(const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void ClientConnection::checkAlive()
{
    if (m_awaitingPong) {
        qCInfo(lcWebSocket) << "dropping" << m_sessionId << ": no pong";
        m_socket->abort();
        return;
    }
    m_awaitingPong = true;
    m_pingToken = QRandomGenerator::global()->generate64();
    m_socket->ping(QByteArray::number(m_pingToken, 36));
    // Written now: left to the write notifier, each ping of a slice would cost the loop a turn
    // and two epoll_ctl calls to turn that notifier on and off again.
    m_socket->flush();
}

void ClientConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_authenticationTimerId) {
        QObject::timerEvent(event);
        return;
    }
    killTimer(m_authenticationTimerId);
    m_authenticationTimerId = 0;
    qCInfo(lcWebSocket) << "dropping" << m_sessionId << ": it did not authenticate in time";
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                    QStringLiteral("authenticate within %1 s").arg((m_authenticationTimeoutMs + 999) / 1000));
}
