#pragma once

#include "credentialstore.h"
#include "eventrouter.h"
#include "httptransport.h"
#include "serversettings.h"
#include "wirecatalog.h"

#include <QHash>
#include <QObject>

#include <optional>

class ClientConnection;
struct CreateUser;
class DomainApplication;
class QWebSocket;

// Adapts the domain to clients: decodes what they send (HTTP bodies, WebSocket messages), checks
// who they are, submits to the domain, and relays published events to the connections that should
// hear them. Lives in the server's thread; the domain's events reach it through a queued signal.
class GameApi : public QObject
{
    Q_OBJECT

public:
    GameApi(DomainApplication &domain, const ServerSettings &settings, QObject *parent = nullptr);
    ~GameApi() override;

    HttpReply handleHttp(const HttpRequest &request);
    void addConnection(QWebSocket *socket);
    qsizetype connectionCount() const { return m_connections.size(); }

Q_SIGNALS:
    // The number of users online changed (what the LAN beacon advertises).
    void playersOnlineChanged(int count);

private:
    struct Rejection
    {
        QString reason; // COMMAND_REJECTED reason, mapped to an HTTP status
        QString message;
    };
    struct Decoded
    {
        Effect effect;
        const AcceptedEffect *accepted = nullptr;
        std::optional<Rejection> rejection;
    };

    Decoded decode(const AcceptedEffect *accepted, const QString &typeName,
                   const QJsonValue &payload) const;
    std::optional<Rejection> checkActor(const Decoded &decoded, const QUuid &actingUser) const;
    std::optional<Rejection> submit(const Effect &effect);
    std::optional<Rejection> createUser(const CreateUser &command, QString *credential);

    HttpReply answerQuery(const Effect &query);
    void handleSocketMessage(ClientConnection *connection, const QString &message);
    void associate(ClientConnection *connection, const QJsonObject &data);
    void bind(ClientConnection *connection, const QUuid &userId);
    void reject(ClientConnection *connection, const QJsonValue &payload, const Rejection &rejection);
    void removeConnection(ClientConnection *connection);
    void relay(const Effect &effect);

    static int httpStatusOf(const QString &reason);

    DomainApplication &m_domain;
    ServerSettings m_settings;
    WireCatalog m_catalog;
    CredentialStore m_credentials;
    EventRouter m_router;
    QList<ClientConnection *> m_connections;
    QHash<QUuid, QList<ClientConnection *>> m_connectionsOfUser;
};
