// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"
#include "effect.h"

#include <QList>
#include <QMultiHash>
#include <QString>

#include <map>
#include <optional>

class Clock;

// The delayed-event scheduler: handles ScheduleEvent and CancelScheduledEvents. It never fires on its
// own; its owner asks for the due events (DomainRuntime on a timer, DomainTestKit when the test moves
// the clock) and publishes them.
class Scheduler : public DomainModule
{
public:
    explicit Scheduler(const Clock &clock);

    void registerHandlers(EffectBus &bus) override;

    // Removes and returns the events due now, earliest first (ties in scheduling order).
    QList<Effect> takeDueEvents();
    // Milliseconds until the next event is due (0 if overdue), or nothing when none is pending.
    std::optional<qint64> msUntilNextDue() const;
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

private:
    struct Pending
    {
        QString key;
        Effect event;
    };
    // By due time; equal times keep their scheduling order (multimap inserts at the end of a range).
    using PendingByDueTime = std::multimap<qint64, Pending>;

    const Clock &m_clock;
    PendingByDueTime m_pending;
    QMultiHash<QString, PendingByDueTime::iterator> m_pendingByKey;
};
