// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QObject>

#include <signal.h>

#include <vector>

class QSocketNotifier;

// Turns Unix signals into a Qt signal delivered by the event loop (the self-pipe pattern): the
// handler only writes the signal number to a socket pair, because almost nothing else is safe
// inside a signal handler. One instance at a time; destroying it brings the previous handlers back.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // False when the socket pair or a handler could not be set up; the signals not watched keep
    // their previous behaviour.
    bool isWatching() const;

signals:
    void signalReceived(int signalNumber);

private:
    struct PreviousHandler
    {
        int signalNumber;
        struct sigaction action;
    };

    static void handleSignal(int signalNumber);
    void readPendingSignals();

    std::vector<PreviousHandler> m_previousHandlers;
    int m_readEnd = -1;
    int m_writeEnd = -1;
    QSocketNotifier *m_notifier = nullptr;
    bool m_watching = false;
};
