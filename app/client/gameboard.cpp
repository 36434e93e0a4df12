#include "gameboard.h"

#include "aliasdirectory.h"
#include "movelogmodel.h"

#include <algorithm>

namespace {

constexpr int cellCount = Board::size * Board::size;

} // namespace

GameBoard::GameBoard(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
    , m_moves(new MoveLogModel(aliases, this))
{
    m_tickTimer.setInterval(250);
    connect(&m_tickTimer, &QTimer::timeout, this, &GameBoard::updateSecondsLeft);
    connect(m_aliases, &AliasDirectory::aliasChanged, this, &GameBoard::publish);
}

GameBoard::~GameBoard() = default;

int GameBoard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : cellCount;
}

QVariant GameBoard::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellView cell = cellView(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MarkRole:
        return cell.mark;
    case PlayableRole:
        return cell.playable;
    case WinningRole:
        return cell.winning;
    default:
        return {};
    }
}

QHash<int, QByteArray> GameBoard::roleNames() const
{
    return {{MarkRole, "mark"}, {PlayableRole, "playable"}, {WinningRole, "winning"}};
}

QString GameBoard::myMark() const
{
    return markOf(m_myUserId);
}

QString GameBoard::opponentAlias() const
{
    const QUuid opponent = opponentId();
    return opponent.isNull() ? QString() : m_aliases->aliasOf(opponent);
}

bool GameBoard::isMyTurn() const
{
    return m_active && !m_myUserId.isNull() && m_currentPlayer == m_myUserId;
}

QString GameBoard::turnAlias() const
{
    return m_active && !m_currentPlayer.isNull() ? m_aliases->aliasOf(m_currentPlayer) : QString();
}

QString GameBoard::resultText() const
{
    switch (m_result) {
    case None:
        return {};
    case Won:
        return tr("You won!");
    case Lost:
        return tr("%1 won").arg(m_aliases->aliasOf(m_winner));
    case Draw:
        return tr("Draw");
    case Aborted:
        if (m_timedOutPlayer.isNull())
            return tr("Game aborted");
        if (m_timedOutPlayer == m_myUserId)
            return tr("Game aborted: you ran out of time");
        return tr("Game aborted: %1 ran out of time").arg(m_aliases->aliasOf(m_timedOutPlayer));
    }
    return {};
}

QUuid GameBoard::opponentId() const
{
    for (const QUuid &player : m_players) {
        if (player != m_myUserId)
            return player;
    }
    return {};
}

void GameBoard::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void GameBoard::setTickInterval(int milliseconds)
{
    m_tickTimer.setInterval(milliseconds);
}

void GameBoard::setMyUserId(const QUuid &userId)
{
    m_myUserId = userId;
    publish();
}

void GameBoard::play(int index)
{
    if (index < 0 || index >= cellCount || !cellView(index).playable)
        return;
    m_moveInFlight = true;
    publish();
    Q_EMIT moveRequested(m_gameId, index % Board::size, index / Board::size);
}

void GameBoard::handleGameStarted(const GameStarted &event)
{
    if (!event.players.contains(m_myUserId))
        return;
    m_gameId = event.gameId;
    m_players = event.players;
    m_board = event.board;
    m_currentPlayer = {};
    m_timedOutPlayer = {};
    m_winner = {};
    m_result = None;
    m_active = true;
    m_moveInFlight = false;
    m_moves->clear();
    stopCountdown();
    publish();
}

void GameBoard::handleWaitingForPlayerPlay(const WaitingForPlayerPlay &event)
{
    if (!isMine(event.gameId) || !m_active)
        return;
    m_currentPlayer = event.playerId;
    m_moveInFlight = false;
    startCountdown(event.timeout);
    publish();
}

void GameBoard::handleMarkPlaced(const MarkPlaced &event)
{
    if (!isMine(event.gameId))
        return;
    m_moves->append(event.player, markOf(event.player), event.x, event.y);
    if (Board::contains(event.x, event.y))
        m_board = m_board.withMark(event.x, event.y, event.player);
    // Nobody may move until the server names the next player (or ends the game).
    m_currentPlayer = {};
    m_moveInFlight = false;
    publish();
}

void GameBoard::handleBoardUpdated(const BoardUpdated &event)
{
    if (!isMine(event.gameId))
        return;
    m_board = event.board;
    publish();
}

void GameBoard::handleTurnTimeout(const TurnTimeout &event)
{
    if (!isMine(event.gameId))
        return;
    m_timedOutPlayer = event.playerId;
    publish();
}

void GameBoard::handleGameEnded(const GameEnded &event)
{
    if (!isMine(event.gameId))
        return;
    switch (event.result) {
    case Games::Result::PlayerWon:
        finish(event.winner == m_myUserId ? Won : Lost, event.winner);
        break;
    case Games::Result::Draw:
        finish(Draw, {});
        break;
    case Games::Result::GameAborted:
        // TURN_TIMEOUT usually names who ran out of time; without it, it was whoever had the turn.
        if (m_timedOutPlayer.isNull())
            m_timedOutPlayer = m_currentPlayer;
        finish(Aborted, {});
        break;
    }
}

void GameBoard::handleGameErrorOccurred(const GameErrorOccurred &event)
{
    if (!isMine(event.gameId) || event.player != m_myUserId)
        return;
    m_moveInFlight = false;
    publish();
}

void GameBoard::handleGameSnapshot(const GameSnapshot &snapshot)
{
    if (!isMine(snapshot.gameId))
        return;
    m_players = snapshot.players;
    m_board = snapshot.board;
    m_moveInFlight = false;
    switch (snapshot.stage) {
    case Games::Stage::WaitingForPlayers:
        break;
    case Games::Stage::InProgress:
        // The countdown keeps its deadline when the turn did not change while we were away.
        if (snapshot.currentPlayer != m_currentPlayer)
            stopCountdown();
        m_currentPlayer = snapshot.currentPlayer;
        m_active = true;
        break;
    case Games::Stage::Ended:
        if (!m_active)
            break;
        if (const QUuid winner = m_board.winner(); !winner.isNull())
            finish(winner == m_myUserId ? Won : Lost, winner);
        else if (m_board.isFull())
            finish(Draw, {});
        else
            finish(Aborted, {});
        return;
    }
    publish();
}

void GameBoard::handleGameLost(const QUuid &gameId)
{
    if (!isMine(gameId) || !m_active)
        return;
    finish(Aborted, {});
}

void GameBoard::reset()
{
    m_gameId = {};
    m_players.clear();
    m_board = {};
    m_currentPlayer = {};
    m_timedOutPlayer = {};
    m_winner = {};
    m_result = None;
    m_active = false;
    m_moveInFlight = false;
    m_moves->clear();
    stopCountdown();
    publish();
}

GameBoard::View GameBoard::currentView() const
{
    View view;
    view.active = m_active;
    view.myMark = myMark();
    view.opponentAlias = opponentAlias();
    view.myTurn = isMyTurn();
    view.turnAlias = turnAlias();
    view.result = m_result;
    view.resultText = resultText();
    for (int index = 0; index < cellCount; ++index)
        view.cells[index] = cellView(index);
    return view;
}

void GameBoard::publish()
{
    const View before = m_published;
    m_published = currentView();
    const View &after = m_published;
    for (int index = 0; index < cellCount; ++index) {
        if (before.cells[index] != after.cells[index])
            Q_EMIT dataChanged(this->index(index), this->index(index));
    }
    if (before.active != after.active)
        Q_EMIT activeChanged();
    if (before.myMark != after.myMark)
        Q_EMIT myMarkChanged();
    if (before.opponentAlias != after.opponentAlias)
        Q_EMIT opponentAliasChanged();
    if (before.myTurn != after.myTurn)
        Q_EMIT myTurnChanged();
    if (before.turnAlias != after.turnAlias)
        Q_EMIT turnAliasChanged();
    if (before.result != after.result)
        Q_EMIT resultChanged();
    if (before.resultText != after.resultText)
        Q_EMIT resultTextChanged();
}

GameBoard::CellView GameBoard::cellView(int index) const
{
    const int x = index % Board::size;
    const int y = index / Board::size;
    CellView cell;
    const QUuid owner = m_board.cell(x, y);
    cell.mark = markOf(owner);
    cell.playable = isMyTurn() && !m_moveInFlight && owner.isNull();
    if (m_result == Won || m_result == Lost) {
        static constexpr std::array<std::array<int, 3>, 8> lines{{
                {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, // rows
                {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, // columns
                {0, 4, 8}, {2, 4, 6}, // diagonals
        }};
        for (const auto &line : lines) {
            const bool held = std::all_of(line.cbegin(), line.cend(), [this](int cellIndex) {
                return m_board.cell(cellIndex % Board::size, cellIndex / Board::size) == m_winner;
            });
            if (held && std::find(line.cbegin(), line.cend(), index) != line.cend())
                cell.winning = true;
        }
    }
    return cell;
}

QString GameBoard::markOf(const QUuid &player) const
{
    if (player.isNull())
        return {};
    if (!m_players.isEmpty() && player == m_players.at(0))
        return QStringLiteral("X");
    if (m_players.size() > 1 && player == m_players.at(1))
        return QStringLiteral("O");
    return {};
}

void GameBoard::startCountdown(qint64 timeoutMs)
{
    m_deadlineMs = m_clock->monotonicMs() + timeoutMs;
    m_tickTimer.start();
    updateSecondsLeft();
}

void GameBoard::stopCountdown()
{
    m_tickTimer.stop();
    m_deadlineMs = -1;
    updateSecondsLeft();
}

void GameBoard::updateSecondsLeft()
{
    int seconds = 0;
    if (m_deadlineMs >= 0) {
        const qint64 remainingMs = std::max<qint64>(0, m_deadlineMs - m_clock->monotonicMs());
        seconds = static_cast<int>((remainingMs + 999) / 1000);
    }
    if (seconds == 0)
        m_tickTimer.stop();
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
}

void GameBoard::finish(Result result, const QUuid &winner)
{
    m_result = result;
    m_winner = winner;
    m_active = false;
    m_currentPlayer = {};
    m_moveInFlight = false;
    stopCountdown();
    publish();
}
