#include "domainruntime.h"

#include "scheduler.h"

#include <QTimer>

DomainRuntime::DomainRuntime(ModuleFactory moduleFactory, const Clock &clock)
    : m_moduleFactory(std::move(moduleFactory))
    , m_clock(clock)
{
}

DomainRuntime::~DomainRuntime() = default;

void DomainRuntime::initialize()
{
    m_scheduler = std::make_unique<Scheduler>(m_clock);
    m_scheduler->registerHandlers(m_bus);
    m_modules = m_moduleFactory(m_clock);
    for (const auto &module : m_modules)
        module->registerHandlers(m_bus);
    m_bus.setObserver([this](const Effect &effect) { Q_EMIT effectHandled(effect); });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DomainRuntime::publishDueEvents);
}

void DomainRuntime::process(const Effect &effect)
{
    m_bus.enqueue(effect);
    m_bus.drain();
    armTimer();
}

Outcome<QVariant> DomainRuntime::ask(const Effect &query) const
{
    return m_bus.ask(query);
}

void DomainRuntime::publishDueEvents()
{
    for (const Effect &event : m_scheduler->takeDueEvents())
        m_bus.enqueue(event);
    m_bus.drain();
    armTimer();
}

void DomainRuntime::armTimer()
{
    const std::optional<qint64> delay = m_scheduler->msUntilNextDue();
    if (!delay) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::chrono::milliseconds(*delay));
}
