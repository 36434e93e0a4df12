// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "serversettings.h"
#include "tokenbucket.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <memory>

class QWebSocket;

// One client's WebSocket, with the limits Qt leaves open: bounded incoming messages, a ping that
// drops silent peers (PingRound calls checkAlive), a time to authenticate and a bound on what may
// wait to be sent to a slow reader. Thousands of them sit idle: each member costs per client.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    // Hears what the connection receives. Called directly: a signal's connection would cost
    // memory for each of thousands of idle clients.
    class Listener
    {
    public:
        virtual void messageReceived(ClientConnection *connection, const QString &message) = 0;
        // A message over the rate limit was dropped; it is refused to the client.
        virtual void rateLimited(ClientConnection *connection, const QString &message) = 0;
        virtual void closed(ClientConnection *connection) = 0;

    protected:
        ~Listener() = default;
    };

    ClientConnection(QWebSocket *socket, const ServerSettings &settings, Listener &listener,
                     QObject *parent = nullptr);
    ~ClientConnection() override;

    QUuid sessionId() const { return m_sessionId; }
    QHostAddress peerAddress() const;
    // The user this connection authenticated as; null until it does.
    QUuid userId() const { return m_userId; }
    void setUserId(const QUuid &userId);
    // The protocol version the client said it speaks; 0 until it says one.
    int protocolVersion() const { return m_protocolVersion; }
    void setProtocolVersion(int version) { m_protocolVersion = version; }

    void send(const QByteArray &message);
    // The same, for a message already in the QString that QWebSocket takes: a broadcast converts
    // its UTF-8 once for all recipients.
    void send(const QString &message);
    // Writes what waits to be sent now, instead of at the loop's next turn.
    void flush();
    // Keeps a message to send later (a broadcast sent a slice at a time); sent before anything
    // newer, by sendDeferred() or by the next send().
    void defer(const QString &message) { m_deferred.append(message); }
    bool hasDeferred() const { return !m_deferred.isEmpty(); }
    void sendDeferred();
    bool hasPendingFlush() const { return m_pendingFlush; }
    void setPendingFlush(bool pending) { m_pendingFlush = pending; }
    // Says goodbye with a reason (close code 1001, "going away") and pushes it out at once: the
    // process may end right after.
    void closeGoingAway(const QString &reason);
    // Closes with 1008 (policy violation) and the reason, after what was sent before.
    void closeForViolation(const QString &reason);
    // Drops the peer if it did not answer the ping before, else pings it again.
    void checkAlive();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // Sends unless the peer reads too slowly, which drops it.
    void write(const QString &message);

    std::unique_ptr<QWebSocket> m_socket;
    Listener &m_listener;
    QUuid m_sessionId = QUuid::createUuid();
    QUuid m_userId;
    int m_protocolVersion = 0;
    qint64 m_maxPendingSendBytes;
    // A timer id, not a QTimer: an object would stay with the connection once authenticated.
    int m_authenticationTimerId = 0;
    int m_authenticationTimeoutMs;
    TokenBucket m_messages;
    int m_messagesOverLimit = 0;
    int m_closeAfterMessagesOverLimit = 0;
    bool m_awaitingPong = false;
    bool m_pendingFlush = false;
    // The last ping's payload, as a number: a QByteArray would be one more allocation per client.
    quint64 m_pingToken = 0;
    QStringList m_deferred;
};
