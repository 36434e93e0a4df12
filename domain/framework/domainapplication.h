// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"
#include "modulefactory.h"
#include "outcome.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QThread>

#include <memory>

class Clock;
class DomainRuntime;

// Scuti's DomainApplication: builds the modules on a dedicated domain thread and feeds that thread's
// FIFO. Thread-safe: submit() and ask() may be called from any thread. What is submitted while the
// domain is busy waits in an inbox and is handled as one unit of work: under load, one commit
// stores many effects instead of one each.
class DomainApplication : public QObject
{
    Q_OBJECT

public:
    DomainApplication(ModuleFactory moduleFactory, std::shared_ptr<Clock> clock,
                      QObject *parent = nullptr);
    ~DomainApplication() override;

    // Builds the modules and opens their storage on the domain thread; refused when it cannot.
    Outcome<> start();
    void stop();

    // Queues a command or an event; refused for a command without a handler, when stopped, or
    // (DOMAIN_BUSY) when queueLimit() effects already wait to be handled.
    Outcome<> submit(const Effect &effect);
    qsizetype queueLimit() const { return m_queueLimit; }
    void setQueueLimit(qsizetype limit) { m_queueLimit = limit; }
    // Handles the effects as one unit of work and returns once it is stored. It blocks the
    // caller: only for what must be stored before the caller answers (a new user's credential).
    Outcome<> submitAndWait(const QList<Effect> &effects);
    // Answers a query synchronously; an invalid QVariant means "nothing found".
    Outcome<QVariant> ask(const Effect &query);

Q_SIGNALS:
    // Emitted on the domain thread once per unit of work, once it is stored: every command and
    // event it handled, in order.
    void effectsHandled(const QList<Effect> &effects);

private:
    void handleInbox();

    std::shared_ptr<Clock> m_clock;
    // Held for reading while a caller uses the runtime, for writing while stop() takes it away.
    QReadWriteLock m_lifecycle{QReadWriteLock::Recursive};
    QThread m_thread;
    DomainRuntime *m_runtime = nullptr;
    QMutex m_inboxMutex;
    QList<Effect> m_inbox;
    // Effects submitted and not yet taken by the domain thread: a flood meets a bound, not memory.
    QAtomicInteger<qsizetype> m_queued = 0;
    qsizetype m_queueLimit = 10000;
};
