// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// tictactoe-bench: drives a real `tictactoe --server` over loopback as real clients would, and
// prints what it measured (text, and JSON with --json). Bounded in count and time; loopback only.
// docs/benchmarks.md has the method and the figures. Modes:
//   play          --games N --seconds S [--http]  games back to back, moves as soon as it is one's turn
//   paced         --games N --seconds S --pace-ms P  each game moves once every P ms (for latency)
//   idle          --clients N --seconds S  N authenticated sockets that say nothing
//   connect       --clients N  how fast sockets connect and complete the handshake
//   create-users  --clients N  CreateUser over HTTP, N requests on 50 keep-alive connections
#include "benchplayer.h"
#include "epolleventdispatcher.h"
#include "protocolcatalogue.h"
#include "serverprobe.h"
#include "widelimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

constexpr int stepTimeoutMs = 60000;

bool waitFor(const std::function<bool()> &done, int timeoutMs = stepTimeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

qint64 percentile(QList<qint64> sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(fraction * double(sorted.size()))));
}

// The server under test: started here (a fresh data directory, limits wide open for load) unless
// --port names one already running.
class Server
{
public:
    bool start(const QString &binary)
    {
        m_process.setProgram(binary);
        m_process.setArguments(QStringList{QStringLiteral("--server"), QStringLiteral("--host"),
                                           QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                           QStringLiteral("0"), QStringLiteral("--no-discovery"),
                                           QStringLiteral("--data-dir"), m_data.path()}
                               + wideLimitFlags());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted() || !waitFor([&] { return m_process.canReadLine(); }, 10000))
            return false;
        static const QRegularExpression listening(QStringLiteral(":([0-9]+)\n$"));
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_process.readLine()));
        m_port = match.hasMatch() ? match.captured(1).toUShort() : 0;
        m_pid = m_process.processId();
        return m_port != 0;
    }
    void attach(quint16 port, qint64 pid)
    {
        m_port = port;
        m_pid = pid;
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    quint16 port() const { return m_port; }
    ServerProbe probe() const { return ServerProbe(m_pid); }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

struct Run
{
    QJsonObject figures;
    QString text;
};

std::vector<std::unique_ptr<BenchPlayer>> connectPlayers(int count, quint16 port, BenchPlayer::Transport transport,
                                                         BenchFigures &figures, bool *ok)
{
    std::vector<std::unique_ptr<BenchPlayer>> players;
    for (int index = 0; index < count; ++index) {
        players.push_back(std::make_unique<BenchPlayer>(port, transport, figures, quint32(index + 1)));
        players.back()->connectToServer();
        // A few hundred handshakes at a time: the listen backlog is not a queue of thousands.
        if (index % 200 == 199)
            waitFor([&] { return std::all_of(players.begin(), players.end(), [](const auto &player) { return player->isReady(); }); });
    }
    *ok = waitFor([&] {
        return std::all_of(players.begin(), players.end(), [](const auto &player) { return player->isReady(); });
    });
    return players;
}

Run play(const Server &server, int games, int seconds, int paceMs, BenchPlayer::Transport transport)
{
    BenchFigures figures;
    bool ready = false;
    auto players = connectPlayers(2 * games, server.port(), transport, figures, &ready);
    if (!ready)
        return {{{QStringLiteral("error"), QStringLiteral("players did not connect in time")}}, {}};
    for (int game = 0; game < games; ++game) {
        players[2 * game]->pairWith(players[2 * game + 1].get());
        players[2 * game]->setPaceMs(paceMs);
        players[2 * game + 1]->setPaceMs(paceMs);
    }
    // Connecting thousands of players takes a while: this says when the games themselves start,
    // for whoever measures beside the bench (bench_hosting_window waits for this line).
    std::fprintf(stderr, "tictactoe-bench: %d players ready, playing for %d s\n", 2 * games, seconds);
    const ServerProbe probe = server.probe();
    const qint64 cpuBefore = probe.cpuMicroseconds();
    QElapsedTimer elapsed;
    elapsed.start();
    for (int game = 0; game < games; ++game) {
        // Paced games start spread over one pace, as players who sat down at different times
        // would: started together, they would move in a burst each pace and measure the burst.
        BenchPlayer *creator = players[2 * game].get();
        if (paceMs > 0)
            QTimer::singleShot(int(qint64(paceMs) * game / games), creator, &BenchPlayer::startPlaying);
        else
            creator->startPlaying();
    }
    waitFor([&] { return elapsed.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
    const double wallSeconds = double(elapsed.nsecsElapsed()) / 1e9;
    const qint64 cpuUsed = probe.cpuMicroseconds() - cpuBefore;
    for (auto &player : players)
        player->stop();

    std::sort(figures.latenciesUs.begin(), figures.latenciesUs.end());
    QJsonObject result{{QStringLiteral("games"), games},
                       {QStringLiteral("transport"), transport == BenchPlayer::Transport::Http ? u"http"_qs : u"websocket"_qs},
                       {QStringLiteral("seconds"), wallSeconds},
                       {QStringLiteral("moves"), figures.moves},
                       {QStringLiteral("gamesEnded"), figures.gamesEnded},
                       {QStringLiteral("movesPerSecond"), double(figures.moves) / wallSeconds},
                       {QStringLiteral("latencyP50Us"), percentile(figures.latenciesUs, 0.50)},
                       {QStringLiteral("latencyP99Us"), percentile(figures.latenciesUs, 0.99)},
                       {QStringLiteral("latencyP999Us"), percentile(figures.latenciesUs, 0.999)},
                       {QStringLiteral("latencyMaxUs"), figures.latenciesUs.isEmpty() ? 0 : figures.latenciesUs.last()},
                       {QStringLiteral("serverCpuPerMoveUs"), figures.moves ? double(cpuUsed) / double(figures.moves) : 0.0},
                       {QStringLiteral("serverResidentBytes"), probe.residentBytes()},
                       {QStringLiteral("errors"), figures.errors}};
    const QString text = QStringLiteral("%1 games over %2 for %3 s: %4 moves (%5/s), %6 games ended\n"
                                        "move -> opponent: p50 %7 us, p99 %8 us, p99.9 %9 us, max %10 us\n"
                                        "server CPU per move %11 us, resident %12 MiB, errors %13\n")
                                 .arg(games)
                                 .arg(result.value(u"transport").toString())
                                 .arg(wallSeconds, 0, 'f', 1)
                                 .arg(figures.moves)
                                 .arg(result.value(u"movesPerSecond").toDouble(), 0, 'f', 0)
                                 .arg(figures.gamesEnded)
                                 .arg(result.value(u"latencyP50Us").toInteger())
                                 .arg(result.value(u"latencyP99Us").toInteger())
                                 .arg(result.value(u"latencyP999Us").toInteger())
                                 .arg(result.value(u"latencyMaxUs").toInteger())
                                 .arg(result.value(u"serverCpuPerMoveUs").toDouble(), 0, 'f', 1)
                                 .arg(double(probe.residentBytes()) / 1048576.0, 0, 'f', 1)
                                 .arg(figures.errors);
    return {result, text};
}

Run idle(const Server &server, int clients, int seconds)
{
    const ServerProbe probe = server.probe();
    const qint64 residentBefore = probe.residentBytes();
    BenchFigures figures;
    bool ready = false;
    QElapsedTimer connecting;
    connecting.start();
    auto players = connectPlayers(clients, server.port(), BenchPlayer::Transport::WebSocket, figures, &ready);
    const double connectSeconds = double(connecting.nsecsElapsed()) / 1e9;
    if (!ready)
        return {{{QStringLiteral("error"), QStringLiteral("clients did not connect in time")}}, {}};
    const qint64 residentHeld = probe.residentBytes();
    const qint64 cpuBefore = probe.cpuMicroseconds();
    QElapsedTimer elapsed;
    elapsed.start();
    waitFor([&] { return elapsed.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
    const double idleCpuPercent = 100.0 * double(probe.cpuMicroseconds() - cpuBefore)
            / double(elapsed.nsecsElapsed() / 1000);
    const double perClient = double(residentHeld - residentBefore) / clients;
    const QJsonObject result{{QStringLiteral("clients"), clients},
                             {QStringLiteral("connectionsPerSecond"), clients / connectSeconds},
                             {QStringLiteral("serverResidentBytes"), residentHeld},
                             {QStringLiteral("serverBytesPerClient"), perClient},
                             {QStringLiteral("idleCpuPercent"), idleCpuPercent},
                             {QStringLiteral("errors"), figures.errors}};
    return {result, QStringLiteral("%1 authenticated clients held (connected at %2/s): %3 KiB of server memory each, "
                                   "%4 % server CPU while idle, errors %5\n")
                            .arg(clients)
                            .arg(clients / connectSeconds, 0, 'f', 0)
                            .arg(perClient / 1024, 0, 'f', 1)
                            .arg(idleCpuPercent, 0, 'f', 2)
                            .arg(figures.errors)};
}

Run connectRate(const Server &server, int clients)
{
    int done = 0;
    int errors = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (int index = 0; index < clients; ++index) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        QObject::connect(raw, &QWebSocket::connected, raw, [raw] {
            raw->sendTextMessage(QStringLiteral(R"({"type":"server/CLIENT_HELLO","data":{"protocolVersion":%1}})")
                                         .arg(protocolVersion));
        });
        QObject::connect(raw, &QWebSocket::textMessageReceived, raw, [&, raw](const QString &text) {
            text.contains(u"SERVER_HELLO") ? ++done : ++errors;
            raw->close();
        });
        raw->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port())));
        sockets.push_back(std::move(socket));
        if (index % 200 == 199)
            waitFor([&] { return done + errors > index - 100; });
    }
    waitFor([&] { return done + errors == clients; });
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const QJsonObject result{{QStringLiteral("clients"), clients},
                             {QStringLiteral("connectionsPerSecond"), done / seconds},
                             {QStringLiteral("errors"), errors + (clients - done - errors)}};
    return {result, QStringLiteral("%1 WebSocket handshakes (connect, CLIENT_HELLO, SERVER_HELLO) at %2/s, errors %3\n")
                            .arg(done)
                            .arg(done / seconds, 0, 'f', 0)
                            .arg(result.value(u"errors").toInt())};
}

Run createUsers(const Server &server, int count)
{
    constexpr int connections = 50;
    int answered = 0;
    int errors = 0;
    int sent = 0;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QElapsedTimer elapsed;
    elapsed.start();
    const auto sendNext = [&](QTcpSocket *socket) {
        if (sent >= count)
            return;
        ++sent;
        const QByteArray body = QStringLiteral(R"({"command":{"type":"CreateUser","payload":{"id":{"id":"%1"},"alias":"bench","operationId":{"id":"%2"}}}})")
                                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces))
                                        .toUtf8();
        socket->write("POST /commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    for (int index = 0; index < connections; ++index) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(raw, &QTcpSocket::connected, raw, [&, raw] { sendNext(raw); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [&, raw, buffer] {
            *buffer += raw->readAll();
            // Every answer is one JSON object; one request is out at a time on each connection.
            if (!buffer->endsWith('}'))
                return;
            buffer->startsWith("HTTP/1.1 200") ? ++answered : ++errors;
            buffer->clear();
            sendNext(raw);
        });
        raw->connectToHost(QHostAddress::LocalHost, server.port());
        sockets.push_back(std::move(socket));
    }
    waitFor([&] { return answered + errors == count; });
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const QJsonObject result{{QStringLiteral("users"), answered},
                             {QStringLiteral("usersPerSecond"), answered / seconds},
                             {QStringLiteral("errors"), errors + (count - answered - errors)}};
    return {result, QStringLiteral("%1 CreateUser over HTTP (persisted) at %2/s, errors %3\n")
                            .arg(answered)
                            .arg(answered / seconds, 0, 'f', 0)
                            .arg(result.value(u"errors").toInt())};
}

} // namespace

int main(int argc, char *argv[])
{
    // Thousands of client sockets: without epoll the bench would measure its own poll().
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load benchmark of tictactoe --server over loopback."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("play, paced, idle, connect or create-users"));
    const QCommandLineOption binaryOption(QStringLiteral("binary"), QStringLiteral("The tictactoe binary to start."),
                                          QStringLiteral("path"), QStringLiteral(TICTACTOE_BINARY));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Attach to a server on 127.0.0.1 at this port."),
                                        QStringLiteral("port"));
    const QCommandLineOption pidOption(QStringLiteral("pid"), QStringLiteral("The attached server's process id (for CPU and memory)."),
                                       QStringLiteral("pid"));
    const QCommandLineOption gamesOption(QStringLiteral("games"), QStringLiteral("Concurrent games."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the run."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption paceOption(QStringLiteral("pace-ms"), QStringLiteral("paced: time between two moves of a game."),
                                       QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption httpOption(QStringLiteral("http"), QStringLiteral("play: moves over HTTP instead of the WebSocket."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to this file."),
                                        QStringLiteral("file"));
    parser.addOptions({binaryOption, portOption, pidOption, gamesOption, clientsOption, secondsOption, paceOption,
                       httpOption, jsonOption});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 600);
    const int games = std::clamp(parser.value(gamesOption).toInt(), 1, 10000);
    const int clients = std::clamp(parser.value(clientsOption).toInt(), 1, 30000);

    Server server;
    if (parser.isSet(portOption)) {
        server.attach(parser.value(portOption).toUShort(), parser.value(pidOption).toLongLong());
    } else if (!server.start(parser.value(binaryOption))) {
        std::fprintf(stderr, "tictactoe-bench: the server did not start\n");
        return 1;
    }

    Run run;
    const auto transport = parser.isSet(httpOption) ? BenchPlayer::Transport::Http : BenchPlayer::Transport::WebSocket;
    if (mode == u"play")
        run = play(server, games, seconds, 0, transport);
    else if (mode == u"paced")
        run = play(server, games, seconds, std::max(1, parser.value(paceOption).toInt()), transport);
    else if (mode == u"idle")
        run = idle(server, clients, seconds);
    else if (mode == u"connect")
        run = connectRate(server, clients);
    else if (mode == u"create-users")
        run = createUsers(server, clients);
    else
        parser.showHelp(2);

    run.figures.insert(QStringLiteral("mode"), mode);
    std::fputs(qPrintable(run.text.isEmpty() ? run.figures.value(u"error").toString() + u'\n' : run.text), stdout);
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(run.figures).toJson());
    }
    // A run that played nothing measured nothing.
    const bool played = !run.figures.contains(u"moves") || run.figures.value(u"moves").toInteger() > 0;
    const bool clean = !run.figures.contains(u"error") && run.figures.value(u"errors").toInt() == 0 && played;
    return clean ? 0 : 1;
}
