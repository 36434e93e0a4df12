// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "launchoptions.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QStringList>

// Turns the program's arguments (and two environment variables) into LaunchOptions. It starts
// nothing and never exits the process, so main() decides what to print and tests can check every
// outcome.
class CommandLine
{
public:
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        Fail,
    };

    // Exit code for a command line that could not be understood, as most Unix tools do.
    static constexpr int usageErrorExitCode = 2;

    explicit CommandLine(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // arguments includes the program name first, like QCoreApplication::arguments().
    Action parse(const QStringList &arguments);

    // Valid after parse() returned Run.
    const LaunchOptions &options() const;
    // One line starting with "tictactoe: ", valid after parse() returned Fail.
    QString errorText() const;
    QString helpText() const;
    QString versionText() const;

    static QString version();

private:
    bool readOptions();
    bool readAddress(const QString &source, const QString &text, QHostAddress *address);
    bool readNumber(const QString &source, const QString &text, qint64 minimum, qint64 maximum,
                    qint64 *number);
    void fail(const QString &message);

    QProcessEnvironment m_environment;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_hostOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_turnTimeoutOption;
    QCommandLineOption m_cleanupDelayOption;
    QCommandLineOption m_computerThinkOption;
    QCommandLineOption m_authenticationTimeoutOption;
    QCommandLineOption m_messagesPerSecondOption;
    QCommandLineOption m_messageBurstOption;
    QCommandLineOption m_waitingGamesOption;
    QCommandLineOption m_invitationsOption;
    QCommandLineOption m_userCreationsOption;
    QCommandLineOption m_maxConnectionsOption;
    QCommandLineOption m_maxConnectionsPerAddressOption;
    QCommandLineOption m_httpRequestTimeoutOption;
    QCommandLineOption m_maxHeaderBytesOption;
    QCommandLineOption m_maxMessageBytesOption;
    QCommandLineOption m_sendBacklogOption;
    QCommandLineOption m_pingIntervalOption;
    QCommandLineOption m_domainQueueLimitOption;
    QCommandLineOption m_noDiscoveryOption;
    QCommandLineOption m_discoveryTargetOption;
    QCommandLineOption m_discoveryPortOption;
    QCommandLineOption m_dataDirectoryOption;
    LaunchOptions m_options;
    QString m_errorText;
};
