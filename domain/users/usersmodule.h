#pragma once

#include "domainmodule.h"
#include "user.h"

#include <QHash>

class Clock;

// Who the players are: their ids, aliases and creation times. A user is created once, with an
// alias that follows User::isValidAlias.
class UsersModule : public DomainModule
{
public:
    explicit UsersModule(const Clock &clock);

    void registerHandlers(EffectBus &bus) override;

private:
    const Clock &m_clock;
    QHash<QUuid, User> m_users;
};
