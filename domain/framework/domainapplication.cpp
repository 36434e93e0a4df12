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
    connect(this, &DomainApplication::effectSubmitted, m_runtime, &DomainRuntime::process,
            Qt::QueuedConnection);
    connect(m_runtime, &DomainRuntime::effectHandled, this, &DomainApplication::effectHandled,
            Qt::DirectConnection);
}

DomainApplication::~DomainApplication()
{
    if (m_thread.isRunning())
        stop();
    else
        delete m_runtime; // never started: no thread will delete it
}

void DomainApplication::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    // Handlers must exist before the first submit() checks for them.
    QMetaObject::invokeMethod(m_runtime, &DomainRuntime::initialize, Qt::BlockingQueuedConnection);
}

void DomainApplication::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_runtime = nullptr;
}

QString DomainApplication::submit(const Effect &effect)
{
    if (!m_thread.isRunning())
        return QStringLiteral("the domain is not running");
    const QString refusal = m_runtime->bus().refusalFor(effect);
    if (refusal.isEmpty())
        Q_EMIT effectSubmitted(effect);
    return refusal;
}

QVariant DomainApplication::ask(const Effect &query, QString *error)
{
    if (!m_thread.isRunning()) {
        if (error)
            *error = QStringLiteral("the domain is not running");
        return {};
    }
    if (QThread::currentThread() == &m_thread)
        return m_runtime->ask(query, error);
    QVariant result;
    QString failure;
    QMetaObject::invokeMethod(
            m_runtime, [&] { result = m_runtime->ask(query, &failure); },
            Qt::BlockingQueuedConnection);
    if (error)
        *error = failure;
    return result;
}
