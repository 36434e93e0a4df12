// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domainapplication.h"

#include "clock.h"
#include "domainruntime.h"

DomainApplication::DomainApplication(ModuleFactory moduleFactory, std::shared_ptr<Clock> clock,
                                     QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_runtime(new DomainRuntime(std::move(moduleFactory), *m_clock))
{
    m_thread.setObjectName(QStringLiteral("domain"));
    m_runtime->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runtime, &QObject::deleteLater);
    connect(m_runtime, &DomainRuntime::effectsHandled, this, &DomainApplication::effectsHandled,
            Qt::DirectConnection);
}

DomainApplication::~DomainApplication()
{
    if (m_thread.isRunning())
        stop();
    else
        delete m_runtime; // never started: no thread will delete it
}

Outcome<> DomainApplication::start()
{
    if (m_thread.isRunning())
        return {};
    m_thread.start();
    // Handlers must exist before the first submit() checks for them.
    Outcome<> initialized;
    QMetaObject::invokeMethod(
            m_runtime, [&] { initialized = m_runtime->initialize(); }, Qt::BlockingQueuedConnection);
    if (!initialized)
        stop();
    return initialized;
}

void DomainApplication::stop()
{
    QWriteLocker locker(&m_lifecycle);
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_runtime = nullptr;
}

namespace {

std::unexpected<Refusal> notRunning()
{
    return refuse(QStringLiteral("DOMAIN_STOPPED"), QStringLiteral("the domain is not running"));
}

} // namespace

Outcome<> DomainApplication::submit(const Effect &effect)
{
    QReadLocker locker(&m_lifecycle);
    if (!m_thread.isRunning())
        return notRunning();
    const Outcome<> queueable = m_runtime->bus().checkQueueable(effect);
    if (!queueable)
        return queueable;
    if (m_queued.fetchAndAddRelaxed(1) >= m_queueLimit) {
        m_queued.fetchAndSubRelaxed(1);
        return refuse(QStringLiteral("DOMAIN_BUSY"),
                      QStringLiteral("the host is busy: %1 messages wait to be handled").arg(m_queueLimit));
    }
    bool wasEmpty = false;
    {
        QMutexLocker inbox(&m_inboxMutex);
        wasEmpty = m_inbox.isEmpty();
        m_inbox.append(effect);
    }
    // One call takes everything that arrives until it runs; later submissions wait for the next.
    if (wasEmpty)
        QMetaObject::invokeMethod(m_runtime, [this] { handleInbox(); }, Qt::QueuedConnection);
    return {};
}

void DomainApplication::handleInbox()
{
    QList<Effect> effects;
    {
        QMutexLocker inbox(&m_inboxMutex);
        effects.swap(m_inbox);
    }
    m_queued.fetchAndSubRelaxed(effects.size());
    m_runtime->processInTurn(effects);
}

Outcome<> DomainApplication::submitAndWait(const QList<Effect> &effects)
{
    QReadLocker locker(&m_lifecycle);
    if (!m_thread.isRunning())
        return notRunning();
    for (const Effect &effect : effects) {
        if (const Outcome<> queueable = m_runtime->bus().checkQueueable(effect); !queueable)
            return queueable;
    }
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(
            m_runtime, [&] { m_runtime->processAll(effects); }, Qt::BlockingQueuedConnection);
    return {};
}

Outcome<QVariant> DomainApplication::ask(const Effect &query)
{
    QReadLocker locker(&m_lifecycle);
    if (!m_thread.isRunning())
        return notRunning();
    if (QThread::currentThread() == &m_thread)
        return m_runtime->ask(query);
    Outcome<QVariant> result = notRunning();
    QMetaObject::invokeMethod(
            m_runtime, [&] { result = m_runtime->ask(query); }, Qt::BlockingQueuedConnection);
    return result;
}
