#pragma once

#include "discoverysettings.h"
#include "localgamehost.h"
#include "serversettings.h"

#include <memory>

class GameServer;
class LanAnnouncer;

// The one place where the client meets the server: "Host a game" runs the real GameServer in this
// process and announces it on the LAN, as `tictactoe --server` does. When the configured port is
// busy it hosts on a free one rather than fail.
class EmbeddedGameHost : public LocalGameHost
{
public:
    EmbeddedGameHost(const ServerSettings &server, const DiscoverySettings &discovery);
    ~EmbeddedGameHost() override;

    Outcome<Endpoint> start(const QString &alias) override;

    // The factory a GameSession hosts with.
    static LocalGameHostFactory factory(const ServerSettings &server, const DiscoverySettings &discovery);

private:
    QString lanAddress() const;
    QString loopbackAddress() const;

    ServerSettings m_serverSettings;
    DiscoverySettings m_discoverySettings;
    std::unique_ptr<GameServer> m_server;
    std::unique_ptr<LanAnnouncer> m_announcer;
};
