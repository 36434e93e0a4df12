// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "commandline.h"
#include "desktopapp.h"
#include "epolleventdispatcher.h"
#include "gameserver.h"
#include "joinlinks.h"
#include "lanannouncer.h"
#include "sqlitestore.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcApp, "tictactoe.app", QtInfoMsg)

namespace {

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    return arguments;
}

// Each connection holds a descriptor: take as many as the system lets this process have.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
        qCWarning(lcApp) << "could not raise the descriptor limit to" << limit.rlim_max;
}

// Where a browser joins: a person reads these lines, so they come after the "listening" line that
// scripts wait for.
void printJoinLinks(const QHostAddress &bound, quint16 port)
{
    QTextStream out(stdout);
    const QList<QHostAddress> lanAddresses = JoinLinks::lanAddresses(bound);
    for (const QHostAddress &address : lanAddresses)
        out << "play in a browser: " << JoinLinks::link(address, port).toString() << Qt::endl;
    if (!lanAddresses.isEmpty())
        return;
    if (bound.isLoopback()) {
        out << "play in a browser on this computer only (the server listens on loopback): "
            << JoinLinks::link(bound, port).toString() << Qt::endl;
    } else {
        const QHostAddress loopback(bound == QHostAddress::AnyIPv6 ? QHostAddress::LocalHostIPv6
                                                                   : QHostAddress::LocalHost);
        out << "play in a browser on this computer only (it has no network others can reach): "
            << JoinLinks::link(loopback, port).toString() << Qt::endl;
    }
}

int runServer(int &argc, char *argv[], const LaunchOptions &options)
{
    // The loop holds every player's socket: see EpollEventDispatcher.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);

    // Watching before the server starts means a SIGTERM sent as soon as the "listening" line
    // appears still ends the process cleanly.
    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app,
                     [](int signalNumber) {
                         qCInfo(lcApp) << "received signal" << signalNumber << "- stopping";
                         QCoreApplication::quit();
                     });

    GameServer server(options.server, SqliteStore::factoryFor(options.server.dataDirectory));
    if (const Outcome<> started = server.start(); !started) {
        QTextStream(stderr) << "tictactoe: " << started.error().message << Qt::endl;
        return 1;
    }
    // Players on the LAN find a dedicated server like a hosted game.
    LanAnnouncer announcer(options.discovery);
    announcer.setAlias(QStringLiteral("Dedicated server"));
    announcer.setGamePort(server.port());
    QObject::connect(&server, &GameServer::playersOnlineChanged, &announcer,
                     &LanAnnouncer::setPlayersOnline);
    announcer.start();

    // Scripts and tests wait for exactly this line, so it goes out at once.
    QTextStream(stdout) << "listening on " << server.url().toString() << Qt::endl;
    printJoinLinks(options.server.host, server.port());
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("TicTacToe"));
    QCoreApplication::setApplicationName(QStringLiteral("tictactoe"));
    QCoreApplication::setApplicationVersion(CommandLine::version());

    // The whole command line is read before any application object exists: --server must not
    // load a GUI platform, and --help, --version and mistakes must work without a display.
    CommandLine commandLine;
    switch (commandLine.parse(argumentList(argc, argv))) {
    case CommandLine::Action::Fail:
        QTextStream(stderr) << commandLine.errorText() << Qt::endl;
        return CommandLine::usageErrorExitCode;
    case CommandLine::Action::ShowHelp: {
        // The help text names the program as it was invoked, which needs an application object.
        QCoreApplication app(argc, argv);
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    }
    case CommandLine::Action::ShowVersion:
        QTextStream(stdout) << commandLine.versionText() << Qt::endl;
        return 0;
    case CommandLine::Action::Run:
        break;
    }

    raiseDescriptorLimit();
    if (commandLine.options().serverMode)
        return runServer(argc, argv, commandLine.options());

    QGuiApplication app(argc, argv);
    return runDesktopApp(app, commandLine.options());
}
