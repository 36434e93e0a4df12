// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionlimits.h"
#include "outcome.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

class GuardedTcpServer;
class QWebSocket;

struct HttpRequest
{
    QString path;
    QByteArray body;
    QByteArray authorization; // the Authorization header, as sent
    QByteArray contentType;   // the Content-Type header, as sent
    QHostAddress peerAddress;
};

struct HttpReply
{
    int status = 200;
    QJsonObject body;
};

// The one class that knows QHttpServer (its API changes in Qt 6.8). It serves POST on the API paths,
// GET on fixed documents (GET /protocol, the web client's files), upgrades the WebSocket path, and answers everything else
// itself: 404 for unknown paths, 405 for other methods, 426 for a plain GET on the WebSocket path.
// Every answer is JSON. The limits on connections and on what a request may send are kept below it,
// by GuardedTcpServer and HttpConnectionWatch. Handlers answer synchronously: 6.4 crashes when a responder outlives a closed socket.
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using RequestHandler = std::function<HttpReply(const HttpRequest &)>;

    HttpTransport(QStringList apiPaths, QString webSocketPath, const ConnectionLimits &limits,
                  QObject *parent = nullptr);

    void setRequestHandler(RequestHandler handler);
    // Serves document to GET path.
    void addDocument(const QString &path, const QJsonObject &document);
    void addDocument(const QString &path, const QByteArray &content, const QByteArray &contentType);
    // Binds address:port (0 for any free port); refused with a one-line message.
    Outcome<> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    // Open TCP connections, HTTP and WebSocket alike.
    int connectionCount() const;

    static QJsonObject errorBody(int status, const QString &message);

Q_SIGNALS:
    // The receiver takes ownership of the socket.
    void webSocketConnected(QWebSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void acceptPendingWebSockets();
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                        const HttpReply &reply, const QByteArray &allowedMethod = {});

    QStringList m_apiPaths;
    QString m_webSocketPath;
    ConnectionLimits m_limits;
    RequestHandler m_handler;
    struct Document
    {
        QByteArray content;
        QByteArray contentType;
    };
    QHash<QString, Document> m_documents;
    GuardedTcpServer *m_tcpServer = nullptr;
};
