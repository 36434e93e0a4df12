// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The protocol catalogue and its envelopes, both directions, and docs/protocol.md against them.
#include "games/gameeffects.h"
#include "onlineusers/onlineusereffects.h"
#include "protocolcatalogue.h"
#include "rejectionreasons.h"
#include "socketmessages.h"
#include "users/usereffects.h"
#include "wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUuid alice = QUuid::fromString(u"0a11ce00-0000-4000-8000-000000000001"_s);
const QUuid bob = QUuid::fromString(u"0b0b0000-0000-4000-8000-000000000002"_s);
const QUuid game = QUuid::fromString(u"9a3e0000-0000-4000-8000-0000000000aa"_s);

QJsonObject fieldNamed(const QJsonArray &fields, const QString &name)
{
    for (const QJsonValue &field : fields) {
        if (field[u"name"] == name)
            return field.toObject();
    }
    return {};
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void namesEachMessageForEachChannel();
    void writesTheEnvelopesOfBothSides();
    void readsWhatItWrites();
    void refusesWhatItDoesNotUnderstand_data();
    void refusesWhatItDoesNotUnderstand();
    void describesFieldsWithTheirJsonTypes();
    void documentNamesEveryMessage();
    void webClientFixturesAreWhatTheHostPublishesAndSends();
};

void TestProtocol::namesEachMessageForEachChannel()
{
    const ProtocolCatalogue &catalogue = ProtocolCatalogue::instance();
    QCOMPARE(catalogue.toServerOverHttp(u"PlaceMark"_s)->type, QMetaType::fromType<PlaceMark>());
    QCOMPARE(catalogue.toServerOverWebSocket(u"PLACE_MARK"_s)->type, QMetaType::fromType<PlaceMark>());
    // The socket's authentication keeps its historical wire name and never travels over HTTP.
    QCOMPARE(catalogue.toServerOverWebSocket(u"ASSOCIATE_USER_TO_SESSION"_s)->type,
             QMetaType::fromType<AssociateCredential>());
    QVERIFY(!catalogue.toServerOverHttp(u"AssociateUserToSession"_s));
    // Queries are asked over HTTP only.
    QVERIFY(catalogue.toServerOverHttp(u"GetUser"_s));
    QVERIFY(!catalogue.toServerOverWebSocket(u"GET_USER"_s));
    // An invitation travels both ways, under the same name.
    QCOMPARE(catalogue.toServer(QMetaType::fromType<UserInvited>())->actorField, "host"_ba);
    QCOMPARE(catalogue.toClient(QMetaType::fromType<UserInvited>())->recipientField, "invited"_ba);
    // Who is online: the whole list for the user it names, each change for everyone.
    const MessageSpec *list = catalogue.toClient(u"USERS_ONLINE_UPDATED"_s);
    QCOMPARE(list->audience, Audience::NamedUser);
    QCOMPARE(list->recipientField, "userId"_ba);
    QCOMPARE(catalogue.toClient(u"USER_CAME_ONLINE"_s)->type, QMetaType::fromType<UserCameOnline>());
    QCOMPARE(catalogue.toClient(u"USER_CAME_ONLINE"_s)->audience, Audience::Everyone);
    QCOMPARE(catalogue.toClient(u"USER_WENT_OFFLINE"_s)->type, QMetaType::fromType<UserWentOffline>());
    QCOMPARE(catalogue.toClient(u"USER_WENT_OFFLINE"_s)->audience, Audience::Everyone);
    // Internal effects are not part of the protocol.
    QVERIFY(!catalogue.toClient(QMetaType::fromType<GameStateReadyToBeCleaned>()));
    QVERIFY(!catalogue.toServerOverWebSocket(u"SESSION_DISCONNECTED"_s));
    QCOMPARE(catalogue.queryAnsweredBy(QMetaType::fromType<GameSnapshot>())->name, u"GetGame"_s);
}

void TestProtocol::writesTheEnvelopesOfBothSides()
{
    const PlaceMark move{QUuid::createUuid(), game, alice, 2, 1};
    const QJsonObject toServer = QJsonDocument::fromJson(WireFormat::toServer(move)).object();
    QCOMPARE(toServer.keys(), (QStringList{u"data"_s, u"type"_s}));
    QCOMPARE(toServer.value(u"type").toString(), u"server/PLACE_MARK"_s);
    const QJsonObject data = toServer.value(u"data").toObject();
    QCOMPARE(data.value(u"x").toInt(), 2);
    QCOMPARE(data.value(u"player").toObject().value(u"id").toString(), alice.toString(QUuid::WithoutBraces));

    const QJsonObject overHttp = QJsonDocument::fromJson(WireFormat::toServerOverHttp(move)).object();
    QCOMPARE(overHttp.value(u"command").toObject().value(u"type").toString(), u"PlaceMark"_s);
    QCOMPARE(overHttp.value(u"command").toObject().value(u"payload").toObject(), data);

    // Byte for byte: the type first, then the payload's fields in the order the effect declares them.
    QCOMPARE(WireFormat::toClient(TurnTimeout{game, bob}),
             R"({"type":"TURN_TIMEOUT","payload":{"gameId":{"id":"9a3e0000-0000-4000-8000-0000000000aa"},)"
             R"("playerId":{"id":"0b0b0000-0000-4000-8000-000000000002"}}})"_ba);
    QCOMPARE(WireFormat::toClient(CommandRejected{{}, u"FORBIDDEN"_s, u"no"_s}),
             R"({"type":"COMMAND_REJECTED","payload":{"operationId":null,"reason":"FORBIDDEN","message":"no"}})"_ba);
    // A recorded event carries its payload's text, written once for storage and the wire: the
    // same bytes.
    const Effect recorded = Effect(TurnTimeout{game, bob}).withPayloadJson();
    QVERIFY(recorded.hasPayloadJson());
    QCOMPARE(recorded, Effect(TurnTimeout{game, bob}));
    QCOMPARE(WireFormat::toClient(recorded), WireFormat::toClient(TurnTimeout{game, bob}));
    QCOMPARE(WireFormat::toServer(AssociateCredential{alice, u"secret"_s}),
             R"({"data":{"credential":"secret","userId":{"id":"0a11ce00-0000-4000-8000-000000000001"}},)"
             R"("type":"server/ASSOCIATE_USER_TO_SESSION"})"_ba);
}

void TestProtocol::readsWhatItWrites()
{
    const InvitationDeclined declined{alice, bob, game, QUuid::createUuid()};
    const Outcome<Effect> byServer = WireFormat::readFromClient(WireFormat::toServer(declined));
    QVERIFY(byServer);
    QCOMPARE(*byServer, Effect(declined));
    const Outcome<Effect> byClient = WireFormat::readFromServer(WireFormat::toClient(declined));
    QVERIFY(byClient);
    QCOMPARE(*byClient, Effect(declined));
    const GetGame query{QUuid::createUuid(), game};
    const Outcome<Effect> overHttp =
            WireFormat::readFromClientOverHttp(EffectKind::Query, WireFormat::toServerOverHttp(query));
    QVERIFY(overHttp);
    QCOMPARE(*overHttp, Effect(query));
}

void TestProtocol::refusesWhatItDoesNotUnderstand_data()
{
    QTest::addColumn<int>("side"); // 0: what a server reads, 1: what a client reads, 2: HTTP queries
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    const QString malformed = RejectionReason::malformedMessage;
    const QString unknown = RejectionReason::unknownType;
    const QString invalid = RejectionReason::invalidPayload;
    QTest::newRow("not JSON, to the server") << 0 << "not json"_ba << malformed
                                             << u"expected {\"type\": \"server/EFFECT_NAME\", \"data\": {…}}"_s;
    QTest::newRow("no server/ prefix") << 0 << R"({"type":"PLACE_MARK","data":{}})"_ba << malformed
                                       << u"expected {\"type\": \"server/EFFECT_NAME\", \"data\": {…}}"_s;
    QTest::newRow("unknown type, to the server") << 0 << R"({"type":"server/LAUNCH","data":{}})"_ba
                                                 << unknown << u"unknown type 'LAUNCH'"_s;
    QTest::newRow("an event only the server sends") << 0 << R"({"type":"server/GAME_ENDED","data":{}})"_ba
                                                    << unknown << u"unknown type 'GAME_ENDED'"_s;
    QTest::newRow("data not an object") << 0 << R"({"type":"server/PLACE_MARK","data":[]})"_ba << invalid
                                        << u"PlaceMark: the payload must be an object"_s;
    QTest::newRow("not JSON, to a client") << 1 << "not json"_ba << malformed
                                           << u"not a JSON object (illegal value)"_s;
    QTest::newRow("a type from a newer server") << 1 << R"({"type":"SOMETHING_NEW","payload":{}})"_ba
                                                << unknown << u"unknown message type \"SOMETHING_NEW\""_s;
    QTest::newRow("no payload") << 1 << R"({"type":"GAME_STARTED"})"_ba << invalid
                                << u"GameStarted: the payload must be an object"_s;
    QTest::newRow("a missing field")
            << 1 << R"({"type":"TURN_TIMEOUT","payload":{"gameId":{"id":"9a3e0000-0000-4000-8000-0000000000aa"}}})"_ba
            << invalid << u"TurnTimeout.playerId: is required"_s;
    QTest::newRow("a command, to a client") << 1 << R"({"type":"PLACE_MARK","payload":{}})"_ba << unknown
                                            << u"unknown message type \"PLACE_MARK\""_s;
    QTest::newRow("a command sent to /queries")
            << 2 << R"({"query":{"type":"PlaceMark","payload":{}}})"_ba << unknown
            << u"PlaceMark is not a query: send it to /commands"_s;
    QTest::newRow("no envelope") << 2 << R"({"command":{"type":"GetUser"}})"_ba << malformed
                                 << u"expected {\"query\": {\"type\": …, \"payload\": {…}}}"_s;
}

void TestProtocol::refusesWhatItDoesNotUnderstand()
{
    QFETCH(int, side);
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const Outcome<Effect> read = side == 0 ? WireFormat::readFromClient(text)
            : side == 1                    ? WireFormat::readFromServer(text)
                                           : WireFormat::readFromClientOverHttp(EffectKind::Query, text);
    QVERIFY(!read);
    QCOMPARE(read.error().reason, reason);
    QCOMPARE(read.error().message, message);
}

void TestProtocol::describesFieldsWithTheirJsonTypes()
{
    const QJsonObject description = ProtocolCatalogue::instance().toJson();
    QCOMPARE(description.value(u"protocolVersion").toInt(), protocolVersion);
    const QJsonArray messages = description.value(u"messages").toArray();
    QCOMPARE(messages.size(), ProtocolCatalogue::instance().messages().size());
    QJsonObject placeMark, gameEnded, getTopThree, topThreeUpdated, getGame;
    for (const QJsonValue &message : messages) {
        if (message[u"name"] == u"PlaceMark"_s)
            placeMark = message.toObject();
        else if (message[u"name"] == u"GameEnded"_s)
            gameEnded = message.toObject();
        else if (message[u"name"] == u"GetTopThreePlayers"_s)
            getTopThree = message.toObject();
        else if (message[u"name"] == u"TopThreeListUpdated"_s)
            topThreeUpdated = message.toObject();
        else if (message[u"name"] == u"GetGame"_s)
            getGame = message.toObject();
    }
    QCOMPARE(placeMark.value(u"kind").toString(), u"command"_s);
    QCOMPARE(placeMark.value(u"channels").toArray(), (QJsonArray{u"http"_s, u"websocket"_s}));
    QCOMPARE(fieldNamed(placeMark.value(u"fields").toArray(), u"x"_s),
             (QJsonObject{{u"name"_s, u"x"_s}, {u"type"_s, u"integer"_s}, {u"required"_s, true}}));
    QCOMPARE(fieldNamed(placeMark.value(u"fields").toArray(), u"gameId"_s).value(u"type"), u"id"_s);

    const QJsonObject result = fieldNamed(gameEnded.value(u"fields").toArray(), u"result"_s);
    QCOMPARE(result.value(u"type").toString(), u"enum"_s);
    QCOMPARE(result.value(u"values").toArray(),
             (QJsonArray{u"PLAYER_WON"_s, u"DRAW"_s, u"GAME_ABORTED"_s}));
    QCOMPARE(gameEnded.value(u"audience").toString(), u"gamePlayers"_s);

    QCOMPARE(getTopThree.value(u"supersededBy").toString(), u"TOP_THREE_LIST_UPDATED"_s);
    const QJsonObject list = fieldNamed(getTopThree[u"answer"][u"fields"].toArray(), u"list"_s);
    QCOMPARE(list.value(u"type").toString(), u"array"_s);
    QCOMPARE(list[u"items"][u"type"].toString(), u"object"_s);
    QCOMPARE(fieldNamed(list[u"items"][u"fields"].toArray(), u"score"_s).value(u"type"), u"integer"_s);
    const QJsonObject current = fieldNamed(topThreeUpdated.value(u"fields").toArray(), u"current"_s);
    QCOMPARE(current.value(u"type").toString(), u"object"_s);

    const QJsonObject events = fieldNamed(getGame[u"answer"][u"fields"].toArray(), u"events"_s);
    QCOMPARE(events.value(u"type").toString(), u"array"_s);
    QCOMPARE(events[u"items"][u"type"].toString(), u"event"_s);
}

// Every message the catalogue has is named in the protocol document: its HTTP name for what clients
// send, its WebSocket name for what the server sends, in backquotes.
void TestProtocol::documentNamesEveryMessage()
{
    QFile file(QStringLiteral(TICTACTOE_PROTOCOL_DOCUMENT));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString document = QString::fromUtf8(file.readAll());
    QStringList missing;
    for (const MessageSpec &spec : ProtocolCatalogue::instance().messages()) {
        const QString name = spec.direction == Direction::ToServer ? spec.name : spec.socketName;
        if (!document.contains(u'`' + name + u'`'))
            missing.append(name);
    }
    for (const QLatin1StringView reason : RejectionReason::all) {
        if (!document.contains(u'`' + reason + u'`'))
            missing.append(reason);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"docs/protocol.md does not name: "_s + missing.join(u", ")));
}


// The web client's tests run on recorded messages: they must stay what this host publishes and sends.
void TestProtocol::webClientFixturesAreWhatTheHostPublishesAndSends()
{
    const auto readFixture = [](const QString &name) {
        QFile file(QStringLiteral(TICTACTOE_WEB_CLIENT_FIXTURES "/%1.json").arg(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    QCOMPARE(readFixture(u"catalogue"_s), ProtocolCatalogue::instance().toJson());

    const QJsonObject frames = readFixture(u"frames"_s);
    QVERIFY(!frames.isEmpty());
    for (auto frame = frames.begin(); frame != frames.end(); ++frame) {
        const QByteArray text = QJsonDocument(frame.value().toObject()).toJson(QJsonDocument::Compact);
        const Outcome<Effect> read = WireFormat::readFromServer(text);
        QVERIFY2(read, qPrintable(frame.key() + u": "_s + (read ? QString() : read.error().message)));
        QCOMPARE(QJsonDocument::fromJson(WireFormat::toClient(*read)).object(), frame.value().toObject());
    }
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
