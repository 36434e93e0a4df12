// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "naming.h"
#include "onlineusers/onlineusereffects.h"
#include "scoring/scoringeffects.h"
#include "tictactoedomain.h"
#include "users/usereffects.h"

#include <QJsonDocument>
#include <QTest>

using namespace Games;

// No real effect carries a bool: this one shows how one travels.
// A type whose converter the race test replaces while another thread uses it.
using namespace Qt::StringLiterals;

struct Temperature
{
    int degrees = 0;
};
Q_DECLARE_METATYPE(Temperature)

struct Switch
{
    Q_GADGET
    Q_PROPERTY(bool on MEMBER on REQUIRED)
    Q_PROPERTY(int level MEMBER level)
public:
    bool on = false;
    int level = 7;
    friend bool operator==(const Switch &, const Switch &) = default;
};

namespace {

const QUuid alice = QUuid::fromString(u"0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43");
const QUuid bob = QUuid::fromString(u"5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b");
const QUuid game = QUuid::fromString(u"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
const QUuid operation = QUuid::fromString(u"11111111-2222-4333-8444-555555555555");

QJsonObject idObject(const QUuid &id)
{
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QJsonObject encode(const Effect &effect)
{
    return GadgetJson::toJson(effect.metaObject(), effect.data());
}

template<typename Gadget>
QJsonObject encode(const Gadget &gadget)
{
    return GadgetJson::toJson(&Gadget::staticMetaObject, &gadget);
}

// A board where alice holds (2, 0) and (1, 1), bob holds (0, 1).
Board sampleBoard()
{
    return Board().withMark(2, 0, alice).withMark(1, 1, alice).withMark(0, 1, bob);
}

QDateTime sampleDate()
{
    return QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
}

} // namespace

class TestGadgetJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void roundTrip_data();
    void roundTrip();
    void writtenTextIsTheSameJson_data() { roundTrip_data(); }
    void writtenTextIsTheSameJson();
    void writtenStringsAreEscaped();
    void idIsAnIdObject();
    void nullIdIsNull();
    void enumIsAnUpperSnakeString();
    void boardIsRowsByY();
    void dateIsIso8601InUtcWithMilliseconds();
    void dateWithAnOffsetIsReadAsTheSameInstant();
    void listsAreArrays();
    void nestedGadgetsAreObjects();
    void effectInsideAnEffectIsTypeAndPayload();
    void boolRoundTrip();
    void optionalFieldsAbsentOrNullDecodeToDefaults();
    void decodingErrors_data();
    void decodingErrors();
    void decodeErrorPathOfAFieldInsideAListElement();
    void decodeErrorToString();
    void upperSnakeCaseOfEffectNames();
    void aConverterReplacedWhileInUseStaysValid();
};

void TestGadgetJson::roundTrip_data()
{
    QTest::addColumn<Effect>("value");

    const User user{alice, QStringLiteral("Alice"), sampleDate()};
    const TopThree before{{ScoreEntry{bob, 200}}};
    const TopThree after{{ScoreEntry{alice, 300}, ScoreEntry{bob, 200}}};

    QTest::newRow("CreateGame") << Effect(CreateGame{operation, game, alice});
    QTest::newRow("JoinGame") << Effect(JoinGame{operation, game, bob});
    QTest::newRow("PlaceMark") << Effect(PlaceMark{operation, game, alice, 2, 1});
    QTest::newRow("GameCreated") << Effect(GameCreated{game, alice, Stage::WaitingForPlayers, operation});
    QTest::newRow("PlayerJoinedAGame") << Effect(PlayerJoinedAGame{game, bob, operation});
    QTest::newRow("GameStarted") << Effect(GameStarted{game, {alice, bob}, Board()});
    QTest::newRow("WaitingForPlayerPlay") << Effect(WaitingForPlayerPlay{game, bob, 20000});
    QTest::newRow("TurnTimeout") << Effect(TurnTimeout{game, bob});
    QTest::newRow("MarkPlaced") << Effect(MarkPlaced{game, alice, 0, 2, operation});
    QTest::newRow("BoardUpdated") << Effect(BoardUpdated{game, sampleBoard()});
    QTest::newRow("GameEnded won") << Effect(GameEnded{game, Result::PlayerWon, alice});
    QTest::newRow("GameEnded draw") << Effect(GameEnded{game, Result::Draw, {}});
    QTest::newRow("GameEnded aborted") << Effect(GameEnded{game, Result::GameAborted, {}});
    QTest::newRow("GameErrorOccurred")
            << Effect(GameErrorOccurred{game, bob, ErrorReason::AllPlayersAlreadyJoined, operation});
    QTest::newRow("GameStateReadyToBeCleaned") << Effect(GameStateReadyToBeCleaned{game});
    QTest::newRow("GetGame") << Effect(GetGame{operation, game});
    QTest::newRow("GameSnapshot")
            << Effect(GameSnapshot{game, Stage::InProgress, {alice, bob}, sampleBoard(), bob, operation});
    QTest::newRow("CreateUser") << Effect(CreateUser{alice, QStringLiteral("Alice"), sampleDate(), operation});
    QTest::newRow("CreateUser without date") << Effect(CreateUser{alice, QStringLiteral("Alice"), {}, operation});
    QTest::newRow("UserCreated") << Effect(UserCreated{user, operation});
    QTest::newRow("UserInvited") << Effect(UserInvited{alice, bob, game, operation});
    QTest::newRow("InvitationDeclined") << Effect(InvitationDeclined{alice, bob, game, operation});
    QTest::newRow("GetUser") << Effect(GetUser{operation, alice});
    QTest::newRow("UserFound") << Effect(UserFound{user, operation});
    QTest::newRow("AssociateUserToSession") << Effect(AssociateUserToSession{alice, bob});
    QTest::newRow("UserConnected") << Effect(UserConnected{alice, operation});
    QTest::newRow("SessionDisconnected") << Effect(SessionDisconnected{bob});
    QTest::newRow("UsersOnlineUpdated") << Effect(UsersOnlineUpdated{{bob, alice}, operation, alice});
    QTest::newRow("UsersOnlineUpdated empty") << Effect(UsersOnlineUpdated{{}, {}, alice});
    QTest::newRow("UserCameOnline") << Effect(UserCameOnline{alice, 2});
    QTest::newRow("UserWentOffline") << Effect(UserWentOffline{bob, 0});
    QTest::newRow("GetUsersOnline") << Effect(GetUsersOnline{operation});
    QTest::newRow("UsersOnline") << Effect(UsersOnline{{alice}, operation});
    QTest::newRow("PlayerScoreChanged") << Effect(PlayerScoreChanged{alice, 300});
    QTest::newRow("TopThreeListUpdated") << Effect(TopThreeListUpdated{before, after});
    QTest::newRow("GetTopThreePlayers") << Effect(GetTopThreePlayers{operation});
    QTest::newRow("TopThreePlayers") << Effect(TopThreePlayers{after.topThree, operation});
    QTest::newRow("CancelScheduledEvents") << Effect(CancelScheduledEvents{QStringLiteral("game:1")});
}

void TestGadgetJson::roundTrip()
{
    QFETCH(Effect, value);

    const QJsonObject json = encode(value);
    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(value.type(), json, error);

    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    QCOMPARE(decoded.metaType(), value.type());
    QCOMPARE(encode(Effect::fromVariant(decoded)), json);
    QVERIFY(Effect::fromVariant(decoded) == value);
}

void TestGadgetJson::writtenTextIsTheSameJson()
{
    QFETCH(Effect, value);

    QByteArray text;
    GadgetJson::writeJson(value.metaObject(), value.data(), text);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u' ' + QString::fromUtf8(text)));
    QCOMPARE(parsed.object(), encode(value));
}

void TestGadgetJson::writtenStringsAreEscaped()
{
    const QString alias = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \a é 🎲");
    QByteArray text;
    GadgetJson::writeValueJson(alias, text);
    QCOMPARE(text, QByteArray("\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 ") + QStringLiteral("é 🎲").toUtf8() + '"');
    QCOMPARE(QJsonDocument::fromJson("[" + text + "]").array().at(0).toString(), alias);
}

void TestGadgetJson::idIsAnIdObject()
{
    const QJsonObject json = encode(CreateGame{operation, game, alice});

    QCOMPARE(json, parse(R"({
        "operationId": {"id": "11111111-2222-4333-8444-555555555555"},
        "gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
        "creator": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}
    })"));
}

void TestGadgetJson::nullIdIsNull()
{
    const QJsonObject json = encode(GameEnded{game, Result::Draw, {}});

    QVERIFY(json.contains(u"winner"));
    QVERIFY(json.value(u"winner").isNull());
}

void TestGadgetJson::enumIsAnUpperSnakeString()
{
    QCOMPARE(encode(GameEnded{game, Result::PlayerWon, alice}).value(u"result"), QJsonValue("PLAYER_WON"));
    QCOMPARE(encode(GameEnded{game, Result::GameAborted, {}}).value(u"result"), QJsonValue("GAME_ABORTED"));
    QCOMPARE(encode(GameCreated{game, alice, Stage::WaitingForPlayers, operation}).value(u"stage"),
             QJsonValue("WAITING_FOR_PLAYERS"));
    QCOMPARE(encode(GameErrorOccurred{game, bob, ErrorReason::PositionOffLimits, operation}).value(u"reason"),
             QJsonValue("POSITION_OFF_LIMITS"));

    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(
            QMetaType::fromType<GameErrorOccurred>(),
            parse(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
                      "player": {"id": "5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b"},
                      "reason": "ALL_PLAYERS_ALREADY_JOINED"})"),
            error);
    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    QCOMPARE(decoded.value<GameErrorOccurred>().reason, ErrorReason::AllPlayersAlreadyJoined);
}

void TestGadgetJson::boardIsRowsByY()
{
    const QJsonObject json = encode(BoardUpdated{game, sampleBoard()});

    const QJsonArray expected{
            QJsonArray{QJsonValue::Null, QJsonValue::Null, idObject(alice)},
            QJsonArray{idObject(bob), idObject(alice), QJsonValue::Null},
            QJsonArray{QJsonValue::Null, QJsonValue::Null, QJsonValue::Null},
    };
    QCOMPARE(compact(json.value(u"board")), compact(expected));

    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::valueFromJson(QMetaType::fromType<Board>(), expected, error);
    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    const Board board = decoded.value<Board>();
    QCOMPARE(board.cell(2, 0), alice);
    QCOMPARE(board.cell(1, 1), alice);
    QCOMPARE(board.cell(0, 1), bob);
    QCOMPARE(board.cell(1, 0), QUuid());
    QVERIFY(board == sampleBoard());
}

void TestGadgetJson::dateIsIso8601InUtcWithMilliseconds()
{
    const QJsonObject json = encode(CreateUser{alice, QStringLiteral("Alice"), sampleDate(), operation});
    QCOMPARE(json.value(u"createdAt"), QJsonValue("2026-03-04T05:06:07.089Z"));

    // A date in another zone is written as the same instant in UTC.
    const QDateTime inParis(QDate(2026, 3, 4), QTime(6, 6, 7, 89), Qt::OffsetFromUTC, 3600);
    const QJsonObject converted = encode(CreateUser{alice, QStringLiteral("Alice"), inParis, operation});
    QCOMPARE(converted.value(u"createdAt"), QJsonValue("2026-03-04T05:06:07.089Z"));
}

void TestGadgetJson::dateWithAnOffsetIsReadAsTheSameInstant()
{
    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::valueFromJson(
            QMetaType::fromType<QDateTime>(), QJsonValue("2026-03-04T07:06:07.089+02:00"), error);

    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    QCOMPARE(decoded.toDateTime(), sampleDate());
}

void TestGadgetJson::listsAreArrays()
{
    const QJsonObject json = encode(GameStarted{game, {alice, bob}, Board()});
    QCOMPARE(compact(json.value(u"players")), compact(QJsonArray{idObject(alice), idObject(bob)}));

    const QJsonObject empty = encode(UsersOnlineUpdated{{}, {}, alice});
    QCOMPARE(compact(empty.value(u"onlineUsers")), compact(QJsonArray()));
}

void TestGadgetJson::nestedGadgetsAreObjects()
{
    const TopThree before{{ScoreEntry{bob, 200}}};
    const TopThree after{{ScoreEntry{alice, 300}, ScoreEntry{bob, 200}}};

    const QJsonObject json = encode(TopThreeListUpdated{before, after});

    QCOMPARE(json, parse(R"({
        "previous": {"topThree": [{"id": {"id": "5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b"}, "score": 200}]},
        "current": {"topThree": [{"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "score": 300},
                                 {"id": {"id": "5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b"}, "score": 200}]}
    })"));

    const QJsonObject created = encode(UserCreated{User{alice, QStringLiteral("Alice"), sampleDate()}, operation});
    QCOMPARE(created, parse(R"({
        "user": {"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "alias": "Alice",
                 "createdAt": "2026-03-04T05:06:07.089Z"},
        "parentOperationId": {"id": "11111111-2222-4333-8444-555555555555"}
    })"));
}

void TestGadgetJson::effectInsideAnEffectIsTypeAndPayload()
{
    const QJsonObject json = encode(ScheduleEvent{TurnTimeout{game, bob}, 20000, QStringLiteral("game:1")});

    QCOMPARE(json, parse(R"({
        "event": {"type": "TurnTimeout",
                  "payload": {"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
                              "playerId": {"id": "5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b"}}},
        "whenMs": 20000,
        "key": "game:1"
    })"));

    // An event inside reads back (a game's missed events travel so); a command never does.
    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(QMetaType::fromType<ScheduleEvent>(), json, error);
    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    QCOMPARE(decoded.value<ScheduleEvent>().event, Effect(TurnTimeout{game, bob}));

    QJsonObject withACommand = json;
    withACommand.insert(QStringLiteral("event"), parse(R"({"type": "CancelScheduledEvents",
                                                           "payload": {"key": "game:1"}})"));
    QVERIFY(!GadgetJson::fromJson(QMetaType::fromType<ScheduleEvent>(), withACommand, error).isValid());
    QCOMPARE(error.path, QStringLiteral("event"));
    QJsonObject withAnUnknownType = json;
    withAnUnknownType.insert(QStringLiteral("event"), parse(R"({"type": "NoSuchEvent", "payload": {}})"));
    QVERIFY(!GadgetJson::fromJson(QMetaType::fromType<ScheduleEvent>(), withAnUnknownType, error).isValid());
    // The name is looked up among every type Qt knows (the fuzzer sent "QTransform"): one that is
    // not an event is refused as well: a value type, a QObject pointer, an enum.
    for (const char *qtType : {"QString", "QObject*", "Games::Stage"}) {
        QJsonObject withAQtType = json;
        withAQtType.insert(QStringLiteral("event"),
                           QJsonObject{{QStringLiteral("type"), QLatin1StringView(qtType)},
                                       {QStringLiteral("payload"), QJsonObject()}});
        GadgetJson::DecodeError refusal;
        QVERIFY2(!GadgetJson::fromJson(QMetaType::fromType<ScheduleEvent>(), withAQtType, refusal).isValid(),
                 qtType);
        QCOMPARE(refusal.path, QStringLiteral("event"));
    }
}

void TestGadgetJson::boolRoundTrip()
{
    const QJsonObject json = encode(Switch{true, 3});
    QCOMPARE(json, parse(R"({"on": true, "level": 3})"));

    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(QMetaType::fromType<Switch>(), json, error);
    QVERIFY2(decoded.isValid(), qPrintable(error.toString()));
    QVERIFY(decoded.value<Switch>() == (Switch{true, 3}));
}

void TestGadgetJson::optionalFieldsAbsentOrNullDecodeToDefaults()
{
    GadgetJson::DecodeError error;

    const QVariant created = GadgetJson::fromJson(
            QMetaType::fromType<GameCreated>(),
            parse(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
                      "creator": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"},
                      "stage": "IN_PROGRESS"})"),
            error);
    QVERIFY2(created.isValid(), qPrintable(error.toString()));
    QVERIFY(created.value<GameCreated>() == (GameCreated{game, alice, Stage::InProgress, {}}));

    const QVariant user = GadgetJson::fromJson(
            QMetaType::fromType<CreateUser>(),
            parse(R"({"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "alias": "Alice",
                      "operationId": {"id": "11111111-2222-4333-8444-555555555555"}})"),
            error);
    QVERIFY2(user.isValid(), qPrintable(error.toString()));
    QVERIFY(!user.value<CreateUser>().createdAt.isValid());

    const QVariant ended = GadgetJson::fromJson(
            QMetaType::fromType<GameEnded>(),
            parse(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}, "result": "DRAW",
                      "winner": null})"),
            error);
    QVERIFY2(ended.isValid(), qPrintable(error.toString()));
    QVERIFY(ended.value<GameEnded>().winner.isNull());

    const QVariant lamp = GadgetJson::fromJson(QMetaType::fromType<Switch>(), parse(R"({"on": false})"), error);
    QVERIFY2(lamp.isValid(), qPrintable(error.toString()));
    QCOMPARE(lamp.value<Switch>().level, 7);
}

void TestGadgetJson::decodingErrors_data()
{
    QTest::addColumn<QMetaType>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QMetaType placeMark = QMetaType::fromType<PlaceMark>();
    const QString expectedId = QStringLiteral(R"(expected an id object {"id": "<uuid>"})");
    const QString malformedBoard = QStringLiteral("expected 3 rows of 3 cells, each an id object or null");
    // A valid PlaceMark apart from the field each row breaks.
    auto mark = [](const char *field, const char *value) {
        QJsonObject object = parse(R"({"operationId": {"id": "11111111-2222-4333-8444-555555555555"},
                                       "gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
                                       "player": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"},
                                       "x": 1, "y": 2})");
        if (value)
            object.insert(QLatin1String(field),
                          QJsonDocument::fromJson(QByteArray("[") + value + "]").array().at(0));
        else
            object.remove(QLatin1String(field));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    auto boardUpdated = [](const char *board) {
        return QByteArray(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}, "board": )") + board
                + "}";
    };

    QTest::newRow("missing required") << placeMark << mark("x", nullptr) << "x" << "is required";
    QTest::newRow("null required") << placeMark << mark("gameId", "null") << "gameId" << "is required";
    QTest::newRow("int given a string") << placeMark << mark("x", R"("1")") << "x" << "expected an integer";
    QTest::newRow("int given a bool") << placeMark << mark("y", "true") << "y" << "expected an integer";
    QTest::newRow("non-integral number") << placeMark << mark("x", "1.5") << "x" << "expected an integer";
    QTest::newRow("int out of range") << placeMark << mark("x", "3000000000") << "x" << "expected an integer";
    QTest::newRow("qint64 non-integral")
            << QMetaType::fromType<WaitingForPlayerPlay>()
            << QByteArray(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
                             "playerId": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "timeout": 0.5})")
            << "timeout" << "expected an integer";
    QTest::newRow("string given a number")
            << QMetaType::fromType<CreateUser>()
            << QByteArray(R"({"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "alias": 5,
                             "operationId": {"id": "11111111-2222-4333-8444-555555555555"}})")
            << "alias" << "expected a string";
    QTest::newRow("bool given a string") << QMetaType::fromType<Switch>() << QByteArray(R"({"on": "true"})")
                                         << "on" << "expected true or false";
    QTest::newRow("bool given a number") << QMetaType::fromType<Switch>() << QByteArray(R"({"on": 1})")
                                         << "on" << "expected true or false";
    QTest::newRow("invalid uuid") << placeMark << mark("player", R"({"id": "not-a-uuid"})") << "player"
                                  << expectedId;
    QTest::newRow("id as a plain string")
            << placeMark << mark("player", R"("0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43")") << "player" << expectedId;
    QTest::newRow("id object without id") << placeMark << mark("gameId", R"({"uuid": "x"})") << "gameId"
                                          << expectedId;
    QTest::newRow("unknown enum key")
            << QMetaType::fromType<GameEnded>()
            << QByteArray(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}, "result": "WON"})")
            << "result" << "expected one of PLAYER_WON, DRAW, GAME_ABORTED";
    QTest::newRow("enum in CamelCase")
            << QMetaType::fromType<GameEnded>()
            << QByteArray(R"({"gameId": {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}, "result": "PlayerWon"})")
            << "result" << "expected one of PLAYER_WON, DRAW, GAME_ABORTED";
    QTest::newRow("invalid date")
            << QMetaType::fromType<CreateUser>()
            << QByteArray(R"({"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "alias": "Alice",
                             "createdAt": "yesterday",
                             "operationId": {"id": "11111111-2222-4333-8444-555555555555"}})")
            << "createdAt" << "expected an ISO 8601 date and time";
    QTest::newRow("board with two rows")
            << QMetaType::fromType<BoardUpdated>()
            << boardUpdated("[[null, null, null], [null, null, null]]") << "board" << malformedBoard;
    QTest::newRow("board with a short row")
            << QMetaType::fromType<BoardUpdated>()
            << boardUpdated("[[null, null, null], [null, null], [null, null, null]]") << "board" << malformedBoard;
    QTest::newRow("board cell as a plain string")
            << QMetaType::fromType<BoardUpdated>()
            << boardUpdated(R"([[null, null, null], [null, "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43", null],
                                [null, null, null]])")
            << "board" << malformedBoard;
    QTest::newRow("board as an object")
            << QMetaType::fromType<BoardUpdated>() << boardUpdated("{}") << "board" << malformedBoard;
    QTest::newRow("list given an object")
            << QMetaType::fromType<UsersOnlineUpdated>() << QByteArray(R"({"onlineUsers": {}})") << "onlineUsers"
            << "expected an array";
    QTest::newRow("list element") << QMetaType::fromType<UsersOnlineUpdated>()
                                  << QByteArray(R"({"onlineUsers": [{"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"},
                                                                    "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"]})")
                                  << "onlineUsers[1]" << expectedId;
    QTest::newRow("nested gadget field")
            << QMetaType::fromType<UserCreated>()
            << QByteArray(R"({"user": {"id": {"id": "0b0f6c1e-5d2a-4a43-9a47-1f9d3f6f1b43"}, "alias": 3}})")
            << "user.alias" << "expected a string";
    QTest::newRow("nested gadget missing field")
            << QMetaType::fromType<UserCreated>() << QByteArray(R"({"user": {"alias": "Alice"}})") << "user.id"
            << "is required";
    QTest::newRow("nested gadget not an object")
            << QMetaType::fromType<UserCreated>() << QByteArray(R"({"user": []})") << "user"
            << "expected an object";
}

void TestGadgetJson::decodingErrors()
{
    QFETCH(QMetaType, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(type, QJsonDocument::fromJson(json).object(), error);

    QVERIFY(!decoded.isValid());
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
}

// The path of a field inside a gadget inside a list reads like the expression that reaches it, as
// "user.alias" and "onlineUsers[1]" do. Fails while registerListConverter() (gadgetjson.h) glues the
// element's field to its index: "previous.topThree[0]score".
void TestGadgetJson::decodeErrorPathOfAFieldInsideAListElement()
{
    const QJsonObject json = parse(R"({
        "previous": {"topThree": [{"id": {"id": "5e1a2b3c-4d5e-4f60-8a7b-9c8d7e6f5a4b"}, "score": "200"}]},
        "current": {"topThree": []}
    })");

    GadgetJson::DecodeError error;
    const QVariant decoded = GadgetJson::fromJson(QMetaType::fromType<TopThreeListUpdated>(), json, error);

    QVERIFY(!decoded.isValid());
    QCOMPARE(error.message, QStringLiteral("expected an integer"));
    QCOMPARE(error.path, QStringLiteral("previous.topThree[0].score"));
}

void TestGadgetJson::decodeErrorToString()
{
    QCOMPARE((GadgetJson::DecodeError{QStringLiteral("user.alias"), QStringLiteral("expected a string")}.toString()),
             QStringLiteral("user.alias: expected a string"));
    QCOMPARE((GadgetJson::DecodeError{QString(), QStringLiteral("expected an object")}.toString()),
             QStringLiteral("expected an object"));
}

void TestGadgetJson::upperSnakeCaseOfEffectNames()
{
    QCOMPARE(upperSnakeCase(u"AssociateUserToSession"), QStringLiteral("ASSOCIATE_USER_TO_SESSION"));
    QCOMPARE(upperSnakeCase(u"PlaceMark"), QStringLiteral("PLACE_MARK"));
    QCOMPARE(upperSnakeCase(u"PlayerJoinedAGame"), QStringLiteral("PLAYER_JOINED_A_GAME"));
    QCOMPARE(upperSnakeCase(u"TopThreeListUpdated"), QStringLiteral("TOP_THREE_LIST_UPDATED"));
    QCOMPARE(upperSnakeCase(u"GameAborted"), QStringLiteral("GAME_ABORTED"));
    QCOMPARE(upperSnakeCase(u"Draw"), QStringLiteral("DRAW"));
}

void TestGadgetJson::aConverterReplacedWhileInUseStaysValid()
{
    // Issue 8, item 8: the registry handed out a converter after releasing its lock, and a
    // registration on another thread could free it in use (AddressSanitizer reports that).
    const auto registerScale = [](const QString &unit) {
        GadgetJson::registerConverter(
                QMetaType::fromType<Temperature>(),
                [unit](const QVariant &value) {
                    return QJsonValue(QString::number(value.value<Temperature>().degrees) + unit);
                },
                [](const QJsonValue &, GadgetJson::DecodeError &) { return QVariant(); });
    };
    registerScale(u"C"_s);
    QAtomicInt stop;
    std::unique_ptr<QThread> registrar(QThread::create([&] {
        for (int round = 0; !stop.loadRelaxed() && round < 100000; ++round)
            registerScale(round % 2 ? u"C"_s : u"K"_s);
    }));
    registrar->start();
    int wrong = 0;
    for (int call = 0; call < 20000; ++call) {
        const QString text = GadgetJson::valueToJson(QVariant::fromValue(Temperature{21})).toString();
        if (text != u"21C"_s && text != u"21K"_s)
            ++wrong;
    }
    stop.storeRelaxed(1);
    QVERIFY(registrar->wait(30000));
    QCOMPARE(wrong, 0);
}

QTEST_GUILESS_MAIN(TestGadgetJson)
#include "tst_gadgetjson.moc"
