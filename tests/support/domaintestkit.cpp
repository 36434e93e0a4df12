// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"

#include "gadgetjson.h"
#include "scheduler.h"

#include <QJsonDocument>

DomainTestKit::DomainTestKit(ModuleFactory moduleFactory)
    : m_scheduler(std::make_unique<Scheduler>(m_clock))
{
    m_scheduler->registerHandlers(m_bus);
    Outcome<DomainParts> parts = moduleFactory(m_clock);
    if (!parts)
        qFatal("the domain under test did not start: %s", qPrintable(parts.error().message));
    m_parts = std::move(*parts);
    for (const auto &module : m_parts.modules)
        module->registerHandlers(m_bus);
    m_bus.setObserver([this](const Effect &effect) { m_handled.append(effect); });
    for (const auto &module : m_parts.modules) {
        for (const Effect &effect : module->initialEffects())
            m_bus.enqueue(effect);
    }
    drain();
}

DomainTestKit::~DomainTestKit() = default;

Outcome<> DomainTestKit::send(const Effect &effect)
{
    const Outcome<> queueable = m_bus.checkQueueable(effect);
    if (queueable) {
        m_bus.enqueue(effect);
        drain();
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
    drain();
}

void DomainTestKit::drain()
{
    if (m_parts.unitOfWork)
        m_parts.unitOfWork->begin();
    m_bus.drain();
    m_lastCommitSucceeded = !m_parts.unitOfWork || m_parts.unitOfWork->commit().has_value();
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
