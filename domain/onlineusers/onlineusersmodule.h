// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"

#include <QHash>
#include <QList>
#include <QUuid>

// Who is online. A user stays online while any of their sessions (connections) is open.
class OnlineUsersModule : public DomainModule
{
public:
    void registerHandlers(EffectBus &bus) override;

private:
    int usersOnline() const;

    QHash<QUuid, QUuid> m_userOfSession;
    QList<QUuid> m_onlineUsers; // in order of first connection
};
