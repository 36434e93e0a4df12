// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "effectbus.h"

#include "frameworkeffects.h"

#include <QLoggingCategory>

#include <stdexcept>

Q_LOGGING_CATEGORY(lcBus, "tictactoe.domain.bus", QtInfoMsg)

void EffectBus::addCommandHandler(QMetaType command, Handler handler)
{
    if (m_commandHandlers.contains(command))
        throw std::logic_error(std::string("a second handler for command ") + command.name());
    m_commandHandlers.insert(command, std::move(handler));
}

void EffectBus::addEventHandler(QMetaType event, Handler handler)
{
    m_eventHandlers[event].append(std::move(handler));
}

void EffectBus::addQueryHandler(QMetaType query, QueryHandler handler)
{
    if (m_queryHandlers.contains(query))
        throw std::logic_error(std::string("a second handler for query ") + query.name());
    m_queryHandlers.insert(query, std::move(handler));
}

Outcome<> EffectBus::checkQueueable(const Effect &effect) const
{
    const QString unhandled = QStringLiteral("UNHANDLED_EFFECT");
    if (!effect.isValid())
        return refuse(unhandled, QStringLiteral("not an effect"));
    switch (effect.kind()) {
    case EffectKind::Command:
        if (!m_commandHandlers.contains(effect.type()))
            return refuse(unhandled, QStringLiteral("no handler for command %1").arg(effect.typeName()));
        return {};
    case EffectKind::Event:
        return {};
    case EffectKind::Query:
        return refuse(unhandled,
                      QStringLiteral("%1 is a query: ask it, do not queue it").arg(effect.typeName()));
    }
    return {};
}

void EffectBus::enqueue(const Effect &effect)
{
    Q_ASSERT_X(checkQueueable(effect), "EffectBus::enqueue", "check checkQueueable() first");
    m_queue.enqueue(effect);
}

void EffectBus::drain()
{
    while (!m_queue.isEmpty()) {
        const Effect effect = m_queue.dequeue();
        if (m_observer)
            m_observer(effect);
        for (const Effect &produced : dispatch(effect)) {
            const Outcome<> queueable = checkQueueable(produced);
            if (queueable)
                m_queue.enqueue(produced);
            else
                m_queue.enqueue(BusHandlerFailed{effect, queueable.error().message});
        }
    }
}

QList<Effect> EffectBus::dispatch(const Effect &effect)
{
    if (effect.kind() == EffectKind::Command)
        return runHandler(m_commandHandlers.value(effect.type()), effect);
    QList<Effect> produced;
    for (const Handler &handler : m_eventHandlers.value(effect.type()))
        produced += runHandler(handler, effect);
    return produced;
}

QList<Effect> EffectBus::runHandler(const Handler &handler, const Effect &effect)
{
    try {
        return handler(effect);
    } catch (const std::exception &exception) {
        const QString error = QString::fromUtf8(exception.what());
        if (effect.is<BusHandlerFailed>()) {
            qCCritical(lcBus) << "a handler of BusHandlerFailed failed:" << error;
            return {};
        }
        return {BusHandlerFailed{effect, error}};
    }
}

Outcome<QVariant> EffectBus::ask(const Effect &query) const
{
    const auto found = m_queryHandlers.constFind(query.type());
    if (found == m_queryHandlers.cend())
        return refuse(QStringLiteral("UNHANDLED_EFFECT"),
                      QStringLiteral("no handler for query %1").arg(query.typeName()));
    try {
        return found.value()(query);
    } catch (const std::exception &exception) {
        return refuse(QStringLiteral("HANDLER_FAILED"), QString::fromUtf8(exception.what()));
    }
}

void EffectBus::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}
