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
    QString error;
    if (!server->start(&error)) {
        qWarning().noquote() << "the test server did not start:" << error;
        return nullptr;
    }
    return server;
}
