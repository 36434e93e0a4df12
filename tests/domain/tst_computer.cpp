// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "computer/computermodule.h"
#include "computer/computerplayers.h"
#include "computer/perfectplay.h"
#include "domaintestkit.h"
#include "frameworkeffects.h"
#include "games/gameeffects.h"
#include "games/gamerepository.h"
#include "scoring/scoringeffects.h"
#include "tictactoedomain.h"
#include "users/usereffects.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;
#include <QTest>

using Computer::Level;
using Cells = PerfectPlay::Cells;

namespace {

const QUuid easy = ComputerPlayers::all().at(0).id;
const QUuid medium = ComputerPlayers::all().at(1).id;
const QUuid perfect = ComputerPlayers::all().at(2).id;

QString computerKey(const QUuid &game)
{
    return QStringLiteral("computer:") + game.toString(QUuid::WithoutBraces);
}

// The test's own judge of a position, written apart from PerfectPlay: for the player to move, the
// outcome with best play (1 win, 0 draw, -1 loss) and in how many more marks the game ends when
// the winner hurries and the loser holds out.
struct Judgement
{
    int outcome = 0;
    int marksToEnd = 0;
};

bool hasLine(const Cells &cells, PerfectPlay::Cell mark)
{
    static const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                                    {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    for (const auto &line : lines) {
        if (cells[line[0]] == mark && cells[line[1]] == mark && cells[line[2]] == mark)
            return true;
    }
    return false;
}

Cells fromTheOtherSide(Cells cells)
{
    for (auto &cell : cells) {
        if (cell != PerfectPlay::Empty)
            cell = cell == PerfectPlay::Mine ? PerfectPlay::Theirs : PerfectPlay::Mine;
    }
    return cells;
}

// A move's judgement from the mover's side.
Judgement judgeMove(const Cells &cells, int move);

Judgement judge(const Cells &cells)
{
    std::optional<Judgement> best;
    for (int move = 0; move < 9; ++move) {
        if (cells[move] != PerfectPlay::Empty)
            continue;
        const Judgement candidate = judgeMove(cells, move);
        const auto better = [](const Judgement &a, const Judgement &b) {
            if (a.outcome != b.outcome)
                return a.outcome > b.outcome;
            if (a.outcome > 0)
                return a.marksToEnd < b.marksToEnd;
            if (a.outcome < 0)
                return a.marksToEnd > b.marksToEnd;
            return false;
        };
        if (!best || better(candidate, *best))
            best = candidate;
    }
    return best.value_or(Judgement{});
}

Judgement judgeMove(const Cells &cells, int move)
{
    Cells next = cells;
    next[move] = PerfectPlay::Mine;
    if (hasLine(next, PerfectPlay::Mine))
        return {1, 1};
    if (std::none_of(next.begin(), next.end(), [](auto cell) { return cell == PerfectPlay::Empty; }))
        return {0, 1};
    const Judgement reply = judge(fromTheOtherSide(next));
    return {-reply.outcome, reply.marksToEnd + 1};
}

QString keyOf(const Cells &cells)
{
    QString key;
    for (PerfectPlay::Cell cell : cells)
        key.append(QChar(u'0' + cell));
    return key;
}

bool isOver(const Cells &cells)
{
    return hasLine(cells, PerfectPlay::Mine) || hasLine(cells, PerfectPlay::Theirs)
            || std::none_of(cells.begin(), cells.end(), [](auto cell) { return cell == PerfectPlay::Empty; });
}

Board boardOf(const Cells &cells, const QUuid &mine, const QUuid &theirs)
{
    Board board;
    for (int cell = 0; cell < 9; ++cell) {
        if (cells[cell] != PerfectPlay::Empty)
            board = board.withMark(cell % 3, cell / 3, cells[cell] == PerfectPlay::Mine ? mine : theirs);
    }
    return board;
}

// Walks every position a game of the computer can reach: each of its best moves, every move of
// its opponent. cells are from the side of the player to move; computerToMove says who that is.
struct Walk
{
    int computerPositions = 0;
    int losses = 0;
    QStringList wrongChoices;
    QSet<QString> seen;

    void from(const Cells &cells, bool computerToMove)
    {
        const QString key = QString::number(computerToMove) + keyOf(cells);
        if (seen.contains(key))
            return;
        seen.insert(key);
        if (isOver(cells)) {
            // The last mover made the line: when that was the opponent, the computer lost.
            if (hasLine(cells, PerfectPlay::Theirs) && computerToMove)
                ++losses;
            return;
        }
        if (computerToMove) {
            ++computerPositions;
            check(cells);
            for (int move : PerfectPlay::bestMoves(cells))
                from(fromTheOtherSide(played(cells, move)), false);
        } else {
            for (int move = 0; move < 9; ++move) {
                if (cells[move] == PerfectPlay::Empty)
                    from(fromTheOtherSide(played(cells, move)), true);
            }
        }
    }

    static Cells played(Cells cells, int move)
    {
        cells[move] = PerfectPlay::Mine;
        return cells;
    }

    // Each best move is as good as the position allows: the outcome, then the soonest win or the
    // latest loss.
    void check(const Cells &cells)
    {
        const Judgement position = judge(cells);
        const QList<int> best = PerfectPlay::bestMoves(cells);
        if (best.isEmpty())
            wrongChoices.append(QStringLiteral("no move in ") + keyOf(cells));
        for (int move : best) {
            const Judgement chosen = judgeMove(cells, move);
            if (chosen.outcome != position.outcome || chosen.marksToEnd != position.marksToEnd)
                wrongChoices.append(QStringLiteral("move %1 in %2").arg(move).arg(keyOf(cells)));
        }
    }
};

template<typename T>
QList<T> effectsOfType(const QList<Effect> &effects)
{
    QList<T> found;
    for (const Effect &effect : effects) {
        if (effect.is<T>())
            found.append(effect.as<T>());
    }
    return found;
}

// The whole domain with a computer that thinks thinkDelayMs on the manual clock.
class Table
{
public:
    explicit Table(qint64 thinkDelayMs = 0, double easyBlunderRate = 0.5)
        : kit(ticTacToeModules(rules, InMemoryStore::factory(),
                               ComputerRules{thinkDelayMs, easyBlunderRate, 0.2, 7}))
    {
    }

    Cells cellsOfAlice()
    {
        const Board board = kit.ask(GetGame{QUuid::createUuid(), game})->value<GameSnapshot>().board;
        Cells cells{};
        for (int cell = 0; cell < 9; ++cell) {
            const QUuid mark = board.cell(cell % 3, cell / 3);
            cells[cell] = mark.isNull() ? PerfectPlay::Empty
                    : mark == alice     ? PerfectPlay::Mine
                                        : PerfectPlay::Theirs;
        }
        return cells;
    }

    // alice plays pick(her cells) at each of her turns, the computer at once, until the game ends;
    // returns every effect handled meanwhile.
    QList<Effect> playOut(const std::function<int(const Cells &)> &pick)
    {
        QList<Effect> handled;
        for (int move = 0; move < 9 && effectsOfType<GameEnded>(handled).isEmpty(); ++move) {
            const int cell = pick(cellsOfAlice());
            if (!kit.send(PlaceMark{QUuid::createUuid(), game, alice, cell % 3, cell / 3}))
                break;
            kit.advanceClock(0);
            handled += kit.takeHandled();
        }
        return handled;
    }

    // alice creates a game, invites the computer, and joins it, as the clients do.
    void invite(const QUuid &computer)
    {
        QVERIFY(kit.send(CreateGame{QUuid::createUuid(), game, alice}));
        QVERIFY(kit.send(UserInvited{alice, computer, game, QUuid::createUuid()}));
        QVERIFY(kit.send(JoinGame{QUuid::createUuid(), game, alice}));
    }

    const GameRules rules;
    DomainTestKit kit;
    const QUuid game = QUuid::createUuid();
    const QUuid alice = QUuid::createUuid();
};

} // namespace

class TestComputer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void perfectNeverLosesAndHurriesItsWinsFromEveryReachablePosition_data();
    void perfectNeverLosesAndHurriesItsWinsFromEveryReachablePosition();
    void perfectTakesAWinAtOnce();
    void bestMovesAreTheJudgesInEveryLegalPosition();
    void theModulePlaysOnlyBestMovesAtPerfect();
    void easyAndMediumBlunderAtTheirRates_data();
    void easyAndMediumBlunderAtTheirRates();
    void theComputerJoinsAfterItsInviterWhoPlaysFirst();
    void theComputerJoinsAtOnceWhenTheInviterIsAlreadyIn();
    void theComputerThinksOnTheClockThenPlays();
    void aTurnThatEndedWhileThinkingIsNotPlayed();
    void winsAgainstTheComputerDoNotScore();
    void theComputersPlayersAreUsersOfEveryHost();
};

void TestComputer::perfectNeverLosesAndHurriesItsWinsFromEveryReachablePosition_data()
{
    QTest::addColumn<bool>("computerPlaysX");
    QTest::newRow("as X") << true;
    QTest::newRow("as O") << false;
}

void TestComputer::perfectNeverLosesAndHurriesItsWinsFromEveryReachablePosition()
{
    QFETCH(bool, computerPlaysX);
    Walk walk;
    walk.from(Cells{}, computerPlaysX);
    QCOMPARE(walk.losses, 0);
    QCOMPARE(walk.wrongChoices, QStringList());
    // Every opening of the opponent and every answer to it were walked, not a sample.
    QVERIFY2(walk.computerPositions > (computerPlaysX ? 50 : 300),
             qPrintable(QString::number(walk.computerPositions)));
}

void TestComputer::perfectTakesAWinAtOnce()
{
    using enum PerfectPlay::Cell;
    // Mine on 0 and 1, theirs on 3 and 4: 2 wins now, where 5 would block and win later.
    const Cells winNow{Mine, Mine, Empty, Theirs, Theirs, Empty, Empty, Empty, Empty};
    QCOMPARE(PerfectPlay::bestMoves(winNow), QList<int>({2}));
    QCOMPARE(PerfectPlay::value(winNow), 10 - 5);
    QCOMPARE(PerfectPlay::value(Cells{}), 0);
}

// Every legal position, whoever got there and however: the best moves are the judge's, including
// the latest loss in positions Perfect itself never reaches.
void TestComputer::bestMovesAreTheJudgesInEveryLegalPosition()
{
    QSet<QString> seen;
    QStringList wrong;
    int holdingOut = 0;
    std::function<void(const Cells &)> visit = [&](const Cells &cells) {
        if (isOver(cells) || seen.contains(keyOf(cells)))
            return;
        seen.insert(keyOf(cells));
        const Judgement position = judge(cells);
        const QList<int> best = PerfectPlay::bestMoves(cells);
        for (int move : best) {
            const Judgement chosen = judgeMove(cells, move);
            if (chosen.outcome != position.outcome || chosen.marksToEnd != position.marksToEnd)
                wrong.append(keyOf(cells) + u'/' + QString::number(move));
        }
        for (int move : PerfectPlay::legalMoves(cells)) {
            const Judgement other = judgeMove(cells, move);
            if (!best.contains(move) && other.outcome == position.outcome && other.marksToEnd == position.marksToEnd)
                wrong.append(keyOf(cells) + u'/' + QString::number(move) + u" left out"_s);
        }
        if (position.outcome < 0 && best.size() < PerfectPlay::legalMoves(cells).size())
            ++holdingOut;
        for (int move : PerfectPlay::legalMoves(cells))
            visit(fromTheOtherSide(Walk::played(cells, move)));
    };
    visit(Cells{});
    QCOMPARE(wrong, QStringList());
    QCOMPARE(seen.size(), 4520); // the positions of tic-tac-toe where the game goes on
    QVERIFY(holdingOut > 0); // lost positions where putting off the loss narrows the choice
}

void TestComputer::theModulePlaysOnlyBestMovesAtPerfect()
{
    const GameRules rules;
    InMemoryStore store;
    ComputerModule module(ComputerRules{0, 0.5, 0.2, 11}, store.games());
    const QUuid opponent = QUuid::createUuid();
    Walk walk;
    walk.from(Cells{}, true);
    walk.from(Cells{}, false);
    int checked = 0;
    for (const QString &key : std::as_const(walk.seen)) {
        if (key.front() != u'1')
            continue;
        Cells cells;
        for (int cell = 0; cell < 9; ++cell)
            cells[cell] = PerfectPlay::Cell(key.at(cell + 1).unicode() - u'0');
        if (isOver(cells))
            continue;
        const int chosen = module.chooseMove(Level::Perfect, boardOf(cells, perfect, opponent), perfect);
        QVERIFY(PerfectPlay::bestMoves(cells).contains(chosen));
        ++checked;
    }
    QVERIFY(checked > 300);
}

void TestComputer::easyAndMediumBlunderAtTheirRates_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<double>("rate");
    QTest::newRow("easy") << Level::Easy << 0.5;
    QTest::newRow("medium") << Level::Medium << 0.2;
    QTest::newRow("perfect") << Level::Perfect << 0.0;
}

// The blunder rate is the share of moves where a worse move exists and the computer plays one.
void TestComputer::easyAndMediumBlunderAtTheirRates()
{
    QFETCH(Level, level);
    QFETCH(double, rate);
    InMemoryStore store;
    ComputerModule module(ComputerRules{0, 0.5, 0.2, 20261204}, store.games());
    const QUuid computer = QUuid::createUuid();
    const QUuid opponent = QUuid::createUuid();
    Walk walk;
    walk.from(Cells{}, true);
    QList<Cells> positions;
    for (const QString &key : std::as_const(walk.seen)) {
        Cells cells;
        for (int cell = 0; cell < 9; ++cell)
            cells[cell] = PerfectPlay::Cell(key.at(cell + 1).unicode() - u'0');
        if (key.front() == u'1' && !isOver(cells)
            && PerfectPlay::bestMoves(cells).size() < PerfectPlay::legalMoves(cells).size()) {
            positions.append(cells);
        }
    }
    QVERIFY(!positions.isEmpty());
    constexpr int rounds = 20;
    int blunders = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Cells &cells : std::as_const(positions)) {
            const int chosen = module.chooseMove(level, boardOf(cells, computer, opponent), computer);
            QVERIFY(PerfectPlay::legalMoves(cells).contains(chosen));
            if (!PerfectPlay::bestMoves(cells).contains(chosen))
                ++blunders;
        }
    }
    const double measured = double(blunders) / (rounds * positions.size());
    qInfo("%s: %d positions with a worse move, blunders %.3f of them", QTest::currentDataTag(),
          int(positions.size()), measured);
    QVERIFY2(std::abs(measured - rate) < 0.03, qPrintable(QString::number(measured)));
}

void TestComputer::theComputerJoinsAfterItsInviterWhoPlaysFirst()
{
    Table table;
    table.kit.takeHandled();
    table.invite(perfect);
    const QList<Effect> handled = table.kit.takeHandled();
    const QList<PlayerJoinedAGame> joins = effectsOfType<PlayerJoinedAGame>(handled);
    QCOMPARE(joins.size(), 2);
    QCOMPARE(joins.at(0).playerId, table.alice);
    QCOMPARE(joins.at(1).playerId, perfect);
    const QList<GameStarted> started = effectsOfType<GameStarted>(handled);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().players, QList<QUuid>({table.alice, perfect}));
    // Nothing from the computer until alice has played.
    for (const ScheduleEvent &scheduled : effectsOfType<ScheduleEvent>(handled))
        QVERIFY(!scheduled.event.is<ComputerTurnDue>());
}

void TestComputer::theComputerJoinsAtOnceWhenTheInviterIsAlreadyIn()
{
    Table table;
    QVERIFY(table.kit.send(CreateGame{QUuid::createUuid(), table.game, table.alice}));
    QVERIFY(table.kit.send(JoinGame{QUuid::createUuid(), table.game, table.alice}));
    table.kit.takeHandled();
    QVERIFY(table.kit.send(UserInvited{table.alice, easy, table.game, QUuid::createUuid()}));
    const QList<GameStarted> started = effectsOfType<GameStarted>(table.kit.takeHandled());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().players, QList<QUuid>({table.alice, easy}));
}

void TestComputer::theComputerThinksOnTheClockThenPlays()
{
    Table table(600);
    table.invite(perfect);
    table.kit.takeHandled();
    const PlaceMark aliceMove{QUuid::createUuid(), table.game, table.alice, 1, 1};
    QVERIFY(table.kit.send(aliceMove));
    const QList<Effect> afterAlice = table.kit.takeHandled();
    QCOMPARE(describeEffects(afterAlice.mid(afterAlice.size() - 3)),
             describeEffects({WaitingForPlayerPlay{table.game, perfect, table.rules.turnTimeoutMs, 8},
                              ScheduleEvent{TurnTimeout{table.game, perfect}, table.rules.turnTimeoutMs,
                                            u"game:"_s + table.game.toString(QUuid::WithoutBraces)},
                              ScheduleEvent{ComputerTurnDue{table.game, perfect}, 600, computerKey(table.game)}}));
    table.kit.advanceClock(599);
    QCOMPARE(table.kit.takeHandled(), QList<Effect>());
    table.kit.advanceClock(1);
    const QList<Effect> thought = table.kit.takeHandled();
    QVERIFY(thought.size() > 2);
    QCOMPARE(thought.at(0), Effect(ComputerTurnDue{table.game, perfect}));
    QVERIFY(thought.at(1).is<PlaceMark>());
    const PlaceMark computerMove = thought.at(1).as<PlaceMark>();
    QCOMPARE(computerMove.player, perfect);
    // Against the centre, only a corner holds the draw.
    QVERIFY(computerMove.x != 1 && computerMove.y != 1);
    QCOMPARE(effectsOfType<MarkPlaced>(thought).size(), 1);
    QCOMPARE(effectsOfType<WaitingForPlayerPlay>(thought).constFirst().playerId, table.alice);
}

void TestComputer::aTurnThatEndedWhileThinkingIsNotPlayed()
{
    Table table(30000); // longer than the turn
    table.invite(medium);
    QVERIFY(table.kit.send(PlaceMark{QUuid::createUuid(), table.game, table.alice, 0, 0}));
    table.kit.takeHandled();
    table.kit.advanceClock(table.rules.turnTimeoutMs);
    QCOMPARE(effectsOfType<GameEnded>(table.kit.takeHandled()).size(), 1);
    table.kit.advanceClock(30000);
    const QList<Effect> late = table.kit.takeHandled();
    QVERIFY(effectsOfType<PlaceMark>(late).isEmpty());
}

void TestComputer::winsAgainstTheComputerDoNotScore()
{
    // alice plays perfectly against an Easy computer that always blunders when it can: she wins.
    Table beaten(0, 1.0);
    beaten.invite(easy);
    beaten.kit.takeHandled();
    const QList<Effect> won = beaten.playOut([](const Cells &cells) { return PerfectPlay::bestMoves(cells).constFirst(); });
    QCOMPARE(effectsOfType<GameEnded>(won).size(), 1);
    QCOMPARE(effectsOfType<GameEnded>(won).first().winner, beaten.alice);
    QCOMPARE(effectsOfType<PlayerScoreChanged>(won).size(), 0);

    // alice plays the worst move each time against Perfect: it wins.
    Table beating;
    beating.invite(perfect);
    beating.kit.takeHandled();
    const QList<Effect> lost = beating.playOut([](const Cells &cells) {
        const QList<int> moves = PerfectPlay::legalMoves(cells);
        return *std::min_element(moves.begin(), moves.end(), [&](int a, int b) {
            Cells afterA = cells, afterB = cells;
            afterA[a] = PerfectPlay::Mine;
            afterB[b] = PerfectPlay::Mine;
            return -PerfectPlay::value(fromTheOtherSide(afterA)) < -PerfectPlay::value(fromTheOtherSide(afterB));
        });
    });
    QCOMPARE(effectsOfType<GameEnded>(lost).size(), 1);
    QCOMPARE(effectsOfType<GameEnded>(lost).first().winner, perfect);
    QCOMPARE(effectsOfType<PlayerScoreChanged>(lost).size(), 0);
    QCOMPARE(beating.kit.ask(GetTopThreePlayers{QUuid::createUuid()})->value<TopThreePlayers>().list,
             QList<ScoreEntry>());
}

void TestComputer::theComputersPlayersAreUsersOfEveryHost()
{
    Table table;
    for (const ComputerOpponent &opponent : ComputerPlayers::all()) {
        const Outcome<QVariant> found = table.kit.ask(GetUser{QUuid::createUuid(), opponent.id});
        QVERIFY(found && found->isValid());
        QCOMPARE(found->value<UserFound>().user.alias, opponent.alias);
        QVERIFY(table.kit.send(CreateUser{opponent.id, QStringLiteral("Impostor"), {}, QUuid::createUuid()}));
        const QList<UserCreationRefused> refused = effectsOfType<UserCreationRefused>(table.kit.takeHandled());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().reason, Users::RefusalReason::UserAlreadyExists);
    }
    const Outcome<QVariant> opponents = table.kit.ask(GetComputerOpponents{QUuid::createUuid()});
    QVERIFY(opponents);
    const QList<ComputerOpponent> listed = opponents->value<ComputerOpponents>().opponents;
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).level, Level::Easy);
    QCOMPARE(listed.at(2).level, Level::Perfect);
}

QTEST_GUILESS_MAIN(TestComputer)
#include "tst_computer.moc"
