#include "gamesmodule.h"

#include "effectbus.h"
#include "frameworkeffects.h"
#include "gameeffects.h"

using Games::ErrorReason;
using Games::Result;
using Games::Stage;

namespace {

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

GamesModule::GamesModule(const GameRules &rules)
    : m_rules(rules)
{
}

void GamesModule::registerHandlers(EffectBus &bus)
{
    bus.handleCommand<CreateGame>([this](const CreateGame &command) { return createGame(command); });
    bus.handleCommand<JoinGame>([this](const JoinGame &command) { return joinGame(command); });
    bus.handleCommand<PlaceMark>([this](const PlaceMark &command) { return placeMark(command); });
    bus.subscribe<TurnTimeout>([this](const TurnTimeout &event) { return timeOutTurn(event); });
    bus.subscribe<GameStateReadyToBeCleaned>([this](const GameStateReadyToBeCleaned &event) {
        m_games.remove(event.gameId);
        return QList<Effect>();
    });
    bus.answerQuery<GetGame>([this](const GetGame &query) -> QVariant {
        const auto found = m_games.constFind(query.gameId);
        if (found == m_games.cend())
            return {};
        const Game &game = found.value();
        const QUuid turn = game.stage == Stage::InProgress ? game.currentPlayer : QUuid();
        return QVariant::fromValue(
                GameSnapshot{game.id, game.stage, game.players, game.board, turn, query.operationId});
    });
}

QList<Effect> GamesModule::createGame(const CreateGame &command)
{
    if (m_games.contains(command.gameId)) {
        return {gameError(command.gameId, command.creator, ErrorReason::GameAlreadyExists,
                          command.operationId)};
    }
    Game game;
    game.id = command.gameId;
    game.creator = command.creator;
    m_games.insert(game.id, game);
    return {
            GameCreated{game.id, game.creator, game.stage, command.operationId},
            ScheduleEvent{GameStateReadyToBeCleaned{game.id}, m_rules.waitingForPlayersTimeoutMs,
                          scheduleKey(game.id)},
    };
}

QList<Effect> GamesModule::joinGame(const JoinGame &command)
{
    const auto found = m_games.find(command.gameId);
    if (found == m_games.end()) {
        return {gameError(command.gameId, command.playerId, ErrorReason::GameNotFound,
                          command.operationId)};
    }
    Game &game = found.value();
    if (game.stage != Stage::WaitingForPlayers || game.hasPlayer(command.playerId)) {
        return {gameError(game.id, command.playerId, ErrorReason::AllPlayersAlreadyJoined,
                          command.operationId)};
    }
    game.players.append(command.playerId);
    QList<Effect> effects{PlayerJoinedAGame{game.id, command.playerId, command.operationId}};
    if (game.players.size() == 2) {
        game.stage = Stage::InProgress;
        game.currentPlayer = game.players.constFirst();
        effects.append(GameStarted{game.id, game.players, game.board});
        effects.append(CancelScheduledEvents{scheduleKey(game.id)});
        effects += waitForCurrentPlayer(game);
    }
    return effects;
}

QList<Effect> GamesModule::placeMark(const PlaceMark &command)
{
    const auto found = m_games.find(command.gameId);
    if (found == m_games.end()) {
        return {gameError(command.gameId, command.player, ErrorReason::GameNotFound,
                          command.operationId)};
    }
    Game &game = found.value();
    if (const auto refusal = game.refusalOfMark(command.player, command.x, command.y))
        return {gameError(game.id, command.player, *refusal, command.operationId)};

    game.board = game.board.withMark(command.x, command.y, command.player);
    game.currentPlayer = game.opponentOf(command.player);
    QList<Effect> effects{
            CancelScheduledEvents{scheduleKey(game.id)},
            MarkPlaced{game.id, command.player, command.x, command.y, command.operationId},
            BoardUpdated{game.id, game.board},
    };
    // A win on the ninth move is a win: the winner is checked before the full board.
    if (const QUuid winner = game.board.winner(); !winner.isNull())
        return effects + endGame(game, Result::PlayerWon, winner);
    if (game.board.isFull())
        return effects + endGame(game, Result::Draw, {});
    return effects + waitForCurrentPlayer(game);
}

QList<Effect> GamesModule::timeOutTurn(const TurnTimeout &event)
{
    const auto found = m_games.find(event.gameId);
    // A timeout that raced a move is stale: the turn it was about has already been played.
    if (found == m_games.end() || found->stage != Stage::InProgress
        || found->currentPlayer != event.playerId) {
        return {};
    }
    return endGame(found.value(), Result::GameAborted, {});
}

QList<Effect> GamesModule::waitForCurrentPlayer(const Game &game) const
{
    return {
            WaitingForPlayerPlay{game.id, game.currentPlayer, m_rules.turnTimeoutMs},
            ScheduleEvent{TurnTimeout{game.id, game.currentPlayer}, m_rules.turnTimeoutMs,
                          scheduleKey(game.id)},
    };
}

QList<Effect> GamesModule::endGame(Game &game, Result result, const QUuid &winner) const
{
    game.stage = Stage::Ended;
    return {
            GameEnded{game.id, result, winner},
            ScheduleEvent{GameStateReadyToBeCleaned{game.id}, m_rules.cleanupDelayMs,
                          scheduleKey(game.id)},
    };
}
