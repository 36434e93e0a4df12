// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Figures for the server over real loopback sockets: two WebSocket players in this process play
// games against an in-process GameServer. Prints; asserts nothing. Bounded: stops after gameCount
// games or 60 s, whichever comes first.
#include "gameserver.h"
#include "protocolcatalogue.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

namespace {

QJsonObject id(const QUuid &uuid)
{
    return {{QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces)}};
}

class BenchmarkPlayer : public QObject
{
    Q_OBJECT

public:
    explicit BenchmarkPlayer(QString alias)
        : m_alias(std::move(alias))
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send(QStringLiteral("CLIENT_HELLO"), {{QStringLiteral("protocolVersion"), protocolVersion}});
            send(QStringLiteral("CREATE_USER"),
                 {{QStringLiteral("id"), id(m_userId)}, {QStringLiteral("alias"), m_alias},
                  {QStringLiteral("operationId"), id(QUuid::createUuid())}});
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            Q_EMIT received(message.value(u"type").toString(), message.value(u"payload").toObject());
        });
    }

    void open(const QUrl &url) { m_socket.open(url); }
    QUuid userId() const { return m_userId; }
    void send(const QString &type, const QJsonObject &data)
    {
        const QJsonObject message{{QStringLiteral("type"), QStringLiteral("server/") + type},
                                  {QStringLiteral("data"), data}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

Q_SIGNALS:
    void received(const QString &type, const QJsonObject &payload);

private:
    QString m_alias;
    QUuid m_userId = QUuid::createUuid();
    QWebSocket m_socket;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    constexpr int gameCount = 400;
    const int moves[5][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}};

    // --persistent: the host keeps its data in a SQLite file, as a real host does.
    const bool persistent = application.arguments().contains(QStringLiteral("--persistent"));
    QTemporaryDir dataDirectory;
    ServerSettings settings;
    settings.host = QHostAddress::LocalHost;
    settings.port = 0;
    // Two bots playing back to back send far faster than people: the per-socket rate limit is not
    // what this measures.
    settings.messagesPerSecond = 1e6;
    settings.messageBurst = 1e6;
    GameServer server(settings, SqliteStore::factoryFor(persistent ? dataDirectory.path() : QString()));
    std::printf("storage: %s\n", persistent ? "SQLite file" : "memory");
    if (const Outcome<> started = server.start(); !started) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    QUrl url = server.url();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));

    BenchmarkPlayer first(QStringLiteral("First")), second(QStringLiteral("Second"));
    QList<qint64> latenciesNs;
    QElapsedTimer clock, total;
    QUuid game;
    int gamesDone = 0, credentials = 0, moveIndex = 0;
    qint64 sentAt = 0;

    const auto startGame = [&] {
        game = QUuid::createUuid();
        moveIndex = 0;
        first.send(QStringLiteral("CREATE_GAME"), {{QStringLiteral("operationId"), id(QUuid::createUuid())},
                                                  {QStringLiteral("gameId"), id(game)},
                                                  {QStringLiteral("creator"), id(first.userId())}});
        first.send(QStringLiteral("JOIN_GAME"), {{QStringLiteral("operationId"), id(QUuid::createUuid())},
                                                {QStringLiteral("gameId"), id(game)},
                                                {QStringLiteral("playerId"), id(first.userId())}});
    };
    const auto react = [&](BenchmarkPlayer &me, BenchmarkPlayer &other, const QString &type,
                           const QJsonObject &payload) {
        if (type == u"CREDENTIAL_ISSUED" && ++credentials == 2) {
            total.start();
            startGame();
        } else if (type == u"PLAYER_JOINED_A_GAME" && &me == &first
                   && payload.value(u"playerId") == id(first.userId())) {
            second.send(QStringLiteral("JOIN_GAME"), {{QStringLiteral("operationId"), id(QUuid::createUuid())},
                                                     {QStringLiteral("gameId"), id(game)},
                                                     {QStringLiteral("playerId"), id(second.userId())}});
        } else if (type == u"WAITING_FOR_PLAYER_PLAY" && payload.value(u"playerId") == id(me.userId())) {
            sentAt = clock.nsecsElapsed();
            me.send(QStringLiteral("PLACE_MARK"), {{QStringLiteral("operationId"), id(QUuid::createUuid())},
                                                  {QStringLiteral("gameId"), id(game)},
                                                  {QStringLiteral("player"), id(me.userId())},
                                                  {QStringLiteral("x"), moves[moveIndex][0]},
                                                  {QStringLiteral("y"), moves[moveIndex][1]}});
            ++moveIndex;
        } else if (type == u"MARK_PLACED" && payload.value(u"player") == id(other.userId())) {
            latenciesNs.append(clock.nsecsElapsed() - sentAt);
        } else if (type == u"GAME_ENDED" && &me == &first) {
            if (++gamesDone == gameCount || total.elapsed() > 60000)
                QCoreApplication::quit();
            else
                startGame();
        }
    };
    QObject::connect(&first, &BenchmarkPlayer::received, [&](const QString &type, const QJsonObject &p) {
        react(first, second, type, p);
    });
    QObject::connect(&second, &BenchmarkPlayer::received, [&](const QString &type, const QJsonObject &p) {
        react(second, first, type, p);
    });
    QTimer::singleShot(70000, &application, &QCoreApplication::quit);
    clock.start();
    first.open(url);
    second.open(url);
    application.exec();

    if (latenciesNs.isEmpty()) {
        std::fprintf(stderr, "bench_server: no move completed\n");
        return 1;
    }
    std::sort(latenciesNs.begin(), latenciesNs.end());
    const auto percentile = [&](double p) {
        return latenciesNs.at(std::min<qsizetype>(latenciesNs.size() - 1, latenciesNs.size() * p)) / 1000.0;
    };
    std::printf("%d games, %lld moves over WebSocket on loopback in %.2f s\n", gamesDone,
                static_cast<long long>(latenciesNs.size()), total.elapsed() / 1000.0);
    std::printf("PLACE_MARK sent -> opponent receives MARK_PLACED: p50 %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us\n",
                percentile(0.5), percentile(0.9), percentile(0.99), latenciesNs.constLast() / 1000.0);
    std::printf("%.0f games per second (each: create, 2 joins, 5 moves, end)\n",
                gamesDone / (total.elapsed() / 1000.0));
    return 0;
}

#include "bench_server.moc"
