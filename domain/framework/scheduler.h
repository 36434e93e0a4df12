#pragma once

#include "domainmodule.h"
#include "effect.h"

#include <QList>
#include <QString>

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
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        qint64 dueAtMs;
        QString key;
        Effect event;
    };

    const Clock &m_clock;
    QList<Pending> m_pending; // sorted by dueAtMs, stable
};
