#include "domaintestkit.h"

#include "gadgetjson.h"
#include "scheduler.h"

#include <QJsonDocument>

DomainTestKit::DomainTestKit(ModuleFactory moduleFactory)
    : m_scheduler(std::make_unique<Scheduler>(m_clock))
{
    m_scheduler->registerHandlers(m_bus);
    m_modules = moduleFactory(m_clock);
    for (const auto &module : m_modules)
        module->registerHandlers(m_bus);
    m_bus.setObserver([this](const Effect &effect) { m_handled.append(effect); });
}

DomainTestKit::~DomainTestKit() = default;

Outcome<> DomainTestKit::send(const Effect &effect)
{
    const Outcome<> queueable = m_bus.checkQueueable(effect);
    if (queueable) {
        m_bus.enqueue(effect);
        m_bus.drain();
    }
    return queueable;
}

Outcome<QVariant> DomainTestKit::ask(const Effect &query) const
{
    return m_bus.ask(query);
}

void DomainTestKit::advanceClock(qint64 milliseconds)
{
    m_clock.advance(milliseconds);
    for (const Effect &event : m_scheduler->takeDueEvents())
        m_bus.enqueue(event);
    m_bus.drain();
}

QList<Effect> DomainTestKit::takeHandled()
{
    return std::exchange(m_handled, {});
}

QString describeEffect(const Effect &effect)
{
    const QJsonObject payload = GadgetJson::toJson(effect.metaObject(), effect.data());
    return effect.typeName() + u' '
            + QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QStringList describeEffects(const QList<Effect> &effects)
{
    QStringList lines;
    for (const Effect &effect : effects)
        lines.append(describeEffect(effect));
    return lines;
}
