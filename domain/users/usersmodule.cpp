#include "usersmodule.h"

#include "clock.h"
#include "effectbus.h"
#include "usereffects.h"


UsersModule::UsersModule(const Clock &clock)
    : m_clock(clock)
{
}

void UsersModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<CreateUser>([this](const CreateUser &command) {
        if (!User::isValidAlias(command.alias))
            return QList<Effect>{UserCreationRefused{command.id, Users::RefusalReason::InvalidAlias,
                                                     command.operationId}};
        if (m_users.contains(command.id))
            return QList<Effect>{UserCreationRefused{command.id, Users::RefusalReason::UserAlreadyExists,
                                                     command.operationId}};
        const User user{command.id, command.alias,
                        command.createdAt.isValid() ? command.createdAt.toUTC()
                                                    : m_clock.currentDateTime()};
        m_users.insert(user.id, user);
        return QList<Effect>{UserCreated{user, command.operationId}};
    });
    bus.answerQuery<GetUser>([this](const GetUser &query) -> QVariant {
        const auto found = m_users.constFind(query.id);
        if (found == m_users.cend())
            return {};
        return QVariant::fromValue(UserFound{found.value(), query.operationId});
    });
}
