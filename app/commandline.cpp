// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "commandline.h"

#include <QStandardPaths>

#include <functional>
#include <limits>

namespace {

const QString programName = QStringLiteral("tictactoe");
const QString discoveryTargetVariable = QStringLiteral("TICTACTOE_DISCOVERY_TARGET");
const QString discoveryPortVariable = QStringLiteral("TICTACTOE_DISCOVERY_PORT");

// QTimer, which runs every timeout in the end, counts milliseconds in an int.
constexpr qint64 longestDelayMs = std::numeric_limits<int>::max();

LaunchOptions defaultOptions()
{
    LaunchOptions options;
    // IPv4 only by default: the LAN beacon announces IPv4 addresses.
    options.server.host = QHostAddress(QHostAddress::AnyIPv4);
    options.server.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}

QString asSentenceFragment(QString text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

QString optionSpelling(const QString &name)
{
    return name.size() == 1 ? u'-' + name : QStringLiteral("--") + name;
}

} // namespace

CommandLine::CommandLine(const QProcessEnvironment &environment)
    : m_environment(environment)
    , m_helpOption(m_parser.addHelpOption())
    , m_versionOption(m_parser.addVersionOption())
    , m_serverOption(QStringLiteral("server"),
                     QStringLiteral("Run the game server without a window."))
    , m_hostOption(QStringLiteral("host"),
                   QStringLiteral("IP address the server listens on (default 0.0.0.0)."),
                   QStringLiteral("address"))
    , m_portOption(QStringLiteral("port"),
                   QStringLiteral("TCP port of the server, 0 for any free port (default %1).")
                           .arg(defaultOptions().server.port),
                   QStringLiteral("port"))
    , m_turnTimeoutOption(QStringLiteral("turn-timeout-ms"),
                          QStringLiteral("Time a player has for a move (default %1).")
                                  .arg(defaultOptions().server.rules.turnTimeoutMs),
                          QStringLiteral("milliseconds"))
    , m_cleanupDelayOption(
              QStringLiteral("cleanup-delay-ms"),
              QStringLiteral("Time a finished game is kept before it is forgotten (default %1).")
                      .arg(defaultOptions().server.rules.cleanupDelayMs),
              QStringLiteral("milliseconds"))
    , m_computerThinkOption(
              QStringLiteral("computer-think-ms"),
              QStringLiteral("Time the computer opponent thinks before each move (default %1).")
                      .arg(defaultOptions().server.computerRules.thinkDelayMs),
              QStringLiteral("milliseconds"))
    , m_authenticationTimeoutOption(
              QStringLiteral("auth-timeout-ms"),
              QStringLiteral("Time a WebSocket has to authenticate before it is closed (default %1).")
                      .arg(defaultOptions().server.authenticationTimeoutMs),
              QStringLiteral("milliseconds"))
    , m_messagesPerSecondOption(
              QStringLiteral("messages-per-second"),
              QStringLiteral("Messages a WebSocket may send each second (default %1).")
                      .arg(defaultOptions().server.messagesPerSecond),
              QStringLiteral("count"))
    , m_messageBurstOption(QStringLiteral("message-burst"),
                           QStringLiteral("Messages a WebSocket may send in one burst (default %1).")
                                   .arg(defaultOptions().server.messageBurst),
                           QStringLiteral("count"))
    , m_waitingGamesOption(
              QStringLiteral("waiting-games-per-user"),
              QStringLiteral("Games a user may have created that nobody joined yet (default %1).")
                      .arg(defaultOptions().server.rules.waitingGamesPerUser),
              QStringLiteral("count"))
    , m_invitationsOption(
              QStringLiteral("invitations-per-minute"),
              QStringLiteral("Invitations a user may send at once, and again each minute (default %1).")
                      .arg(defaultOptions().server.invitationsPerMinute),
              QStringLiteral("count"))
    , m_userCreationsOption(
              QStringLiteral("user-creations-per-minute"),
              QStringLiteral("New users one address may create at once, and again each minute (default %1).")
                      .arg(defaultOptions().server.userCreationsPerMinute),
              QStringLiteral("count"))
    , m_maxConnectionsOption(QStringLiteral("max-connections"),
                             QStringLiteral("Connections the server keeps open in all (default %1).")
                                     .arg(defaultOptions().server.connections.maxConnections),
                             QStringLiteral("count"))
    , m_maxConnectionsPerAddressOption(
              QStringLiteral("max-connections-per-address"),
              QStringLiteral("Connections the server keeps open from one address (default %1).")
                      .arg(defaultOptions().server.connections.maxConnectionsPerAddress),
              QStringLiteral("count"))
    , m_httpRequestTimeoutOption(
              QStringLiteral("http-request-timeout-ms"),
              QStringLiteral("Time an HTTP request has to arrive whole; an idle connection is closed "
                             "after it too (default %1).")
                      .arg(defaultOptions().server.connections.httpRequestTimeoutMs),
              QStringLiteral("milliseconds"))
    , m_maxHeaderBytesOption(QStringLiteral("max-header-bytes"),
                             QStringLiteral("Largest header block of an HTTP request (default %1).")
                                     .arg(defaultOptions().server.connections.maxHeaderBytes),
                             QStringLiteral("bytes"))
    , m_maxMessageBytesOption(
              QStringLiteral("max-message-bytes"),
              QStringLiteral("Largest HTTP body or WebSocket message (default %1).")
                      .arg(defaultOptions().server.connections.maxBodyBytes),
              QStringLiteral("bytes"))
    , m_sendBacklogOption(
              QStringLiteral("send-backlog-bytes"),
              QStringLiteral("Unsent bytes a client may leave waiting before it is dropped (default %1).")
                      .arg(defaultOptions().server.connections.maxPendingSendBytes),
              QStringLiteral("bytes"))
    , m_pingIntervalOption(
              QStringLiteral("ping-interval-ms"),
              QStringLiteral("Time between pings of a WebSocket; one that misses a pong is dropped "
                             "(default %1).")
                      .arg(defaultOptions().server.pingIntervalMs),
              QStringLiteral("milliseconds"))
    , m_domainQueueLimitOption(
              QStringLiteral("domain-queue-limit"),
              QStringLiteral("Messages that may wait for the game logic before more are refused as "
                             "busy (default %1).")
                      .arg(defaultOptions().server.domainQueueLimit),
              QStringLiteral("count"))
    , m_noDiscoveryOption(QStringLiteral("no-discovery"),
                          QStringLiteral("Do not announce the server on the local network."))
    , m_discoveryTargetOption(
              QStringLiteral("discovery-target"),
              QStringLiteral("Address the LAN announcements go to (default %1, or %2).")
                      .arg(defaultOptions().discovery.target.toString(), discoveryTargetVariable),
              QStringLiteral("address"))
    , m_discoveryPortOption(
              QStringLiteral("discovery-port"),
              QStringLiteral("UDP port of the LAN announcements (default %1, or %2).")
                      .arg(defaultOptions().discovery.port)
                      .arg(discoveryPortVariable),
              QStringLiteral("port"))
    , m_dataDirectoryOption(QStringLiteral("data-dir"),
                            QStringLiteral("Directory where the host keeps its data (default %1).")
                                    .arg(defaultOptions().server.dataDirectory),
                            QStringLiteral("directory"))
    , m_options(defaultOptions())
{
    m_parser.setApplicationDescription(QStringLiteral(
            "Multiplayer tic-tac-toe on a local network. Without --server it opens the game "
            "window; with --server it runs only the game server."));
    m_parser.addOptions({m_serverOption, m_hostOption, m_portOption, m_turnTimeoutOption,
                         m_cleanupDelayOption, m_computerThinkOption, m_authenticationTimeoutOption, m_messagesPerSecondOption,
                         m_messageBurstOption, m_waitingGamesOption, m_invitationsOption,
                         m_userCreationsOption, m_maxConnectionsOption,
                         m_maxConnectionsPerAddressOption, m_httpRequestTimeoutOption,
                         m_maxHeaderBytesOption, m_maxMessageBytesOption, m_sendBacklogOption,
                         m_pingIntervalOption, m_domainQueueLimitOption, m_noDiscoveryOption,
                         m_discoveryTargetOption,
                         m_discoveryPortOption, m_dataDirectoryOption});
}

CommandLine::Action CommandLine::parse(const QStringList &arguments)
{
    m_options = defaultOptions();
    m_errorText.clear();

    if (!m_parser.parse(arguments)) {
        const QStringList unknownNames = m_parser.unknownOptionNames();
        if (!unknownNames.isEmpty()) {
            fail(QStringLiteral("unknown option '%1'; see --help")
                         .arg(optionSpelling(unknownNames.constFirst())));
        } else {
            fail(asSentenceFragment(m_parser.errorText()));
        }
        return Action::Fail;
    }
    // Help and version win over everything else, as users expect from any Unix tool. Qt's own
    // options are not accepted (the command line is read before any application object exists),
    // so --help-all, which addHelpOption() adds for them, shows the same help.
    if (m_parser.isSet(m_helpOption) || m_parser.isSet(QStringLiteral("help-all")))
        return Action::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Action::ShowVersion;
    return readOptions() ? Action::Run : Action::Fail;
}

const LaunchOptions &CommandLine::options() const
{
    return m_options;
}

QString CommandLine::errorText() const
{
    return m_errorText;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return programName + u' ' + version();
}

QString CommandLine::version()
{
    return QStringLiteral(TICTACTOE_VERSION);
}

bool CommandLine::readOptions()
{
    const QStringList positionalArguments = m_parser.positionalArguments();
    if (!positionalArguments.isEmpty()) {
        fail(QStringLiteral("unexpected argument '%1'; see --help")
                     .arg(positionalArguments.constFirst()));
        return false;
    }

    m_options.serverMode = m_parser.isSet(m_serverOption);
    if (m_parser.isSet(m_dataDirectoryOption)) {
        m_options.server.dataDirectory = m_parser.value(m_dataDirectoryOption);
        if (m_options.server.dataDirectory.isEmpty()) {
            fail(QStringLiteral("--data-dir: expected a directory"));
            return false;
        }
    }
    m_options.discovery.enabled = !m_parser.isSet(m_noDiscoveryOption);

    if (m_parser.isSet(m_hostOption)
        && !readAddress(QStringLiteral("--host"), m_parser.value(m_hostOption),
                        &m_options.server.host)) {
        return false;
    }

    qint64 number = 0;
    if (m_parser.isSet(m_portOption)) {
        if (!readNumber(QStringLiteral("--port"), m_parser.value(m_portOption), 0, 65535, &number))
            return false;
        m_options.server.port = quint16(number);
    }
    if (m_parser.isSet(m_turnTimeoutOption)) {
        if (!readNumber(QStringLiteral("--turn-timeout-ms"), m_parser.value(m_turnTimeoutOption),
                        1, longestDelayMs, &number)) {
            return false;
        }
        m_options.server.rules.turnTimeoutMs = number;
    }
    const std::pair<const QCommandLineOption *, std::function<void(qint64)>> limits[] = {
            {&m_authenticationTimeoutOption,
             [this](qint64 value) { m_options.server.authenticationTimeoutMs = int(value); }},
            {&m_messagesPerSecondOption, [this](qint64 value) { m_options.server.messagesPerSecond = double(value); }},
            {&m_messageBurstOption, [this](qint64 value) { m_options.server.messageBurst = double(value); }},
            {&m_waitingGamesOption, [this](qint64 value) { m_options.server.rules.waitingGamesPerUser = int(value); }},
            {&m_invitationsOption, [this](qint64 value) { m_options.server.invitationsPerMinute = double(value); }},
            {&m_userCreationsOption, [this](qint64 value) { m_options.server.userCreationsPerMinute = double(value); }},
            {&m_maxConnectionsOption, [this](qint64 value) { m_options.server.connections.maxConnections = int(value); }},
            {&m_maxConnectionsPerAddressOption,
             [this](qint64 value) { m_options.server.connections.maxConnectionsPerAddress = int(value); }},
            {&m_httpRequestTimeoutOption,
             [this](qint64 value) { m_options.server.connections.httpRequestTimeoutMs = int(value); }},
            {&m_maxHeaderBytesOption, [this](qint64 value) { m_options.server.connections.maxHeaderBytes = value; }},
            {&m_maxMessageBytesOption, [this](qint64 value) { m_options.server.connections.maxBodyBytes = value; }},
            {&m_sendBacklogOption, [this](qint64 value) { m_options.server.connections.maxPendingSendBytes = value; }},
            {&m_pingIntervalOption, [this](qint64 value) { m_options.server.pingIntervalMs = int(value); }},
            {&m_domainQueueLimitOption, [this](qint64 value) { m_options.server.domainQueueLimit = value; }},
    };
    for (const auto &[option, apply] : limits) {
        if (!m_parser.isSet(*option))
            continue;
        if (!readNumber(QStringLiteral("--") + option->names().constFirst(), m_parser.value(*option), 1,
                        std::numeric_limits<int>::max(), &number)) {
            return false;
        }
        apply(number);
    }
    if (m_parser.isSet(m_cleanupDelayOption)) {
        if (!readNumber(QStringLiteral("--cleanup-delay-ms"),
                        m_parser.value(m_cleanupDelayOption), 1, longestDelayMs, &number)) {
            return false;
        }
        m_options.server.rules.cleanupDelayMs = number;
    }
    if (m_parser.isSet(m_computerThinkOption)) {
        if (!readNumber(QStringLiteral("--computer-think-ms"),
                        m_parser.value(m_computerThinkOption), 0, longestDelayMs, &number)) {
            return false;
        }
        m_options.server.computerRules.thinkDelayMs = number;
    }

    // The flags win over the environment, so one run can override what a shell profile sets.
    if (m_parser.isSet(m_discoveryTargetOption)) {
        if (!readAddress(QStringLiteral("--discovery-target"),
                         m_parser.value(m_discoveryTargetOption), &m_options.discovery.target)) {
            return false;
        }
    } else if (const QString target = m_environment.value(discoveryTargetVariable);
               !target.isEmpty()) {
        if (!readAddress(discoveryTargetVariable, target, &m_options.discovery.target))
            return false;
    }

    // Announcements are sent to this port, and nothing can be sent to port 0.
    if (m_parser.isSet(m_discoveryPortOption)) {
        if (!readNumber(QStringLiteral("--discovery-port"), m_parser.value(m_discoveryPortOption),
                        1, 65535, &number)) {
            return false;
        }
        m_options.discovery.port = quint16(number);
    } else if (const QString port = m_environment.value(discoveryPortVariable); !port.isEmpty()) {
        if (!readNumber(discoveryPortVariable, port, 1, 65535, &number))
            return false;
        m_options.discovery.port = quint16(number);
    }
    return true;
}

bool CommandLine::readAddress(const QString &source, const QString &text, QHostAddress *address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(text)) {
        fail(QStringLiteral("%1: expected an IP address, got '%2'").arg(source, text));
        return false;
    }
    *address = parsed;
    return true;
}

bool CommandLine::readNumber(const QString &source, const QString &text, qint64 minimum,
                             qint64 maximum, qint64 *number)
{
    bool isNumber = false;
    const qint64 parsed = text.toLongLong(&isNumber);
    if (!isNumber || parsed < minimum || parsed > maximum) {
        fail(QStringLiteral("%1: expected a number from %2 to %3, got '%4'")
                     .arg(source)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text));
        return false;
    }
    *number = parsed;
    return true;
}

void CommandLine::fail(const QString &message)
{
    m_errorText = programName + QStringLiteral(": ") + message;
}
