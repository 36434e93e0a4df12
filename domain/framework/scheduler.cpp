// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "scheduler.h"

#include "clock.h"
#include "effectbus.h"
#include "frameworkeffects.h"

#include <algorithm>

Scheduler::Scheduler(const Clock &clock)
    : m_clock(clock)
{
}

void Scheduler::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<ScheduleEvent>([this](const ScheduleEvent &command) {
        const auto inserted = m_pending.emplace(m_clock.monotonicMs() + command.whenMs,
                                                Pending{command.key, command.event});
        m_pendingByKey.insert(command.key, inserted);
        return QList<Effect>();
    });
    bus.handleCommand<CancelScheduledEvents>([this](const CancelScheduledEvents &command) {
        for (const PendingByDueTime::iterator &pending : m_pendingByKey.values(command.key))
            m_pending.erase(pending);
        m_pendingByKey.remove(command.key);
        return QList<Effect>();
    });
}

QList<Effect> Scheduler::takeDueEvents()
{
    const qint64 now = m_clock.monotonicMs();
    QList<Effect> due;
    while (!m_pending.empty() && m_pending.begin()->first <= now) {
        const auto first = m_pending.begin();
        m_pendingByKey.remove(first->second.key, first);
        due.append(first->second.event);
        m_pending.erase(first);
    }
    return due;
}

std::optional<qint64> Scheduler::msUntilNextDue() const
{
    if (m_pending.empty())
        return std::nullopt;
    return std::max<qint64>(0, m_pending.begin()->first - m_clock.monotonicMs());
}
