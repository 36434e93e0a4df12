#include "connectionstatus.h"

#include "endpointlabel.h"

ConnectionStatus::ConnectionStatus(const GameClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &GameClient::stateChanged, this, [this](GameClient::State state) {
        if (state != GameClient::Reconnecting)
            m_reconnectDelayMs = 0;
        Q_EMIT stateChanged();
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

void ConnectionStatus::setHosting(const QString &lanAddress, quint16 port)
{
    m_hostAddress = endpointLabel(lanAddress, port);
    m_hostedPort = port;
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
        if (isHosting())
            message = tr("Hosting a game at %1").arg(m_hostAddress);
        else if (!m_hostAlias.isEmpty())
            message = tr("Connected to %1's game at %2").arg(m_hostAlias, m_client->serverLabel());
        else
            message = tr("Connected to %1").arg(m_client->serverLabel());
        break;
    case GameClient::Reconnecting:
        message = m_reconnectDelayMs > 0
                ? tr("Connection lost. Reconnecting in %1 s…").arg((m_reconnectDelayMs + 999) / 1000)
                : tr("Connection lost. Reconnecting…");
        break;
    }
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}
