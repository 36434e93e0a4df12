// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "embeddedgamehost.h"

#include "epolleventdispatcher.h"
#include "gameserver.h"
#include "joinlinks.h"
#include "lanannouncer.h"
#include "sqlitestore.h"

#include <QLoggingCategory>
#include <QSysInfo>

#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHosting, "tictactoe.hosting", QtInfoMsg)

namespace {

// The nice value of the server's threads. On a machine whose cores are busy the window's drawing
// comes first, then the games: a frame late is seen at once by the host, a move a millisecond late
// by nobody (docs/benchmarks.md, "Hosting window frame rate").
constexpr int serverThreadNiceness = 10;

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6;
}

} // namespace

EmbeddedGameHost::EmbeddedGameHost(const ServerSettings &server, const DiscoverySettings &discovery)
    : m_serverSettings(server)
    , m_discoverySettings(discovery)
    , m_serverThreadContext(new QObject)
{
    m_serverThread.setObjectName(QStringLiteral("game server"));
    // The thread holds every player's socket: see EpollEventDispatcher.
    m_serverThread.setEventDispatcher(new EpollEventDispatcher);
    m_serverThreadContext->moveToThread(&m_serverThread);
    QObject::connect(&m_serverThread, &QThread::finished, m_serverThreadContext, &QObject::deleteLater);
}

// The announcer goes first: it says bye as it goes, so browsers drop this host at once.
EmbeddedGameHost::~EmbeddedGameHost()
{
    m_announcer.reset();
    if (!m_serverThread.isRunning()) {
        delete m_serverThreadContext; // never started: no thread will delete it
        return;
    }
    // The server's sockets and timers belong to its thread: they go away there.
    runOnServerThread([this] { m_server.reset(); });
    m_serverThread.quit();
    m_serverThread.wait();
}

Outcome<LocalGameHost::Endpoint> EmbeddedGameHost::start(const QString &alias, Reach reach)
{
    Q_ASSERT(!m_server && !m_serverThread.isRunning());
    if (reach == Reach::ThisComputer) {
        // Nothing reaches it from outside, so it needs no network; any port will do, since
        // nobody types it.
        m_serverSettings.host = QHostAddress::LocalHost;
        m_serverSettings.port = 0;
    }
    m_serverThread.start();
    Outcome<> started;
    runOnServerThread([&] {
        // Linux keeps a nice value per thread; the domain thread, started from this one, inherits it.
        if (setpriority(PRIO_PROCESS, id_t(gettid()), serverThreadNiceness) != 0)
            qCWarning(lcHosting) << "could not lower the server threads' priority";
        started = startServer();
    });
    if (!started)
        return std::unexpected(started.error());
    const bool keepsData = !m_serverSettings.dataDirectory.isEmpty();
    if (reach == Reach::ThisComputer)
        return Endpoint{loopbackAddress(), {}, m_server->port(), keepsData};
    m_announcer = std::make_unique<LanAnnouncer>(m_discoverySettings);
    m_announcer->setName(QSysInfo::machineHostName());
    m_announcer->setAlias(alias);
    m_announcer->setGamePort(m_server->port());
    // Across threads: the count reaches the announcer on this one.
    QObject::connect(m_server.get(), &GameServer::playersOnlineChanged, m_announcer.get(),
                     &LanAnnouncer::setPlayersOnline);
    m_announcer->start();
    return Endpoint{loopbackAddress(), JoinLinks::lanAddresses(m_serverSettings.host), m_server->port(),
                    keepsData};
}

Outcome<> EmbeddedGameHost::startServer()
{
    Q_ASSERT(QThread::currentThread() == &m_serverThread);
    ServerSettings settings = m_serverSettings;
    const StoreFactory store = SqliteStore::factoryFor(settings.dataDirectory);
    auto server = std::make_unique<GameServer>(settings, store);
    Outcome<> started = server->start();
    if (!started && started.error().reason == QStringLiteral("PORT_IN_USE") && settings.port != 0) {
        qCInfo(lcHosting) << "port" << settings.port << "is busy (" << started.error().message
                          << "), hosting on a free port";
        settings.port = 0;
        server = std::make_unique<GameServer>(settings, store);
        started = server->start();
    }
    if (started)
        m_server = std::move(server);
    return started;
}

void EmbeddedGameHost::runOnServerThread(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_serverThreadContext, work, Qt::BlockingQueuedConnection);
}

LocalGameHostFactory EmbeddedGameHost::factory(const ServerSettings &server,
                                               const DiscoverySettings &discovery)
{
    return [server, discovery] { return std::make_unique<EmbeddedGameHost>(server, discovery); };
}

QString EmbeddedGameHost::loopbackAddress() const
{
    const QHostAddress bound = m_serverSettings.host;
    return bound.isLoopback() || isWildcard(bound) ? QStringLiteral("127.0.0.1") : bound.toString();
}
