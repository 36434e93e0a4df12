// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "unixsignalwatcher.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSignals, "tictactoe.app.signals", QtInfoMsg)

namespace {

// The handler is a plain function and cannot reach the instance, so the write end is global.
volatile sig_atomic_t activeWriteEnd = -1;

} // namespace

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
{
    if (activeWriteEnd != -1) {
        qCWarning(lcSignals) << "another UnixSignalWatcher is already installed";
        return;
    }
    int pair[2];
    // Non-blocking on both ends: the handler must never block, the reader drains until empty.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0) {
        qCWarning(lcSignals) << "cannot create the signal socket pair:" << std::strerror(errno);
        return;
    }
    m_readEnd = pair[0];
    m_writeEnd = pair[1];
    activeWriteEnd = m_writeEnd;

    m_notifier = new QSocketNotifier(m_readEnd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPendingSignals);

    bool allInstalled = true;
    for (const int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = &UnixSignalWatcher::handleSignal;
        sigemptyset(&action.sa_mask);
        // Interrupted system calls elsewhere in Qt resume instead of failing with EINTR.
        action.sa_flags = SA_RESTART;
        struct sigaction previous = {};
        if (::sigaction(signalNumber, &action, &previous) != 0) {
            qCWarning(lcSignals) << "cannot watch signal" << signalNumber << ":"
                                 << std::strerror(errno);
            allInstalled = false;
            continue;
        }
        m_previousHandlers.push_back({signalNumber, previous});
    }
    m_watching = allInstalled;
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (const PreviousHandler &previous : m_previousHandlers)
        ::sigaction(previous.signalNumber, &previous.action, nullptr);
    if (m_readEnd == -1)
        return;
    activeWriteEnd = -1;
    ::close(m_readEnd);
    ::close(m_writeEnd);
}

bool UnixSignalWatcher::isWatching() const
{
    return m_watching;
}

void UnixSignalWatcher::handleSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // When the socket is full the reader already has bytes waiting that wake it, so a failed
    // write is harmless.
    [[maybe_unused]] const ssize_t written = ::write(activeWriteEnd, &byte, 1);
    errno = savedErrno;
}

void UnixSignalWatcher::readPendingSignals()
{
    unsigned char buffer[64];
    for (;;) {
        const ssize_t count = ::read(m_readEnd, buffer, sizeof buffer);
        if (count <= 0)
            break;
        for (ssize_t index = 0; index < count; ++index)
            emit signalReceived(buffer[index]);
    }
}
