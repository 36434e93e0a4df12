// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionstatus.h"
#include "currentgame.h"
#include "gameclient.h"
#include "gamereplay.h"
#include "hostlistmodel.h"
#include "invitations.h"
#include "joinlinkmodel.h"
#include "lobby.h"
#include "playerprofile.h"
#include "sessionsettings.h"

#include <QObject>
#include <QString>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <memory>

class LanBrowser;
struct CredentialIssued;

// The client as the pages see it: which stage the player is at (choosing an alias, at home,
// connecting, in the lobby, playing or watching, replaying an ended game), the error to show, and the parts that do the work: the
// player's profile, the connection and its status, the lobby's lists, the invitations and the
// current game. Hosting starts a server on this computer (through SessionSettings::hostFactory) and joins
// it over loopback like any other client; so does playing the computer, with a server for this
// computer alone.
class GameSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userIdChanged)
    // Set when a server refused the identity kept for it: the question to put to the player.
    Q_PROPERTY(QString identityQuestion READ identityQuestion NOTIFY identityQuestionChanged)
    Q_PROPERTY(PlayerProfile *player READ player CONSTANT)
    Q_PROPERTY(ConnectionStatus *connection READ connection CONSTANT)
    Q_PROPERTY(Invitations *invitations READ invitations CONSTANT)
    Q_PROPERTY(HostListModel *hosts READ hosts CONSTANT)
    // Where others join the game this computer hosts; empty when it hosts none.
    Q_PROPERTY(JoinLinkModel *joinLinks READ joinLinks CONSTANT)
    Q_PROPERTY(OnlinePlayersModel *onlinePlayers READ onlinePlayers CONSTANT)
    Q_PROPERTY(HallOfFameModel *hallOfFame READ hallOfFame CONSTANT)
    Q_PROPERTY(ComputerOpponentsModel *computerOpponents READ computerOpponents CONSTANT)
    Q_PROPERTY(LiveGamesModel *liveGames READ liveGames CONSTANT)
    Q_PROPERTY(RecentGamesModel *recentGames READ recentGames CONSTANT)
    Q_PROPERTY(CurrentGame *game READ game CONSTANT)
    Q_PROPERTY(GameReplay *replay READ replay CONSTANT)

public:
    enum class Stage { ChoosingAlias, Home, Connecting, Lobby, Playing, Replaying };
    Q_ENUM(Stage)

    // With SessionSettings::defaults(), as QML creates it.
    explicit GameSession(QObject *parent = nullptr);
    explicit GameSession(const SessionSettings &settings, QObject *parent = nullptr);
    ~GameSession() override;

    Stage stage() const { return m_stage; }
    QString errorMessage() const { return m_errorMessage; }
    QString userId() const;
    QString identityQuestion() const { return m_identityQuestion; }
    PlayerProfile *player() { return &m_player; }
    ConnectionStatus *connection() { return &m_connection; }
    Invitations *invitations() { return &m_invitations; }
    HostListModel *hosts() { return &m_hosts; }
    JoinLinkModel *joinLinks() { return &m_joinLinks; }
    OnlinePlayersModel *onlinePlayers() { return m_lobby.onlinePlayers(); }
    HallOfFameModel *hallOfFame() { return m_lobby.hallOfFame(); }
    ComputerOpponentsModel *computerOpponents() { return m_lobby.computerOpponents(); }
    LiveGamesModel *liveGames() { return m_lobby.liveGames(); }
    RecentGamesModel *recentGames() { return m_lobby.recentGames(); }
    CurrentGame *game() { return &m_game; }
    GameReplay *replay() { return &m_replay; }
    GameClient &client() { return m_client; }

    Q_INVOKABLE void chooseAlias(const QString &alias);
    Q_INVOKABLE void hostGame();
    // Hosts on loopback only, unannounced, and goes to its lobby, where the computer is invited:
    // it works with no network at all.
    Q_INVOKABLE void playAgainstComputer();
    Q_INVOKABLE void joinHost(const QString &address, int port);
    Q_INVOKABLE void playAgain();
    // Watches a game of liveGames: to the game page, which follows it without playing.
    Q_INVOKABLE void watchGame(const QString &gameId);
    Q_INVOKABLE void refreshGameLists();
    // Replays a game of recentGames: to the replay page once the host has sent its history.
    Q_INVOKABLE void openReplay(const QString &gameId);
    // From a game, watched or played, or from a replay.
    Q_INVOKABLE void backToLobby();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void clearError();
    // The answers to identityQuestion: start over on that server as a new player, or not.
    Q_INVOKABLE void joinAsNewPlayer();
    Q_INVOKABLE void keepIdentity();

Q_SIGNALS:
    void stageChanged();
    void errorMessageChanged();
    void userIdChanged();
    void identityQuestionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void subscribe();
    void startHosting(LocalGameHost::Reach reach);
    void startBrowsing();
    void connectTo(const QString &address, quint16 port, const QString &serverKey);
    void forgetServer();
    void handleClientState(GameClient::State state);
    void handleCredentialIssued(const CredentialIssued &issued);
    void handleGameStarted(const GameStarted &event);
    void handleGameError(const GameErrorOccurred &event);
    void handleGameHistory(const GameHistory &history);
    void setUserId(const QUuid &userId);
    void setStage(Stage stage);
    void setError(const QString &message);
    void askAboutIdentity(const QString &reason);
    Stage homeStage() const;

    SessionSettings m_settings;
    PlayerProfile m_player;
    GameClient m_client;
    ConnectionStatus m_connection;
    HostListModel m_hosts;
    JoinLinkModel m_joinLinks;
    Lobby m_lobby;
    CurrentGame m_game;
    GameReplay m_replay;
    Invitations m_invitations;
    std::unique_ptr<LanBrowser> m_browser;
    std::unique_ptr<LocalGameHost> m_host;

    Stage m_stage = Stage::ChoosingAlias;
    QString m_errorMessage;
    QUuid m_userId;
    struct Server
    {
        QString address;
        quint16 port = 0;
        QString key;
    };
    Server m_server; // the one connected to, or being connected to
    Server m_refusingServer;
    LocalGameHost::Reach m_hostReach = LocalGameHost::Reach::Network; // of the last host started
    QString m_identityQuestion;
    QUuid m_replayAskedFor; // the game whose history was asked for last
};
