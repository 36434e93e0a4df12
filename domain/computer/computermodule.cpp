// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "computermodule.h"

#include "computerplayers.h"
#include "effectbus.h"
#include "frameworkeffects.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "games/gamerepository.h"
#include "perfectplay.h"
#include "users/usereffects.h"

#include <mutex>

namespace {

QString scheduleKey(const QUuid &gameId)
{
    return QStringLiteral("computer:") + gameId.toString(QUuid::WithoutBraces);
}

PerfectPlay::Cells cellsFor(const Board &board, const QUuid &player)
{
    PerfectPlay::Cells cells{};
    for (int y = 0; y < Board::size; ++y) {
        for (int x = 0; x < Board::size; ++x) {
            const QUuid mark = board.cell(x, y);
            cells[y * Board::size + x] = mark.isNull() ? PerfectPlay::Empty
                    : mark == player                   ? PerfectPlay::Mine
                                                       : PerfectPlay::Theirs;
        }
    }
    return cells;
}

} // namespace

ComputerModule::ComputerModule(const ComputerRules &rules, const GameRepository &games)
    : m_rules(rules)
    , m_games(games)
    , m_random(rules.seed != 0 ? rules.seed : std::random_device()())
{
}

void ComputerModule::registerHandlers(EffectBus &bus)
{
    bus.subscribe<UserInvited>([this](const UserInvited &event) { return acceptInvitation(event); });
    bus.subscribe<PlayerJoinedAGame>(
            [this](const PlayerJoinedAGame &event) { return joinAfterInviter(event); });
    bus.subscribe<GameStateReadyToBeCleaned>([this](const GameStateReadyToBeCleaned &event) {
        m_invitedTo.remove(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<WaitingForPlayerPlay>(
            [this](const WaitingForPlayerPlay &event) { return startThinking(event); });
    bus.subscribe<ComputerTurnDue>([this](const ComputerTurnDue &event) { return play(event); });
    bus.answerQuery<GetComputerOpponents>([](const GetComputerOpponents &query) {
        return ComputerOpponents{ComputerPlayers::all(), query.operationId};
    });
}

QList<Effect> ComputerModule::acceptInvitation(const UserInvited &event)
{
    if (!ComputerPlayers::isComputer(event.invited))
        return {};
    const std::optional<Game> game = m_games.findGame(event.game);
    if (game && game->isWaitingForPlayers() && game->players.size() == 1)
        return {JoinGame{QUuid::createUuid(), event.game, event.invited}};
    m_invitedTo.insert(event.game, event.invited);
    return {};
}

QList<Effect> ComputerModule::joinAfterInviter(const PlayerJoinedAGame &event)
{
    if (ComputerPlayers::isComputer(event.playerId))
        return {};
    const QUuid computer = m_invitedTo.take(event.gameId);
    if (computer.isNull())
        return {};
    return {JoinGame{QUuid::createUuid(), event.gameId, computer}};
}

QList<Effect> ComputerModule::startThinking(const WaitingForPlayerPlay &event) const
{
    if (!ComputerPlayers::isComputer(event.playerId))
        return {};
    return {ScheduleEvent{ComputerTurnDue{event.gameId, event.playerId}, m_rules.thinkDelayMs,
                          scheduleKey(event.gameId)}};
}

QList<Effect> ComputerModule::play(const ComputerTurnDue &event)
{
    const std::optional<Game> game = m_games.findGame(event.gameId);
    // The turn may be over already: the game ended, or was forgotten, while the computer thought.
    if (!game || game->stage != Games::Stage::InProgress || game->currentPlayer != event.playerId)
        return {};
    const int cell = chooseMove(*ComputerPlayers::levelOf(event.playerId), game->board, event.playerId);
    if (cell < 0)
        return {};
    return {PlaceMark{QUuid::createUuid(), event.gameId, event.playerId, cell % Board::size,
                      cell / Board::size}};
}

int ComputerModule::chooseMove(Computer::Level level, const Board &board, const QUuid &player)
{
    const PerfectPlay::Cells cells = cellsFor(board, player);
    const QList<int> best = PerfectPlay::bestMoves(cells);
    if (best.isEmpty())
        return -1;
    QList<int> worse;
    for (int move : PerfectPlay::legalMoves(cells)) {
        if (!best.contains(move))
            worse.append(move);
    }
    const auto pick = [this](const QList<int> &moves) {
        return moves.at(std::uniform_int_distribution<qsizetype>(0, moves.size() - 1)(m_random));
    };
    if (!worse.isEmpty() && std::bernoulli_distribution(blunderRate(level))(m_random))
        return pick(worse);
    return pick(best);
}

double ComputerModule::blunderRate(Computer::Level level) const
{
    switch (level) {
    case Computer::Level::Easy:
        return m_rules.easyBlunderRate;
    case Computer::Level::Medium:
        return m_rules.mediumBlunderRate;
    case Computer::Level::Perfect:
        break;
    }
    return 0.0;
}

void registerComputerJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] { GadgetJson::registerListConverter<ComputerOpponent>(); });
}
