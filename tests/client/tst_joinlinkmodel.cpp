// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The join links of a hosted game, given the addresses the host found.
#include "joinlinkmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestJoinLinkModel : public QObject
{
    Q_OBJECT

private slots:
    void oneLinkPerLanAddress();
    void withoutLanAddressOnlyThisComputerJoins();
    void clearingEmptiesTheList();
};

namespace {

QStringList linksOf(const JoinLinkModel &model)
{
    QStringList links;
    for (int row = 0; row < model.rowCount(); ++row)
        links.append(model.index(row).data(JoinLinkModel::LinkRole).toString());
    return links;
}

} // namespace

void TestJoinLinkModel::oneLinkPerLanAddress()
{
    JoinLinkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changes(&model, &JoinLinkModel::linksChanged);
    model.setLinks({QHostAddress(QStringLiteral("192.168.1.20")), QHostAddress(QStringLiteral("2001:db8::20"))},
                   QHostAddress::LocalHost, 8081);

    QCOMPARE(linksOf(model),
             QStringList({QStringLiteral("http://192.168.1.20:8081/"), QStringLiteral("http://[2001:db8::20]:8081/")}));
    QCOMPARE(model.count(), 2);
    QVERIFY(!model.isThisComputerOnly());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.roleNames().value(JoinLinkModel::LinkRole), QByteArray("link"));
}

void TestJoinLinkModel::withoutLanAddressOnlyThisComputerJoins()
{
    JoinLinkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({}, QHostAddress::LocalHost, 8080);
    QCOMPARE(linksOf(model), QStringList({QStringLiteral("http://127.0.0.1:8080/")}));
    QVERIFY(model.isThisComputerOnly());
}

void TestJoinLinkModel::clearingEmptiesTheList()
{
    JoinLinkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({}, QHostAddress::LocalHost, 8080);
    QSignalSpy changes(&model, &JoinLinkModel::linksChanged);
    model.clear();
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.isThisComputerOnly());
    QCOMPARE(changes.size(), 1);
    model.clear();
    QCOMPARE(changes.size(), 1);
}

QTEST_MAIN(TestJoinLinkModel)
#include "tst_joinlinkmodel.moc"
