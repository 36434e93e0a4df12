// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "connectionlimits.h"
#include "httprequestframer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

// Holds one HTTP connection to its limits while QHttpServer serves it: each request must arrive
// whole within the request timeout (counted from the connection or from the end of the request
// before), its headers and body must stay under their sizes, judged from the headers before the
// body is read, and answers the client leaves unread must stay under the send backlog. Goes once
// the connection is a WebSocket, whose own limits ClientConnection keeps.
class HttpConnectionWatch : public QObject
{
    Q_OBJECT

public:
    // Watches socket (and is deleted with it); must exist before QHttpServer reads from it.
    HttpConnectionWatch(QTcpSocket *socket, const ConnectionLimits &limits);

    // Answers status with a JSON error body and closes, without letting QHttpServer read more.
    static void refuseAndClose(QTcpSocket *socket, int status, const QString &message);

private:
    void readArrivingBytes();
    void timeOut();

    QTcpSocket *m_socket;
    HttpRequestFramer m_framer;
    qint64 m_maxPendingSendBytes;
    QTimer m_requestTimer;
};
