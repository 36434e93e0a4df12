// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <QMultiHash>

#include <atomic>
#include <chrono>
#include <map>

class QSocketNotifier;

// An event dispatcher for threads that hold thousands of sockets. Qt's own (glib or poll()) hands
// the kernel every registered socket at every turn of the loop, so a turn costs in proportion to
// the connections held, busy or not; with epoll a turn costs in proportion to the sockets that are
// ready. Install it before the thread's loop starts: QCoreApplication::setEventDispatcher() before
// the application object, QThread::setEventDispatcher() before start(). Linux only.
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;
    using TimersByDue = std::multimap<Clock::time_point, int>;

    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        TimersByDue::iterator dueEntry;
        // Tells a timer from a later one that reuses its id while the first is being delivered.
        quint64 registration = 0;
        // A slot that runs a nested loop must not see its own timer fire inside it.
        bool delivering = false;
    };
    // The notifiers of one descriptor, by QSocketNotifier::Type, and what epoll watches for it.
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        quint32 kernelEvents = 0;
        bool changePending = false;
    };

    static quint32 wantedEvents(const Watch &watch);
    void updateWatch(int descriptor, Watch &watch);
    void applyPendingChanges();
    void tellKernel(int descriptor, Watch &watch, quint32 events);
    int waitMilliseconds(bool mayBlock) const;
    int activateReadySockets(const struct epoll_event *ready, int readyCount);
    int activateDueTimers();
    void schedule(int timerId, Timer &timer, Clock::time_point due);
    void forget(QHash<int, Timer>::iterator timer);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeUpEvent = -1;
    std::atomic<bool> m_wakeUpPending = false;
    std::atomic<bool> m_interrupted = false;
    QHash<int, Watch> m_watches;
    QList<int> m_pendingChanges;
    QHash<int, Timer> m_timers;
    QMultiHash<QObject *, int> m_timersOfObject;
    TimersByDue m_timersByDue;
    quint64 m_registrations = 0;
};
