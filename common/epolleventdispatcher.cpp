// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QVarLengthArray>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

// Ready sockets taken from the kernel per wait; more simply wait for the next turn.
constexpr int maxReadyPerWait = 256;

quint32 epollEventsOf(QSocketNotifier::Type type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return EPOLLIN;
    case QSocketNotifier::Write:
        return EPOLLOUT;
    case QSocketNotifier::Exception:
        return EPOLLPRI;
    }
    return 0;
}

// What wakes each kind of notifier. A hang-up or an error wakes readers and writers alike: epoll
// reports them whatever was asked, and a socket that only waits to write must learn of them too.
bool wakes(quint32 readyEvents, QSocketNotifier::Type type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return readyEvents & (EPOLLIN | EPOLLHUP | EPOLLERR);
    case QSocketNotifier::Write:
        return readyEvents & (EPOLLOUT | EPOLLHUP | EPOLLERR);
    case QSocketNotifier::Exception:
        return readyEvents & EPOLLPRI;
    }
    return false;
}

int millisecondsUntil(std::chrono::steady_clock::time_point due, std::chrono::steady_clock::time_point now)
{
    if (due <= now)
        return 0;
    // Rounded up: waking a little early would only mean waiting again.
    return int(std::chrono::ceil<std::chrono::milliseconds>(due - now).count());
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeUpEvent(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeUpEvent < 0)
        qFatal("EpollEventDispatcher: no epoll or eventfd: %s", std::strerror(errno));
    epoll_event wakeUps{};
    wakeUps.events = EPOLLIN;
    wakeUps.data.fd = m_wakeUpEvent;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeUpEvent, &wakeUps) != 0)
        qFatal("EpollEventDispatcher: cannot watch its wake-up descriptor: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    close(m_wakeUpEvent);
    close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool includeSockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool mayBlock = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (mayBlock)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load())
        return false;

    int timeoutMs = mayBlock ? -1 : 0;
    if (includeTimers)
        timeoutMs = waitMilliseconds(mayBlock);

    int activated = 0;
    applyPendingChanges();
    if (includeSockets) {
        epoll_event ready[maxReadyPerWait];
        const int readyCount = epoll_wait(m_epoll, ready, maxReadyPerWait, timeoutMs);
        if (readyCount > 0)
            activated += activateReadySockets(ready, readyCount);
        else if (readyCount < 0 && errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait failed: %s", std::strerror(errno));
    } else {
        // Ready sockets would end every wait at once: wait for a wake-up or a timer only.
        pollfd wakeUps{m_wakeUpEvent, POLLIN, 0};
        if (poll(&wakeUps, 1, timeoutMs) > 0) {
            drainWakeUps();
            ++activated;
        }
    }
    if (includeTimers)
        activated += activateDueTimers();
    return activated > 0;
}

int EpollEventDispatcher::activateReadySockets(const epoll_event *ready, int readyCount)
{
    struct Pending
    {
        QSocketNotifier *notifier;
        int descriptor;
        int type;
    };
    // Collected first: a notifier's slot may register or remove others, even on other sockets.
    QVarLengthArray<Pending, 64> pending;
    int activated = 0;
    for (int index = 0; index < readyCount; ++index) {
        const int descriptor = ready[index].data.fd;
        if (descriptor == m_wakeUpEvent) {
            drainWakeUps();
            ++activated;
            continue;
        }
        const auto watch = m_watches.constFind(descriptor);
        if (watch == m_watches.cend())
            continue;
        for (int type = 0; type < 3; ++type) {
            QSocketNotifier *notifier = watch->notifiers[type];
            if (notifier && wakes(ready[index].events, QSocketNotifier::Type(type)))
                pending.append({notifier, descriptor, type});
        }
    }
    for (const Pending &next : pending) {
        const auto watch = m_watches.constFind(next.descriptor);
        if (watch == m_watches.cend() || watch->notifiers[next.type] != next.notifier)
            continue;
        QEvent activation(QEvent::SockAct);
        QCoreApplication::sendEvent(next.notifier, &activation);
        ++activated;
    }
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int descriptor = int(notifier->socket());
    Watch &watch = m_watches[descriptor];
    watch.notifiers[notifier->type()] = notifier;
    updateWatch(descriptor, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int descriptor = int(notifier->socket());
    const auto watch = m_watches.find(descriptor);
    if (watch == m_watches.end() || watch->notifiers[notifier->type()] != notifier)
        return;
    watch->notifiers[notifier->type()] = nullptr;
    updateWatch(descriptor, *watch);
    if (watch->kernelEvents == 0)
        m_watches.erase(watch);
}

quint32 EpollEventDispatcher::wantedEvents(const Watch &watch)
{
    quint32 wanted = 0;
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type])
            wanted |= epollEventsOf(QSocketNotifier::Type(type));
    }
    return wanted;
}

void EpollEventDispatcher::updateWatch(int descriptor, Watch &watch)
{
    const quint32 wanted = wantedEvents(watch);
    // A socket's write notifier is turned on by each write and off once the data is out, often
    // within one turn of the loop (a server flushes what it sends). Such changes wait until the
    // loop is about to wait, and cost nothing when they cancel out. A descriptor that comes or
    // goes is told at once: its number may be reused before the loop waits again.
    if (wanted == 0 || watch.kernelEvents == 0) {
        tellKernel(descriptor, watch, wanted);
    } else if (wanted != watch.kernelEvents && !watch.changePending) {
        watch.changePending = true;
        m_pendingChanges.append(descriptor);
    }
}

void EpollEventDispatcher::applyPendingChanges()
{
    for (const int descriptor : std::exchange(m_pendingChanges, {})) {
        const auto watch = m_watches.find(descriptor);
        if (watch == m_watches.end() || !watch->changePending)
            continue;
        watch->changePending = false;
        tellKernel(descriptor, *watch, wantedEvents(*watch));
    }
}

void EpollEventDispatcher::tellKernel(int descriptor, Watch &watch, quint32 events)
{
    if (events == watch.kernelEvents)
        return;
    epoll_event change{};
    change.events = events;
    change.data.fd = descriptor;
    int operation = events == 0 ? EPOLL_CTL_DEL : watch.kernelEvents == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    int result = epoll_ctl(m_epoll, operation, descriptor, &change);
    // A descriptor closed while watched leaves epoll by itself, and its number may come back.
    if (result != 0 && errno == ENOENT && operation == EPOLL_CTL_MOD)
        result = epoll_ctl(m_epoll, operation = EPOLL_CTL_ADD, descriptor, &change);
    else if (result != 0 && errno == EEXIST && operation == EPOLL_CTL_ADD)
        result = epoll_ctl(m_epoll, operation = EPOLL_CTL_MOD, descriptor, &change);
    // Qt closes some descriptors before it removes their notifiers; epoll forgot them already.
    if (result != 0 && !(operation == EPOLL_CTL_DEL && (errno == ENOENT || errno == EBADF)))
        qWarning("EpollEventDispatcher: cannot watch socket %d: %s", descriptor, std::strerror(errno));
    watch.kernelEvents = events;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (const auto previous = m_timers.find(timerId); previous != m_timers.end())
        forget(previous);
    Timer &timer = m_timers[timerId];
    timer.intervalMs = interval;
    timer.type = timerType;
    timer.object = object;
    timer.registration = ++m_registrations;
    timer.dueEntry = m_timersByDue.emplace(Clock::now() + std::chrono::milliseconds(interval), timerId);
    m_timersOfObject.insert(object, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto timer = m_timers.find(timerId);
    if (timer == m_timers.end())
        return false;
    forget(timer);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const QList<int> timerIds = m_timersOfObject.values(object);
    for (const int timerId : timerIds)
        unregisterTimer(timerId);
    return !timerIds.isEmpty();
}

void EpollEventDispatcher::forget(QHash<int, Timer>::iterator timer)
{
    m_timersByDue.erase(timer->dueEntry);
    m_timersOfObject.remove(timer->object, timer.key());
    m_timers.erase(timer);
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto entry = m_timersOfObject.constFind(object); entry != m_timersOfObject.cend() && entry.key() == object;
         ++entry) {
        const Timer &timer = m_timers[entry.value()];
        timers.append(TimerInfo(entry.value(), int(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto timer = m_timers.constFind(timerId);
    if (timer == m_timers.cend())
        return -1;
    return millisecondsUntil(timer->dueEntry->first, Clock::now());
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, Clock::time_point due)
{
    m_timersByDue.erase(timer.dueEntry);
    timer.dueEntry = m_timersByDue.emplace(due, timerId);
}

int EpollEventDispatcher::waitMilliseconds(bool mayBlock) const
{
    if (!mayBlock)
        return 0;
    for (const auto &[due, timerId] : m_timersByDue) {
        // A timer whose slot is still running (a nested loop) is not due again until it returns.
        if (!m_timers[timerId].delivering)
            return millisecondsUntil(due, Clock::now());
    }
    return -1;
}

int EpollEventDispatcher::activateDueTimers()
{
    const Clock::time_point now = Clock::now();
    QVarLengthArray<std::pair<int, quint64>, 32> due;
    for (auto entry = m_timersByDue.cbegin(); entry != m_timersByDue.cend() && entry->first <= now; ++entry) {
        const Timer &timer = m_timers[entry->second];
        if (!timer.delivering)
            due.append({entry->second, timer.registration});
    }
    // Each is set to its next due time before any is delivered, as a slot may stop or restart
    // timers; a timer that fell behind skips the turns it missed instead of firing in a burst.
    for (const auto &[timerId, registration] : due) {
        Timer &timer = m_timers[timerId];
        const auto interval = std::chrono::milliseconds(timer.intervalMs);
        const Clock::time_point next = timer.dueEntry->first + interval;
        schedule(timerId, timer, next > now ? next : now + interval);
    }
    int activated = 0;
    for (const auto &[timerId, registration] : due) {
        auto timer = m_timers.find(timerId);
        if (timer == m_timers.end() || timer->registration != registration)
            continue;
        timer->delivering = true;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer->object, &event);
        ++activated;
        timer = m_timers.find(timerId);
        if (timer != m_timers.end() && timer->registration == registration)
            timer->delivering = false;
    }
    return activated;
}

void EpollEventDispatcher::wakeUp()
{
    // One write stands for any number of wake-ups until the loop has read it.
    if (!m_wakeUpPending.exchange(true))
        eventfd_write(m_wakeUpEvent, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    eventfd_t count = 0;
    eventfd_read(m_wakeUpEvent, &count);
    m_wakeUpPending.store(false);
}
