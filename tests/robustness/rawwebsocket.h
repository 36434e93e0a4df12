// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

// A WebSocket spoken frame by frame over a plain TCP socket, for what QWebSocket never does: text
// frames that are not UTF-8, frames whose header lies about their size, pongs nobody asked for,
// and a peer that never reads what it is sent.
class RawWebSocket : public QObject
{
    Q_OBJECT

public:
    enum class Reading { Frames, Never };
    enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

    static constexpr int waitTimeoutMs = 5000;

    // With Reading::Never the socket's receive buffer is made as small as the kernel allows and
    // nothing is read after the handshake, so that what the server sends piles up on its side.
    explicit RawWebSocket(Reading reading = Reading::Frames, QObject *parent = nullptr);

    // Connects and upgrades on /ws; false, with a warning, when the server did not agree in time.
    bool open(quint16 port);
    // Starts connecting and upgrading without waiting: isOpen() tells when it is done.
    void startOpening(quint16 port);
    bool isOpen() const { return m_upgraded; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void sendFrame(quint8 opcode, const QByteArray &payload, bool final = true);
    void sendText(const QByteArray &utf8) { sendFrame(Text, utf8); }
    // Writes a frame header that announces length bytes and the first of them only.
    void sendTruncatedFrame(quint8 opcode, quint64 length, const QByteArray &start);

    // The text messages received so far, oldest first.
    const QList<QByteArray> &texts() const { return m_texts; }
    bool hasClosed() const { return m_closeCode != 0 || !isConnected(); }
    // The code and reason of the server's close frame; 0 while none came.
    int closeCode() const { return m_closeCode; }
    QByteArray closeReason() const { return m_closeReason; }
    bool waitForClose(int timeoutMs = waitTimeoutMs);
    void abort() { m_socket.abort(); }

private:
    void readAvailable();
    void parseFrames();

    Reading m_reading;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_upgraded = false;
    QList<QByteArray> m_texts;
    QByteArray m_fragments;
    int m_closeCode = 0;
    QByteArray m_closeReason;
};
