// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "loopbackserver.h"

#include "gameserver.h"

#include <QDebug>

std::unique_ptr<GameServer> startLoopbackServer(const GameRules &rules)
{
    ServerSettings settings;
    settings.rules = rules;
    return startLoopbackServer(settings);
}

std::unique_ptr<GameServer> startLoopbackServer(ServerSettings settings)
{
    settings.host = QHostAddress::LocalHost;
    settings.port = 0;
    auto server = std::make_unique<GameServer>(settings);
    if (const Outcome<> started = server->start(); !started) {
        qWarning().noquote() << "the test server did not start:" << started.error().message;
        return nullptr;
    }
    return server;
}
