// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Follows the requests of one HTTP/1.1 connection as their bytes arrive, ahead of QHttpServer: 6.4
// reads a whole body (any size) before anything can look at the request, so limits that must hold
// before the body is read are checked here, from the headers. It frames requests by
// Content-Length only: a chunked body is refused (411), as the API's clients never send one.
class HttpRequestFramer
{
public:
    enum class Position {
        BetweenRequests, // the last request ended with the last byte fed
        InsideRequest,   // a request has begun and not yet arrived whole
        Upgraded,        // the connection became a WebSocket; its bytes are no longer HTTP
        Refused,         // a request broke a limit: answer refusalStatus() and close
    };

    HttpRequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    Position feed(QByteArrayView bytes);

    Position position() const { return m_position; }
    // Requests that arrived whole so far.
    qint64 completedRequests() const { return m_completedRequests; }
    int refusalStatus() const { return m_refusalStatus; }
    QString refusalMessage() const { return m_refusalMessage; }

private:
    // Reads the header block that ends at headerEnd; false when it refused the request.
    bool readHeaders(qsizetype headerEnd);
    void refuse(int status, QString message);

    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    Position m_position = Position::BetweenRequests;
    QByteArray m_headers; // the current request's header block, while it arrives
    qint64 m_bodyBytesLeft = 0;
    bool m_readingBody = false;
    qint64 m_completedRequests = 0;
    int m_refusalStatus = 0;
    QString m_refusalMessage;
};
