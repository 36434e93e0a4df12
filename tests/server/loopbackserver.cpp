#include "loopbackserver.h"

#include "gameserver.h"

#include <QDebug>

std::unique_ptr<GameServer> startLoopbackServer(const GameRules &rules)
{
    ServerSettings settings;
    settings.host = QHostAddress::LocalHost;
    settings.port = 0;
    settings.rules = rules;
    auto server = std::make_unique<GameServer>(settings);
    if (const Outcome<> started = server->start(); !started) {
        qWarning().noquote() << "the test server did not start:" << started.error().message;
        return nullptr;
    }
    return server;
}
