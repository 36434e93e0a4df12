// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "connectionstatus.h"

#include "endpointlabel.h"

ConnectionStatus::ConnectionStatus(const GameClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &GameClient::stateChanged, this, [this](GameClient::State state) {
        if (state != GameClient::Reconnecting) {
            m_reconnectDelayMs = 0;
            m_hostStopped = false;
        }
        Q_EMIT stateChanged();
        update();
    });
    connect(client, &GameClient::serverStopped, this, [this] {
        m_hostStopped = true;
        update();
    });
    connect(client, &GameClient::reconnectScheduled, this, [this](int delayMs) {
        m_reconnectDelayMs = delayMs;
        update();
    });
    update();
}

void ConnectionStatus::setHostAlias(const QString &alias)
{
    m_hostAlias = alias;
    update();
}

void ConnectionStatus::setHosting(const QString &lanAddress, quint16 port, LocalGameHost::Reach reach)
{
    m_hostAddress = endpointLabel(lanAddress, port);
    m_hostedPort = port;
    m_hostReach = reach;
    Q_EMIT hostingChanged();
    update();
}

void ConnectionStatus::clearHosting()
{
    if (!isHosting())
        return;
    m_hostAddress.clear();
    m_hostedPort = 0;
    Q_EMIT hostingChanged();
    update();
}

QString ConnectionStatus::problem() const
{
    if (m_client->state() != GameClient::Reconnecting)
        return {};
    if (m_hostStopped) {
        return m_hostAlias.isEmpty() ? tr("The host stopped hosting")
                                     : tr("%1 stopped hosting").arg(m_hostAlias);
    }
    return m_hostAlias.isEmpty() ? tr("The host is not answering")
                                 : tr("%1's host is not answering").arg(m_hostAlias);
}

QString ConnectionStatus::retry() const
{
    if (m_client->state() != GameClient::Reconnecting)
        return {};
    return m_reconnectDelayMs > 0 ? tr("Trying again in %1 s…").arg((m_reconnectDelayMs + 999) / 1000)
                                  : tr("Trying again…");
}

void ConnectionStatus::update()
{
    QString message;
    switch (m_client->state()) {
    case GameClient::Offline:
        message = tr("Not connected");
        break;
    case GameClient::Connecting:
        message = tr("Connecting to %1…").arg(m_client->serverLabel());
        break;
    case GameClient::Online:
        if (isComputerOnly())
            message = tr("Playing against the computer on this computer");
        else if (isHosting())
            message = tr("Hosting a game at %1").arg(m_hostAddress);
        else if (!m_hostAlias.isEmpty())
            message = tr("Connected to %1's game at %2").arg(m_hostAlias, m_client->serverLabel());
        else
            message = tr("Connected to %1").arg(m_client->serverLabel());
        break;
    case GameClient::Reconnecting:
        message = tr("%1. %2").arg(problem(), retry());
        break;
    }
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ConnectionStatus::retranslate()
{
    update();
}
