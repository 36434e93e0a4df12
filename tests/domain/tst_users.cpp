// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "tictactoedomain.h"
#include "users/usereffects.h"

#include <QRegularExpression>
#include <QTest>

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void createUserAnnouncesTheUser();
    void createdAtAbsentIsStampedFromTheClock();
    void createdAtIsKeptInUtc();
    void duplicateIdIsRefused();
    void invalidAliasIsRefused_data();
    void invalidAliasIsRefused();
    void getUserFindsACreatedUser();
    void getUserOfAnUnknownIdFindsNothing();
};

void TestUsers::createUserAnnouncesTheUser()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QDateTime createdAt(QDate(2025, 12, 24), QTime(18, 30, 0, 250), Qt::UTC);
    const CreateUser command{QUuid::createUuid(), QStringLiteral("Alice"), createdAt, QUuid::createUuid()};

    QVERIFY(kit.send(command));

    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({command, UserCreated{User{command.id, QStringLiteral("Alice"), createdAt},
                                                   command.operationId}}));
}

void TestUsers::createdAtAbsentIsStampedFromTheClock()
{
    DomainTestKit kit(ticTacToeModules({}));
    kit.advanceClock(90500);
    const CreateUser command{QUuid::createUuid(), QStringLiteral("Bob"), {}, QUuid::createUuid()};

    QVERIFY(kit.send(command));

    // The kit's ManualClock starts at 2026-01-01 12:00 UTC.
    const QDateTime expected(QDate(2026, 1, 1), QTime(12, 1, 30, 500), Qt::UTC);
    QCOMPARE(kit.clock().currentDateTime(), expected);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({command, UserCreated{User{command.id, QStringLiteral("Bob"), expected},
                                                   command.operationId}}));
}

void TestUsers::createdAtIsKeptInUtc()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QDateTime inTokyo(QDate(2026, 5, 1), QTime(9, 0), Qt::OffsetFromUTC, 9 * 3600);
    const CreateUser command{QUuid::createUuid(), QStringLiteral("Carol"), inTokyo, QUuid::createUuid()};

    QVERIFY(kit.send(command));

    const QList<Effect> handled = kit.takeHandled();
    QCOMPARE(handled.size(), 2);
    QVERIFY(handled.at(1).is<UserCreated>());
    const QDateTime stored = handled.at(1).as<UserCreated>().user.createdAt;
    QCOMPARE(stored.timeSpec(), Qt::UTC);
    QCOMPARE(stored, QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
}

void TestUsers::duplicateIdIsRefused()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid id = QUuid::createUuid();
    const CreateUser first{id, QStringLiteral("Alice"), {}, QUuid::createUuid()};
    const CreateUser second{id, QStringLiteral("Impostor"), {}, QUuid::createUuid()};
    QVERIFY(kit.send(first));
    kit.takeHandled();

    QVERIFY(kit.send(second));

    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({second, UserCreationRefused{id, Users::RefusalReason::UserAlreadyExists,
                                                          second.operationId}}));
    const QVariant found = kit.ask(GetUser{QUuid::createUuid(), id}).value();
    QCOMPARE(found.value<UserFound>().user.alias, QStringLiteral("Alice"));
}

void TestUsers::invalidAliasIsRefused_data()
{
    QTest::addColumn<QString>("alias");
    QTest::newRow("empty") << QString();
    QTest::newRow("33 characters") << QString(33, u'a');
    QTest::newRow("a leading space") << QStringLiteral(" Alice");
    QTest::newRow("a control character") << QStringLiteral("Al") + QChar(0x07) + QStringLiteral("ice");
    QTest::newRow("a right-to-left override") << QChar(0x202E) + QStringLiteral("ecilA");
    QTest::newRow("a zero-width space") << QStringLiteral("Al") + QChar(0x200B) + QStringLiteral("ice");
    QTest::newRow("a zero-width joiner") << QStringLiteral("Alice") + QChar(0x200D);
}

void TestUsers::invalidAliasIsRefused()
{
    QFETCH(QString, alias);
    DomainTestKit kit(ticTacToeModules({}));
    const CreateUser command{QUuid::createUuid(), alias, {}, QUuid::createUuid()};

    QVERIFY(kit.send(command));

    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({command, UserCreationRefused{command.id, Users::RefusalReason::InvalidAlias,
                                                           command.operationId}}));
    QVERIFY(!kit.ask(GetUser{QUuid::createUuid(), command.id}).value().isValid());
}

void TestUsers::getUserFindsACreatedUser()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QDateTime createdAt(QDate(2026, 2, 2), QTime(2, 2), Qt::UTC);
    const CreateUser command{QUuid::createUuid(), QStringLiteral("Alice"), createdAt, QUuid::createUuid()};
    QVERIFY(kit.send(command));
    const QUuid operation = QUuid::createUuid();

    const QVariant answer = kit.ask(GetUser{operation, command.id}).value();

    QCOMPARE(answer.metaType(), QMetaType::fromType<UserFound>());
    QCOMPARE(describeEffect(answer.value<UserFound>()),
             describeEffect(UserFound{User{command.id, QStringLiteral("Alice"), createdAt}, operation}));
}

void TestUsers::getUserOfAnUnknownIdFindsNothing()
{
    DomainTestKit kit(ticTacToeModules({}));
    QVERIFY(kit.send(CreateUser{QUuid::createUuid(), QStringLiteral("Alice"), {}, QUuid::createUuid()}));

    const QVariant answer = kit.ask(GetUser{QUuid::createUuid(), QUuid::createUuid()}).value();

    // Nothing found is not an error.
    QVERIFY(!answer.isValid());
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
