// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "gameclient.h"
#include "localgamehost.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Where this player is connected and how that goes, as the header says it: "Hosting a game at
// 192.168.1.20:8080", "Playing against the computer on this computer", "Connected to Alice's game at …", "Alice's host is not answering. Trying
// again in 2 s…". problem is the sentence the pages show while the host cannot be reached.
class ConnectionStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the connection status")
    Q_PROPERTY(GameClient::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY messageChanged)
    Q_PROPERTY(QString retry READ retry NOTIFY messageChanged)
    Q_PROPERTY(bool hosting READ isHosting NOTIFY hostingChanged)
    Q_PROPERTY(QString hostAddress READ hostAddress NOTIFY hostingChanged)
    // This computer hosts for itself alone, to play the computer: nobody else can join.
    Q_PROPERTY(bool computerOnly READ isComputerOnly NOTIFY hostingChanged)

public:
    explicit ConnectionStatus(const GameClient *client, QObject *parent = nullptr);

    GameClient::State state() const { return m_client->state(); }
    QString message() const { return m_message; }
    QString problem() const;
    // "Trying again in 2 s…" while reconnecting.
    QString retry() const;
    QString hostAlias() const { return m_hostAlias; }
    bool isHosting() const { return m_hostedPort != 0; }
    // The LAN address of the game this computer hosts, "address:port"; empty when not hosting.
    QString hostAddress() const { return m_hostAddress; }
    quint16 hostedPort() const { return m_hostedPort; }
    bool isComputerOnly() const
    {
        return isHosting() && m_hostReach == LocalGameHost::Reach::ThisComputer;
    }

    // Whose game the client joins, when the LAN told us (empty otherwise).
    void setHostAlias(const QString &alias);
    void setHosting(const QString &lanAddress, quint16 port, LocalGameHost::Reach reach);
    void clearHosting();
    // The message again, in the language just installed.
    void retranslate();

Q_SIGNALS:
    void stateChanged();
    void messageChanged();
    void hostingChanged();

private:
    void update();

    const GameClient *m_client;
    QString m_message;
    QString m_hostAlias;
    QString m_hostAddress;
    quint16 m_hostedPort = 0;
    LocalGameHost::Reach m_hostReach = LocalGameHost::Reach::Network;
    int m_reconnectDelayMs = 0;
    bool m_hostStopped = false;
};
