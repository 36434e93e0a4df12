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
        const Pending pending{m_clock.monotonicMs() + command.whenMs, command.key, command.event};
        const auto position = std::upper_bound(m_pending.begin(), m_pending.end(), pending.dueAtMs,
                                               [](qint64 dueAt, const Pending &other) {
                                                   return dueAt < other.dueAtMs;
                                               });
        m_pending.insert(position, pending);
        return QList<Effect>();
    });
    bus.handleCommand<CancelScheduledEvents>([this](const CancelScheduledEvents &command) {
        m_pending.removeIf([&](const Pending &pending) { return pending.key == command.key; });
        return QList<Effect>();
    });
}

QList<Effect> Scheduler::takeDueEvents()
{
    const qint64 now = m_clock.monotonicMs();
    QList<Effect> due;
    while (!m_pending.isEmpty() && m_pending.constFirst().dueAtMs <= now)
        due.append(m_pending.takeFirst().event);
    return due;
}

std::optional<qint64> Scheduler::msUntilNextDue() const
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return std::max<qint64>(0, m_pending.constFirst().dueAtMs - m_clock.monotonicMs());
}
