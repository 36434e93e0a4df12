// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "httpconnectionwatch.h"

#include "httptransport.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttpLimits, "tictactoe.server.http.limits", QtInfoMsg)

namespace {

// How long a refused connection's remaining bytes are read and dropped before it is cut.
constexpr int lingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return QByteArrayLiteral("Bad Request");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Error");
    }
}

} // namespace

HttpConnectionWatch::HttpConnectionWatch(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
    , m_maxPendingSendBytes(limits.maxPendingSendBytes)
{
    // Connected before QHttpServer connects its own slot, so this one sees each byte first.
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnectionWatch::readArrivingBytes);
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnectionWatch::timeOut);
    m_requestTimer.start(limits.httpRequestTimeoutMs);
}

void HttpConnectionWatch::refuseAndClose(QTcpSocket *socket, int status, const QString &message)
{
    const QByteArray body =
            QJsonDocument(HttpTransport::errorBody(status, message)).toJson(QJsonDocument::Compact);
    // Nothing more of this connection is read: no other slot may see its bytes.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // A close with unread bytes resets the connection, and the peer, still sending the body, may
    // lose the answer with it. So the answer is followed by an end of stream, then what the peer
    // still sends is read and dropped until it closes, for a bounded time.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const auto endStream = [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, endStream);
    socket->flush();
    endStream();
    auto *lingerTimer = new QTimer(socket);
    lingerTimer->setSingleShot(true);
    QObject::connect(lingerTimer, &QTimer::timeout, socket, &QTcpSocket::abort);
    lingerTimer->start(lingerMs);
}

void HttpConnectionWatch::readArrivingBytes()
{
    if (m_socket->bytesToWrite() > m_maxPendingSendBytes) {
        qCInfo(lcHttpLimits) << "dropping" << m_socket->peerAddress() << ": it does not read its answers";
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_socket->abort();
        return;
    }
    // QHttpServer reads everything available at each readyRead, so what is available now has not
    // been seen before.
    const qint64 completedBefore = m_framer.completedRequests();
    switch (m_framer.feed(m_socket->peek(m_socket->bytesAvailable()))) {
    case HttpRequestFramer::Position::Upgraded:
        // ClientConnection keeps a WebSocket's limits; staying would cost an idle client this
        // object, its framer and its timer.
        m_requestTimer.stop();
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
        return;
    case HttpRequestFramer::Position::Refused:
        m_requestTimer.stop();
        qCInfo(lcHttpLimits) << "refusing a request from" << m_socket->peerAddress() << ":"
                             << m_framer.refusalMessage();
        refuseAndClose(m_socket, m_framer.refusalStatus(), m_framer.refusalMessage());
        return;
    case HttpRequestFramer::Position::BetweenRequests:
    case HttpRequestFramer::Position::InsideRequest:
        // The next request has as long as the first.
        if (m_framer.completedRequests() != completedBefore)
            m_requestTimer.start();
        return;
    }
}

void HttpConnectionWatch::timeOut()
{
    if (m_framer.position() == HttpRequestFramer::Position::InsideRequest) {
        qCInfo(lcHttpLimits) << "closing" << m_socket->peerAddress() << ": a request took over"
                             << m_requestTimer.interval() << "ms to arrive";
        refuseAndClose(m_socket, 408,
                       QStringLiteral("the request did not arrive whole within %1 ms")
                               .arg(m_requestTimer.interval()));
        return;
    }
    qCDebug(lcHttpLimits) << "closing an idle connection from" << m_socket->peerAddress();
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    QObject::connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_socket->disconnectFromHost();
}
