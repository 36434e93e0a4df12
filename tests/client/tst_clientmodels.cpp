// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The client's list models, and the lobby that feeds them, driven by recorded server messages.
#include "aliasdirectory.h"
#include "clientfixtures.h"
#include "computeropponentsmodel.h"
#include "socketmessages.h"
#include "gameclient.h"
#include "gamereplay.h"
#include "games/gameeffects.h"
#include "halloffamemodel.h"
#include "language.h"
#include "livegamesmodel.h"
#include "lobby.h"
#include "movelogmodel.h"
#include "onlineplayersmodel.h"
#include "onlineusers/onlineusereffects.h"
#include "recentgamesmodel.h"
#include "scoring/scoringeffects.h"
#include "spectators/spectatoreffects.h"
#include "users/usereffects.h"
#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ClientFixtures;

namespace {

// A query's answer, its body exactly as the host writes it, decoded as the client decodes it.
template<EffectValue Answer>
Effect readAnswer(const QString &fixture)
{
    const Outcome<Effect> answer = WireFormat::readPayload(
            QMetaType::fromType<Answer>(), QJsonDocument::fromJson(readFile(fixture)).object());
    if (!answer)
        qFatal("fixture %s: %s", qPrintable(fixture), qPrintable(answer.error().message));
    return *answer;
}

} // namespace

class TestClientModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixturesDecodeAsServerMessages();

    void aliasDirectoryLooksUpEachIdOnce();

    void onlinePlayersFollowTheServerList();
    void onlinePlayersFollowArrivalsAndDepartures();
    void lobbyAppliesTheListAndItsChanges();
    void onlinePlayersNeverShowRawIds();
    void onlinePlayersMarkTheLocalPlayer();

    void hallOfFameRanksTheTopThree();

    void computerOpponentsListTheHostsAnswer();

    void liveGamesListOthersGames();
    void recentGamesListTheHostsAnswer();
    void replayStepsThroughTheGame();
    void replayWithoutTimesOrGame();

    void moveLogDescribesEachMove();
    void moveLogNamesEveryCell_data();
    void moveLogNamesEveryCell();
};

void TestClientModels::initTestCase()
{
    // The English texts, whose plural forms come from a translation.
    Language::install(Language::Choice::English);
    // Dates and times read the same on every machine.
    qputenv("TZ", "UTC");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestClientModels::fixturesDecodeAsServerMessages()
{
    const auto issued = loadMessage<CredentialIssued>(QStringLiteral("credential_issued.json"));
    QCOMPARE(issued.userId, alice);
    QCOMPARE(issued.credential, QStringLiteral("s3cr3t-credential"));

    const auto rejected = loadMessage<CommandRejected>(QStringLiteral("command_rejected.json"));
    QVERIFY(rejected.operationId.isNull());
    QCOMPARE(rejected.reason, QStringLiteral("UNAUTHENTICATED"));

    const auto online = loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob.json"));
    QCOMPARE(online.onlineUsers, (QList<QUuid>{alice, bob}));
    QCOMPARE(online.userId, bob);
    const auto arrival = loadMessage<UserCameOnline>(QStringLiteral("user_came_online_carol.json"));
    QCOMPARE(arrival.userId, carol);
    QCOMPARE(arrival.usersOnline, 3);
    const auto departure = loadMessage<UserWentOffline>(QStringLiteral("user_went_offline_bob.json"));
    QCOMPARE(departure.userId, bob);
    QCOMPARE(departure.usersOnline, 2);

    const auto topThree =
            loadMessage<TopThreeListUpdated>(QStringLiteral("top_three_bob_alice.json"));
    QCOMPARE(topThree.current.topThree.size(), 2);
    QCOMPARE(topThree.current.topThree.at(0).id, bob);
    QCOMPARE(topThree.current.topThree.at(0).score, 200);

    const auto invited = loadMessage<UserInvited>(QStringLiteral("user_invited.json"));
    QCOMPARE(invited.host, alice);
    QCOMPARE(invited.invited, bob);
    QCOMPARE(invited.game, game);

    const QList<Effect> transcript = loadMessages(QStringLiteral("game_x_wins_top_row.json"));
    QVERIFY(transcript.at(1).is<GameStarted>());
    QCOMPARE(transcript.at(1).as<GameStarted>().players, (QList<QUuid>{alice, bob}));
    QVERIFY(transcript.last().is<GameEnded>());
    QCOMPARE(transcript.last().as<GameEnded>().result, Games::Result::PlayerWon);
    QCOMPARE(transcript.last().as<GameEnded>().winner, alice);
    const auto &lastBoard = transcript.at(transcript.size() - 2).as<BoardUpdated>().board;
    QCOMPARE(lastBoard.cell(2, 0), alice);
    QCOMPARE(lastBoard.cell(1, 1), bob);
    QVERIFY(lastBoard.cell(2, 2).isNull());
}

void TestClientModels::aliasDirectoryLooksUpEachIdOnce()
{
    AliasDirectory aliases;
    QSignalSpy lookups(&aliases, &AliasDirectory::lookupNeeded);
    QSignalSpy changes(&aliases, &AliasDirectory::aliasChanged);

    QCOMPARE(aliases.aliasOf(alice), QStringLiteral("…"));
    QCOMPARE(aliases.aliasOf(alice), QStringLiteral("…"));
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.at(0).at(0).toUuid(), alice);

    aliases.retryPending();
    QCOMPARE(lookups.size(), 2);

    aliases.insert(alice, QStringLiteral("Alice"));
    QCOMPARE(aliases.aliasOf(alice), QStringLiteral("Alice"));
    QCOMPARE(changes.size(), 1);
    aliases.retryPending();
    QCOMPARE(lookups.size(), 2);

    aliases.insert(alice, QStringLiteral("Alice"));
    QCOMPARE(changes.size(), 1);

    QCOMPARE(aliases.aliasOf(bob), QStringLiteral("…"));
    aliases.markUnknown(bob);
    QCOMPARE(aliases.aliasOf(bob), QStringLiteral("Unknown player"));
    QCOMPARE(aliases.aliasOf(QUuid()), QStringLiteral("…"));
    QCOMPARE(lookups.size(), 3);
}

void TestClientModels::onlinePlayersFollowTheServerList()
{
    AliasDirectory aliases;
    OnlinePlayersModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &OnlinePlayersModel::countChanged);

    model.setOnlineUsers(loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob.json"))
                                 .onlineUsers);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.count(), 2);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.index(0).data(OnlinePlayersModel::UserIdRole).toString(),
             alice.toString(QUuid::WithoutBraces));
    QCOMPARE(model.index(1).data(OnlinePlayersModel::UserIdRole).toString(),
             bob.toString(QUuid::WithoutBraces));

    inserted.clear();
    model.setOnlineUsers(
            loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob_carol.json"))
                    .onlineUsers);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(model.index(2).data(OnlinePlayersModel::UserIdRole).toString(),
             carol.toString(QUuid::WithoutBraces));

    model.setOnlineUsers(
            loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_carol.json"))
                    .onlineUsers);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.userIds(), (QList<QUuid>{alice, carol}));
    QVERIFY(!model.contains(bob));

    // Bob comes back: he is the newest connection now, so he goes last.
    model.setOnlineUsers({alice, carol, bob});
    QCOMPARE(model.userIds(), (QList<QUuid>{alice, carol, bob}));
    QCOMPARE(resets.size(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.size(), 5);
}

void TestClientModels::onlinePlayersFollowArrivalsAndDepartures()
{
    AliasDirectory aliases;
    OnlinePlayersModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOnlineUsers(loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob.json"))
                                 .onlineUsers);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &OnlinePlayersModel::countChanged);

    // Carol arrived: the newest connection goes last, one row inserted.
    const auto arrival = loadMessage<UserCameOnline>(QStringLiteral("user_came_online_carol.json"));
    QVERIFY(model.addOnlineUser(arrival.userId));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model.userIds(), (QList<QUuid>{alice, bob, carol}));
    QCOMPARE(counts.size(), 1);
    // Already listed (a list taken after her arrival came first): nothing changes.
    QVERIFY(!model.addOnlineUser(arrival.userId));
    QCOMPARE(inserted.size(), 1);

    // Bob left: his row alone goes.
    const auto departure = loadMessage<UserWentOffline>(QStringLiteral("user_went_offline_bob.json"));
    QVERIFY(model.removeOnlineUser(departure.userId));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.userIds(), (QList<QUuid>{alice, carol}));
    QCOMPARE(model.index(1).data(OnlinePlayersModel::UserIdRole).toString(),
             carol.toString(QUuid::WithoutBraces));
    QCOMPARE(counts.size(), 2);
    QVERIFY(!model.removeOnlineUser(departure.userId));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(resets.size(), 0);
}

// What the lobby tells the rest of the client (invitations, the game's opponent) is the whole list
// after each change, and only when there is one.
void TestClientModels::lobbyAppliesTheListAndItsChanges()
{
    GameClient client;
    Lobby lobby(&client);
    QSignalSpy changes(&lobby, &Lobby::usersOnlineChanged);
    const auto lists = [&] {
        QList<QList<QUuid>> seen;
        for (const QList<QVariant> &arguments : std::as_const(changes))
            seen.append(arguments.at(0).value<QList<QUuid>>());
        return seen;
    };

    client.dispatch(loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob.json")));
    client.dispatch(loadMessage<UserCameOnline>(QStringLiteral("user_came_online_carol.json")));
    client.dispatch(loadMessage<UserCameOnline>(QStringLiteral("user_came_online_carol.json")));
    client.dispatch(loadMessage<UserWentOffline>(QStringLiteral("user_went_offline_bob.json")));
    client.dispatch(loadMessage<UserWentOffline>(QStringLiteral("user_went_offline_bob.json")));

    QCOMPARE(lists(), (QList<QList<QUuid>>{{alice, bob}, {alice, bob, carol}, {alice, carol}}));
    QCOMPARE(lobby.onlinePlayers()->userIds(), (QList<QUuid>{alice, carol}));

    // A whole list still sets the whole list.
    client.dispatch(loadMessage<UsersOnlineUpdated>(QStringLiteral("users_online_alice_bob_carol.json")));
    QCOMPARE(lists().last(), (QList<QUuid>{alice, bob, carol}));
    QCOMPARE(lobby.onlinePlayers()->userIds(), (QList<QUuid>{alice, bob, carol}));
}

void TestClientModels::onlinePlayersNeverShowRawIds()
{
    AliasDirectory aliases;
    OnlinePlayersModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy lookups(&aliases, &AliasDirectory::lookupNeeded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setOnlineUsers({alice, bob});
    QCOMPARE(model.index(0).data(OnlinePlayersModel::AliasRole).toString(), QStringLiteral("…"));
    QCOMPARE(model.index(1).data(OnlinePlayersModel::AliasRole).toString(), QStringLiteral("…"));
    QCOMPARE(lookups.size(), 2);

    aliases.insert(bob, QStringLiteral("Bob"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(OnlinePlayersModel::AliasRole));
    QCOMPARE(model.index(1).data(OnlinePlayersModel::AliasRole).toString(), QStringLiteral("Bob"));
    QCOMPARE(model.index(0).data(OnlinePlayersModel::AliasRole).toString(), QStringLiteral("…"));

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(OnlinePlayersModel::UserIdRole), QByteArray("userId"));
    QCOMPARE(roles.value(OnlinePlayersModel::AliasRole), QByteArray("alias"));
    QCOMPARE(roles.value(OnlinePlayersModel::IsMeRole), QByteArray("isMe"));
}

void TestClientModels::onlinePlayersMarkTheLocalPlayer()
{
    AliasDirectory aliases;
    OnlinePlayersModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOnlineUsers({alice, bob});
    QCOMPARE(model.index(0).data(OnlinePlayersModel::IsMeRole).toBool(), false);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMyUserId(bob);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(0).data(OnlinePlayersModel::IsMeRole).toBool(), false);
    QCOMPARE(model.index(1).data(OnlinePlayersModel::IsMeRole).toBool(), true);
}

void TestClientModels::computerOpponentsListTheHostsAnswer()
{
    GameClient client;
    Lobby lobby(&client);
    ComputerOpponentsModel *model = lobby.computerOpponents();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(model, &ComputerOpponentsModel::countChanged);
    QSignalSpy computerPlayers(&lobby, &Lobby::computerPlayersChanged);
    const QUuid easy = QUuid::fromString(QStringLiteral("c0a1c0a1-0000-4000-8000-000000000001"));
    const QUuid medium = QUuid::fromString(QStringLiteral("c0a1c0a1-0000-4000-8000-000000000002"));
    const QUuid perfect = QUuid::fromString(QStringLiteral("c0a1c0a1-0000-4000-8000-000000000003"));

    // The answer's body exactly as the host writes it for GetComputerOpponents.
    const Outcome<Effect> answer = WireFormat::readPayload(
            QMetaType::fromType<ComputerOpponents>(),
            QJsonDocument::fromJson(readFile(QStringLiteral("computer_opponents_answer.json"))).object());
    QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
    client.dispatch(*answer);

    QCOMPARE(model->count(), 3);
    QCOMPARE(counts.size(), 1);
    const QHash<int, QByteArray> roles = model->roleNames();
    QCOMPARE(roles.value(ComputerOpponentsModel::UserIdRole), QByteArray("userId"));
    QCOMPARE(roles.value(ComputerOpponentsModel::AliasRole), QByteArray("alias"));
    QCOMPARE(roles.value(ComputerOpponentsModel::LevelRole), QByteArray("level"));
    const QList<std::tuple<QUuid, QString, QString>> expected{
            {easy, QStringLiteral("Computer (easy)"), QStringLiteral("Easy")},
            {medium, QStringLiteral("Computer (medium)"), QStringLiteral("Medium")},
            {perfect, QStringLiteral("Computer (perfect)"), QStringLiteral("Perfect")},
    };
    for (int row = 0; row < expected.size(); ++row) {
        const auto &[userId, alias, level] = expected.at(row);
        const QModelIndex index = model->index(row);
        QCOMPARE(index.data(ComputerOpponentsModel::UserIdRole).toString(),
                 userId.toString(QUuid::WithoutBraces));
        QCOMPARE(index.data(ComputerOpponentsModel::AliasRole).toString(), alias);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), alias);
        QCOMPARE(index.data(ComputerOpponentsModel::LevelRole).toString(), level);
        // The game page names the computer without asking the host.
        QCOMPARE(lobby.aliases()->aliasOf(userId), alias);
    }
    QCOMPARE(computerPlayers.size(), 1);
    QCOMPARE(computerPlayers.at(0).at(0).value<QList<QUuid>>(), (QList<QUuid>{easy, medium, perfect}));

    // Asked again after a reconnection, the same answer changes nothing.
    client.dispatch(*answer);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model->count(), 3);

    // Another host's list is not this one's.
    lobby.clear();
    QCOMPARE(model->count(), 0);
    QCOMPARE(counts.size(), 2);
}

void TestClientModels::liveGamesListOthersGames()
{
    GameClient client;
    Lobby lobby(&client);
    LiveGamesModel *model = lobby.liveGames();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(model, &LiveGamesModel::countChanged);
    lobby.aliases()->insert(alice, QStringLiteral("Alice"));
    lobby.aliases()->insert(bob, QStringLiteral("Bob"));
    lobby.aliases()->insert(carol, QStringLiteral("Carol"));

    const Effect answer = readAnswer<LiveGames>(QStringLiteral("live_games_answer.json"));
    client.dispatch(answer);

    QCOMPARE(model->count(), 2);
    QCOMPARE(counts.size(), 1);
    const QHash<int, QByteArray> roles = model->roleNames();
    QCOMPARE(roles.value(LiveGamesModel::GameIdRole), QByteArray("gameId"));
    QCOMPARE(roles.value(LiveGamesModel::PlayersRole), QByteArray("players"));
    QCOMPARE(roles.value(LiveGamesModel::DetailsRole), QByteArray("details"));
    const QModelIndex first = model->index(0);
    QCOMPARE(first.data(LiveGamesModel::GameIdRole).toString(), game.toString(QUuid::WithoutBraces));
    QCOMPARE(first.data(LiveGamesModel::PlayersRole).toString(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(first.data(LiveGamesModel::DetailsRole).toString(), QStringLiteral("3 moves · 1 watching"));
    QCOMPARE(first.data(LiveGamesModel::MovesRole).toInt(), 3);
    QCOMPARE(first.data(LiveGamesModel::WatchersRole).toInt(), 1);
    const QModelIndex second = model->index(1);
    QCOMPARE(second.data(LiveGamesModel::PlayersRole).toString(), QStringLiteral("Carol (X) against Alice (O)"));
    // Nobody watching goes unsaid.
    QCOMPARE(second.data(LiveGamesModel::DetailsRole).toString(), QStringLiteral("1 move"));

    // A renamed player shows at once.
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    lobby.aliases()->insert(bob, QStringLiteral("Robert"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(first.data(LiveGamesModel::PlayersRole).toString(), QStringLiteral("Alice (X) against Robert (O)"));

    // Carol cannot watch the game she plays: it is not offered to her.
    lobby.setMyUserId(carol);
    client.dispatch(answer);
    QCOMPARE(model->count(), 1);
    QCOMPARE(model->index(0).data(LiveGamesModel::GameIdRole).toString(), game.toString(QUuid::WithoutBraces));

    lobby.clear();
    QCOMPARE(model->count(), 0);
    QCOMPARE(counts.size(), 3);
}

void TestClientModels::recentGamesListTheHostsAnswer()
{
    GameClient client;
    Lobby lobby(&client);
    RecentGamesModel *model = lobby.recentGames();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(model, &RecentGamesModel::countChanged);
    lobby.aliases()->insert(alice, QStringLiteral("Alice"));
    lobby.aliases()->insert(bob, QStringLiteral("Bob"));
    lobby.aliases()->insert(carol, QStringLiteral("Carol"));

    client.dispatch(readAnswer<RecentGames>(QStringLiteral("recent_games_answer.json")));

    QCOMPARE(model->count(), 3);
    QCOMPARE(counts.size(), 1);
    const QHash<int, QByteArray> roles = model->roleNames();
    QCOMPARE(roles.value(RecentGamesModel::GameIdRole), QByteArray("gameId"));
    QCOMPARE(roles.value(RecentGamesModel::PlayersRole), QByteArray("players"));
    QCOMPARE(roles.value(RecentGamesModel::OutcomeRole), QByteArray("outcome"));
    QCOMPARE(roles.value(RecentGamesModel::EndedAtRole), QByteArray("endedAt"));
    QCOMPARE(roles.value(RecentGamesModel::DetailsRole), QByteArray("details"));
    // The most recent first, as the host sends them.
    const QModelIndex won = model->index(0);
    QCOMPARE(won.data(RecentGamesModel::GameIdRole).toString(), game.toString(QUuid::WithoutBraces));
    QCOMPARE(won.data(RecentGamesModel::PlayersRole).toString(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(won.data(RecentGamesModel::OutcomeRole).toString(), QStringLiteral("Alice won"));
    QCOMPARE(won.data(RecentGamesModel::EndedAtRole).toDateTime(),
             QDateTime(QDate(2026, 12, 5), QTime(13, 3, 10, 250), Qt::UTC));
    QCOMPARE(won.data(RecentGamesModel::DetailsRole).toString(), QStringLiteral("Alice won · 05/12/2026 13:03"));
    const QModelIndex draw = model->index(1);
    QCOMPARE(draw.data(RecentGamesModel::PlayersRole).toString(), QStringLiteral("Carol (X) against Alice (O)"));
    QCOMPARE(draw.data(RecentGamesModel::DetailsRole).toString(), QStringLiteral("A draw · 05/12/2026 12:40"));
    // Stored before the history kept times: no date to show.
    const QModelIndex aborted = model->index(2);
    QCOMPARE(aborted.data(RecentGamesModel::DetailsRole).toString(), QStringLiteral("Stopped, nobody won"));

    // A renamed winner shows at once, in the players and in the outcome.
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    lobby.aliases()->insert(alice, QStringLiteral("Alicia"));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(won.data(RecentGamesModel::DetailsRole).toString(), QStringLiteral("Alicia won · 05/12/2026 13:03"));
    QCOMPARE(draw.data(RecentGamesModel::PlayersRole).toString(), QStringLiteral("Carol (X) against Alicia (O)"));

    // The same answer again changes nothing; leaving the server empties the list.
    client.dispatch(readAnswer<RecentGames>(QStringLiteral("recent_games_answer.json")));
    QCOMPARE(counts.size(), 1);
    lobby.clear();
    QCOMPARE(model->count(), 0);
    QCOMPARE(counts.size(), 2);
}

void TestClientModels::replayStepsThroughTheGame()
{
    AliasDirectory aliases;
    aliases.insert(alice, QStringLiteral("Alice"));
    aliases.insert(bob, QStringLiteral("Bob"));
    GameReplay replay(&aliases);
    QAbstractItemModelTester tester(&replay, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto marks = [&replay] {
        QString rows;
        for (int row = 0; row < replay.rowCount(); ++row) {
            const QString mark = replay.index(row).data(GameReplay::MarkRole).toString();
            rows += mark.isEmpty() ? QStringLiteral(".") : mark;
        }
        return rows;
    };
    const auto cellsWith = [&replay](GameReplay::Role role) {
        QList<int> cells;
        for (int row = 0; row < replay.rowCount(); ++row) {
            if (replay.index(row).data(role).toBool())
                cells.append(row);
        }
        return cells;
    };
    QCOMPARE(replay.rowCount(), 9);
    QCOMPARE(replay.roleNames().value(GameReplay::MarkRole), QByteArray("mark"));
    QCOMPARE(replay.roleNames().value(GameReplay::LastMoveRole), QByteArray("lastMove"));
    QCOMPARE(replay.roleNames().value(GameReplay::WinningRole), QByteArray("winning"));

    replay.load(readAnswer<GameHistory>(QStringLiteral("game_history_answer.json")).as<GameHistory>());

    // It opens on the end of the game.
    QCOMPARE(replay.gameId(), game.toString(QUuid::WithoutBraces));
    QCOMPARE(replay.moveCount(), 5);
    QCOMPARE(replay.step(), 5);
    QCOMPARE(marks(), QStringLiteral("XXXOO...."));
    QCOMPARE(replay.playersText(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(replay.stepText(), QStringLiteral("Move 5 of 5: Alice (X), row 1, column 3, at 13:03:10"));
    QCOMPARE(replay.resultText(), QStringLiteral("Alice won."));
    QCOMPARE(cellsWith(GameReplay::LastMoveRole), QList<int>{2});
    QCOMPARE(cellsWith(GameReplay::WinningRole), (QList<int>{0, 1, 2}));

    QSignalSpy steps(&replay, &GameReplay::stepChanged);
    replay.previous();
    QCOMPARE(replay.step(), 4);
    QCOMPARE(marks(), QStringLiteral("XX.OO...."));
    QCOMPARE(replay.stepText(), QStringLiteral("Move 4 of 5: Bob (O), row 2, column 2, at 13:03:07"));
    // The result and the winning line belong to the end alone.
    QCOMPARE(replay.resultText(), QString());
    QCOMPARE(cellsWith(GameReplay::WinningRole), QList<int>{});
    QCOMPARE(cellsWith(GameReplay::LastMoveRole), QList<int>{4});

    replay.setStep(1);
    QCOMPARE(marks(), QStringLiteral("X........"));
    QCOMPARE(replay.stepText(), QStringLiteral("Move 1 of 5: Alice (X), row 1, column 1, at 13:03:01"));
    replay.previous();
    QCOMPARE(replay.step(), 0);
    QCOMPARE(marks(), QStringLiteral("........."));
    QCOMPARE(replay.stepText(), QStringLiteral("Before the first move (5 moves in all)"));
    QCOMPARE(cellsWith(GameReplay::LastMoveRole), QList<int>{});
    // It stops at either end.
    replay.previous();
    replay.setStep(-3);
    QCOMPARE(replay.step(), 0);
    replay.setStep(42);
    QCOMPARE(replay.step(), 5);
    replay.next();
    QCOMPARE(replay.step(), 5);
    QCOMPARE(steps.size(), 4);

    // A renamed player reads at once.
    QSignalSpy texts(&replay, &GameReplay::textsChanged);
    aliases.insert(bob, QStringLiteral("Robert"));
    QCOMPARE(texts.size(), 1);
    QCOMPARE(replay.playersText(), QStringLiteral("Alice (X) against Robert (O)"));
}

void TestClientModels::replayWithoutTimesOrGame()
{
    AliasDirectory aliases;
    aliases.insert(alice, QStringLiteral("Alice"));
    aliases.insert(bob, QStringLiteral("Bob"));
    GameReplay replay(&aliases);
    QCOMPARE(replay.gameId(), QString());
    QCOMPARE(replay.moveCount(), 0);
    QCOMPARE(replay.stepText(), QString());
    QCOMPARE(replay.resultText(), QString());

    GameHistory history = readAnswer<GameHistory>(QStringLiteral("game_history_answer.json")).as<GameHistory>();
    // Kept before the history recorded times.
    for (HistoryMove &move : history.moves)
        move.at = {};
    replay.load(history);
    QCOMPARE(replay.stepText(), QStringLiteral("Move 5 of 5: Alice (X), row 1, column 3"));

    replay.clear();
    QCOMPARE(replay.moveCount(), 0);
    QCOMPARE(replay.index(0).data(GameReplay::MarkRole).toString(), QString());
    QCOMPARE(replay.playersText(), QString());
}

void TestClientModels::hallOfFameRanksTheTopThree()
{
    AliasDirectory aliases;
    HallOfFameModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &HallOfFameModel::countChanged);
    aliases.insert(alice, QStringLiteral("Alice"));
    aliases.insert(bob, QStringLiteral("Bob"));

    model.setEntries(loadMessage<TopThreeListUpdated>(QStringLiteral("top_three_bob_alice.json"))
                             .current.topThree);
    QCOMPARE(model.count(), 2);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.index(0).data(HallOfFameModel::RankRole).toInt(), 1);
    QCOMPARE(model.index(0).data(HallOfFameModel::AliasRole).toString(), QStringLiteral("Bob"));
    QCOMPARE(model.index(0).data(HallOfFameModel::ScoreRole).toInt(), 200);
    QCOMPARE(model.index(1).data(HallOfFameModel::RankRole).toInt(), 2);
    QCOMPARE(model.index(1).data(HallOfFameModel::AliasRole).toString(), QStringLiteral("Alice"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setEntries(
            loadMessage<TopThreeListUpdated>(QStringLiteral("top_three_carol_bob_alice.json"))
                    .current.topThree);
    QCOMPARE(model.count(), 3);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(model.index(0).data(HallOfFameModel::AliasRole).toString(), QStringLiteral("…"));
    QCOMPARE(model.index(0).data(HallOfFameModel::ScoreRole).toInt(), 300);
    QCOMPARE(model.index(2).data(HallOfFameModel::RankRole).toInt(), 3);
    QCOMPARE(model.index(2).data(HallOfFameModel::ScoreRole).toInt(), 100);
    QCOMPARE(changed.size(), 2); // ranks 1 and 2 changed hands; rank 3 is new

    changed.clear();
    aliases.insert(carol, QStringLiteral("Carol"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(HallOfFameModel::AliasRole).toString(), QStringLiteral("Carol"));

    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.roleNames().value(HallOfFameModel::RankRole), QByteArray("rank"));
    QCOMPARE(model.roleNames().value(HallOfFameModel::ScoreRole), QByteArray("score"));
}

void TestClientModels::moveLogDescribesEachMove()
{
    AliasDirectory aliases;
    MoveLogModel model(&aliases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(alice, QStringLiteral("X"), 0, 0);
    QCOMPARE(model.index(0).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("… (X) played the top-left corner"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    aliases.insert(alice, QStringLiteral("Alice"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Alice (X) played the top-left corner"));
    QCOMPARE(model.index(0).data(MoveLogModel::AliasRole).toString(), QStringLiteral("Alice"));
    QCOMPARE(model.index(0).data(MoveLogModel::MarkRole).toString(), QStringLiteral("X"));
    QCOMPARE(model.index(0).data(MoveLogModel::XRole).toInt(), 0);

    model.append(bob, QStringLiteral("O"), 1, 1);
    QCOMPARE(model.index(1).data(MoveLogModel::YRole).toInt(), 1);
    QCOMPARE(model.count(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.roleNames().value(MoveLogModel::TextRole), QByteArray("text"));
}

void TestClientModels::moveLogNamesEveryCell_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<QString>("name");
    QTest::newRow("0,0") << 0 << 0 << QStringLiteral("top-left corner");
    QTest::newRow("1,0") << 1 << 0 << QStringLiteral("top-middle square");
    QTest::newRow("2,0") << 2 << 0 << QStringLiteral("top-right corner");
    QTest::newRow("0,1") << 0 << 1 << QStringLiteral("middle-left square");
    QTest::newRow("1,1") << 1 << 1 << QStringLiteral("center");
    QTest::newRow("2,1") << 2 << 1 << QStringLiteral("middle-right square");
    QTest::newRow("0,2") << 0 << 2 << QStringLiteral("bottom-left corner");
    QTest::newRow("1,2") << 1 << 2 << QStringLiteral("bottom-middle square");
    QTest::newRow("2,2") << 2 << 2 << QStringLiteral("bottom-right corner");
}

void TestClientModels::moveLogNamesEveryCell()
{
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(QString, name);
    QCOMPARE(MoveLogModel::cellName(x, y), name);
}

QTEST_GUILESS_MAIN(TestClientModels)

#include "tst_clientmodels.moc"
