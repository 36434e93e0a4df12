// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"
#include "outcome.h"

#include <QHash>
#include <QList>
#include <QQueue>

#include <functional>

// Scuti's command, event and query buses. Commands and events share one FIFO: handle() takes them
// off in order, and what a handler produces joins the tail, so processing is breadth-first. The bus
// itself has no thread; DomainRuntime drains it on the domain thread, DomainTestKit in the test.
class EffectBus
{
public:
    using Handler = std::function<QList<Effect>(const Effect &)>;
    using QueryHandler = std::function<QVariant(const Effect &)>;
    using Observer = std::function<void(const Effect &)>;

    // A command has exactly one handler; an event any number, run in subscription order; a query
    // exactly one. A second command or query handler for one type throws std::logic_error.
    template<EffectValue Command, typename Function>
    void handleCommand(Function handler)
    {
        addCommandHandler(QMetaType::fromType<Command>(), [handler](const Effect &effect) {
            return handler(effect.as<Command>());
        });
    }
    template<EffectValue Event, typename Function>
    void subscribe(Function handler)
    {
        addEventHandler(QMetaType::fromType<Event>(), [handler](const Effect &effect) {
            return handler(effect.as<Event>());
        });
    }
    template<EffectValue Query, typename Function>
    void answerQuery(Function handler)
    {
        addQueryHandler(QMetaType::fromType<Query>(), [handler](const Effect &effect) {
            return QVariant::fromValue(handler(effect.as<Query>()));
        });
    }

    void addCommandHandler(QMetaType command, Handler handler);
    void addEventHandler(QMetaType event, Handler handler);
    void addQueryHandler(QMetaType query, QueryHandler handler);

    // Whether this effect may be queued: not a command nobody handles, not a query.
    Outcome<> checkQueueable(const Effect &effect) const;

    // Queues a command or an event that checkQueueable() accepts.
    void enqueue(const Effect &effect);
    // Handles queued effects until the queue is empty, including those produced meanwhile.
    void drain();
    bool isIdle() const { return m_queue.isEmpty(); }

    // Answers a query synchronously; an invalid QVariant means "nothing found". Refused when
    // nobody answers the query or its handler throws.
    Outcome<QVariant> ask(const Effect &query) const;

    // Sees every effect taken off the queue, before its handlers run.
    void setObserver(Observer observer);

private:
    QList<Effect> dispatch(const Effect &effect);
    QList<Effect> runHandler(const Handler &handler, const Effect &effect);

    QHash<QMetaType, Handler> m_commandHandlers;
    QHash<QMetaType, QList<Handler>> m_eventHandlers;
    QHash<QMetaType, QueryHandler> m_queryHandlers;
    QQueue<Effect> m_queue;
    Observer m_observer;
};
