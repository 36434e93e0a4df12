// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "discoverydatagram.h"
#include "lanannouncer.h"
#include "lanbrowser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <limits>
#include <memory>
#include <optional>

namespace {

// Every beacon in these tests stays on loopback; the product's default broadcast target is never used.
const QHostAddress loopbackBroadcast(QStringLiteral("127.255.255.255"));

const auto announceUntilKilledArgument = QByteArrayLiteral("--announce-until-killed");
constexpr int fastIntervalMs = 100;

DiscoverySettings loopbackSettings(quint16 port)
{
    DiscoverySettings settings;
    settings.target = QHostAddress(QHostAddress::LocalHost);
    settings.port = port;
    settings.announceIntervalMs = fastIntervalMs;
    return settings;
}

std::optional<DiscoveredHost> findHost(const LanBrowser &browser, quint16 gamePort)
{
    for (const DiscoveredHost &host : browser.hosts()) {
        if (host.port == gamePort)
            return host;
    }
    return std::nullopt;
}

DiscoveredHost hostOfSignal(const QSignalSpy &spy, qsizetype index)
{
    return qvariant_cast<DiscoveredHost>(spy.at(index).at(0));
}

QJsonObject validBeaconObject()
{
    return QJsonObject{
        {QStringLiteral("service"), QStringLiteral("tictactoe")},
        {QStringLiteral("protocol"), 1},
        {QStringLiteral("kind"), QStringLiteral("announce")},
        {QStringLiteral("name"), QStringLiteral("den")},
        {QStringLiteral("alias"), QStringLiteral("alice")},
        {QStringLiteral("port"), 8080},
        {QStringLiteral("players"), 2},
    };
}

QByteArray beaconWith(const QString &key, const QJsonValue &value)
{
    QJsonObject object = validBeaconObject();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray announcementOf(quint16 gamePort)
{
    DiscoveryDatagram datagram;
    datagram.name = QStringLiteral("raw");
    datagram.gamePort = gamePort;
    return datagram.encode();
}

// Runs in a child process so the test can kill it: a host that crashes or loses power says no bye.
int announceUntilKilled(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    LanAnnouncer announcer(loopbackSettings(quint16(QByteArray(argv[2]).toUShort())));
    announcer.setAlias(QStringLiteral("doomed"));
    announcer.setGamePort(quint16(QByteArray(argv[3]).toUShort()));
    announcer.start();
    // The parent kills us long before this; the bound only keeps an orphan from running forever.
    QTimer::singleShot(30000, &application, &QCoreApplication::quit);
    return application.exec();
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datagramRoundTrip_data();
    void datagramRoundTrip();
    void datagramToleratesUnknownFields();
    void datagramCarriesTheGameProtocol();
    void datagramRejects_data();
    void datagramRejects();
    void encodeCutsLongTextsToStayWithinTheMaximumSize();

    void hostAppearsAtOnceWithItsDetails();
    void changeGoesOutWithTheNextBeacon();
    void stopSaysByeAndTheHostDisappearsAtOnce();
    void destroyingARunningAnnouncerSaysBye();
    void silentHostIsDroppedAfterTheExpiry();
    void garbageIsIgnored();
    void disabledAnnouncerSendsNothing();
    void announcerWithoutGamePortDoesNotStart();
    void browserFailsWhenThePortIsTaken();
    void disabledBrowserDoesNotListen();
    void stoppedBrowserForgetsEveryHost();

    void unicastToLoopbackReachesOnlyOneBrowserOnASharedPort();
    void loopbackBroadcastReachesEveryBrowserOnASharedPort();
};

void TestDiscovery::datagramRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<int>("gamePort");
    QTest::addColumn<int>("players");

    QTest::newRow("announce") << int(DiscoveryDatagram::Kind::Announce) << "den" << "alice" << 8080
            << 2;
    QTest::newRow("bye") << int(DiscoveryDatagram::Kind::Bye) << "den" << "alice" << 8080 << 0;
    QTest::newRow("empty texts") << int(DiscoveryDatagram::Kind::Announce) << "" << "" << 1 << 0;
    QTest::newRow("non-Latin texts and extremes")
            << int(DiscoveryDatagram::Kind::Announce) << QStringLiteral("Küche \"2\" 🎲")
            << QStringLiteral("Zoë\n") << 65535 << std::numeric_limits<int>::max();
}

void TestDiscovery::datagramRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, alias);
    QFETCH(int, gamePort);
    QFETCH(int, players);

    DiscoveryDatagram original;
    original.kind = DiscoveryDatagram::Kind(kind);
    original.name = name;
    original.alias = alias;
    original.gamePort = quint16(gamePort);
    original.playersOnline = players;

    const QByteArray bytes = original.encode();
    QVERIFY(bytes.size() <= DiscoveryDatagram::maximumSize);
    QVERIFY2(!bytes.contains('\n') && !bytes.contains("\": "), bytes.constData()); // compact JSON
    const auto decoded = DiscoveryDatagram::decode(bytes);
    QVERIFY2(decoded.has_value(), decoded ? "" : qPrintable(decoded.error().message));
    QCOMPARE(int(decoded->kind), kind);
    QCOMPARE(decoded->name, name);
    QCOMPARE(decoded->alias, alias);
    QCOMPARE(decoded->gamePort, quint16(gamePort));
    QCOMPARE(decoded->playersOnline, players);
}

void TestDiscovery::datagramToleratesUnknownFields()
{
    const QByteArray bytes = beaconWith(QStringLiteral("motto"), QStringLiteral("hi"));
    const auto decoded = DiscoveryDatagram::decode(bytes);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->alias, QStringLiteral("alice"));
    QCOMPARE(decoded->gamePort, quint16(8080));
}

void TestDiscovery::datagramCarriesTheGameProtocol()
{
    DiscoveryDatagram original;
    original.gamePort = 8080;
    original.gameProtocolVersion = 7;
    const auto decoded = DiscoveryDatagram::decode(original.encode());
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->gameProtocolVersion, 7);

    // Hosts from before the version handshake do not say.
    const auto older = DiscoveryDatagram::decode(beaconWith(QStringLiteral("gameProtocol"), QJsonValue::Undefined));
    QVERIFY(older.has_value());
    QCOMPARE(older->gameProtocolVersion, 0);
}

void TestDiscovery::datagramRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QString tooLongName(DiscoveryDatagram::maximumNameLength + 1, QLatin1Char('n'));
    const QString tooLongAlias(DiscoveryDatagram::maximumAliasLength + 1, QLatin1Char('a'));
    const QByteArray oversize = beaconWith(QStringLiteral("padding"), QString(1100, QLatin1Char('p')));

    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("not JSON") << QByteArray("tictactoe 1 announce") << "not JSON";
    QTest::newRow("truncated JSON") << beaconWith(QStringLiteral("x"), 1).chopped(1) << "not JSON";
    QTest::newRow("array") << QByteArray("[\"tictactoe\",1]") << "not a JSON object";
    QTest::newRow("oversize") << oversize << "oversize";
    QTest::newRow("no service") << beaconWith(QStringLiteral("service"), QJsonValue::Undefined)
            << "wrong service";
    QTest::newRow("other service") << beaconWith(QStringLiteral("service"), QStringLiteral("chess"))
            << "wrong service";
    QTest::newRow("service not a string") << beaconWith(QStringLiteral("service"), 7)
            << "wrong service";
    QTest::newRow("gameProtocol as text") << beaconWith(QStringLiteral("gameProtocol"), QStringLiteral("3"))
            << "invalid gameProtocol";
    QTest::newRow("negative gameProtocol") << beaconWith(QStringLiteral("gameProtocol"), -1)
            << "invalid gameProtocol";
    QTest::newRow("no protocol") << beaconWith(QStringLiteral("protocol"), QJsonValue::Undefined)
            << "unsupported protocol";
    QTest::newRow("protocol 2") << beaconWith(QStringLiteral("protocol"), 2)
            << "unsupported protocol";
    QTest::newRow("protocol 1.5") << beaconWith(QStringLiteral("protocol"), 1.5)
            << "unsupported protocol";
    QTest::newRow("protocol as text") << beaconWith(QStringLiteral("protocol"), QStringLiteral("1"))
            << "unsupported protocol";
    QTest::newRow("no kind") << beaconWith(QStringLiteral("kind"), QJsonValue::Undefined)
            << "unknown kind";
    QTest::newRow("other kind") << beaconWith(QStringLiteral("kind"), QStringLiteral("hello"))
            << "unknown kind";
    QTest::newRow("no name") << beaconWith(QStringLiteral("name"), QJsonValue::Undefined)
            << "invalid name";
    QTest::newRow("name not a string") << beaconWith(QStringLiteral("name"), 12) << "invalid name";
    QTest::newRow("name too long") << beaconWith(QStringLiteral("name"), tooLongName)
            << "invalid name";
    QTest::newRow("alias null") << beaconWith(QStringLiteral("alias"), QJsonValue::Null)
            << "invalid alias";
    QTest::newRow("alias too long") << beaconWith(QStringLiteral("alias"), tooLongAlias)
            << "invalid alias";
    QTest::newRow("no port") << beaconWith(QStringLiteral("port"), QJsonValue::Undefined)
            << "invalid port";
    QTest::newRow("port 0") << beaconWith(QStringLiteral("port"), 0) << "invalid port";
    QTest::newRow("port 65536") << beaconWith(QStringLiteral("port"), 65536) << "invalid port";
    QTest::newRow("port 80.5") << beaconWith(QStringLiteral("port"), 80.5) << "invalid port";
    QTest::newRow("port as text") << beaconWith(QStringLiteral("port"), QStringLiteral("8080"))
            << "invalid port";
    QTest::newRow("no players") << beaconWith(QStringLiteral("players"), QJsonValue::Undefined)
            << "invalid players";
    QTest::newRow("players -1") << beaconWith(QStringLiteral("players"), -1) << "invalid players";
    QTest::newRow("players 2.5") << beaconWith(QStringLiteral("players"), 2.5) << "invalid players";
    QTest::newRow("players 1e10") << beaconWith(QStringLiteral("players"), 1e10)
            << "invalid players";
    QTest::newRow("players as array") << beaconWith(QStringLiteral("players"), QJsonArray{2})
            << "invalid players";
}

void TestDiscovery::datagramRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const auto decoded = DiscoveryDatagram::decode(bytes);
    QVERIFY(!decoded.has_value());
    QVERIFY2(decoded.error().message.startsWith(reason), qPrintable(decoded.error().message));
}

void TestDiscovery::encodeCutsLongTextsToStayWithinTheMaximumSize()
{
    const QString die = QStringLiteral("🎲"); // two UTF-16 code units
    DiscoveryDatagram datagram;
    // Control characters take six bytes each once escaped: the worst case for the size.
    datagram.name = QString(500, QChar(0x01));
    datagram.alias = QStringLiteral("a") + die.repeated(100);
    datagram.gamePort = 8080;

    const QByteArray bytes = datagram.encode();
    QVERIFY(bytes.size() <= DiscoveryDatagram::maximumSize);
    const auto decoded = DiscoveryDatagram::decode(bytes);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->name, QString(DiscoveryDatagram::maximumNameLength, QChar(0x01)));
    // 32 code units would split the sixteenth die in half: the cut keeps whole characters.
    QCOMPARE(decoded->alias, QStringLiteral("a") + die.repeated(15));
}

void TestDiscovery::hostAppearsAtOnceWithItsDetails()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    QVERIFY(browser.boundPort() != 0);
    QSignalSpy added(&browser, &LanBrowser::hostAdded);

    DiscoverySettings settings = loopbackSettings(browser.boundPort());
    settings.announceIntervalMs = 1500; // the product's interval: only the immediate beacon can pass
    LanAnnouncer announcer(settings);
    announcer.setName(QStringLiteral("den"));
    announcer.setAlias(QStringLiteral("alice"));
    announcer.setGamePort(8080);
    announcer.setPlayersOnline(2);
    announcer.start();
    QVERIFY(announcer.isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 1000);
    const DiscoveredHost host = hostOfSignal(added, 0);
    // The browser's dual-stack socket sees ::ffff:127.0.0.1; the list shows plain IPv4.
    QCOMPARE(host.address.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(host.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(host.port, quint16(8080));
    QCOMPARE(host.name, QStringLiteral("den"));
    QCOMPARE(host.alias, QStringLiteral("alice"));
    QCOMPARE(host.players, 2);
    QCOMPARE(browser.hosts().size(), 1);
    QCOMPARE(browser.hosts().constFirst().alias, QStringLiteral("alice"));
}

void TestDiscovery::changeGoesOutWithTheNextBeacon()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    QSignalSpy changed(&browser, &LanBrowser::hostChanged);
    LanAnnouncer announcer(loopbackSettings(browser.boundPort()));
    announcer.setAlias(QStringLiteral("alice"));
    announcer.setGamePort(8080);
    announcer.setPlayersOnline(1);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 1000);
    QCOMPARE(changed.size(), 0); // beacons that only repeat themselves change nothing visible

    announcer.setPlayersOnline(3);
    announcer.setName(QStringLiteral("kitchen"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
    const DiscoveredHost host = hostOfSignal(changed, 0);
    QCOMPARE(host.players, 3);
    QCOMPARE(host.name, QStringLiteral("kitchen"));
    QCOMPARE(host.alias, QStringLiteral("alice"));
    QCOMPARE(findHost(browser, 8080)->players, 3);
    QCOMPARE(browser.hosts().size(), 1);
}

void TestDiscovery::stopSaysByeAndTheHostDisappearsAtOnce()
{
    LanBrowser browser(loopbackSettings(0)); // expiry 10 s: only the bye can remove the host in time
    QVERIFY(browser.start());
    QSignalSpy removed(&browser, &LanBrowser::hostRemoved);
    LanAnnouncer announcer(loopbackSettings(browser.boundPort()));
    announcer.setGamePort(8080);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 1000);

    announcer.stop();
    QVERIFY(!announcer.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 1000);
    QCOMPARE(hostOfSignal(removed, 0).port, quint16(8080));
    QVERIFY(browser.hosts().isEmpty());
}

void TestDiscovery::destroyingARunningAnnouncerSaysBye()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    QSignalSpy removed(&browser, &LanBrowser::hostRemoved);
    auto announcer = std::make_unique<LanAnnouncer>(loopbackSettings(browser.boundPort()));
    announcer->setGamePort(8080);
    announcer->start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 1000);

    announcer.reset();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 1000);
    QVERIFY(browser.hosts().isEmpty());
}

void TestDiscovery::silentHostIsDroppedAfterTheExpiry()
{
    DiscoverySettings browserSettings = loopbackSettings(0);
    browserSettings.hostExpiryMs = 300;
    LanBrowser browser(browserSettings);
    QVERIFY(browser.start());
    QSignalSpy removed(&browser, &LanBrowser::hostRemoved);

    QProcess announcerProcess;
    announcerProcess.setProcessChannelMode(QProcess::ForwardedChannels);
    announcerProcess.start(QCoreApplication::applicationFilePath(),
                           {QString::fromLatin1(announceUntilKilledArgument),
                            QString::number(browser.boundPort()), QStringLiteral("8080")});
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 5000);
    QCOMPARE(findHost(browser, 8080)->alias, QStringLiteral("doomed"));

    // Beacons keep a live host listed well past one expiry period.
    const qint64 firstSeenMs = findHost(browser, 8080)->lastSeenMs;
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080)
                                     && findHost(browser, 8080)->lastSeenMs - firstSeenMs
                                             > 3 * browserSettings.hostExpiryMs,
                             5000);
    QCOMPARE(removed.size(), 0);

    announcerProcess.kill();
    QElapsedTimer sinceKill;
    sinceKill.start();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 3000);
    QCOMPARE(hostOfSignal(removed, 0).alias, QStringLiteral("doomed"));
    QVERIFY(browser.hosts().isEmpty());
    // Its last beacon came at most one interval before the kill, so the expiry, not a bye, removed it.
    QVERIFY2(sinceKill.elapsed() >= browserSettings.hostExpiryMs - fastIntervalMs - 50,
             qPrintable(QString::number(sinceKill.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(announcerProcess.state(), QProcess::NotRunning, 3000);
}

void TestDiscovery::garbageIsIgnored()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    LanAnnouncer announcer(loopbackSettings(browser.boundPort()));
    announcer.setAlias(QStringLiteral("alice"));
    announcer.setGamePort(8080);
    announcer.setPlayersOnline(2);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 1000);
    QSignalSpy added(&browser, &LanBrowser::hostAdded);
    QSignalSpy changed(&browser, &LanBrowser::hostChanged);
    QSignalSpy removed(&browser, &LanBrowser::hostRemoved);

    // Sent from 127.0.0.1 like the announcer, so a bye or an announce for port 8080 that the browser
    // wrongly accepted would remove or change the real host.
    QJsonObject byeForTheRealHost = validBeaconObject();
    byeForTheRealHost.insert(QStringLiteral("kind"), QStringLiteral("bye"));
    const auto withField = [&](const QString &key, const QJsonValue &value) {
        QJsonObject object = byeForTheRealHost;
        object.insert(key, value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QList<QByteArray> garbage{
        QByteArray(),
        QByteArray("hello"),
        QByteArray(60000, '{'),
        QByteArray("\x00\xff\x01", 3),
        withField(QStringLiteral("padding"), QString(1100, QLatin1Char('p'))),
        withField(QStringLiteral("protocol"), 2),
        withField(QStringLiteral("service"), QStringLiteral("chess")),
        withField(QStringLiteral("port"), QStringLiteral("8080")),
        beaconWith(QStringLiteral("players"), QStringLiteral("many")),
        beaconWith(QStringLiteral("players"), -5),
    };
    QUdpSocket sender;
    const QHostAddress browserAddress(QHostAddress::LocalHost);
    for (const QByteArray &datagram : garbage) {
        QCOMPARE(sender.writeDatagram(datagram, browserAddress, browser.boundPort()),
                 qint64(datagram.size()));
    }
    // Datagrams from one socket over loopback arrive in order: once this one is listed, the browser
    // has read every piece of garbage before it.
    const QByteArray sentinel = announcementOf(9999);
    QCOMPARE(sender.writeDatagram(sentinel, browserAddress, browser.boundPort()),
             qint64(sentinel.size()));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 1000);

    QCOMPARE(hostOfSignal(added, 0).port, quint16(9999));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(browser.hosts().size(), 2);
    QCOMPARE(findHost(browser, 8080)->alias, QStringLiteral("alice"));
    QCOMPARE(findHost(browser, 8080)->players, 2);
}

void TestDiscovery::disabledAnnouncerSendsNothing()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    QSignalSpy added(&browser, &LanBrowser::hostAdded);

    DiscoverySettings disabled = loopbackSettings(browser.boundPort());
    disabled.enabled = false;
    auto silent = std::make_unique<LanAnnouncer>(disabled);
    silent->setGamePort(7001);
    silent->start();
    QVERIFY(!silent->isRunning());
    silent->stop();
    silent.reset();

    // Loopback delivers in send order: when the enabled announcer's first beacon is read, anything
    // the disabled one had sent would have been read before it.
    LanAnnouncer sentinel(loopbackSettings(browser.boundPort()));
    sentinel.setGamePort(7002);
    sentinel.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 7002).has_value(), 1000);
    QCOMPARE(added.size(), 1);
    QCOMPARE(browser.hosts().size(), 1);
    QVERIFY(!findHost(browser, 7001).has_value());
}

void TestDiscovery::announcerWithoutGamePortDoesNotStart()
{
    LanAnnouncer announcer(loopbackSettings(45454));
    QTest::ignoreMessage(QtWarningMsg, "announcer not started: no game port set");
    announcer.start();
    QVERIFY(!announcer.isRunning());
}

void TestDiscovery::browserFailsWhenThePortIsTaken()
{
    QUdpSocket exclusive;
    QVERIFY(exclusive.bind(QHostAddress::Any, 0, QUdpSocket::DontShareAddress));

    LanBrowser browser(loopbackSettings(exclusive.localPort()));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Cannot listen .* port \\d+")));
    const Outcome<> started = browser.start();
    QVERIFY(!started);
    QVERIFY(!browser.isListening());
    QCOMPARE(started.error().reason, QStringLiteral("PORT_IN_USE"));
    QVERIFY2(started.error().message.contains(QString::number(exclusive.localPort())),
             qPrintable(started.error().message));
}

void TestDiscovery::disabledBrowserDoesNotListen()
{
    DiscoverySettings settings = loopbackSettings(0);
    settings.enabled = false;
    LanBrowser browser(settings);
    const Outcome<> started = browser.start();
    QVERIFY(!started);
    QVERIFY(!browser.isListening());
    QCOMPARE(started.error().reason, QStringLiteral("DISCOVERY_DISABLED"));
}

void TestDiscovery::stoppedBrowserForgetsEveryHost()
{
    LanBrowser browser(loopbackSettings(0));
    QVERIFY(browser.start());
    QSignalSpy removed(&browser, &LanBrowser::hostRemoved);
    LanAnnouncer announcer(loopbackSettings(browser.boundPort()));
    announcer.setGamePort(8080);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(browser, 8080).has_value(), 1000);

    browser.stop();
    QVERIFY(!browser.isListening());
    QVERIFY(browser.hosts().isEmpty());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(hostOfSignal(removed, 0).port, quint16(8080));
}

// Linux gives a unicast datagram to one socket among those sharing its port (SO_REUSEADDR), but a
// broadcast one to all of them. Two app instances on one machine therefore both hear a host only when
// the beacons go to a broadcast address: 127.255.255.255 is one that never leaves loopback.
void TestDiscovery::unicastToLoopbackReachesOnlyOneBrowserOnASharedPort()
{
    LanBrowser first(loopbackSettings(0));
    QVERIFY(first.start());
    LanBrowser second(loopbackSettings(first.boundPort()));
    QVERIFY(second.start());
    QCOMPARE(second.boundPort(), first.boundPort());

    DiscoverySettings settings = loopbackSettings(first.boundPort());
    settings.announceIntervalMs = 60000; // exactly one beacon
    LanAnnouncer announcer(settings);
    announcer.setGamePort(8080);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(first, 8080) || findHost(second, 8080), 1000);

    // Sent after the beacon arrived somewhere, and heard by both: once both list it, neither can still
    // have the beacon waiting unread.
    QUdpSocket broadcaster;
    const QByteArray sentinel = announcementOf(9999);
    QCOMPARE(broadcaster.writeDatagram(sentinel, loopbackBroadcast, first.boundPort()),
             qint64(sentinel.size()));
    QTRY_VERIFY_WITH_TIMEOUT(findHost(first, 9999) && findHost(second, 9999), 1000);

    // Linux picks the socket bound last; the others hear no unicast beacon at all.
    QVERIFY(findHost(second, 8080).has_value());
    QVERIFY(!findHost(first, 8080).has_value());

    // Once that socket is closed, the next one in line gets the beacons.
    second.stop();
    announcer.stop();
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(first, 8080).has_value(), 1000);
}

void TestDiscovery::loopbackBroadcastReachesEveryBrowserOnASharedPort()
{
    LanBrowser first(loopbackSettings(0));
    QVERIFY(first.start());
    LanBrowser second(loopbackSettings(first.boundPort()));
    QVERIFY(second.start());

    DiscoverySettings settings = loopbackSettings(first.boundPort());
    settings.target = loopbackBroadcast;
    LanAnnouncer announcer(settings);
    announcer.setGamePort(8080);
    announcer.start();
    QTRY_VERIFY_WITH_TIMEOUT(findHost(first, 8080) && findHost(second, 8080), 1000);

    announcer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(first.hosts().isEmpty() && second.hosts().isEmpty(), 1000);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && argv[1] == announceUntilKilledArgument)
        return announceUntilKilled(argc, argv);

    QCoreApplication application(argc, argv);
    TestDiscovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_discovery.moc"
