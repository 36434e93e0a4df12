#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "games/gameeffects.h"
#include "tictactoedomain.h"

#include <QTest>

using namespace Games;

class TestGames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }
    void secondJoinStartsTheGameWithTheFirstJoinerToMove();
};

void TestGames::secondJoinStartsTheGameWithTheFirstJoinerToMove()
{
    DomainTestKit kit(ticTacToeModules({}));
    const QUuid game = QUuid::createUuid(), alice = QUuid::createUuid(), bob = QUuid::createUuid();
    const QUuid op1 = QUuid::createUuid(), op2 = QUuid::createUuid(), op3 = QUuid::createUuid();
    QCOMPARE(kit.send(CreateGame{op1, game, alice}), QString());
    QCOMPARE(kit.send(JoinGame{op2, game, bob}), QString());
    QCOMPARE(kit.send(JoinGame{op3, game, alice}), QString());
    const QString key = QStringLiteral("game:") + game.toString(QUuid::WithoutBraces);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({
                     CreateGame{op1, game, alice},
                     GameCreated{game, alice, Stage::WaitingForPlayers, op1},
                     JoinGame{op2, game, bob},
                     PlayerJoinedAGame{game, bob, op2},
                     JoinGame{op3, game, alice},
                     PlayerJoinedAGame{game, alice, op3},
                     GameStarted{game, {bob, alice}, Board()},
                     WaitingForPlayerPlay{game, bob, 20000},
                     ScheduleEvent{TurnTimeout{game, bob}, 20000, key},
             }));
}

QTEST_GUILESS_MAIN(TestGames)
#include "tst_games.moc"
