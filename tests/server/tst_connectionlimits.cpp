// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameserver.h"
#include "loopbackserver.h"
#include "testclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// A TCP connection that keeps all the server sends, for requests no HTTP library would send.
class RawConnection
{
public:
    explicit RawConnection(quint16 port, const QHostAddress &from = QHostAddress::LocalHost)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitForConnected() { return m_socket.waitForConnected(TestClient::waitTimeoutMs); }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    // True once the server closed the connection (all it sent is then in received()).
    bool waitForClose()
    {
        QSignalSpy disconnected(&m_socket, &QTcpSocket::disconnected);
        return m_socket.state() == QAbstractSocket::UnconnectedState
                || disconnected.wait(TestClient::waitTimeoutMs);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    const QByteArray &received() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

const QByteArray postHeaders = "POST /commands HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\n";

} // namespace

// The limits below the HTTP and WebSocket code (docs/protocol.md, "Limits"): what one connection may
// send before it is answered, how long it may take, and how many connections the host keeps.
class TestConnectionLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAreRefusedFromTheirHeaders_data();
    void requestsAreRefusedFromTheirHeaders();
    void aRequestMustArriveWholeInTime();
    void anIdleConnectionIsClosed();
    void aWebSocketIsNotHeldToTheHttpTimeout();
    void connectionsAreCappedInTotal();
    void connectionsAreCappedPerAddress();
    void everyConnectionIsCountedUntilItEnds();
    void acceptingResumesAfterDescriptorsRunOut();
    void userCreationsAreLimitedPerAddress();
    void aClientThatDoesNotReadItsAnswersIsDropped();

private:
    static std::unique_ptr<GameServer> serverWith(const ConnectionLimits &limits);
};

std::unique_ptr<GameServer> TestConnectionLimits::serverWith(const ConnectionLimits &limits)
{
    ServerSettings settings;
    settings.connections = limits;
    return startLoopbackServer(settings);
}

void TestConnectionLimits::requestsAreRefusedFromTheirHeaders_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("message");
    // The headers announce 10 MB and no byte of the body follows: the answer comes from the headers.
    QTest::newRow("body over 64 KiB") << postHeaders + "Content-Length: 10000000\r\n\r\n"
                                      << "HTTP/1.1 413 "_ba << "the body is over 65536 bytes"_ba;
    QTest::newRow("chunked body") << postHeaders + "Transfer-Encoding: chunked\r\n\r\n4\r\n{}{}\r\n"
                                  << "HTTP/1.1 411 "_ba << "send the body with a Content-Length"_ba;
    QTest::newRow("headers over 16 KiB") << postHeaders + "X-Padding: " + QByteArray(20 * 1024, 'a')
                                         << "HTTP/1.1 431 "_ba << "the request headers are over 16384 bytes"_ba;
}

void TestConnectionLimits::requestsAreRefusedFromTheirHeaders()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, message);
    const auto server = startLoopbackServer();
    QVERIFY(server);
    RawConnection connection(server->port());
    QVERIFY(connection.waitForConnected());

    connection.write(request);

    QVERIFY(connection.waitForClose());
    QVERIFY2(connection.received().startsWith(statusLine), connection.received());
    QVERIFY(connection.received().contains("\"message\":\"" + message + '"'));
}

void TestConnectionLimits::aRequestMustArriveWholeInTime()
{
    ConnectionLimits limits;
    limits.httpRequestTimeoutMs = 300;
    const auto server = serverWith(limits);
    QVERIFY(server);
    RawConnection connection(server->port());
    QVERIFY(connection.waitForConnected());
    QElapsedTimer sinceConnected;
    sinceConnected.start();

    // Slowloris: a header byte every 20 ms keeps the connection busy and never ends the request.
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, [&] { connection.write("a"); });
    connection.write(postHeaders + "X-Slow: ");
    trickle.start(20);

    QVERIFY(connection.waitForClose());
    // Not long before its time (a coarse QTimer may fire up to 5 % early, more on a loaded machine).
    QVERIFY(sinceConnected.elapsed() >= limits.httpRequestTimeoutMs * 80 / 100);
    QVERIFY2(connection.received().startsWith("HTTP/1.1 408 "), connection.received());
    QVERIFY(connection.received().contains("the request did not arrive whole within 300 ms"));
}

void TestConnectionLimits::anIdleConnectionIsClosed()
{
    ConnectionLimits limits;
    limits.httpRequestTimeoutMs = 300;
    const auto server = serverWith(limits);
    QVERIFY(server);
    RawConnection connection(server->port());
    QVERIFY(connection.waitForConnected());

    connection.write("GET /protocol HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(connection.received().startsWith("HTTP/1.1 200 "));
    QVERIFY(connection.isOpen()); // kept alive for a next request...
    QVERIFY(connection.waitForClose()); // ...which never comes
    QCOMPARE(connection.received().count("HTTP/1.1"), 1);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestConnectionLimits::aWebSocketIsNotHeldToTheHttpTimeout()
{
    ConnectionLimits limits;
    limits.httpRequestTimeoutMs = 100;
    const auto server = serverWith(limits);
    QVERIFY(server);
    TestClient alice(server->port());
    QVERIFY(alice.openSocket());
    QVERIFY(alice.createUserOverSocket(u"Alice"_s));

    // Several HTTP timeouts later, the WebSocket still carries messages both ways.
    QTest::qWait(5 * limits.httpRequestTimeoutMs);
    QCOMPARE(alice.socket().state(), QAbstractSocket::ConnectedState);
    QVERIFY(alice.announce());
}

void TestConnectionLimits::connectionsAreCappedInTotal()
{
    ConnectionLimits limits;
    limits.maxConnections = 3;
    const auto server = serverWith(limits);
    QVERIFY(server);
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int index = 0; index < limits.maxConnections; ++index) {
        // From different addresses, so that only the total can refuse.
        held.push_back(std::make_unique<RawConnection>(
                server->port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 2))));
        QVERIFY(held.back()->waitForConnected());
    }
    QTRY_COMPARE(server->connectionCount(), limits.maxConnections);

    RawConnection refused(server->port(), QHostAddress(u"127.0.0.9"_s));
    QVERIFY(refused.waitForClose());
    QVERIFY2(refused.received().startsWith("HTTP/1.1 503 "), refused.received());
    QVERIFY(refused.received().contains("the host has 3 connections, its most"));

    // Room again once one leaves.
    held.front()->socket().disconnectFromHost();
    QTRY_COMPARE(server->connectionCount(), limits.maxConnections - 1);
    TestClient client(server->port());
    QCOMPARE(client.sendRequest("GET", u"/protocol"_s).status, 200);
}

void TestConnectionLimits::connectionsAreCappedPerAddress()
{
    ConnectionLimits limits;
    limits.maxConnectionsPerAddress = 2;
    const auto server = serverWith(limits);
    QVERIFY(server);
    const QHostAddress crowded(u"127.0.0.2"_s);
    RawConnection first(server->port(), crowded);
    RawConnection second(server->port(), crowded);
    QVERIFY(first.waitForConnected() && second.waitForConnected());
    QTRY_COMPARE(server->connectionCount(), 2);

    RawConnection third(server->port(), crowded);
    QVERIFY(third.waitForClose());
    QVERIFY2(third.received().startsWith("HTTP/1.1 503 "), third.received());
    QVERIFY(third.received().contains("the host has 2 connections from your address, its most"));

    // Another address is served as usual.
    TestClient client(server->port());
    QCOMPARE(client.sendRequest("GET", u"/protocol"_s).status, 200);
}

void TestConnectionLimits::everyConnectionIsCountedUntilItEnds()
{
    const auto server = startLoopbackServer();
    QVERIFY(server);
    {
        TestClient alice(server->port());
        QVERIFY(alice.openSocket());
        QVERIFY(alice.createUserOverSocket(u"Alice"_s));
        TestClient http(server->port());
        QCOMPARE(http.sendRequest("GET", u"/protocol"_s).status, 200);
        QTRY_COMPARE(server->connectionCount(), 2);
        QVERIFY(alice.closeSocket());
    }
    // Both the WebSocket and the HTTP connection are gone, and no longer count against the limits.
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestConnectionLimits::acceptingResumesAfterDescriptorsRunOut()
{
    const auto server = startLoopbackServer();
    QVERIFY(server);
    rlimit original{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
    const auto openDescriptors = qsizetype(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::System).size());

    // Each connection takes two descriptors of this process: the test's end and the server's.
    constexpr int room = 20;
    rlimit lowered = original;
    lowered.rlim_cur = rlim_t(openDescriptors + room);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot accept a connection"_s));
    {
        std::vector<std::unique_ptr<RawConnection>> crowd;
        for (int index = 0; index < room; ++index)
            crowd.push_back(std::make_unique<RawConnection>(server->port()));
        // Runs the event loop until the server has tried to accept them all.
        QTest::qWait(500);
    }
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);

    // The crowd is gone: the server accepts again without anyone's help.
    TestClient client(server->port());
    QCOMPARE(client.sendRequest("GET", u"/protocol"_s).status, 200);
}

void TestConnectionLimits::userCreationsAreLimitedPerAddress()
{
    ServerSettings settings;
    settings.userCreationsPerMinute = 2;
    const auto server = startLoopbackServer(settings);
    QVERIFY(server);
    const auto createUser = [&](const QHostAddress &from) {
        const QByteArray body = QJsonDocument(TestClient::envelope(
                u"command"_s, u"CreateUser"_s,
                {{u"operationId"_s, TestClient::newIdObject()}, {u"id"_s, TestClient::newIdObject()},
                 {u"alias"_s, u"Mallory"_s}})).toJson(QJsonDocument::Compact);
        RawConnection connection(server->port(), from);
        connection.write(postHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                         + body);
        // Every answer of the API is one JSON object.
        QTest::qWaitFor([&] { return connection.received().endsWith('}'); }, TestClient::waitTimeoutMs);
        return connection.received();
    };
    const QHostAddress crowded(u"127.0.0.2"_s);
    QVERIFY(createUser(crowded).startsWith("HTTP/1.1 200 "));
    QVERIFY(createUser(crowded).startsWith("HTTP/1.1 200 "));

    const QByteArray refused = createUser(crowded);
    QVERIFY2(refused.startsWith("HTTP/1.1 429 "), refused);
    QVERIFY(refused.contains("too many new users from your address: at most 2 a minute"));
    // Over a WebSocket from the same address as well.
    TestClient overSocket(server->port());
    QVERIFY(overSocket.openSocket());
    QVERIFY(createUser(QHostAddress::LocalHost).startsWith("HTTP/1.1 200 "));
    QVERIFY(createUser(QHostAddress::LocalHost).startsWith("HTTP/1.1 200 "));
    overSocket.send(u"CREATE_USER"_s, {{u"id"_s, TestClient::newIdObject()}, {u"alias"_s, u"Mallory"_s},
                                       {u"operationId"_s, TestClient::newIdObject()}});
    const auto refusedOverSocket = overSocket.waitFor(u"COMMAND_REJECTED"_s);
    QVERIFY(refusedOverSocket);
    QCOMPARE(refusedOverSocket->value(u"reason").toString(), u"RATE_LIMITED"_s);
    // Another address is not held to the first one's count.
    QVERIFY(createUser(QHostAddress(u"127.0.0.3"_s)).startsWith("HTTP/1.1 200 "));
}

void TestConnectionLimits::aClientThatDoesNotReadItsAnswersIsDropped()
{
    ConnectionLimits limits;
    limits.maxPendingSendBytes = 64 * 1024;
    const auto server = serverWith(limits);
    QVERIFY(server);
    // Asks for the protocol document again and again and never reads an answer; a small receive
    // buffer makes the answers pile up on the server's side sooner.
    QTcpSocket greedy;
    greedy.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    greedy.setReadBufferSize(1);
    greedy.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(greedy.waitForConnected(TestClient::waitTimeoutMs));
    QSignalSpy dropped(&greedy, &QTcpSocket::disconnected);
    const QByteArray request = "GET /protocol HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (int sent = 0; sent < 5000 && dropped.isEmpty(); ++sent) {
        greedy.write(request);
        // One request at a time: QHttpServer 6.4 answers one per arrival.
        QTest::qWaitFor([&] { return greedy.bytesToWrite() == 0; }, TestClient::waitTimeoutMs);
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(!dropped.isEmpty());

    // Everyone else is served as usual.
    TestClient client(server->port());
    QCOMPARE(client.sendRequest("GET", u"/protocol"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
