// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "onlineusersmodule.h"

#include "effectbus.h"
#include "onlineusereffects.h"

void OnlineUsersModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<AssociateUserToSession>([this](const AssociateUserToSession &command) {
        m_userOfSession.insert(command.sessionId, command.userId);
        return QList<Effect>();
    });
    bus.subscribe<UserConnected>([this](const UserConnected &event) {
        QList<Effect> effects;
        if (!m_onlineUsers.contains(event.id)) {
            m_onlineUsers.append(event.id);
            effects.append(UserCameOnline{event.id, usersOnline()});
        }
        // The whole list only for the user who connected: the others have it and follow the change.
        effects.append(UsersOnlineUpdated{m_onlineUsers, event.operationId, event.id});
        return effects;
    });
    bus.subscribe<SessionDisconnected>([this](const SessionDisconnected &event) {
        const QUuid user = m_userOfSession.take(event.sessionId);
        const QList<QUuid> sessionsLeft = m_userOfSession.keys(user);
        if (user.isNull() || !sessionsLeft.isEmpty() || !m_onlineUsers.removeOne(user))
            return QList<Effect>();
        return QList<Effect>{UserWentOffline{user, usersOnline()}};
    });
    bus.answerQuery<GetUsersOnline>([this](const GetUsersOnline &query) {
        return UsersOnline{m_onlineUsers, query.operationId};
    });
}

int OnlineUsersModule::usersOnline() const
{
    return int(m_onlineUsers.size());
}
