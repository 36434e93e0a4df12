#pragma once

#include "clientmessages.h"
#include "connectionsettings.h"
#include "games/gameeffects.h"
#include "onlineusers/onlineusereffects.h"
#include "scoring/scoringeffects.h"
#include "servermessagecodec.h"
#include "users/usereffects.h"

#include <QAbstractSocket>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <functional>

class QNetworkReply;
class QWebSocket;

// The protocol client (docs/protocol.md): one WebSocket to ws://HOST:PORT/ws for commands, events
// and everything the server pushes, and HTTP POST /queries for questions. It authenticates the
// socket (creating the user on first contact, resuming the identity afterwards), announces the user
// online, and reconnects by itself with exponential backoff when a working connection drops.
class GameClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Connecting, Online, Reconnecting };
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
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QUuid userId() const { return m_userId; }
    QString credential() const { return m_credential; }

    // Commands and events over the socket, each with a fresh operation id (returned; null when not
    // online, the request is then dropped).
    QUuid createGame(const QUuid &gameId);
    QUuid joinGame(const QUuid &gameId);
    QUuid placeMark(const QUuid &gameId, int x, int y);
    QUuid inviteUser(const QUuid &invited, const QUuid &gameId);
    QUuid declineInvitation(const QUuid &host, const QUuid &gameId);

    // Queries over HTTP; the answer comes as the matching signal.
    QUuid requestUser(const QUuid &userId);
    QUuid requestUsersOnline();
    QUuid requestTopThreePlayers();
    QUuid requestGame(const QUuid &gameId);

Q_SIGNALS:
    void stateChanged(GameClient::State state);
    // A sentence for a person, e.g. "Could not reach 127.0.0.1:8080: connection refused".
    void errorOccurred(const QString &message);
    void reconnectScheduled(int delayMs);
    // A new user was created: the credential is the only proof of this identity, keep it.
    void credentialIssued(const QUuid &userId, const QString &credential);
    void sessionAssociated(const QUuid &userId);
    void commandRejected(const CommandRejected &rejection);

    void usersOnlineUpdated(const UsersOnlineUpdated &event);
    void topThreeListUpdated(const TopThreeListUpdated &event);
    void userInvited(const UserInvited &event);
    void invitationDeclined(const InvitationDeclined &event);
    void gameCreated(const GameCreated &event);
    void playerJoinedAGame(const PlayerJoinedAGame &event);
    void gameStarted(const GameStarted &event);
    void waitingForPlayerPlay(const WaitingForPlayerPlay &event);
    void markPlaced(const MarkPlaced &event);
    void boardUpdated(const BoardUpdated &event);
    void gameEnded(const GameEnded &event);
    void turnTimeout(const TurnTimeout &event);
    void gameErrorOccurred(const GameErrorOccurred &event);

    void userFound(const User &user);
    void userNotFound(const QUuid &userId);
    void usersOnlineReceived(const UsersOnline &answer);
    void topThreePlayersReceived(const TopThreePlayers &answer);
    void gameSnapshotReceived(const GameSnapshot &snapshot);
    void gameNotFound(const QUuid &gameId);

private:
    enum class Authentication { None, Creating, Associating, Done };

    void openSocket();
    void closeSocket();
    void handleConnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void handleMessage(const QString &text);
    void dispatch(const Effect &message);
    void handleRejection(const CommandRejected &rejection);
    void authenticated();
    void scheduleReconnect();
    void fail(const QString &message);
    void setState(State state);
    QString serverLabel() const;
    QString describeSocketError(QAbstractSocket::SocketError error) const;

    bool send(const Effect &effect);
    bool postQuery(const Effect &query, QMetaType answerType,
                    std::function<void(const Effect &answer)> onAnswer,
                    std::function<void()> onNotFound);

    ConnectionSettings m_settings;
    ServerMessageCodec m_codec;
    QNetworkAccessManager m_network;
    QPointer<QWebSocket> m_socket;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    State m_state = State::Offline;
    Authentication m_authentication = Authentication::None;
    QString m_host;
    quint16 m_port = 0;
    QString m_alias;
    QUuid m_userId;
    QString m_credential;
    QString m_lastSocketError;
    bool m_wasOnline = false;
    int m_nextReconnectDelayMs = 0;
    // Pushes received so far: a query answer older than the latest push is dropped.
    quint64 m_usersOnlinePushes = 0;
    quint64 m_topThreePushes = 0;
};
