// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"
#include "user.h"

#include <optional>

class Clock;
class UserRepository;

// Who the players are: their ids, aliases and creation times. A user is created once, with an
// alias that follows User::isValidAlias. The computer's players are users too, on every host.
class UsersModule : public DomainModule
{
public:
    UsersModule(const Clock &clock, UserRepository &users);

    void registerHandlers(EffectBus &bus) override;

private:
    std::optional<User> findUser(const QUuid &id) const;

    const Clock &m_clock;
    UserRepository &m_users;
};
