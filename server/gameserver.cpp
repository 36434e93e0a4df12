// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameserver.h"

#include "domainapplication.h"
#include "gameapi.h"
#include "httptransport.h"
#include "protocolcatalogue.h"
#include "webclientfiles.h"
#include "wireformat.h"
#include "systemclock.h"
#include "tictactoedomain.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "tictactoe.server", QtInfoMsg)

GameServer::GameServer(const ServerSettings &settings, StoreFactory store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_domain(std::make_unique<DomainApplication>(
              ticTacToeModules(settings.rules, std::move(store), settings.computerRules),
              std::make_shared<SystemClock>()))
{
    registerTicTacToeJsonConverters();
    m_domain->setQueueLimit(settings.domainQueueLimit);
}

GameServer::~GameServer()
{
    // The API first: it says goodbye on sockets the transport still holds.
    delete m_api;
    delete m_transport;
    m_domain->stop();
}

Outcome<> GameServer::start()
{
    Q_ASSERT(!m_transport);
    // The API follows the domain from its first effect: a restart restores games at once.
    m_api = new GameApi(*m_domain, m_settings);
    if (const Outcome<> started = m_domain->start(); !started)
        return started;
    if (const Outcome<> loaded = m_api->loadCredentials(); !loaded)
        return loaded;
    m_transport = new HttpTransport(
            {WireFormat::httpPath(EffectKind::Command), WireFormat::httpPath(EffectKind::Query),
             WireFormat::httpPath(EffectKind::Event)},
            QStringLiteral("/ws"), m_settings.connections);
    m_transport->setRequestHandler(
            [this](const HttpRequest &request) { return m_api->handleHttp(request); });
    m_transport->addDocument(QStringLiteral("/protocol"), ProtocolCatalogue::instance().toJson());
    for (const WebClientFiles::File &file : WebClientFiles::all())
        m_transport->addDocument(file.path, file.content, file.contentType);
    connect(m_transport, &HttpTransport::webSocketConnected, m_api, &GameApi::addConnection);
    connect(m_api, &GameApi::playersOnlineChanged, this, &GameServer::playersOnlineChanged);
    const Outcome<> listening = m_transport->listen(m_settings.host, m_settings.port);
    if (listening)
        qCInfo(lcServer) << "listening on" << url().toString();
    return listening;
}

quint16 GameServer::port() const
{
    return m_transport ? m_transport->port() : 0;
}

int GameServer::connectionCount() const
{
    return m_transport ? m_transport->connectionCount() : 0;
}

QUrl GameServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_settings.host.toString());
    url.setPort(port());
    return url;
}
