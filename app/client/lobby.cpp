// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "lobby.h"

#include "computer/computereffects.h"
#include "gameclient.h"
#include "games/gamehistory.h"
#include "onlineusers/onlineusereffects.h"
#include "scoring/scoringeffects.h"
#include "spectators/spectatoreffects.h"
#include "users/usereffects.h"

Lobby::Lobby(GameClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_onlinePlayers(&m_aliases)
    , m_hallOfFame(&m_aliases)
    , m_liveGames(&m_aliases)
    , m_recentGames(&m_aliases)
{
    m_client->onMessage<UsersOnlineUpdated>(this, [this](const UsersOnlineUpdated &event) {
        setUsersOnline(event.onlineUsers);
    });
    m_client->onMessage<UsersOnline>(this, [this](const UsersOnline &answer) {
        setUsersOnline(answer.onlineUsers);
    });
    m_client->onMessage<UserCameOnline>(this, [this](const UserCameOnline &event) {
        if (m_onlinePlayers.addOnlineUser(event.userId))
            Q_EMIT usersOnlineChanged(m_onlinePlayers.userIds());
    });
    m_client->onMessage<UserWentOffline>(this, [this](const UserWentOffline &event) {
        if (m_onlinePlayers.removeOnlineUser(event.userId))
            Q_EMIT usersOnlineChanged(m_onlinePlayers.userIds());
    });
    m_client->onMessage<TopThreeListUpdated>(this, [this](const TopThreeListUpdated &event) {
        m_hallOfFame.setEntries(event.current.topThree);
    });
    m_client->onMessage<TopThreePlayers>(this, [this](const TopThreePlayers &answer) {
        m_hallOfFame.setEntries(answer.list);
    });
    m_client->onMessage<ComputerOpponents>(this, [this](const ComputerOpponents &answer) {
        // Known by name at once: the game page names the computer without asking the host.
        QList<QUuid> userIds;
        for (const ComputerOpponent &opponent : answer.opponents) {
            m_aliases.insert(opponent.id, opponent.alias);
            userIds.append(opponent.id);
        }
        m_computerOpponents.setOpponents(answer.opponents);
        Q_EMIT computerPlayersChanged(userIds);
    });
    m_client->onMessage<LiveGames>(this, [this](const LiveGames &answer) {
        m_liveGames.setGames(answer.games);
    });
    m_client->onMessage<RecentGames>(this, [this](const RecentGames &answer) {
        m_recentGames.setGames(answer.games);
    });
    m_client->onMessage<UserFound>(this, [this](const UserFound &answer) {
        m_aliases.insert(answer.user.id, answer.user.alias);
    });
    connect(m_client, &GameClient::nothingFound, this, &Lobby::handleNothingFound);
    connect(&m_aliases, &AliasDirectory::lookupNeeded, this, [this](const QUuid &userId) {
        if (m_client->state() == GameClient::Online)
            m_client->ask(GetUser{QUuid::createUuid(), userId});
    });
}

void Lobby::setMyUserId(const QUuid &userId)
{
    m_onlinePlayers.setMyUserId(userId);
    m_liveGames.setMyUserId(userId);
}

void Lobby::refresh()
{
    m_client->ask(GetUsersOnline{QUuid::createUuid()});
    m_client->ask(GetTopThreePlayers{QUuid::createUuid()});
    m_client->ask(GetComputerOpponents{QUuid::createUuid()});
    refreshGameLists();
    m_aliases.retryPending();
}

void Lobby::refreshGameLists()
{
    m_client->ask(GetLiveGames{QUuid::createUuid()});
    m_client->ask(GetRecentGames{QUuid::createUuid()});
}

void Lobby::clear()
{
    m_onlinePlayers.clear();
    m_hallOfFame.clear();
    m_computerOpponents.clear();
    m_liveGames.clear();
    m_recentGames.clear();
    m_aliases.clear();
}

void Lobby::setUsersOnline(const QList<QUuid> &userIds)
{
    m_onlinePlayers.setOnlineUsers(userIds);
    Q_EMIT usersOnlineChanged(userIds);
}

void Lobby::handleNothingFound(const Effect &query)
{
    if (query.is<GetUser>())
        m_aliases.markUnknown(query.as<GetUser>().id);
}

void Lobby::retranslate()
{
    m_computerOpponents.retranslate();
    m_liveGames.retranslate();
    m_recentGames.retranslate();
}
