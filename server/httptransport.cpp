// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "httptransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include "guardedtcpserver.h"

#include <QTcpServer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcHttp, "tictactoe.server.http", QtInfoMsg)

HttpTransport::HttpTransport(QStringList apiPaths, QString webSocketPath,
                             const ConnectionLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_apiPaths(std::move(apiPaths))
    , m_webSocketPath(std::move(webSocketPath))
    , m_limits(limits)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpTransport::acceptPendingWebSockets);
}

void HttpTransport::setRequestHandler(RequestHandler handler)
{
    m_handler = std::move(handler);
}

void HttpTransport::addDocument(const QString &path, const QJsonObject &document)
{
    addDocument(path, QJsonDocument(document).toJson(QJsonDocument::Compact), "application/json");
}

void HttpTransport::addDocument(const QString &path, const QByteArray &content,
                                const QByteArray &contentType)
{
    m_documents.insert(path, {content, contentType});
}

Outcome<> HttpTransport::listen(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new GuardedTcpServer(m_limits, this);
    if (!tcpServer->listen(address, port)) {
        const QString message = QStringLiteral("cannot listen on %1:%2: %3")
                                        .arg(address.toString())
                                        .arg(port)
                                        .arg(tcpServer->errorString());
        const bool inUse = tcpServer->serverError() == QAbstractSocket::AddressInUseError;
        delete tcpServer;
        return refuse(inUse ? QStringLiteral("PORT_IN_USE") : QStringLiteral("CANNOT_LISTEN"), message);
    }
    bind(tcpServer);
    m_tcpServer = tcpServer;
    return {};
}

quint16 HttpTransport::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

int HttpTransport::connectionCount() const
{
    return m_tcpServer ? m_tcpServer->connectionCount() : 0;
}

QJsonObject HttpTransport::errorBody(int status, const QString &message)
{
    return {{QStringLiteral("application_error"),
             QJsonObject{{QStringLiteral("status_code"), status},
                         {QStringLiteral("message"), message}}}};
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const bool isWebSocketUpgrade =
            request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
            && request.value("connection").toLower().contains("upgrade");

    if (path == m_webSocketPath) {
        // An upgrade request must get no answer here: QAbstractHttpServer hands the socket over.
        if (isWebSocketUpgrade)
            return true;
        respond(request, socket, {426, errorBody(426, QStringLiteral("use a WebSocket on this path"))});
        return true;
    }
    // QAbstractHttpServer upgrades every upgrade request this accepts, even one answered here: refuse
    // it, so that missingHandler() answers 404 and the socket closes without a 101 after the answer.
    if (isWebSocketUpgrade)
        return false;
    if (const auto document = m_documents.constFind(path); document != m_documents.cend()) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            respond(request, socket,
                    {405, errorBody(405, QStringLiteral("%1 accepts GET only").arg(path))}, "GET");
            return true;
        }
        // The page may run only its own scripts and talk only to this host; no other site may
        // frame it. no-cache: a host updated in place serves its new client at the next visit.
        makeResponder(request, socket)
                .write(document->content,
                       {{"Content-Type", document->contentType},
                        {"Cache-Control", "no-cache"},
                        {"X-Content-Type-Options", "nosniff"},
                        {"Referrer-Policy", "no-referrer"},
                        {"Content-Security-Policy",
                         "default-src 'self'; connect-src 'self'; img-src 'self'; "
                         "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"}},
                       QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    if (!m_apiPaths.contains(path)) {
        respond(request, socket, {404, errorBody(404, QStringLiteral("no such path: %1").arg(path))});
        return true;
    }
    if (!isPost) {
        respond(request, socket,
                {405, errorBody(405, QStringLiteral("%1 accepts POST only").arg(path))}, "POST");
        return true;
    }
    Q_ASSERT(m_handler);
    respond(request, socket,
            m_handler({path, request.body(), request.value("authorization"), request.value("content-type"),
                       socket->peerAddress()}));
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, {404, errorBody(404, QStringLiteral("no such path"))});
}

void HttpTransport::acceptPendingWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            break;
        if (socket->requestUrl().path() != m_webSocketPath) {
            qCDebug(lcHttp) << "closing a WebSocket on a wrong path" << socket->requestUrl();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        // A browser names the page that opened the socket: a page of another site must not drive
        // this host. Programs that are not browsers send no Origin.
        if (const QUrl origin(socket->origin()); !socket->origin().isEmpty()
            && (origin.host() != socket->requestUrl().host()
                || origin.port(80) != socket->requestUrl().port(80))) {
            qCInfo(lcHttp) << "refusing a WebSocket from another site:" << socket->origin();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("a page of another site may not open this WebSocket"));
            continue;
        }
        Q_EMIT webSocketConnected(socket.release());
    }
}

void HttpTransport::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const HttpReply &reply, const QByteArray &allowedMethod)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (!allowedMethod.isEmpty())
        responder.write(body, {{"Content-Type", "application/json"}, {"Allow", allowedMethod}}, status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, status);
}
