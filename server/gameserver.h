// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"
#include "serversettings.h"
#include "inmemorystore.h"

#include <QObject>
#include <QUrl>

#include <memory>

class DomainApplication;
class GameApi;
class HttpTransport;

// The whole server: the domain on its own thread and the HTTP + WebSocket API on one port.
class GameServer : public QObject
{
    Q_OBJECT

public:
    // store: where the domain keeps its state (in memory unless told otherwise).
    explicit GameServer(const ServerSettings &settings, StoreFactory store = InMemoryStore::factory(),
                        QObject *parent = nullptr);
    ~GameServer() override;

    // Opens the store, starts the domain and binds the port; refused with a one-line message.
    Outcome<> start();
    quint16 port() const;
    // http://ADDR:PORT of the bound socket.
    QUrl url() const;
    // Open TCP connections to the API, HTTP and WebSocket alike.
    int connectionCount() const;

    const GameApi &api() const { return *m_api; }

Q_SIGNALS:
    void playersOnlineChanged(int count);

private:
    ServerSettings m_settings;
    std::unique_ptr<DomainApplication> m_domain;
    GameApi *m_api = nullptr;
    HttpTransport *m_transport = nullptr;
};
