// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The server a hosting window starts: on a thread of its own, so that the window's thread can be
// busy (drawing, or stuck) while players are served.
#include "embeddedgamehost.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

class TestEmbeddedGameHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theServerRunsOnItsOwnThread();
    void theServerAnswersWhileTheWindowThreadIsBusy();
    void stoppingFreesThePort();
    void theServerGivesWayToTheWindow();

private:
    static std::unique_ptr<EmbeddedGameHost> newHost();
};

std::unique_ptr<EmbeddedGameHost> TestEmbeddedGameHost::newHost()
{
    ServerSettings server;
    server.host = QHostAddress::LocalHost;
    server.port = 0;
    DiscoverySettings discovery;
    discovery.enabled = false;
    return std::make_unique<EmbeddedGameHost>(server, discovery);
}

namespace {

// A whole HTTP exchange with blocking calls, as a thread without an event loop makes it.
QByteArray getProtocol(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /protocol HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    // The answer is one JSON object.
    while (!answer.endsWith('}') && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}

} // namespace

void TestEmbeddedGameHost::theServerRunsOnItsOwnThread()
{
    const auto host = newHost();
    const Outcome<LocalGameHost::Endpoint> endpoint =
            host->start(QStringLiteral("Alice"), LocalGameHost::Reach::Network);
    QVERIFY(endpoint);
    QVERIFY(endpoint->port != 0);
    QVERIFY(host->serverThread().isRunning());
    QVERIFY(&host->serverThread() != QThread::currentThread());
}

namespace {

// The nice value of each of this process's threads, by thread name.
QMultiHash<QString, int> niceValuesOfThreads()
{
    QMultiHash<QString, int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        // The fields after the command's closing parenthesis: state is the first, nice the 17th.
        const QByteArray statLine = stat.readAll();
        const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
        values.insert(QString::fromUtf8(comm.readAll().trimmed()), fields.value(16).toInt());
    }
    return values;
}

} // namespace

void TestEmbeddedGameHost::theServerGivesWayToTheWindow()
{
    const auto host = newHost();
    QVERIFY(host->start(QStringLiteral("Alice"), LocalGameHost::Reach::Network));

    const QMultiHash<QString, int> niceValues = niceValuesOfThreads();
    // A host of the test before may still be ending its threads: every one of them is niced too.
    for (const QString &name : {QStringLiteral("game server"), QStringLiteral("domain")}) {
        const QList<int> values = niceValues.values(name);
        QVERIFY2(!values.isEmpty(), qPrintable(name));
        QVERIFY2(std::all_of(values.cbegin(), values.cend(), [](int nice) { return nice == 10; }), qPrintable(name));
    }
    QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), 0);
}

void TestEmbeddedGameHost::theServerAnswersWhileTheWindowThreadIsBusy()
{
    const auto host = newHost();
    const Outcome<LocalGameHost::Endpoint> endpoint =
            host->start(QStringLiteral("Alice"), LocalGameHost::Reach::Network);
    QVERIFY(endpoint);

    // This thread (the window's) waits without running its event loop while a client is served.
    QByteArray answer;
    std::unique_ptr<QThread> client(QThread::create([&] { answer = getProtocol(endpoint->port); }));
    client->start();
    QVERIFY(client->wait(10000));

    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QVERIFY(answer.contains("\"protocolVersion\""));
}

void TestEmbeddedGameHost::stoppingFreesThePort()
{
    auto host = newHost();
    const Outcome<LocalGameHost::Endpoint> endpoint =
            host->start(QStringLiteral("Alice"), LocalGameHost::Reach::Network);
    QVERIFY(endpoint);
    host.reset();

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, endpoint->port);
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestEmbeddedGameHost)
#include "tst_embeddedgamehost.moc"
