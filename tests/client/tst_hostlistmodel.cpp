// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The host list follows a real LanBrowser hearing a real LanAnnouncer, both on 127.0.0.1.
#include "hostlistmodel.h"
#include "lanannouncer.h"
#include "lanbrowser.h"
#include "protocolcatalogue.h"

#include <QUdpSocket>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestHostListModel : public QObject
{
    Q_OBJECT

private slots:
    void followsAnnouncedHosts();
    void showsHostsHeardBeforeFollowing();
    void addressTextIsIpv4WhenPossible();
    void aHostOfAnotherProtocolSaysWhatItNeeds();
};

namespace {

DiscoverySettings loopbackDiscovery()
{
    DiscoverySettings settings;
    settings.target = QHostAddress::LocalHost;
    settings.port = 0;
    settings.announceIntervalMs = 20;
    settings.hostExpiryMs = 5000;
    return settings;
}

} // namespace

void TestHostListModel::followsAnnouncedHosts()
{
    LanBrowser browser(loopbackDiscovery());
    QVERIFY(browser.start());
    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.follow(&browser);
    QCOMPARE(model.rowCount(), 0);

    DiscoverySettings announcing = loopbackDiscovery();
    announcing.port = browser.boundPort();
    LanAnnouncer announcer(announcing);
    announcer.setName(QStringLiteral("alice-laptop"));
    announcer.setAlias(QStringLiteral("Alice"));
    announcer.setGamePort(8123);
    announcer.setPlayersOnline(1);
    QSignalSpy counts(&model, &HostListModel::countChanged);
    announcer.start();

    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(counts.size(), 1);
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(HostListModel::NameRole).toString(), QStringLiteral("alice-laptop"));
    QCOMPARE(row.data(HostListModel::AliasRole).toString(), QStringLiteral("Alice"));
    QCOMPARE(row.data(HostListModel::AddressRole).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(row.data(HostListModel::PortRole).toInt(), 8123);
    QCOMPARE(row.data(HostListModel::PlayersRole).toInt(), 1);
    QCOMPARE(row.data(HostListModel::ProtocolVersionRole).toInt(), protocolVersion);
    QCOMPARE(row.data(HostListModel::IncompatibilityRole).toString(), QString());
    QVERIFY(model.find(QStringLiteral("127.0.0.1"), 8123).has_value());
    QVERIFY(!model.find(QStringLiteral("127.0.0.1"), 8124).has_value());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    announcer.setPlayersOnline(2);
    QTRY_COMPARE(model.index(0).data(HostListModel::PlayersRole).toInt(), 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.rowCount(), 1);

    announcer.stop(); // says bye
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(counts.size(), 2);

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(HostListModel::NameRole), QByteArray("name"));
    QCOMPARE(roles.value(HostListModel::AliasRole), QByteArray("alias"));
    QCOMPARE(roles.value(HostListModel::AddressRole), QByteArray("address"));
    QCOMPARE(roles.value(HostListModel::PortRole), QByteArray("port"));
    QCOMPARE(roles.value(HostListModel::PlayersRole), QByteArray("players"));
    QCOMPARE(roles.value(HostListModel::IncompatibilityRole), QByteArray("incompatibility"));
}

void TestHostListModel::aHostOfAnotherProtocolSaysWhatItNeeds()
{
    LanBrowser browser(loopbackDiscovery());
    QVERIFY(browser.start());
    HostListModel model;
    model.follow(&browser);
    // A newer host, as its beacon would come over the network.
    DiscoveryDatagram beacon;
    beacon.alias = QStringLiteral("Zoe");
    beacon.gamePort = 8125;
    beacon.gameProtocolVersion = protocolVersion + 1;
    QUdpSocket sender;
    sender.writeDatagram(beacon.encode(), QHostAddress::LocalHost, browser.boundPort());

    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(HostListModel::IncompatibilityRole).toString(),
             QStringLiteral("Needs protocol %1, from a newer tictactoe (this app speaks %2)")
                     .arg(protocolVersion + 1)
                     .arg(protocolVersion));
    QCOMPARE(HostListModel::incompatibility(protocolVersion - 1),
             QStringLiteral("Needs protocol %1, from an older tictactoe (this app speaks %2)")
                     .arg(protocolVersion - 1)
                     .arg(protocolVersion));
    QCOMPARE(HostListModel::incompatibility(0),
             QStringLiteral("Made with an older tictactoe: update the host to join it"));
}

void TestHostListModel::showsHostsHeardBeforeFollowing()
{
    LanBrowser browser(loopbackDiscovery());
    QVERIFY(browser.start());
    DiscoverySettings announcing = loopbackDiscovery();
    announcing.port = browser.boundPort();
    LanAnnouncer announcer(announcing);
    announcer.setName(QStringLiteral("bob-desktop"));
    announcer.setAlias(QStringLiteral("Bob"));
    announcer.setGamePort(9000);
    QSignalSpy added(&browser, &LanBrowser::hostAdded);
    announcer.start();
    QVERIFY(added.wait());

    HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.follow(&browser);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(HostListModel::AliasRole).toString(), QStringLiteral("Bob"));

    model.follow(nullptr);
    QCOMPARE(model.rowCount(), 0);
    announcer.setPlayersOnline(3);
    QTRY_COMPARE(browser.hosts().value(0).players, 3);
    QCOMPARE(model.rowCount(), 0); // no longer following
}

void TestHostListModel::addressTextIsIpv4WhenPossible()
{
    QCOMPARE(HostListModel::addressText(QHostAddress(QStringLiteral("::ffff:192.168.1.5"))),
             QStringLiteral("192.168.1.5"));
    QCOMPARE(HostListModel::addressText(QHostAddress(QStringLiteral("10.0.0.7"))),
             QStringLiteral("10.0.0.7"));
    QCOMPARE(HostListModel::addressText(QHostAddress(QStringLiteral("fe80::1"))),
             QStringLiteral("fe80::1"));
}

QTEST_GUILESS_MAIN(TestHostListModel)

#include "tst_hostlistmodel.moc"
