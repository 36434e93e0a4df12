#pragma once

#include "aliasdirectory.h"
#include "gameboard.h"
#include "gameclient.h"
#include "halloffamemodel.h"
#include "hostlistmodel.h"
#include "onlineplayersmodel.h"
#include "sessionsettings.h"

#include <QObject>
#include <QString>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class GameServer;
class LanAnnouncer;
class LanBrowser;
class QSettings;

// The whole client as the pages see it: who the player is, where they are (choosing an alias, at
// home, connecting, in the lobby, playing), the connection, the invitations, and the models. It can
// host: start the game server in-process, announce it on the LAN and join it over loopback like any
// other client.
class GameSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString alias READ alias WRITE chooseAlias NOTIFY aliasChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool hosting READ isHosting NOTIFY hostingChanged)
    Q_PROPERTY(QString hostAddress READ hostAddress NOTIFY hostingChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userIdChanged)
    Q_PROPERTY(HostListModel *hosts READ hosts CONSTANT)
    Q_PROPERTY(OnlinePlayersModel *onlinePlayers READ onlinePlayers CONSTANT)
    Q_PROPERTY(HallOfFameModel *hallOfFame READ hallOfFame CONSTANT)
    Q_PROPERTY(GameBoard *game READ game CONSTANT)
    Q_PROPERTY(bool hasInvitation READ hasInvitation NOTIFY invitationChanged)
    Q_PROPERTY(QString invitationFromAlias READ invitationFromAlias NOTIFY invitationChanged)

public:
    enum class Stage { ChoosingAlias = 0, Home = 1, Connecting = 2, Lobby = 3, Playing = 4 };
    Q_ENUM(Stage)
    // Connecting has the value of Stage::Connecting: QML reads both enums unscoped, so
    // GameSession.Connecting must mean the same number in either.
    enum class ConnectionState { Offline = 0, Connecting = 2, Online = 5, Reconnecting = 6 };
    Q_ENUM(ConnectionState)

    explicit GameSession(QObject *parent = nullptr);
    explicit GameSession(const SessionSettings &settings, QObject *parent = nullptr);
    ~GameSession() override;

    // What sessions created from QML start with; the app sets it from its command line before
    // loading the pages. Starts from the defaults plus TICTACTOE_DISCOVERY_TARGET.
    static SessionSettings defaultSettings();
    static void setDefaultSettings(const SessionSettings &settings);

    QString alias() const { return m_alias; }
    Stage stage() const { return m_stage; }
    ConnectionState connectionState() const { return m_connectionState; }
    QString statusMessage() const { return m_statusMessage; }
    QString errorMessage() const { return m_errorMessage; }
    bool isHosting() const { return m_server != nullptr; }
    QString hostAddress() const { return m_hostAddress; }
    QString userId() const;
    HostListModel *hosts() { return &m_hosts; }
    OnlinePlayersModel *onlinePlayers() { return &m_onlinePlayers; }
    HallOfFameModel *hallOfFame() { return &m_hallOfFame; }
    GameBoard *game() { return &m_game; }
    bool hasInvitation() const { return m_invitation.has_value(); }
    QString invitationFromAlias();

    // The port the hosted server listens on, 0 when not hosting.
    quint16 hostedPort() const;
    GameClient &client() { return m_client; }

    Q_INVOKABLE void chooseAlias(const QString &alias);
    Q_INVOKABLE void hostGame();
    Q_INVOKABLE void joinHost(const QString &address, int port);
    Q_INVOKABLE void invite(const QString &userId);
    Q_INVOKABLE void acceptInvitation();
    Q_INVOKABLE void declineInvitation();
    Q_INVOKABLE void playAgain();
    Q_INVOKABLE void backToLobby();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void aliasChanged();
    void stageChanged();
    void connectionStateChanged();
    void statusMessageChanged();
    void errorMessageChanged();
    void hostingChanged();
    void userIdChanged();
    void invitationChanged();
    void invitationDeclined(const QString &alias);
    void opponentLeft(const QString &alias);

private:
    struct Invitation
    {
        QUuid host;
        QUuid game;
    };

    void connectClient();
    void startBrowsing();
    void connectTo(const QString &address, quint16 port, const QString &serverKey);
    void stopHosting();
    void handleClientState(GameClient::State state);
    void handleCredentialIssued(const QUuid &userId, const QString &credential);
    void handleUsersOnline(const QList<QUuid> &userIds);
    void handleUserInvited(const UserInvited &event);
    void handleInvitationDeclined(const InvitationDeclined &event);
    void handleGameStarted(const GameStarted &event);
    void handleGameError(const GameErrorOccurred &event);
    void setUserId(const QUuid &userId);
    void setStage(Stage stage);
    void setError(const QString &message);
    void setStatus(const QString &message);
    void updateStatus();
    void clearInvitation();
    std::unique_ptr<QSettings> openSettings() const;
    QString lanAddress() const;

    SessionSettings m_settings;
    AliasDirectory m_aliases;
    GameClient m_client;
    HostListModel m_hosts;
    OnlinePlayersModel m_onlinePlayers;
    HallOfFameModel m_hallOfFame;
    GameBoard m_game;
    std::unique_ptr<LanBrowser> m_browser;
    std::unique_ptr<GameServer> m_server;
    std::unique_ptr<LanAnnouncer> m_announcer;

    QString m_alias;
    Stage m_stage = Stage::ChoosingAlias;
    ConnectionState m_connectionState = ConnectionState::Offline;
    QString m_statusMessage;
    QString m_errorMessage;
    QString m_hostAddress;
    QUuid m_userId;
    QString m_serverKey;
    QString m_serverLabel;
    QString m_hostAlias;
    int m_reconnectDelayMs = 0;
    std::optional<Invitation> m_invitation;
    QUuid m_opponentWhoLeft;
};
