// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback TCP relay in front of a server, so a test can cut a client's connection (as a Wi-Fi
// drop would) while the server keeps running, and refuse new connections for a while.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_port; }
    // Aborts every relayed connection on both sides.
    void dropConnections();
    // Stops accepting (connections are refused) or accepts again on the same port.
    bool setAccepting(bool accepting);
    int connectionCount() const;

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void accept();

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_listener;
    QList<Pair> m_pairs;
};
