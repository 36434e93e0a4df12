#pragma once

#include "domainmodule.h"
#include "user.h"

class Clock;
class UserRepository;

// Who the players are: their ids, aliases and creation times. A user is created once, with an
// alias that follows User::isValidAlias.
class UsersModule : public DomainModule
{
public:
    UsersModule(const Clock &clock, UserRepository &users);

    void registerHandlers(EffectBus &bus) override;

private:
    const Clock &m_clock;
    UserRepository &m_users;
};
