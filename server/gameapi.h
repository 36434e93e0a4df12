// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "clientconnection.h"
#include "credentialstore.h"
#include "effect.h"
#include "eventrouter.h"
#include "httptransport.h"
#include "outcome.h"
#include "pinground.h"
#include "serversettings.h"
#include "tokenbucket.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

struct AssociateCredential;
struct ClientHello;
struct CreateUser;
class DomainApplication;
class QWebSocket;

// Adapts the domain to clients: reads what they send (HTTP bodies, WebSocket messages) through the
// protocol's WireFormat, checks who they are, submits to the domain, and relays published events to
// the connections that should hear them. Lives in the server's thread; the domain's events reach it
// through a queued signal.
class GameApi : public QObject, private ClientConnection::Listener
{
    Q_OBJECT

public:
    GameApi(DomainApplication &domain, const ServerSettings &settings, QObject *parent = nullptr);
    ~GameApi() override;

    // The credentials of the users the domain has kept, once it has started.
    Outcome<> loadCredentials();
    HttpReply handleHttp(const HttpRequest &request);
    void addConnection(QWebSocket *socket);
    qsizetype connectionCount() const { return m_connections.size(); }

Q_SIGNALS:
    // The number of users online changed (what the LAN beacon advertises).
    void playersOnlineChanged(int count);

private:
    Outcome<> checkActor(const Effect &message, const QUuid &actingUser) const;
    // Whether the acting user may send this now: checkActor, then the invitation rate.
    Outcome<> admit(const Effect &message, const QUuid &actingUser);
    Outcome<> submit(const Effect &effect);
    Outcome<QString> createUser(const CreateUser &command, const QHostAddress &from);
    HttpReply answerQuery(const Effect &query);

    void messageReceived(ClientConnection *connection, const QString &text) override;
    void rateLimited(ClientConnection *connection, const QString &text) override;
    void closed(ClientConnection *connection) override;
    Outcome<> handleSocketEffect(ClientConnection *connection, const Effect &message);
    // Answers the version handshake; an incompatible client is told why, then closed.
    Outcome<> greet(ClientConnection *connection, const ClientHello &hello);
    void turnAway(ClientConnection *connection, const QString &words);
    Outcome<> associate(ClientConnection *connection, const AssociateCredential &request);
    // Binds the connection to the user, then sends firstMessage (if any) and SESSION_ASSOCIATED.
    void bind(ClientConnection *connection, const QUuid &userId, const QByteArray &firstMessage = {});
    void relayAll(const QList<Effect> &effects);
    void relay(const Effect &effect);
    // Sends what waits in the next slice of connections a broadcast deferred (see relay), and
    // leaves the rest to the next turn of the loop.
    void sendDeferredSlice();
    void scheduleDeferredSlice();
    // Sends now and flushes once the whole unit of work is relayed.
    void sendTo(ClientConnection *connection, const QString &message);

    static HttpReply failure(const Refusal &refusal);

    DomainApplication &m_domain;
    ServerSettings m_settings;
    CredentialStore m_credentials;
    EventRouter m_router;
    QList<ClientConnection *> m_connections;
    PingRound m_pings;
    QHash<QUuid, QList<ClientConnection *>> m_connectionsOfUser;
    QHash<QUuid, TokenBucket> m_invitationsOfUser;
    QHash<QHostAddress, TokenBucket> m_userCreationsOfAddress;
    // Connections sent to during the current relayAll. One dropped meanwhile is deleted later, so
    // each is still there when relayAll flushes them.
    QList<ClientConnection *> m_written;
    // Connections holding a broadcast's message, in the order they are to send it.
    QList<QPointer<ClientConnection>> m_deferred;
    bool m_deferredSliceScheduled = false;
};
