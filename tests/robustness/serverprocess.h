// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// The real `tictactoe --server` in a child process, on 127.0.0.1 and a free port, with a data
// directory of its own and no LAN beacon: what an operator runs, so that a crash, a hang or a leak
// shows as it would in production and not inside the test's own event loop.
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr int startTimeoutMs = 15000;

    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // Starts the binary with arguments after the fixed ones (--server, host, port 0, data
    // directory, --no-discovery). False, with a warning saying why, when no "listening on" line came.
    bool start(const QStringList &arguments);
    // Before start(): the most descriptors the server may open, as a hard limit it cannot raise.
    void setDescriptorLimit(int descriptors);
    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    // The server's open descriptors, from /proc: -1 once it is gone.
    int openDescriptorCount() const;
    // The processor time the server used so far, in and out of the kernel: -1 once it is gone.
    qint64 processorTimeMs() const;
    // Everything the server wrote on standard error so far.
    QByteArray standardError();
    // Asks the server to stop (SIGTERM) and waits; true when it exited normally in time.
    bool stop();

private:
    void readStandardError();

    QProcess m_process;
    QTemporaryDir m_dataDirectory;
    QByteArray m_standardError;
    quint16 m_port = 0;
};
