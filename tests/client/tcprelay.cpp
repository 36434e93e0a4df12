// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "tcprelay.h"

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

bool TcpRelay::listen()
{
    if (!m_listener.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_listener.serverPort();
    return true;
}

void TcpRelay::dropConnections()
{
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (pair.client)
            pair.client->abort();
        if (pair.server)
            pair.server->abort();
    }
    m_pairs.clear();
}

bool TcpRelay::setAccepting(bool accepting)
{
    if (!accepting) {
        m_listener.close();
        return true;
    }
    return m_listener.isListening() || listen();
}

int TcpRelay::connectionCount() const
{
    int open = 0;
    for (const Pair &pair : m_pairs) {
        if (pair.client && pair.client->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *server = new QTcpSocket(this);
        client->setParent(this);
        // Bytes written while the upstream connection is still opening are buffered by Qt.
        connect(client, &QTcpSocket::readyRead, server, [client, server] {
            server->write(client->readAll());
        });
        connect(server, &QTcpSocket::readyRead, client, [client, server] {
            client->write(server->readAll());
        });
        connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        m_pairs.append(Pair{client, server});
    }
}
