// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "testsessions.h"

#include "embeddedgamehost.h"
#include "gamesession.h"
#include "pretendlangamehost.h"

#include <QHostAddress>
#include <QSettings>
#include <QUdpSocket>

TestSessions::TestSessions(QObject *parent)
    : QObject(parent)
{
}

void TestSessions::prepare(const QVariantMap &options)
{
    SessionSettings settings;
    settings.settingsFile = m_directory.filePath(QStringLiteral("session-%1.ini").arg(++m_created));
    const int discoveryPort = options.value(QStringLiteral("discoveryPort"), 0).toInt();
    settings.discovery.enabled = discoveryPort != 0;
    settings.discovery.port = static_cast<quint16>(discoveryPort);
    settings.discovery.target = QHostAddress::LocalHost;
    settings.discovery.announceIntervalMs = 200;
    settings.connection.initialReconnectDelayMs = 100;
    settings.connection.maximumReconnectDelayMs = 400;
    settings.connection.connectTimeoutMs = 3000;
    settings.connection.queryTimeoutMs = 3000;
    settings.countdownTickMs = 100;
    ServerSettings server;
    server.host = QHostAddress::LocalHost;
    server.port = 0;
    server.rules.turnTimeoutMs = options.value(QStringLiteral("turnTimeoutMs"), 20000).toLongLong();
    server.computerRules.thinkDelayMs = options.value(QStringLiteral("computerThinkMs"), 0).toLongLong();
    settings.hostFactory = EmbeddedGameHost::factory(server, settings.discovery);
    const QStringList lanAddresses = options.value(QStringLiteral("lanAddresses")).toStringList();
    if (!lanAddresses.isEmpty()) {
        QList<QHostAddress> addresses;
        for (const QString &address : lanAddresses)
            addresses.append(QHostAddress(address));
        settings.hostFactory = PretendLanGameHost::factory(settings.hostFactory, addresses);
    }

    const QString alias = options.value(QStringLiteral("alias")).toString();
    if (!alias.isEmpty()) {
        QSettings file(settings.settingsFile, QSettings::IniFormat);
        file.setValue(QStringLiteral("player/alias"), alias);
    }
    SessionSettings::setDefaults(settings);
}

int TestSessions::freeUdpPort() const
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}
