// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QObject>
#include <QString>

// Published when a handler throws: the other handlers still ran.
struct BusHandlerFailed
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(Effect effect MEMBER effect REQUIRED)
    Q_PROPERTY(QString error MEMBER error REQUIRED)
public:
    Effect effect;
    QString error;
    friend bool operator==(const BusHandlerFailed &, const BusHandlerFailed &) = default;
};

// Publishes event on the event bus after whenMs, unless its key is cancelled first.
struct ScheduleEvent
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(Effect event MEMBER event REQUIRED)
    Q_PROPERTY(qint64 whenMs MEMBER whenMs REQUIRED)
    Q_PROPERTY(QString key MEMBER key REQUIRED)
public:
    Effect event;
    qint64 whenMs = 0;
    QString key;
    friend bool operator==(const ScheduleEvent &, const ScheduleEvent &) = default;
};

// Drops every pending scheduled event with this key.
struct CancelScheduledEvents
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QString key MEMBER key REQUIRED)
public:
    QString key;
    friend bool operator==(const CancelScheduledEvents &, const CancelScheduledEvents &) = default;
};

// Registers the JSON form of Effect itself ({"type", "payload"}); safe to call more than once.
void registerFrameworkJsonConverters();
