// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "usersmodule.h"

#include "clock.h"
#include "computer/computerplayers.h"
#include "effectbus.h"
#include "usereffects.h"
#include "userrepository.h"


UsersModule::UsersModule(const Clock &clock, UserRepository &users)
    : m_clock(clock)
    , m_users(users)
{
}

void UsersModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<CreateUser>([this](const CreateUser &command) {
        if (!User::isValidAlias(command.alias))
            return QList<Effect>{UserCreationRefused{command.id, Users::RefusalReason::InvalidAlias,
                                                     command.operationId}};
        if (findUser(command.id))
            return QList<Effect>{UserCreationRefused{command.id, Users::RefusalReason::UserAlreadyExists,
                                                     command.operationId}};
        const User user{command.id, command.alias,
                        command.createdAt.isValid() ? command.createdAt.toUTC()
                                                    : m_clock.currentDateTime()};
        m_users.addUser(user);
        return QList<Effect>{UserCreated{user, command.operationId}};
    });
    bus.answerQuery<GetUser>([this](const GetUser &query) -> QVariant {
        const std::optional<User> found = findUser(query.id);
        if (!found)
            return {};
        return QVariant::fromValue(UserFound{*found, query.operationId});
    });
    bus.handleCommand<StoreCredentialHash>([this](const StoreCredentialHash &command) {
        m_users.setCredentialHash(command.userId, command.hash);
        return QList<Effect>();
    });
    bus.answerQuery<GetCredentialHashes>([this](const GetCredentialHashes &) {
        CredentialHashes answer;
        for (const UserRepository::CredentialHash &stored : m_users.credentialHashes())
            answer.entries.append({stored.userId, stored.hash});
        return answer;
    });
}

std::optional<User> UsersModule::findUser(const QUuid &id) const
{
    // The computer's players are users of every host, built in rather than stored.
    if (const std::optional<ComputerOpponent> computer = ComputerPlayers::find(id))
        return User{computer->id, computer->alias, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
    return m_users.findUser(id);
}
