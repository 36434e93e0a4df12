// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "joinlinks.h"
#include "lanbrowser.h"
#include "protocolcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

#include <csignal>
#include <sys/resource.h>
#include <memory>

namespace {

constexpr int processTimeoutMs = 15000;

const QString binary = QStringLiteral(TICTACTOE_BINARY);

// No display and no platform chosen: the headless paths must not need a GUI at all. The beacon
// target is loopback in case a run ever enables discovery.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("TICTACTOE_DISCOVERY_TARGET"), QStringLiteral("127.0.0.1"));
    return environment;
}

// A data directory of its own for each server the tests start, so none sees another's data.
QString freshDataDirectory()
{
    static QTemporaryDir root;
    static int created = 0;
    return root.filePath(QStringLiteral("data-%1").arg(++created));
}

QStringList serverArguments(const QString &port,
                            const QStringList &discovery = {QStringLiteral("--no-discovery")},
                            const QString &dataDirectory = freshDataDirectory())
{
    return QStringList{QStringLiteral("--server"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), port, QStringLiteral("--data-dir"), dataDirectory}
            + discovery;
}

QJsonObject idObject(const QUuid &id)
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
}

// POSTs {envelope: {type, payload}} to the server on loopback; returns the status and the body.
std::pair<int, QJsonObject> post(quint16 port, const QString &path, const QString &envelope,
                                 const QString &type, const QJsonObject &payload,
                                 const QByteArray &credential = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!credential.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + credential);
    const QJsonObject effect{{QStringLiteral("type"), type}, {QStringLiteral("payload"), payload}};
    std::unique_ptr<QNetworkReply> reply(network.post(
            request, QJsonDocument(QJsonObject{{envelope, effect}}).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(processTimeoutMs))
        return {0, {}};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void printsTheListeningLine();
    void printsTheBrowserLinks();
    void answersAnHttpQuery();
    void announcesItselfOnTheLan();
    void stopsCleanly_data();
    void stopsCleanly();
    void reportsAPortInUse();
    void keepsItsDataAcrossAKill();
    void takesEveryDescriptorItMay();
    void refusesDataAnotherHostHolds();
    void rejectsABadCommandLine_data();
    void rejectsABadCommandLine();
    void printsHelp();
    void printsVersion();

private:
    // Starts a server and reads the port from its "listening on" line; check
    // QTest::currentTestFailed() afterwards.
    void startServer(QProcess &process, quint16 *port,
                     const QString &portArgument = QStringLiteral("0"),
                     const QStringList &discovery = {QStringLiteral("--no-discovery")},
                     const QString &dataDirectory = freshDataDirectory());
    void runToCompletion(QProcess &process, const QStringList &arguments);
};

void TestServerProcess::startServer(QProcess &process, quint16 *port, const QString &portArgument,
                                    const QStringList &discovery, const QString &dataDirectory)
{
    process.setProcessEnvironment(headlessEnvironment());
    process.start(binary, serverArguments(portArgument, discovery, dataDirectory));
    QVERIFY2(process.waitForStarted(processTimeoutMs), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
                             processTimeoutMs);

    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression listening(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]+)\n$"));
    const QRegularExpressionMatch match = listening.match(line);
    QVERIFY2(match.hasMatch(),
             qPrintable(QStringLiteral("first line '%1', stderr '%2'")
                                .arg(line, QString::fromUtf8(process.readAllStandardError()))));
    *port = match.captured(1).toUShort();
    QVERIFY(*port != 0);
}

void TestServerProcess::runToCompletion(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(headlessEnvironment());
    process.start(binary, arguments);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, processTimeoutMs);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
}

void TestServerProcess::printsTheListeningLine()
{
    QProcess server;
    quint16 port = 0;
    startServer(server, &port);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.state(), QProcess::Running);
    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
    // Then only the link for a browser: nothing else was written to stdout for the whole run.
    QCOMPARE(QString::fromUtf8(server.readAllStandardOutput()),
             QStringLiteral("play in a browser on this computer only (the server listens on loopback): "
                            "http://127.0.0.1:%1/\n")
                     .arg(port));
}

// Listening on every address, it prints a link for each LAN address. The tests run in a network
// namespace with only loopback, where there is none: then the link is for this computer only.
void TestServerProcess::printsTheBrowserLinks()
{
    QProcess server;
    server.setProcessEnvironment(headlessEnvironment());
    server.start(binary, {QStringLiteral("--server"), QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                          freshDataDirectory(), QStringLiteral("--no-discovery")});
    QVERIFY2(server.waitForStarted(processTimeoutMs), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() == QProcess::NotRunning,
                             processTimeoutMs);
    static const QRegularExpression listening(QStringLiteral("^listening on http://0\\.0\\.0\\.0:([0-9]+)\n$"));
    const QString firstLine = QString::fromUtf8(server.readLine());
    const QRegularExpressionMatch match = listening.match(firstLine);
    QVERIFY2(match.hasMatch(), qPrintable(firstLine));
    const quint16 port = match.captured(1).toUShort();

    QStringList expected;
    const QList<QHostAddress> lanAddresses = JoinLinks::lanAddresses(QHostAddress::AnyIPv4);
    for (const QHostAddress &address : lanAddresses)
        expected.append(QStringLiteral("play in a browser: http://%1:%2/").arg(address.toString()).arg(port));
    if (expected.isEmpty()) {
        expected.append(QStringLiteral("play in a browser on this computer only (it has no network "
                                       "others can reach): http://127.0.0.1:%1/")
                                .arg(port));
    }
    QByteArray rest;
    QTRY_VERIFY_WITH_TIMEOUT((rest += server.readAll()).count('\n') >= expected.size(), processTimeoutMs);
    QCOMPARE(QString::fromUtf8(rest).split(u'\n', Qt::SkipEmptyParts), expected);
    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
}

void TestServerProcess::answersAnHttpQuery()
{
    QProcess server;
    quint16 port = 0;
    startServer(server, &port);
    if (QTest::currentTestFailed())
        return;

    QNetworkAccessManager network;
    // A proxy from the environment must not see the request: it stays on loopback.
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/queries").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject query{
        {QStringLiteral("type"), QStringLiteral("GetUsersOnline")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("operationId"),
                      QJsonObject{{QStringLiteral("id"), operationId}}}}},
    };
    const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);

    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(processTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QJsonParseError parseError;
    const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(answer.object().value(QStringLiteral("onlineUsers")).isArray());
    QCOMPARE(answer.object().value(QStringLiteral("onlineUsers")).toArray().size(), 0);
    QCOMPARE(answer.object()
                     .value(QStringLiteral("parentOperationId"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
             operationId);

    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
}

void TestServerProcess::announcesItselfOnTheLan()
{
    DiscoverySettings discovery;
    discovery.target = QHostAddress::LocalHost;
    discovery.port = 0;
    LanBrowser browser(discovery);
    QVERIFY(browser.start());

    QProcess server;
    quint16 port = 0;
    startServer(server, &port, QStringLiteral("0"),
                {QStringLiteral("--discovery-target"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--discovery-port"), QString::number(browser.boundPort())});
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(browser.hosts().size(), 1, 2000);
    QCOMPARE(browser.hosts().constFirst().port, port);
    QCOMPARE(browser.hosts().constFirst().alias, QStringLiteral("Dedicated server"));
    QCOMPARE(browser.hosts().constFirst().players, 0);

    // A player comes online, over the WebSocket as presence must: the next beacon says so.
    QWebSocket player;
    player.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy opened(&player, &QWebSocket::connected);
    player.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    QVERIFY(opened.wait(processTimeoutMs));
    const QUuid user = QUuid::createUuid();
    const auto sendToServer = [&](const QString &type, const QJsonObject &data) {
        player.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("server/") + type},
                                          {QStringLiteral("data"), data}})
                        .toJson(QJsonDocument::Compact)));
    };
    sendToServer(QStringLiteral("CLIENT_HELLO"), {{QStringLiteral("protocolVersion"), protocolVersion}});
    sendToServer(QStringLiteral("CREATE_USER"),
                 {{QStringLiteral("id"), idObject(user)}, {QStringLiteral("alias"), QStringLiteral("Alice")},
                  {QStringLiteral("operationId"), idObject(QUuid::createUuid())}});
    sendToServer(QStringLiteral("USER_CONNECTED"),
                 {{QStringLiteral("id"), idObject(user)}, {QStringLiteral("operationId"), idObject(QUuid::createUuid())}});
    QTRY_COMPARE_WITH_TIMEOUT(browser.hosts().constFirst().players, 1, 4000);

    // Stopping says goodbye: the host leaves the list at once, not after the expiry.
    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(browser.hosts().size(), 0, 2000);
}

void TestServerProcess::stopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerProcess::stopsCleanly()
{
    QFETCH(int, signalNumber);
    QProcess server;
    quint16 port = 0;
    startServer(server, &port);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(::kill(pid_t(server.processId()), signalNumber), 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestServerProcess::reportsAPortInUse()
{
    QProcess first;
    quint16 port = 0;
    startServer(first, &port);
    if (QTest::currentTestFailed())
        return;

    QProcess second;
    runToCompletion(second, serverArguments(QString::number(port)));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(second.exitCode() != 0);
    QCOMPARE(second.readAllStandardOutput(), QByteArray());
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.startsWith("tictactoe: "), error.constData());
    QVERIFY2(error.endsWith('\n') && error.count('\n') == 1, error.constData());

    // The failed start left the first server untouched.
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), QProcess::NotRunning, processTimeoutMs);
    QCOMPARE(first.exitCode(), 0);
}

void TestServerProcess::keepsItsDataAcrossAKill()
{
    const QString dataDirectory = freshDataDirectory();
    QProcess server;
    quint16 port = 0;
    startServer(server, &port, QStringLiteral("0"), {QStringLiteral("--no-discovery")}, dataDirectory);
    if (QTest::currentTestFailed())
        return;

    const QUuid alice = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    QHash<QUuid, QByteArray> credentials;
    for (const auto &[id, alias] : {std::pair{alice, QStringLiteral("Alice")}, std::pair{bob, QStringLiteral("Bob")}}) {
        const auto [status, body] = post(port, QStringLiteral("/commands"), QStringLiteral("command"),
                                         QStringLiteral("CreateUser"),
                                         {{QStringLiteral("id"), idObject(id)},
                                          {QStringLiteral("alias"), alias},
                                          {QStringLiteral("operationId"), idObject(QUuid::createUuid())}});
        QCOMPARE(status, 200);
        credentials.insert(id, body.value(QStringLiteral("credential")).toString().toUtf8());
    }
    const auto command = [&](const QUuid &actor, const QString &type, QJsonObject payload) {
        payload.insert(QStringLiteral("operationId"), idObject(QUuid::createUuid()));
        return post(port, QStringLiteral("/commands"), QStringLiteral("command"), type, payload,
                    credentials.value(actor))
                .first;
    };
    const auto startGame = [&](const QUuid &game) {
        QCOMPARE(command(alice, QStringLiteral("CreateGame"),
                         {{QStringLiteral("gameId"), idObject(game)}, {QStringLiteral("creator"), idObject(alice)}}),
                 200);
        for (const QUuid &player : {alice, bob}) {
            QCOMPARE(command(player, QStringLiteral("JoinGame"),
                             {{QStringLiteral("gameId"), idObject(game)}, {QStringLiteral("playerId"), idObject(player)}}),
                     200);
        }
    };
    const auto mark = [&](const QUuid &game, const QUuid &player, int x, int y) {
        return command(player, QStringLiteral("PlaceMark"),
                       {{QStringLiteral("gameId"), idObject(game)}, {QStringLiteral("player"), idObject(player)},
                        {QStringLiteral("x"), x}, {QStringLiteral("y"), y}});
    };
    const auto query = [&](const QString &type, QJsonObject payload = {}) {
        payload.insert(QStringLiteral("operationId"), idObject(QUuid::createUuid()));
        return post(port, QStringLiteral("/queries"), QStringLiteral("query"), type, payload);
    };
    const auto waitForMarks = [&](const QUuid &game, int count) {
        return QTest::qWaitFor([&] {
            const QJsonArray rows = query(QStringLiteral("GetGame"), {{QStringLiteral("gameId"), idObject(game)}})
                                            .second.value(QStringLiteral("board")).toArray();
            int marks = 0;
            for (const QJsonValue &row : rows) {
                for (const QJsonValue &cell : row.toArray())
                    marks += cell.isObject() ? 1 : 0;
            }
            return marks == count;
        }, processTimeoutMs);
    };

    // A first game Alice wins, then a second one she has opened in the centre.
    const QUuid first = QUuid::createUuid();
    startGame(first);
    const QList<std::tuple<QUuid, int, int>> topRow{{alice, 0, 0}, {bob, 0, 1}, {alice, 1, 0}, {bob, 1, 1}, {alice, 2, 0}};
    // One FIFO behind one HTTP connection at a time: each move lands before the next is sent.
    for (const auto &[player, x, y] : topRow)
        QCOMPARE(mark(first, player, x, y), 200);
    const QUuid second = QUuid::createUuid();
    QVERIFY(QTest::qWaitFor([&] {
        return query(QStringLiteral("GetTopThreePlayers")).second.value(QStringLiteral("list")).toArray().size() == 1;
    }, processTimeoutMs));
    startGame(second);
    QCOMPARE(mark(second, alice, 1, 1), 200);
    QVERIFY(waitForMarks(second, 1));

    // No goodbye: the process dies as in a crash or a power cut of the process alone.
    server.kill();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
    QProcess restarted;
    startServer(restarted, &port, QStringLiteral("0"), {QStringLiteral("--no-discovery")}, dataDirectory);
    if (QTest::currentTestFailed())
        return;

    const auto [fameStatus, fame] = query(QStringLiteral("GetTopThreePlayers"));
    QCOMPARE(fameStatus, 200);
    QCOMPARE(fame.value(QStringLiteral("list")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("id"), idObject(alice)}, {QStringLiteral("score"), 100}}}));
    QCOMPARE(query(QStringLiteral("GetUser"), {{QStringLiteral("id"), idObject(bob)}})
                     .second.value(QStringLiteral("user")).toObject().value(QStringLiteral("alias")),
             QJsonValue(QStringLiteral("Bob")));
    const QJsonObject game = query(QStringLiteral("GetGame"), {{QStringLiteral("gameId"), idObject(second)}}).second;
    QCOMPARE(game.value(QStringLiteral("stage")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(game.value(QStringLiteral("currentPlayer")).toObject(), idObject(bob));
    QCOMPARE(game.value(QStringLiteral("board")).toArray().at(1).toArray().at(1).toObject(), idObject(alice));
    // Its versions go on: 8 events before the kill, then the new turn the restart gave Bob.
    QCOMPARE(game.value(QStringLiteral("version")).toInt(), 9);
    // The first game's history is read back from its events in a process that has played nothing.
    const auto [historyStatus, history] = query(QStringLiteral("GetGameHistory"), {{QStringLiteral("gameId"), idObject(first)}});
    QCOMPARE(historyStatus, 200);
    QCOMPARE(history.value(QStringLiteral("moves")).toArray().size(), 5);
    QCOMPARE(history.value(QStringLiteral("game")).toObject().value(QStringLiteral("winner")).toObject(), idObject(alice));

    // The old credentials still prove who is who, and the game goes on to its end.
    QCOMPARE(mark(second, alice, 0, 0), 200); // not Alice's turn: refused inside the game, not here
    const QList<std::tuple<QUuid, int, int>> rest{{bob, 0, 0}, {alice, 0, 1}, {bob, 2, 2}, {alice, 2, 1}};
    int marks = 1;
    for (const auto &[player, x, y] : rest) {
        QCOMPARE(mark(second, player, x, y), 200);
        QVERIFY(waitForMarks(second, ++marks));
    }
    QVERIFY(QTest::qWaitFor([&] {
        return query(QStringLiteral("GetTopThreePlayers")).second.value(QStringLiteral("list")).toArray()
                == QJsonArray{QJsonObject{{QStringLiteral("id"), idObject(alice)}, {QStringLiteral("score"), 200}}};
    }, processTimeoutMs));

    restarted.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.state(), QProcess::NotRunning, processTimeoutMs);
    QCOMPARE(restarted.exitCode(), 0);
}

// Every connection is a descriptor: the server raises its soft limit to the hard one.
void TestServerProcess::takesEveryDescriptorItMay()
{
    // The server inherits a soft limit below the hard one, whatever this machine's defaults are.
    rlimit inherited{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &inherited), 0);
    if (inherited.rlim_max <= 256)
        QSKIP("the hard descriptor limit leaves nothing to raise");
    rlimit lowered = inherited;
    lowered.rlim_cur = 256;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    QProcess server;
    quint16 port = 0;
    startServer(server, &port);
    setrlimit(RLIMIT_NOFILE, &inherited);
    if (QTest::currentTestFailed())
        return;
    QFile limits(QStringLiteral("/proc/%1/limits").arg(server.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    // A /proc file has no size: read it whole.
    QString openFiles;
    for (const QString &line : QString::fromLatin1(limits.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Max open files")))
            openFiles = line;
    }
    const QStringList fields = openFiles.mid(QStringLiteral("Max open files").size()).split(u' ', Qt::SkipEmptyParts);
    QVERIFY2(fields.size() >= 2, qPrintable(openFiles));
    QCOMPARE(fields.at(0), fields.at(1));

    server.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, processTimeoutMs);
}

void TestServerProcess::refusesDataAnotherHostHolds()
{
    const QString dataDirectory = freshDataDirectory();
    QProcess first;
    quint16 port = 0;
    startServer(first, &port, QStringLiteral("0"), {QStringLiteral("--no-discovery")}, dataDirectory);
    if (QTest::currentTestFailed())
        return;

    QProcess second;
    runToCompletion(second, serverArguments(QStringLiteral("0"), {QStringLiteral("--no-discovery")}, dataDirectory));
    QCOMPARE(second.exitCode(), 1);
    QCOMPARE(second.readAllStandardOutput(), QByteArray());
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.startsWith("tictactoe: ") && error.contains("in use by another running host")
                     && error.count('\n') == 1,
             error.constData());

    first.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), QProcess::NotRunning, processTimeoutMs);
}

void TestServerProcess::rejectsABadCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--server"),
                                                 QStringLiteral("--bogus")}
                                  << QByteArray("tictactoe: unknown option '--bogus'; see --help\n");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--server"), QStringLiteral("--port"),
                                             QStringLiteral("abc")}
                              << QByteArray("tictactoe: --port: expected a number from 0 to "
                                            "65535, got 'abc'\n");
    // Without --server a mistake must still be reported without opening a window.
    QTest::newRow("unknown flag, desktop mode")
            << QStringList{QStringLiteral("--bogus")}
            << QByteArray("tictactoe: unknown option '--bogus'; see --help\n");
}

void TestServerProcess::rejectsABadCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QProcess process;
    runToCompletion(process, arguments);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardError(), message);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestServerProcess::printsHelp()
{
    QProcess process;
    runToCompletion(process, {QStringLiteral("--help")});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY2(help.contains("Usage: "), help.constData());
    QVERIFY2(help.contains("--server"), help.constData());
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void TestServerProcess::printsVersion()
{
    QProcess process;
    runToCompletion(process, {QStringLiteral("--version")});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("tictactoe " TICTACTOE_EXPECTED_VERSION "\n"));
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
