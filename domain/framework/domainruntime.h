// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effectbus.h"
#include "modulefactory.h"

#include <QObject>

class Clock;
class QTimer;
class Scheduler;

// The domain's side of the DomainApplication: lives on the domain thread, owns the bus, the
// scheduler and the modules, and drains the FIFO each time an effect arrives.
class DomainRuntime : public QObject
{
    Q_OBJECT

public:
    DomainRuntime(ModuleFactory moduleFactory, const Clock &clock);
    ~DomainRuntime() override;

    // Read-only once initialize() has run, so other threads may check refusals against it.
    const EffectBus &bus() const { return m_bus; }
    Outcome<QVariant> ask(const Effect &query) const;

    // Builds the modules and opens their storage, on the domain thread.
    Outcome<> initialize();

public Q_SLOTS:
    // Queues effects and drains them as one unit of work, e.g. what must be stored before a reply.
    void processAll(const QList<Effect> &effects);
    // Handles each effect as if it came alone (its consequences drained before the next one
    // starts), all in one unit of work: the order of effects is the same as one by one, with
    // one commit instead of one each.
    void processInTurn(const QList<Effect> &effects);

Q_SIGNALS:
    // Once per unit of work, after its commit: everything handled, in order.
    void effectsHandled(const QList<Effect> &effects);

private:
    void publishDueEvents();
    // Drains the FIFO in one unit of work, then lets out what it handled.
    void drain();
    template<typename Work>
    void inUnitOfWork(Work work);
    void armTimer();

    ModuleFactory m_moduleFactory;
    const Clock &m_clock;
    EffectBus m_bus;
    std::unique_ptr<Scheduler> m_scheduler;
    DomainParts m_parts;
    QList<Effect> m_handled;
    QTimer *m_timer = nullptr;
};
