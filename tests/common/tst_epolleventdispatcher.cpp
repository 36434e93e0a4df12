// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "epolleventdispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

// The whole test runs on EpollEventDispatcher (see main below): the main thread's loop, and the
// QTest waits and QTRY_ macros that turn it, are the dispatcher under test.
class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMainThreadRunsOnTheDispatcher();
    void timersFireInTheOrderTheyAreDue();
    void aRepeatingTimerRepeatsUntilStopped();
    void remainingTimeCountsDown();
    void aTimerStoppedByAnotherDueWithItDoesNotFire();
    void aZeroTimerDoesNotStarveSockets();
    void aNestedLoopDoesNotRefireTheTimerThatRunsIt();
    void socketsCarryDataBothWays();
    void aPeerThatGoesAwayIsSeen();
    void manySocketsAreServed();
    void anotherThreadWakesTheLoop();
    void aThreadRunsOnTheDispatcherAndQuits();
};

void TestEpollEventDispatcher::theMainThreadRunsOnTheDispatcher()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollEventDispatcher::timersFireInTheOrderTheyAreDue()
{
    QList<int> fired;
    QTimer::singleShot(60, Qt::PreciseTimer, this, [&] { fired.append(60); });
    QTimer::singleShot(20, Qt::PreciseTimer, this, [&] { fired.append(20); });
    QTimer::singleShot(40, Qt::PreciseTimer, this, [&] { fired.append(40); });
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE(fired.size(), 3);
    QCOMPARE(fired, QList<int>({20, 40, 60}));
    QVERIFY2(clock.elapsed() >= 60, "a timer fired before it was due");
}

void TestEpollEventDispatcher::aRepeatingTimerRepeatsUntilStopped()
{
    QTimer timer;
    timer.setInterval(5);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++ticks == 4)
            timer.stop();
    });
    timer.start();
    QTRY_COMPARE(ticks, 4);
    QVERIFY(!timer.isActive());
    // Stopped means unregistered: nothing of it is left to fire.
    QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&timer).size(), 0);
}

void TestEpollEventDispatcher::remainingTimeCountsDown()
{
    QTimer timer;
    timer.start(10'000);
    const int remaining = timer.remainingTime();
    QVERIFY2(remaining > 9'000 && remaining <= 10'000, qPrintable(QString::number(remaining)));
    const auto registered = QAbstractEventDispatcher::instance()->registeredTimers(&timer);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.constFirst().interval, 10'000);
    timer.stop();
    QCOMPARE(timer.remainingTime(), -1);
}

namespace {

// Records the timers it hears; kills another object's timer when its own fires.
class TimerRecorder : public QObject
{
public:
    QList<int> heard;
    TimerRecorder *victim = nullptr;
    int victimTimer = 0;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        heard.append(event->timerId());
        killTimer(event->timerId());
        if (victim)
            victim->killTimer(victimTimer);
    }
};

} // namespace

void TestEpollEventDispatcher::aTimerStoppedByAnotherDueWithItDoesNotFire()
{
    TimerRecorder killer;
    TimerRecorder victim;
    const int killerTimer = killer.startTimer(5, Qt::PreciseTimer);
    killer.victim = &victim;
    killer.victimTimer = victim.startTimer(5, Qt::PreciseTimer);
    // Both overdue when the loop next turns, so both are due in the same pass; the killer was
    // due first and stops the victim before its turn comes.
    QThread::msleep(20);
    QCoreApplication::processEvents();
    QCOMPARE(killer.heard, QList<int>({killerTimer}));
    QCOMPARE(victim.heard, QList<int>());
}

void TestEpollEventDispatcher::aZeroTimerDoesNotStarveSockets()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());

    QTimer busy;
    int turns = 0;
    connect(&busy, &QTimer::timeout, this, [&] { ++turns; });
    busy.start(0);
    client.write("hello");
    QByteArray received;
    QTRY_COMPARE(received += accepted->readAll(), QByteArray("hello"));
    busy.stop();
    QVERIFY2(turns > 0, "the zero timer never ran");
}

void TestEpollEventDispatcher::aNestedLoopDoesNotRefireTheTimerThatRunsIt()
{
    QTimer outer;
    outer.setInterval(1);
    int outerRuns = 0;
    int innerTicks = 0;
    QTimer inner;
    inner.setInterval(2);
    connect(&inner, &QTimer::timeout, this, [&] { ++innerTicks; });
    connect(&outer, &QTimer::timeout, this, [&] {
        if (++outerRuns > 1)
            return;
        // The slot of a 1 ms timer runs a 40 ms loop: other timers go on, this one waits.
        QEventLoop nested;
        QTimer::singleShot(40, &nested, &QEventLoop::quit);
        inner.start();
        nested.exec();
        inner.stop();
    });
    outer.start();
    QTRY_VERIFY(outerRuns >= 2);
    outer.stop();
    QVERIFY2(innerTicks >= 3, qPrintable(QString::number(innerTicks)));
}

void TestEpollEventDispatcher::socketsCarryDataBothWays()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());

    // More than a socket buffer: the writer must wait for the write notifier several times.
    const QByteArray payload(8 * 1024 * 1024, 'x');
    accepted->write(payload);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() == payload.size(), 20'000);
    QCOMPARE(received, payload);
    QCOMPARE(accepted->bytesToWrite(), 0);

    client.write("and back");
    QByteArray answer;
    QTRY_COMPARE(answer += accepted->readAll(), QByteArray("and back"));
}

void TestEpollEventDispatcher::aPeerThatGoesAwayIsSeen()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = std::make_unique<QTcpSocket>();
    client->connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QSignalSpy disconnected(accepted.get(), &QTcpSocket::disconnected);
    client->abort();
    client.reset();
    QTRY_COMPARE(disconnected.size(), 1);
}

void TestEpollEventDispatcher::manySocketsAreServed()
{
    // Two descriptors a pair, within the usual limit of 1 024.
    constexpr int pairs = 400;
    QTcpServer server;
    server.setMaxPendingConnections(pairs);
    server.setListenBacklogSize(pairs);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<std::unique_ptr<QTcpSocket>> accepted;
    for (int index = 0; index < pairs; ++index) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
    }
    const auto acceptAll = [&] {
        while (server.hasPendingConnections())
            accepted.emplace_back(server.nextPendingConnection());
        return int(accepted.size());
    };
    QTRY_COMPARE_WITH_TIMEOUT(acceptAll(), pairs, 20'000);
    // Every accepted socket echoes; only one conversation is ever busy at a time.
    int echoed = 0;
    for (const auto &socket : accepted) {
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::readyRead, this, [raw, &echoed] {
            raw->write(raw->readAll());
            ++echoed;
        });
    }
    for (int index = 0; index < pairs; index += 40) {
        QTcpSocket &client = *clients[index];
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        client.write(QByteArray::number(index));
        QByteArray echo;
        QTRY_COMPARE(echo += client.readAll(), QByteArray::number(index));
    }
    QCOMPARE(echoed, pairs / 40);
}

void TestEpollEventDispatcher::anotherThreadWakesTheLoop()
{
    // The main loop sleeps in epoll_wait with no timer due; a call queued from another thread
    // must wake it (postEvent calls wakeUp()).
    bool called = false;
    QThread *poster = QThread::create([this, &called] {
        QMetaObject::invokeMethod(this, [&called] { called = true; }, Qt::QueuedConnection);
    });
    poster->start();
    QTRY_VERIFY(called);
    QVERIFY(poster->wait(5'000));
    delete poster;
}

void TestEpollEventDispatcher::aThreadRunsOnTheDispatcherAndQuits()
{
    QThread worker;
    worker.setEventDispatcher(new EpollEventDispatcher);
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    QPointer<QAbstractEventDispatcher> dispatcherOfWorker;
    std::atomic<int> timerTicks = 0;
    QMetaObject::invokeMethod(context, [&] {
        dispatcherOfWorker = QAbstractEventDispatcher::instance();
        auto *timer = new QTimer(context);
        connect(timer, &QTimer::timeout, context, [&timerTicks] { ++timerTicks; });
        timer->start(1);
    });
    QTRY_VERIFY(timerTicks >= 5);
    QVERIFY(qobject_cast<EpollEventDispatcher *>(dispatcherOfWorker.data()));
    // quit() interrupts a loop that may be asleep in epoll_wait; the context goes with the thread.
    context->deleteLater();
    worker.quit();
    QVERIFY(worker.wait(5'000));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
