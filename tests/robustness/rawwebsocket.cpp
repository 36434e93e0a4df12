// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "rawwebsocket.h"

#include <QDebug>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <sys/socket.h>

RawWebSocket::RawWebSocket(Reading reading, QObject *parent)
    : QObject(parent)
    , m_reading(reading)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawWebSocket::readAvailable);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        QByteArray key(16, Qt::Uninitialized);
        for (char &byte : key)
            byte = char(QRandomGenerator::global()->bounded(256));
        m_socket.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_socket.peerPort())
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                       + key.toBase64() + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    });
}

bool RawWebSocket::open(quint16 port)
{
    startOpening(port);
    if (!QTest::qWaitFor([this] { return m_upgraded || m_socket.state() == QAbstractSocket::UnconnectedState; },
                         waitTimeoutMs)
        || !m_upgraded) {
        qWarning() << "the raw WebSocket did not upgrade:" << m_socket.errorString() << m_buffer.left(200);
        return false;
    }
    return true;
}

void RawWebSocket::startOpening(quint16 port)
{
    if (m_reading == Reading::Never) {
        // Bound first so that the option is set before the window is offered: the kernel keeps a
        // floor of a few KiB, which a few frames fill.
        m_socket.bind(QHostAddress::LocalHost);
        const int smallest = 1;
        setsockopt(int(m_socket.socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &smallest, sizeof smallest);
    }
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawWebSocket::sendFrame(quint8 opcode, const QByteArray &payload, bool final)
{
    QByteArray frame;
    frame.append(char((final ? 0x80 : 0x00) | opcode));
    // Clients must mask: a zero key is a valid key and leaves the payload as it is.
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size <= 0xFFFF) {
        frame.append(char(0x80 | 126));
        frame.append(char(size >> 8)).append(char(size & 0xFF));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xFF));
    }
    frame.append(4, '\0');
    m_socket.write(frame + payload);
}

void RawWebSocket::sendTruncatedFrame(quint8 opcode, quint64 length, const QByteArray &start)
{
    QByteArray header;
    header.append(char(0x80 | opcode));
    header.append(char(0x80 | 127));
    for (int shift = 56; shift >= 0; shift -= 8)
        header.append(char((length >> shift) & 0xFF));
    header.append(4, '\0');
    m_socket.write(header + start);
}

bool RawWebSocket::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] { return hasClosed(); }, timeoutMs);
}

void RawWebSocket::readAvailable()
{
    if (m_reading == Reading::Never && m_upgraded)
        return;
    m_buffer += m_socket.readAll();
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 101 ")) {
            m_socket.abort();
            return;
        }
        m_buffer.remove(0, end + 4);
        m_upgraded = true;
        if (m_reading == Reading::Never) {
            // From here on Qt stops taking bytes from the kernel once this much is buffered.
            m_socket.setReadBufferSize(1);
            return;
        }
    }
    parseFrames();
}

void RawWebSocket::parseFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto first = quint8(m_buffer.at(0));
        const auto second = quint8(m_buffer.at(1));
        qsizetype headerSize = 2;
        quint64 size = second & 0x7F;
        if (size == 126) {
            if (m_buffer.size() < 4)
                return;
            size = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            headerSize = 4;
        } else if (size == 127) {
            if (m_buffer.size() < 10)
                return;
            size = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            headerSize = 10;
        }
        if (quint64(m_buffer.size() - headerSize) < size)
            return;
        const QByteArray payload = m_buffer.mid(headerSize, qsizetype(size));
        m_buffer.remove(0, headerSize + qsizetype(size));
        const quint8 opcode = first & 0x0F;
        const bool final = first & 0x80;
        if (opcode == Close) {
            m_closeCode = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
            m_closeReason = payload.mid(2);
        } else if (opcode == Ping) {
            sendFrame(Pong, payload);
        } else if (opcode == Text || opcode == Continuation) {
            m_fragments += payload;
            if (final) {
                m_texts.append(m_fragments);
                m_fragments.clear();
            }
        }
    }
}
