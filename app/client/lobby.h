// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "aliasdirectory.h"
#include "computeropponentsmodel.h"
#include "halloffamemodel.h"
#include "livegamesmodel.h"
#include "onlineplayersmodel.h"
#include "recentgamesmodel.h"

#include <QObject>
#include <QUuid>

class Effect;
class GameClient;

// What the lobby shows of a server: who is online, the hall of fame, the computer players to
// invite, the games in progress to watch and those that ended, to replay, with every player's alias
// looked up once. It follows
// the server's pushes, and asks again for everything after a (re)connection, since pushes may have
// been missed meanwhile.
class Lobby : public QObject
{
    Q_OBJECT

public:
    explicit Lobby(GameClient *client, QObject *parent = nullptr);

    AliasDirectory *aliases() { return &m_aliases; }
    OnlinePlayersModel *onlinePlayers() { return &m_onlinePlayers; }
    HallOfFameModel *hallOfFame() { return &m_hallOfFame; }
    ComputerOpponentsModel *computerOpponents() { return &m_computerOpponents; }
    LiveGamesModel *liveGames() { return &m_liveGames; }
    RecentGamesModel *recentGames() { return &m_recentGames; }

    void setMyUserId(const QUuid &userId);
    // Asks the server for the lists and for the aliases still unknown.
    void refresh();
    // Asks for the games in progress and those that ended last alone: nothing is pushed when a
    // game starts or ends.
    void refreshGameLists();
    void clear();
    // The lists' texts again, in the language just installed.
    void retranslate();

Q_SIGNALS:
    // Who is online now, after a whole list or a change to it.
    void usersOnlineChanged(const QList<QUuid> &userIds);
    // The host's computer players, after its answer.
    void computerPlayersChanged(const QList<QUuid> &userIds);

private:
    void setUsersOnline(const QList<QUuid> &userIds);
    void handleNothingFound(const Effect &query);

    GameClient *m_client;
    AliasDirectory m_aliases;
    OnlinePlayersModel m_onlinePlayers;
    HallOfFameModel m_hallOfFame;
    ComputerOpponentsModel m_computerOpponents;
    LiveGamesModel m_liveGames;
    RecentGamesModel m_recentGames;
};
