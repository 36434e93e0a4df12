// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionsettings.h"
#include "effect.h"

#include <QAbstractSocket>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QWebSocket;

// The protocol client (docs/protocol.md): one WebSocket to ws://HOST:PORT/ws for commands, events
// and everything the server pushes, and HTTP POST /queries for questions. It authenticates the
// socket (creating the user on first contact, resuming the identity afterwards), announces the user
// online, and reconnects by itself with exponential backoff when a working connection drops.
//
// What the server sends is decoded by the protocol catalogue and handed to the receivers that
// subscribed to its type (onMessage): a new kind of event needs a catalogue entry and a subscriber,
// nothing here. Query answers arrive the same way.
class GameClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the client; QML reads its State values")

public:
    enum State { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    explicit GameClient(QObject *parent = nullptr);
    ~GameClient() override;

    void setSettings(const ConnectionSettings &settings);
    // The identity the next connection resumes. Without one, it creates a user named alias.
    void setIdentity(const QUuid &userId, const QString &credential);
    void setAlias(const QString &alias);

    void connectToServer(const QString &host, quint16 port);
    void disconnectFromServer();

    State state() const { return m_state; }
    quint16 port() const { return m_port; }
    QUuid userId() const { return m_userId; }
    QString credential() const { return m_credential; }
    // "host:port" ("[::1]:port" for IPv6) of the server, for messages to a person.
    QString serverLabel() const;

    // A command or event over the socket; false (and dropped) when not online.
    bool send(const Effect &message);
    // A query over HTTP; its answer is dispatched like a pushed message, "nothing found" is
    // reported by nothingFound(query). False when there is no server to ask.
    bool ask(const Effect &query);

    // Calls handler with every message of type Message from the server, while context lives.
    template<EffectValue Message, typename Handler>
    void onMessage(QObject *context, Handler handler)
    {
        addHandler(QMetaType::fromType<Message>(), context,
                   [handler](const Effect &message) { handler(message.as<Message>()); });
    }
    template<EffectValue Message, typename Receiver>
    void onMessage(Receiver *receiver, void (Receiver::*handler)(const Message &))
    {
        onMessage<Message>(receiver, [receiver, handler](const Message &message) {
            (receiver->*handler)(message);
        });
    }

    // Hands a decoded server message to its subscribers (the socket's and the queries' path).
    void dispatch(const Effect &message);

Q_SIGNALS:
    void stateChanged(GameClient::State state);
    // A sentence for a person, e.g. "Could not reach 127.0.0.1:8080: connection refused".
    void errorOccurred(const QString &message);
    void reconnectScheduled(int delayMs);
    // The server closed the connection because it is stopping (it may come back: the client
    // keeps trying).
    void serverStopped();
    // The server does not know the stored identity (its data is gone, or it is another server).
    // The client stays offline: taking a new identity is the person's decision.
    void identityRefused(const QString &message);
    // Every message from the server, after its subscribers had it.
    void messageReceived(const Effect &message);
    void nothingFound(const Effect &query);

private:
    enum class Authentication { None, Creating, Associating, Done };
    using Handler = std::function<void(const Effect &)>;
    struct Subscription
    {
        QPointer<QObject> context;
        Handler handler;
    };

    void addHandler(QMetaType type, QObject *context, Handler handler);
    void openSocket();
    void closeSocket();
    void authenticate();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handleText(const QString &text);
    void handleRejection(const Effect &rejection);
    void authenticated(const QUuid &userId);
    void scheduleReconnect();
    void fail(const QString &message);
    void setState(State state);
    QString describeSocketError(QAbstractSocket::SocketError error) const;
    QUrl urlOf(const QString &scheme, const QString &path) const;

    ConnectionSettings m_settings;
    QNetworkAccessManager m_network;
    QPointer<QWebSocket> m_socket;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QHash<QMetaType, QList<Subscription>> m_subscriptions;
    State m_state = Offline;
    Authentication m_authentication = Authentication::None;
    QString m_host;
    quint16 m_port = 0;
    QString m_alias;
    QUuid m_userId;
    QString m_credential;
    QString m_lastSocketError;
    bool m_wasOnline = false;
    int m_nextReconnectDelayMs = 0;
    // Messages received so far by type: an answer older than the push that supersedes it is stale.
    QHash<QMetaType, quint64> m_received;
};
