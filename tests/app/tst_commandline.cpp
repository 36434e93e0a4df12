// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "commandline.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

namespace {

QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

QStringList commandLineOf(const QStringList &arguments)
{
    return QStringList{QStringLiteral("tictactoe")} + arguments;
}

} // namespace

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutArguments();
    void serverFlag();
    void hostFlag_data();
    void hostFlag();
    void portFlag_data();
    void portFlag();
    void turnTimeoutFlag();
    void cleanupDelayFlag();
    void noDiscoveryFlag();
    void limitFlags();
    void computerThinkFlag();
    void dataDirectoryFlag();
    void discoveryTargetFlag();
    void discoveryPortFlag();
    void discoveryTargetFromEnvironment();
    void discoveryPortFromEnvironment();
    void flagsWinOverEnvironment();
    void emptyEnvironmentVariablesAreIgnored();
    void readsTheProcessEnvironmentByDefault();
    void errors_data();
    void errors();
    void environmentErrors_data();
    void environmentErrors();
    void parsingAgainStartsFromDefaults();
    void help_data();
    void help();
    void helpWinsOverBadValues();
    void version_data();
    void version();
};

void TestCommandLine::defaultsWithoutArguments()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);

    const LaunchOptions &options = commandLine.options();
    QCOMPARE(options.serverMode, false);
    QCOMPARE(options.server.host, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(options.server.port, quint16(8080));
    QCOMPARE(options.server.rules.turnTimeoutMs, qint64(20000));
    QCOMPARE(options.server.rules.cleanupDelayMs, qint64(10000));
    QCOMPARE(options.discovery.enabled, true);
    QCOMPARE(options.discovery.target, QHostAddress(QStringLiteral("255.255.255.255")));
    QCOMPARE(options.discovery.port, quint16(45454));
    QCOMPARE(commandLine.errorText(), QString());
}

void TestCommandLine::serverFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--server")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().serverMode, true);
}

void TestCommandLine::hostFlag_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv4 LAN") << QStringLiteral("192.168.1.20");
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1");
    QTest::newRow("IPv6 any") << QStringLiteral("::");
}

void TestCommandLine::hostFlag()
{
    QFETCH(QString, value);
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--host"), value})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.host, QHostAddress(value));
}

void TestCommandLine::portFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("port");
    QTest::newRow("any free port") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << 0;
    QTest::newRow("highest") << QStringList{QStringLiteral("--port"), QStringLiteral("65535")}
                             << 65535;
    QTest::newRow("equals sign") << QStringList{QStringLiteral("--port=9000")} << 9000;
    QTest::newRow("last one wins") << QStringList{QStringLiteral("--port"), QStringLiteral("1"),
                                                  QStringLiteral("--port"), QStringLiteral("2")}
                                   << 2;
}

void TestCommandLine::portFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, port);
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf(arguments)), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.port, quint16(port));
}

void TestCommandLine::turnTimeoutFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--turn-timeout-ms"),
                                              QStringLiteral("1500")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.rules.turnTimeoutMs, qint64(1500));
    QCOMPARE(commandLine.options().server.rules.cleanupDelayMs, qint64(10000));
}

void TestCommandLine::cleanupDelayFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--cleanup-delay-ms"),
                                              QStringLiteral("1")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.rules.cleanupDelayMs, qint64(1));
    QCOMPARE(commandLine.options().server.rules.turnTimeoutMs, qint64(20000));
}

// Zero is allowed: the computer then plays at once (the tests' speed).
void TestCommandLine::computerThinkFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.computerRules.thinkDelayMs, qint64(700));
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--computer-think-ms"), QStringLiteral("0")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.computerRules.thinkDelayMs, qint64(0));
}

void TestCommandLine::dataDirectoryFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    // A host keeps its data where the platform keeps applications' data, unless told otherwise.
    QCOMPARE(commandLine.options().server.dataDirectory,
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(!commandLine.options().server.dataDirectory.isEmpty());

    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--data-dir"), QStringLiteral("/srv/tictactoe")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.dataDirectory, QStringLiteral("/srv/tictactoe"));

    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--data-dir"), QString()})),
             CommandLine::Action::Fail);
    QCOMPARE(commandLine.errorText(), QStringLiteral("tictactoe: --data-dir: expected a directory"));
}

void TestCommandLine::limitFlags()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.authenticationTimeoutMs, 10000);
    QCOMPARE(commandLine.options().server.messagesPerSecond, 20.0);
    QCOMPARE(commandLine.options().server.messageBurst, 40.0);
    QCOMPARE(commandLine.options().server.rules.waitingGamesPerUser, 5);
    QCOMPARE(commandLine.options().server.invitationsPerMinute, 10.0);

    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--auth-timeout-ms"), QStringLiteral("2500"),
                                              QStringLiteral("--messages-per-second"), QStringLiteral("50"),
                                              QStringLiteral("--message-burst"), QStringLiteral("80"),
                                              QStringLiteral("--waiting-games-per-user"), QStringLiteral("3"),
                                              QStringLiteral("--invitations-per-minute"), QStringLiteral("4")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().server.authenticationTimeoutMs, 2500);
    QCOMPARE(commandLine.options().server.messagesPerSecond, 50.0);
    QCOMPARE(commandLine.options().server.messageBurst, 80.0);
    QCOMPARE(commandLine.options().server.rules.waitingGamesPerUser, 3);
    QCOMPARE(commandLine.options().server.invitationsPerMinute, 4.0);

    const ServerSettings defaults;
    QCOMPARE(defaults.userCreationsPerMinute, 20.0);
    QCOMPARE(defaults.connections.maxConnections, 10000);
    QCOMPARE(defaults.connections.maxConnectionsPerAddress, 128);
    QCOMPARE(defaults.connections.httpRequestTimeoutMs, 10000);
    QCOMPARE(defaults.connections.maxHeaderBytes, 16 * 1024);
    QCOMPARE(defaults.connections.maxBodyBytes, 64 * 1024);
    QCOMPARE(defaults.connections.maxPendingSendBytes, 4 * 1024 * 1024);
    QCOMPARE(defaults.pingIntervalMs, 15000);
    QCOMPARE(defaults.domainQueueLimit, 10000);
    QCOMPARE(commandLine.parse(commandLineOf({u"--user-creations-per-minute"_s, u"7"_s,
                                              u"--max-connections"_s, u"20000"_s,
                                              u"--max-connections-per-address"_s, u"19000"_s,
                                              u"--http-request-timeout-ms"_s, u"3000"_s,
                                              u"--max-header-bytes"_s, u"8192"_s,
                                              u"--max-message-bytes"_s, u"4096"_s,
                                              u"--send-backlog-bytes"_s, u"65536"_s,
                                              u"--ping-interval-ms"_s, u"500"_s,
                                              u"--domain-queue-limit"_s, u"300"_s})),
             CommandLine::Action::Run);
    const ServerSettings &set = commandLine.options().server;
    QCOMPARE(set.userCreationsPerMinute, 7.0);
    QCOMPARE(set.connections.maxConnections, 20000);
    QCOMPARE(set.connections.maxConnectionsPerAddress, 19000);
    QCOMPARE(set.connections.httpRequestTimeoutMs, 3000);
    QCOMPARE(set.connections.maxHeaderBytes, 8192);
    QCOMPARE(set.connections.maxBodyBytes, 4096);
    QCOMPARE(set.connections.maxPendingSendBytes, 65536);
    QCOMPARE(set.pingIntervalMs, 500);
    QCOMPARE(set.domainQueueLimit, 300);

    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--message-burst"), QStringLiteral("0")})),
             CommandLine::Action::Fail);
    QVERIFY2(commandLine.errorText().startsWith(QStringLiteral("tictactoe: --message-burst: expected a number")),
             qPrintable(commandLine.errorText()));
}

void TestCommandLine::noDiscoveryFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--no-discovery")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.enabled, false);
}

void TestCommandLine::discoveryTargetFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--discovery-target"),
                                              QStringLiteral("127.0.0.1")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.target, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(commandLine.options().discovery.enabled, true);
}

void TestCommandLine::discoveryPortFlag()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--discovery-port"),
                                              QStringLiteral("50000")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.port, quint16(50000));
}

void TestCommandLine::discoveryTargetFromEnvironment()
{
    CommandLine commandLine{environmentWith(
            {{QStringLiteral("TICTACTOE_DISCOVERY_TARGET"), QStringLiteral("127.0.0.1")}})};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.target, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(commandLine.options().discovery.port, quint16(45454));
}

void TestCommandLine::discoveryPortFromEnvironment()
{
    CommandLine commandLine{
            environmentWith({{QStringLiteral("TICTACTOE_DISCOVERY_PORT"), QStringLiteral("40000")}})};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.port, quint16(40000));
    QCOMPARE(commandLine.options().discovery.target,
             QHostAddress(QStringLiteral("255.255.255.255")));
}

void TestCommandLine::flagsWinOverEnvironment()
{
    // The environment holds values that would be errors: the flags must keep them from being read.
    CommandLine commandLine{environmentWith(
            {{QStringLiteral("TICTACTOE_DISCOVERY_TARGET"), QStringLiteral("not an address")},
             {QStringLiteral("TICTACTOE_DISCOVERY_PORT"), QStringLiteral("not a port")}})};
    QCOMPARE(commandLine.parse(commandLineOf(
                     {QStringLiteral("--discovery-target"), QStringLiteral("127.0.0.2"),
                      QStringLiteral("--discovery-port"), QStringLiteral("41000")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.target, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(commandLine.options().discovery.port, quint16(41000));
}

void TestCommandLine::emptyEnvironmentVariablesAreIgnored()
{
    CommandLine commandLine{
            environmentWith({{QStringLiteral("TICTACTOE_DISCOVERY_TARGET"), QString()},
                             {QStringLiteral("TICTACTOE_DISCOVERY_PORT"), QString()}})};
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.target,
             QHostAddress(QStringLiteral("255.255.255.255")));
    QCOMPARE(commandLine.options().discovery.port, quint16(45454));
}

void TestCommandLine::readsTheProcessEnvironmentByDefault()
{
    const QByteArray name = QByteArrayLiteral("TICTACTOE_DISCOVERY_PORT");
    const QByteArray previous = qgetenv(name.constData());
    const bool hadPrevious = qEnvironmentVariableIsSet(name.constData());
    qputenv(name.constData(), QByteArrayLiteral("43210"));
    const auto restore = qScopeGuard([&] {
        if (hadPrevious)
            qputenv(name.constData(), previous);
        else
            qunsetenv(name.constData());
    });

    CommandLine commandLine;
    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().discovery.port, quint16(43210));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString portRange = QStringLiteral("expected a number from 0 to 65535");
    const QString delayRange = QStringLiteral("expected a number from 1 to 2147483647");
    const QString discoveryPortRange = QStringLiteral("expected a number from 1 to 65535");

    QTest::newRow("port not a number")
            << QStringList{QStringLiteral("--port"), QStringLiteral("abc")}
            << QStringLiteral("tictactoe: --port: %1, got 'abc'").arg(portRange);
    QTest::newRow("port too big")
            << QStringList{QStringLiteral("--port"), QStringLiteral("65536")}
            << QStringLiteral("tictactoe: --port: %1, got '65536'").arg(portRange);
    QTest::newRow("port negative")
            << QStringList{QStringLiteral("--port=-1")}
            << QStringLiteral("tictactoe: --port: %1, got '-1'").arg(portRange);
    QTest::newRow("port empty")
            << QStringList{QStringLiteral("--port=")}
            << QStringLiteral("tictactoe: --port: %1, got ''").arg(portRange);
    QTest::newRow("turn timeout zero")
            << QStringList{QStringLiteral("--turn-timeout-ms"), QStringLiteral("0")}
            << QStringLiteral("tictactoe: --turn-timeout-ms: %1, got '0'").arg(delayRange);
    QTest::newRow("turn timeout negative")
            << QStringList{QStringLiteral("--turn-timeout-ms=-5")}
            << QStringLiteral("tictactoe: --turn-timeout-ms: %1, got '-5'").arg(delayRange);
    QTest::newRow("turn timeout beyond a timer")
            << QStringList{QStringLiteral("--turn-timeout-ms"), QStringLiteral("2147483648")}
            << QStringLiteral("tictactoe: --turn-timeout-ms: %1, got '2147483648'")
                       .arg(delayRange);
    QTest::newRow("turn timeout with unit")
            << QStringList{QStringLiteral("--turn-timeout-ms"), QStringLiteral("20s")}
            << QStringLiteral("tictactoe: --turn-timeout-ms: %1, got '20s'").arg(delayRange);
    QTest::newRow("cleanup delay not a number")
            << QStringList{QStringLiteral("--cleanup-delay-ms"), QStringLiteral("soon")}
            << QStringLiteral("tictactoe: --cleanup-delay-ms: %1, got 'soon'").arg(delayRange);
    QTest::newRow("cleanup delay zero")
            << QStringList{QStringLiteral("--cleanup-delay-ms"), QStringLiteral("0")}
            << QStringLiteral("tictactoe: --cleanup-delay-ms: %1, got '0'").arg(delayRange);
    QTest::newRow("host name instead of address")
            << QStringList{QStringLiteral("--host"), QStringLiteral("localhost")}
            << QStringLiteral("tictactoe: --host: expected an IP address, got 'localhost'");
    QTest::newRow("host out of range")
            << QStringList{QStringLiteral("--host"), QStringLiteral("300.1.1.1")}
            << QStringLiteral("tictactoe: --host: expected an IP address, got '300.1.1.1'");
    QTest::newRow("discovery target not an address")
            << QStringList{QStringLiteral("--discovery-target"), QStringLiteral("everyone")}
            << QStringLiteral(
                       "tictactoe: --discovery-target: expected an IP address, got 'everyone'");
    QTest::newRow("discovery port zero")
            << QStringList{QStringLiteral("--discovery-port"), QStringLiteral("0")}
            << QStringLiteral("tictactoe: --discovery-port: %1, got '0'").arg(discoveryPortRange);
    QTest::newRow("discovery port too big")
            << QStringList{QStringLiteral("--discovery-port"), QStringLiteral("70000")}
            << QStringLiteral("tictactoe: --discovery-port: %1, got '70000'")
                       .arg(discoveryPortRange);
    QTest::newRow("unknown long option")
            << QStringList{QStringLiteral("--server"), QStringLiteral("--bogus")}
            << QStringLiteral("tictactoe: unknown option '--bogus'; see --help");
    QTest::newRow("unknown short option")
            << QStringList{QStringLiteral("-x")}
            << QStringLiteral("tictactoe: unknown option '-x'; see --help");
    QTest::newRow("missing value")
            << QStringList{QStringLiteral("--port")}
            << QStringLiteral("tictactoe: missing value after '--port'");
    QTest::newRow("value given to a switch")
            << QStringList{QStringLiteral("--server=yes")}
            << QStringLiteral("tictactoe: unexpected value after '--server'");
    QTest::newRow("positional argument")
            << QStringList{QStringLiteral("--server"), QStringLiteral("8080")}
            << QStringLiteral("tictactoe: unexpected argument '8080'; see --help");
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf(arguments)), CommandLine::Action::Fail);
    QCOMPARE(commandLine.errorText(), message);
}

void TestCommandLine::environmentErrors_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("target not an address")
            << QStringLiteral("TICTACTOE_DISCOVERY_TARGET") << QStringLiteral("lan")
            << QStringLiteral(
                       "tictactoe: TICTACTOE_DISCOVERY_TARGET: expected an IP address, got 'lan'");
    QTest::newRow("port not a number")
            << QStringLiteral("TICTACTOE_DISCOVERY_PORT") << QStringLiteral("abc")
            << QStringLiteral("tictactoe: TICTACTOE_DISCOVERY_PORT: expected a number from 1 to "
                              "65535, got 'abc'");
    QTest::newRow("port zero")
            << QStringLiteral("TICTACTOE_DISCOVERY_PORT") << QStringLiteral("0")
            << QStringLiteral("tictactoe: TICTACTOE_DISCOVERY_PORT: expected a number from 1 to "
                              "65535, got '0'");
}

void TestCommandLine::environmentErrors()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, message);
    CommandLine commandLine{environmentWith({{variable, value}})};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--server")})),
             CommandLine::Action::Fail);
    QCOMPARE(commandLine.errorText(), message);
}

void TestCommandLine::parsingAgainStartsFromDefaults()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--port"), QStringLiteral("abc")})),
             CommandLine::Action::Fail);
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--server"),
                                              QStringLiteral("--port"), QStringLiteral("9")})),
             CommandLine::Action::Run);
    QCOMPARE(commandLine.errorText(), QString());
    QCOMPARE(commandLine.options().server.port, quint16(9));

    QCOMPARE(commandLine.parse(commandLineOf({})), CommandLine::Action::Run);
    QCOMPARE(commandLine.options().serverMode, false);
    QCOMPARE(commandLine.options().server.port, quint16(8080));
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("long") << QStringLiteral("--help");
    QTest::newRow("short") << QStringLiteral("-h");
    QTest::newRow("all") << QStringLiteral("--help-all");
}

void TestCommandLine::help()
{
    QFETCH(QString, flag);
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({flag})), CommandLine::Action::ShowHelp);

    const QString text = commandLine.helpText();
    QVERIFY2(text.startsWith(QStringLiteral("Usage: ")), qPrintable(text));
    const QStringList documentedFlags = {
        QStringLiteral("--server"),           QStringLiteral("--host <address>"),
        QStringLiteral("--port <port>"),      QStringLiteral("--turn-timeout-ms <milliseconds>"),
        QStringLiteral("--cleanup-delay-ms <milliseconds>"), QStringLiteral("--no-discovery"),
        QStringLiteral("--computer-think-ms <milliseconds>"),
        QStringLiteral("--discovery-target <address>"),
        QStringLiteral("--discovery-port <port>"), QStringLiteral("--help"),
        QStringLiteral("--version"),          QStringLiteral("TICTACTOE_DISCOVERY_TARGET"),
        QStringLiteral("TICTACTOE_DISCOVERY_PORT"),
    };
    for (const QString &documented : documentedFlags)
        QVERIFY2(text.contains(documented), qPrintable(documented));
}

void TestCommandLine::helpWinsOverBadValues()
{
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({QStringLiteral("--port"), QStringLiteral("abc"),
                                              QStringLiteral("--help")})),
             CommandLine::Action::ShowHelp);
}

void TestCommandLine::version_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCommandLine::version()
{
    QFETCH(QString, flag);
    CommandLine commandLine{QProcessEnvironment()};
    QCOMPARE(commandLine.parse(commandLineOf({flag})), CommandLine::Action::ShowVersion);
    QCOMPARE(commandLine.versionText(),
             QStringLiteral("tictactoe " TICTACTOE_EXPECTED_VERSION));
    QCOMPARE(CommandLine::version(), QStringLiteral(TICTACTOE_EXPECTED_VERSION));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
