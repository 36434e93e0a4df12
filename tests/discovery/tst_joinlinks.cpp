// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The links at which others join a host on this computer: which addresses, and how they are written.
#include "joinlinks.h"

#include <QNetworkInterface>
#include <QTest>

class TestJoinLinks : public QObject
{
    Q_OBJECT

private slots:
    void link_data();
    void link();
    void reachable_data();
    void reachable();
    void thisComputerOffersNoLoopbackNorLinkLocalAddress();
    void aServerOnLoopbackHasNoLanAddress();
};

namespace {

QList<QHostAddress> addresses(const QStringList &texts)
{
    QList<QHostAddress> list;
    for (const QString &text : texts)
        list.append(QHostAddress(text));
    return list;
}

} // namespace

void TestJoinLinks::link_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("link");
    QTest::newRow("IPv4") << "192.168.1.20" << 8080 << "http://192.168.1.20:8080/";
    QTest::newRow("IPv6, bracketed") << "2001:db8::20" << 8080 << "http://[2001:db8::20]:8080/";
    QTest::newRow("loopback, another port") << "127.0.0.1" << 49152 << "http://127.0.0.1:49152/";
}

void TestJoinLinks::link()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, link);
    QCOMPARE(JoinLinks::link(QHostAddress(address), quint16(port)).toString(), link);
}

void TestJoinLinks::reachable_data()
{
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<QList<QHostAddress>>("expected");
    // What a computer may have: LAN, loopback, IPv6 link-local, global and unique local, twice.
    const QStringList candidates{"fe80::1", "2001:db8::20", "192.168.1.20", "127.0.0.1", "::1",
                                 "10.0.0.5", "fd00::5", "192.168.1.20"};
    QTest::addColumn<QStringList>("candidates");

    QTest::newRow("dual stack: IPv4 first, global IPv6, each once")
            << QHostAddress(QHostAddress::Any)
            << addresses({"192.168.1.20", "10.0.0.5", "2001:db8::20", "fd00::5"}) << candidates;
    QTest::newRow("0.0.0.0 (the default): IPv4 only")
            << QHostAddress(QStringLiteral("0.0.0.0")) << addresses({"192.168.1.20", "10.0.0.5"})
            << candidates;
    QTest::newRow(":: : IPv6 only") << QHostAddress(QStringLiteral("::"))
                                    << addresses({"2001:db8::20", "fd00::5"}) << candidates;
    QTest::newRow("loopback: none") << QHostAddress(QHostAddress::LocalHost) << QList<QHostAddress>()
                                    << candidates;
    QTest::newRow("IPv6 loopback: none") << QHostAddress(QHostAddress::LocalHostIPv6)
                                         << QList<QHostAddress>() << candidates;
    QTest::newRow("one address: that one") << QHostAddress(QStringLiteral("10.0.0.5"))
                                           << addresses({"10.0.0.5"}) << candidates;
    QTest::newRow("no network") << QHostAddress(QHostAddress::Any) << QList<QHostAddress>()
                                << QStringList{"127.0.0.1", "::1", "fe80::1"};
}

void TestJoinLinks::reachable()
{
    QFETCH(QHostAddress, bound);
    QFETCH(QList<QHostAddress>, expected);
    QFETCH(QStringList, candidates);
    QCOMPARE(JoinLinks::reachable(bound, addresses(candidates)), expected);
}

// The tests run in a network namespace with only loopback, where this finds nothing; on a machine
// with a network it must still leave out what nobody else can reach.
void TestJoinLinks::thisComputerOffersNoLoopbackNorLinkLocalAddress()
{
    const QList<QHostAddress> found = JoinLinks::addressesOfThisComputer();
    for (const QHostAddress &address : found) {
        QVERIFY2(!address.isLoopback(), qPrintable(address.toString()));
        QVERIFY2(!address.isLinkLocal() || address.protocol() == QAbstractSocket::IPv4Protocol,
                 qPrintable(address.toString()));
    }

    bool anotherInterfaceRuns = false;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        anotherInterfaceRuns = anotherInterfaceRuns
                || (flags.testFlag(QNetworkInterface::IsRunning)
                    && !flags.testFlag(QNetworkInterface::IsLoopBack));
    }
    if (!anotherInterfaceRuns)
        QCOMPARE(found, QList<QHostAddress>());
}

void TestJoinLinks::aServerOnLoopbackHasNoLanAddress()
{
    QCOMPARE(JoinLinks::lanAddresses(QHostAddress::LocalHost), QList<QHostAddress>());
}

QTEST_GUILESS_MAIN(TestJoinLinks)
#include "tst_joinlinks.moc"
