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

public Q_SLOTS:
    void initialize();
    void process(const Effect &effect);

Q_SIGNALS:
    void effectHandled(const Effect &effect);

private:
    void publishDueEvents();
    void armTimer();

    ModuleFactory m_moduleFactory;
    const Clock &m_clock;
    EffectBus m_bus;
    std::unique_ptr<Scheduler> m_scheduler;
    DomainModules m_modules;
    QTimer *m_timer = nullptr;
};
