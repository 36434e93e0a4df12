// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domainruntime.h"

#include "scheduler.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRuntime, "tictactoe.domain.runtime", QtInfoMsg)

DomainRuntime::DomainRuntime(ModuleFactory moduleFactory, const Clock &clock)
    : m_moduleFactory(std::move(moduleFactory))
    , m_clock(clock)
{
}

DomainRuntime::~DomainRuntime() = default;

Outcome<> DomainRuntime::initialize()
{
    Outcome<DomainParts> parts = m_moduleFactory(m_clock);
    if (!parts)
        return std::unexpected(parts.error());
    m_parts = std::move(*parts);
    m_scheduler = std::make_unique<Scheduler>(m_clock);
    m_scheduler->registerHandlers(m_bus);
    for (const auto &module : m_parts.modules)
        module->registerHandlers(m_bus);
    m_bus.setObserver([this](const Effect &effect) { m_handled.append(effect); });
    for (const auto &module : m_parts.modules) {
        for (const Effect &effect : module->initialEffects())
            m_bus.enqueue(effect);
    }

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DomainRuntime::publishDueEvents);
    drain();
    return {};
}

void DomainRuntime::processAll(const QList<Effect> &effects)
{
    for (const Effect &effect : effects)
        m_bus.enqueue(effect);
    drain();
}

Outcome<QVariant> DomainRuntime::ask(const Effect &query) const
{
    return m_bus.ask(query);
}

void DomainRuntime::publishDueEvents()
{
    for (const Effect &event : m_scheduler->takeDueEvents())
        m_bus.enqueue(event);
    drain();
}

void DomainRuntime::processInTurn(const QList<Effect> &effects)
{
    inUnitOfWork([&] {
        for (const Effect &effect : effects) {
            m_bus.enqueue(effect);
            m_bus.drain();
        }
    });
}

void DomainRuntime::drain()
{
    inUnitOfWork([this] { m_bus.drain(); });
}

template<typename Work>
void DomainRuntime::inUnitOfWork(Work work)
{
    if (m_parts.unitOfWork)
        m_parts.unitOfWork->begin();
    work();
    if (m_parts.unitOfWork) {
        if (const Outcome<> committed = m_parts.unitOfWork->commit(); !committed) {
            // Nobody may hear of what was not stored; the state in memory is ahead of the disk.
            qCCritical(lcRuntime).noquote() << "storing the domain's changes failed:"
                                            << committed.error().message;
            m_handled.clear();
        }
    }
    if (!m_handled.isEmpty())
        Q_EMIT effectsHandled(std::exchange(m_handled, {}));
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
