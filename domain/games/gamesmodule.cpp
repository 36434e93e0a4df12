// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gamesmodule.h"

#include "effectbus.h"
#include "frameworkeffects.h"
#include "gameeffects.h"
#include "clock.h"
#include "gamehistory.h"
#include "gamerepository.h"

using Games::ErrorReason;
using Games::Result;
using Games::Stage;

namespace {

constexpr int recentGamesListed = 20;

QString scheduleKey(const QUuid &gameId)
{
    return QStringLiteral("game:") + gameId.toString(QUuid::WithoutBraces);
}

Effect gameError(const QUuid &gameId, const QUuid &player, ErrorReason reason,
                 const QUuid &operationId)
{
    return GameErrorOccurred{gameId, player, reason, operationId};
}

} // namespace

GamesModule::GamesModule(const GameRules &rules, GameRepository &games, const Clock &clock)
    : m_rules(rules)
    , m_games(games)
    , m_clock(clock)
{
}

QList<Effect> GamesModule::initialEffects() const
{
    QList<Effect> effects;
    for (Game game : m_games.gamesInProgress()) {
        effects.append(GameRestored{game.id, game.players});
        effects += waitForCurrentPlayer(game);
        m_games.saveGame(game);
    }
    return effects;
}

void GamesModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<CreateGame>([this](const CreateGame &command) { return createGame(command); });
    bus.handleCommand<JoinGame>([this](const JoinGame &command) { return joinGame(command); });
    bus.handleCommand<PlaceMark>([this](const PlaceMark &command) { return placeMark(command); });
    bus.subscribe<TurnTimeout>([this](const TurnTimeout &event) { return timeOutTurn(event); });
    bus.subscribe<GameStateReadyToBeCleaned>([this](const GameStateReadyToBeCleaned &event) {
        m_games.forgetGame(event.gameId);
        return QList<Effect>();
    });
    bus.answerQuery<GetGame>([this](const GetGame &query) -> QVariant {
        const std::optional<Game> found = m_games.findGame(query.gameId);
        if (!found)
            return {};
        const Game &game = *found;
        const QUuid turn = game.stage == Stage::InProgress ? game.currentPlayer : QUuid();
        GameSnapshot snapshot{game.id, game.stage, game.players, game.board, turn,
                              query.operationId, game.version, {}};
        const int missed = game.version - query.sinceVersion;
        if (query.sinceVersion > 0 && missed > 0 && missed <= game.recentEvents.size())
            snapshot.events = game.recentEvents.mid(game.recentEvents.size() - missed);
        return QVariant::fromValue(snapshot);
    });
    bus.answerQuery<GetRecentGames>([this](const GetRecentGames &query) {
        return RecentGames{m_games.recentGames(recentGamesListed), query.operationId};
    });
    bus.answerQuery<GetGameHistory>([this](const GetGameHistory &query) -> QVariant {
        std::optional<GameHistory> history = m_games.historyOf(query.gameId);
        if (!history)
            return {};
        history->parentOperationId = query.operationId;
        return QVariant::fromValue(*history);
    });
}

QList<Effect> GamesModule::createGame(const CreateGame &command)
{
    if (m_games.findGame(command.gameId)) {
        return {gameError(command.gameId, command.creator, ErrorReason::GameAlreadyExists,
                          command.operationId)};
    }
    if (m_games.waitingGamesCreatedBy(command.creator) >= m_rules.waitingGamesPerUser) {
        return {gameError(command.gameId, command.creator, ErrorReason::TooManyWaitingGames,
                          command.operationId)};
    }
    Game game;
    game.id = command.gameId;
    game.creator = command.creator;
    const Effect created = record(game, GameCreated{game.id, game.creator, game.stage, command.operationId});
    m_games.saveGame(game);
    return {
            created,
            ScheduleEvent{GameStateReadyToBeCleaned{game.id}, m_rules.waitingForPlayersTimeoutMs,
                          scheduleKey(game.id)},
    };
}

QList<Effect> GamesModule::joinGame(const JoinGame &command)
{
    std::optional<Game> found = m_games.findGame(command.gameId);
    if (!found) {
        return {gameError(command.gameId, command.playerId, ErrorReason::GameNotFound,
                          command.operationId)};
    }
    Game &game = *found;
    if (game.stage != Stage::WaitingForPlayers || game.hasPlayer(command.playerId)) {
        return {gameError(game.id, command.playerId, ErrorReason::AllPlayersAlreadyJoined,
                          command.operationId)};
    }
    game.players.append(command.playerId);
    QList<Effect> effects{record(game, PlayerJoinedAGame{game.id, command.playerId, command.operationId})};
    if (game.players.size() == 2) {
        game.stage = Stage::InProgress;
        game.currentPlayer = game.players.constFirst();
        effects.append(record(game, GameStarted{game.id, game.players, game.board}));
        effects.append(CancelScheduledEvents{scheduleKey(game.id)});
        effects += waitForCurrentPlayer(game);
    }
    m_games.saveGame(game);
    return effects;
}

QList<Effect> GamesModule::placeMark(const PlaceMark &command)
{
    std::optional<Game> found = m_games.findGame(command.gameId);
    if (!found) {
        return {gameError(command.gameId, command.player, ErrorReason::GameNotFound,
                          command.operationId)};
    }
    Game &game = *found;
    if (const auto refusal = game.refusalOfMark(command.player, command.x, command.y))
        return {gameError(game.id, command.player, *refusal, command.operationId)};

    game.board = game.board.withMark(command.x, command.y, command.player);
    game.currentPlayer = game.opponentOf(command.player);
    QList<Effect> effects{CancelScheduledEvents{scheduleKey(game.id)}};
    effects.append(record(game, MarkPlaced{game.id, command.player, command.x, command.y, command.operationId}));
    effects.append(record(game, BoardUpdated{game.id, game.board}));
    // A win on the ninth move is a win: the winner is checked before the full board.
    if (const QUuid winner = game.board.winner(); !winner.isNull())
        effects += endGame(game, Result::PlayerWon, winner);
    else if (game.board.isFull())
        effects += endGame(game, Result::Draw, {});
    else
        effects += waitForCurrentPlayer(game);
    m_games.saveGame(game);
    return effects;
}

QList<Effect> GamesModule::timeOutTurn(const TurnTimeout &event)
{
    std::optional<Game> found = m_games.findGame(event.gameId);
    // A timeout that raced a move is stale: the turn it was about has already been played.
    if (!found || found->stage != Stage::InProgress || found->currentPlayer != event.playerId)
        return {};
    const QList<Effect> effects = endGame(*found, Result::GameAborted, {});
    m_games.saveGame(*found);
    return effects;
}

template<typename Event>
Effect GamesModule::record(Game &game, Event event) const
{
    event.version = ++game.version;
    const Effect recorded = Effect(event).withPayloadJson();
    game.recentEvents.append(recorded);
    if (game.recentEvents.size() > m_rules.resyncEventLimit)
        game.recentEvents.removeFirst();
    m_games.recordEvent(game.id, recorded, m_clock.currentDateTime());
    return recorded;
}

QList<Effect> GamesModule::waitForCurrentPlayer(Game &game) const
{
    return {
            record(game, WaitingForPlayerPlay{game.id, game.currentPlayer, m_rules.turnTimeoutMs}),
            ScheduleEvent{TurnTimeout{game.id, game.currentPlayer}, m_rules.turnTimeoutMs,
                          scheduleKey(game.id)},
    };
}

QList<Effect> GamesModule::endGame(Game &game, Result result, const QUuid &winner) const
{
    game.stage = Stage::Ended;
    return {
            record(game, GameEnded{game.id, result, winner}),
            ScheduleEvent{GameStateReadyToBeCleaned{game.id}, m_rules.cleanupDelayMs,
                          scheduleKey(game.id)},
    };
}
