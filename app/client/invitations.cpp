// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "invitations.h"

#include "aliasdirectory.h"
#include "currentgame.h"
#include "gameclient.h"
#include "users/usereffects.h"

Invitations::Invitations(GameClient *client, AliasDirectory *aliases, const CurrentGame *game,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_aliases(aliases)
    , m_game(game)
{
    m_client->onMessage(this, &Invitations::handleUserInvited);
    m_client->onMessage(this, &Invitations::handleInvitationDeclined);
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        if (m_received && m_received->host == userId)
            Q_EMIT pendingChanged();
    });
}

QString Invitations::fromAlias() const
{
    return m_received ? m_aliases->aliasOf(m_received->host) : QString();
}

void Invitations::invite(const QString &userId)
{
    const QUuid invited = QUuid::fromString(userId);
    const QUuid me = m_client->userId();
    if (invited.isNull() || invited == me || m_client->state() != GameClient::Online)
        return;
    const QUuid gameId = QUuid::createUuid();
    // One socket keeps the order: the game exists and the inviter has joined it, so moves first,
    // before the invitation reaches anyone; an invited player who answers at once cannot join first.
    m_client->send(CreateGame{QUuid::createUuid(), gameId, me});
    m_client->send(JoinGame{QUuid::createUuid(), gameId, me});
    m_client->send(UserInvited{me, invited, gameId, QUuid::createUuid()});
}

void Invitations::accept()
{
    if (!m_received)
        return;
    m_client->send(JoinGame{QUuid::createUuid(), m_received->game, m_client->userId()});
    clear();
}

void Invitations::decline()
{
    if (!m_received)
        return;
    m_client->send(InvitationDeclined{m_received->host, m_client->userId(), m_received->game,
                                      QUuid::createUuid()});
    clear();
}

void Invitations::handleUsersOnline(const QList<QUuid> &userIds)
{
    if (m_received && !userIds.contains(m_received->host))
        clear();
}

void Invitations::handleGameStarted(const QUuid &gameId)
{
    if (m_received && m_received->game == gameId)
        clear();
}

void Invitations::clear()
{
    if (!m_received)
        return;
    m_received.reset();
    Q_EMIT pendingChanged();
}

void Invitations::handleUserInvited(const UserInvited &event)
{
    if (event.invited != m_client->userId())
        return;
    if (m_game->isActive()) {
        m_client->send(InvitationDeclined{event.host, event.invited, event.game, QUuid::createUuid()});
        return;
    }
    decline();
    m_received = Received{event.host, event.game};
    Q_EMIT pendingChanged();
}

void Invitations::handleInvitationDeclined(const InvitationDeclined &event)
{
    if (event.host == m_client->userId())
        Q_EMIT declined(m_aliases->aliasOf(event.invited));
}
