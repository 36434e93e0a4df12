// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QHash>
#include <QList>
#include <QUuid>

struct MessageSpec;

// Decides which users hear a published event. It follows the domain's events to know each game's
// players and watchers: a game's events go only to them (and its errors only to the offender).
class EventRouter
{
public:
    struct Recipients
    {
        bool everyone = false;
        QList<QUuid> users;
    };

    // Every handled effect passes here first, published or not.
    void observe(const Effect &effect);
    Recipients recipientsOf(const Effect &event, const MessageSpec &publication) const;

private:
    QHash<QUuid, QList<QUuid>> m_playersOfGame;
    QHash<QUuid, QList<QUuid>> m_watchersOfGame;
};
