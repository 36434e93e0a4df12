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
        if (!m_onlineUsers.contains(event.id))
            m_onlineUsers.append(event.id);
        return QList<Effect>{UsersOnlineUpdated{m_onlineUsers, event.operationId}};
    });
    bus.subscribe<SessionDisconnected>([this](const SessionDisconnected &event) {
        const QUuid user = m_userOfSession.take(event.sessionId);
        const QList<QUuid> sessionsLeft = m_userOfSession.keys(user);
        if (user.isNull() || !sessionsLeft.isEmpty() || !m_onlineUsers.removeOne(user))
            return QList<Effect>();
        return QList<Effect>{UsersOnlineUpdated{m_onlineUsers, {}}};
    });
    bus.answerQuery<GetUsersOnline>([this](const GetUsersOnline &query) {
        return UsersOnline{m_onlineUsers, query.operationId};
    });
}
