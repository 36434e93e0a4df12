// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {

volatile sig_atomic_t previousHandlerCalls = 0;

void countingHandler(int)
{
    previousHandlerCalls = previousHandlerCalls + 1;
}

} // namespace

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliversASignalThroughTheEventLoop();
    void deliversSeveralSignalsInOrder();
    void restoresThePreviousHandlerWhenDestroyed();
    void refusesASecondInstance();

private:
    struct sigaction m_savedUser1 = {};
    struct sigaction m_savedUser2 = {};
};

void TestUnixSignalWatcher::init()
{
    previousHandlerCalls = 0;
    struct sigaction counting = {};
    counting.sa_handler = countingHandler;
    sigemptyset(&counting.sa_mask);
    QCOMPARE(::sigaction(SIGUSR1, &counting, &m_savedUser1), 0);
    QCOMPARE(::sigaction(SIGUSR2, &counting, &m_savedUser2), 0);
}

void TestUnixSignalWatcher::cleanup()
{
    ::sigaction(SIGUSR1, &m_savedUser1, nullptr);
    ::sigaction(SIGUSR2, &m_savedUser2, nullptr);
}

void TestUnixSignalWatcher::deliversASignalThroughTheEventLoop()
{
    UnixSignalWatcher watcher({SIGUSR1});
    QVERIFY(watcher.isWatching());
    QSignalSpy received(&watcher, &UnixSignalWatcher::signalReceived);

    QCOMPARE(::raise(SIGUSR1), 0);
    // The handler only wrote a byte: the Qt signal waits for the event loop.
    QCOMPARE(received.count(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.at(0).at(0).toInt(), SIGUSR1);
    QCOMPARE(int(previousHandlerCalls), 0);
}

void TestUnixSignalWatcher::deliversSeveralSignalsInOrder()
{
    UnixSignalWatcher watcher({SIGUSR1, SIGUSR2});
    QVERIFY(watcher.isWatching());
    QSignalSpy received(&watcher, &UnixSignalWatcher::signalReceived);

    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(::raise(SIGUSR1), 0);
    QCOMPARE(::raise(SIGUSR2), 0);

    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 5000);
    QCOMPARE(received.at(0).at(0).toInt(), SIGUSR2);
    QCOMPARE(received.at(1).at(0).toInt(), SIGUSR1);
    QCOMPARE(received.at(2).at(0).toInt(), SIGUSR2);
    QCOMPARE(int(previousHandlerCalls), 0);
}

void TestUnixSignalWatcher::restoresThePreviousHandlerWhenDestroyed()
{
    {
        UnixSignalWatcher watcher({SIGUSR1});
        QVERIFY(watcher.isWatching());
    }
    QCOMPARE(::raise(SIGUSR1), 0);
    QCOMPARE(int(previousHandlerCalls), 1);
}

void TestUnixSignalWatcher::refusesASecondInstance()
{
    UnixSignalWatcher first({SIGUSR1});
    QTest::ignoreMessage(QtWarningMsg, "another UnixSignalWatcher is already installed");
    UnixSignalWatcher second({SIGUSR2});
    QVERIFY(first.isWatching());
    QVERIFY(!second.isWatching());

    QSignalSpy receivedByFirst(&first, &UnixSignalWatcher::signalReceived);
    QCOMPARE(::raise(SIGUSR1), 0);
    QTRY_COMPARE_WITH_TIMEOUT(receivedByFirst.count(), 1, 5000);

    // The refused instance installed nothing, so SIGUSR2 still reaches the handler from before.
    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(int(previousHandlerCalls), 1);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
