// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "discoverysettings.h"
#include "localgamehost.h"
#include "serversettings.h"

#include <QThread>

#include <memory>

class GameServer;
class LanAnnouncer;

// The one place where the client meets the server: "Host a game" runs the real GameServer in this
// process and announces it on the LAN, as `tictactoe --server` does; "Play against the computer"
// runs it on loopback only, unannounced. The server (its sockets, its
// queries) runs on a thread of its own, so that a flood of clients never stops the window from
// drawing. When the configured port is busy it hosts on a free one rather than fail.
class EmbeddedGameHost : public LocalGameHost
{
public:
    EmbeddedGameHost(const ServerSettings &server, const DiscoverySettings &discovery);
    ~EmbeddedGameHost() override;

    Outcome<Endpoint> start(const QString &alias, Reach reach) override;

    // The thread the server runs on while it is started.
    const QThread &serverThread() const { return m_serverThread; }
    // Whether the LAN hears of this server.
    bool isAnnounced() const { return m_announcer != nullptr; }

    // The factory a GameSession hosts with.
    static LocalGameHostFactory factory(const ServerSettings &server, const DiscoverySettings &discovery);

private:
    // Runs on the server thread: starts the server there, and keeps it when it started.
    Outcome<> startServer();
    // Runs work on the server thread and returns once it has run.
    void runOnServerThread(const std::function<void()> &work);
    QString loopbackAddress() const;

    ServerSettings m_serverSettings;
    DiscoverySettings m_discoverySettings;
    QThread m_serverThread;
    QObject *m_serverThreadContext; // lives on the server thread, deleted as it finishes
    std::unique_ptr<GameServer> m_server; // created, used and destroyed on the server thread
    std::unique_ptr<LanAnnouncer> m_announcer;
};
