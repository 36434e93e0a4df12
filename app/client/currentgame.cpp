// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "currentgame.h"

#include "aliasdirectory.h"
#include "livegamesmodel.h"
#include "movelogmodel.h"

#include <algorithm>

namespace {

constexpr int cellCount = Board::size * Board::size;

} // namespace

CurrentGame::CurrentGame(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
    , m_moves(new MoveLogModel(aliases, this))
{
    m_tickTimer.setInterval(250);
    connect(&m_tickTimer, &QTimer::timeout, this, &CurrentGame::updateSecondsLeft);
    connect(m_aliases, &AliasDirectory::aliasChanged, this, &CurrentGame::publish);
}

CurrentGame::~CurrentGame() = default;

int CurrentGame::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : cellCount;
}

QVariant CurrentGame::data(const QModelIndex &index, int role) const
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

QHash<int, QByteArray> CurrentGame::roleNames() const
{
    return {{MarkRole, "mark"}, {PlayableRole, "playable"}, {WinningRole, "winning"}};
}

QString CurrentGame::myMark() const
{
    return markOf(m_myUserId);
}

QString CurrentGame::opponentAlias() const
{
    const QUuid opponent = opponentId();
    return opponent.isNull() ? QString() : m_aliases->aliasOf(opponent);
}

bool CurrentGame::isMyTurn() const
{
    return m_active && !m_myUserId.isNull() && m_currentPlayer == m_myUserId;
}

QString CurrentGame::turnAlias() const
{
    return m_active && !m_currentPlayer.isNull() ? m_aliases->aliasOf(m_currentPlayer) : QString();
}

QString CurrentGame::resultText() const
{
    switch (m_result) {
    case None:
        return {};
    case Won:
        return tr("You won!");
    case Lost:
    case SomeoneWon:
        return tr("%1 won").arg(m_aliases->aliasOf(m_winner));
    case Draw:
        return m_watching ? tr("A draw") : tr("Draw");
    case Aborted:
        if (m_timedOutPlayer.isNull())
            return tr("Game aborted");
        if (m_timedOutPlayer == m_myUserId)
            return tr("Game aborted: you ran out of time");
        return tr("Game aborted: %1 ran out of time").arg(m_aliases->aliasOf(m_timedOutPlayer));
    }
    return {};
}

QString CurrentGame::playersText() const
{
    return LiveGamesModel::playersText(m_aliases, m_players);
}

QUuid CurrentGame::opponentId() const
{
    if (m_watching)
        return {};
    for (const QUuid &player : m_players) {
        if (player != m_myUserId)
            return player;
    }
    return {};
}

void CurrentGame::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void CurrentGame::setTickInterval(int milliseconds)
{
    m_tickTimer.setInterval(milliseconds);
}

void CurrentGame::setMyUserId(const QUuid &userId)
{
    m_myUserId = userId;
    publish();
}

void CurrentGame::watch(const QUuid &gameId)
{
    reset();
    m_gameId = gameId;
    m_watching = true;
    publish();
}

void CurrentGame::play(int index)
{
    if (index < 0 || index >= cellCount || !cellView(index).playable)
        return;
    m_moveInFlight = true;
    publish();
    Q_EMIT moveRequested(m_gameId, index % Board::size, index / Board::size);
}

void CurrentGame::handleGameStarted(const GameStarted &event)
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
    m_watching = false;
    setWatchers(0);
    m_moveInFlight = false;
    m_version = event.version;
    m_moves->clear();
    stopCountdown();
    publish();
}

bool CurrentGame::takesVersion(const QUuid &gameId, int version)
{
    if (!isMine(gameId))
        return false;
    // A watcher starts from the snapshot: what comes before it is in it.
    if (m_watching && m_version == 0)
        return false;
    // Already seen (a resync repeats what arrived meanwhile), or not versioned (TURN_TIMEOUT).
    if (version <= m_version)
        return version == 0;
    if (m_version > 0 && version > m_version + 1) {
        // Something was missed: the events from the last one seen come back in order.
        Q_EMIT resyncNeeded(m_gameId, m_version);
        return false;
    }
    m_version = version;
    return true;
}

void CurrentGame::handleWaitingForPlayerPlay(const WaitingForPlayerPlay &event)
{
    if (!takesVersion(event.gameId, event.version) || !m_active)
        return;
    m_currentPlayer = event.playerId;
    m_moveInFlight = false;
    startCountdown(event.timeout);
    publish();
}

void CurrentGame::handleMarkPlaced(const MarkPlaced &event)
{
    if (!takesVersion(event.gameId, event.version))
        return;
    m_moves->append(event.player, markOf(event.player), event.x, event.y);
    if (Board::contains(event.x, event.y))
        m_board = m_board.withMark(event.x, event.y, event.player);
    // Nobody may move until the server names the next player (or ends the game).
    m_currentPlayer = {};
    m_moveInFlight = false;
    publish();
}

void CurrentGame::handleBoardUpdated(const BoardUpdated &event)
{
    if (!takesVersion(event.gameId, event.version))
        return;
    m_board = event.board;
    publish();
}

void CurrentGame::handleTurnTimeout(const TurnTimeout &event)
{
    if (!isMine(event.gameId))
        return;
    m_timedOutPlayer = event.playerId;
    publish();
}

void CurrentGame::handleGameEnded(const GameEnded &event)
{
    if (!takesVersion(event.gameId, event.version))
        return;
    switch (event.result) {
    case Games::Result::PlayerWon:
        finish(outcomeFor(event.winner), event.winner);
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

void CurrentGame::handleGameErrorOccurred(const GameErrorOccurred &event)
{
    if (!isMine(event.gameId) || event.player != m_myUserId)
        return;
    m_moveInFlight = false;
    publish();
}

void CurrentGame::handleWatcherJoined(const WatcherJoined &event)
{
    if (!isMine(event.gameId))
        return;
    setWatchers(event.watchers);
    // Counted in: from now on every event of the game comes here, so the snapshot misses nothing.
    if (m_watching && event.watcher == m_myUserId)
        Q_EMIT resyncNeeded(m_gameId, m_version);
}

void CurrentGame::handleWatcherLeft(const WatcherLeft &event)
{
    if (isMine(event.gameId))
        setWatchers(event.watchers);
}

void CurrentGame::setWatchers(int watchers)
{
    if (watchers == m_watchers)
        return;
    m_watchers = watchers;
    Q_EMIT watchersChanged();
}

void CurrentGame::handleGameSnapshot(const GameSnapshot &snapshot)
{
    if (!isMine(snapshot.gameId))
        return;
    m_version = snapshot.version;
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
        // A watcher may first hear of the game once it is over.
        if (!m_active && !m_watching)
            break;
        if (const QUuid winner = m_board.winner(); !winner.isNull())
            finish(outcomeFor(winner), winner);
        else if (m_board.isFull())
            finish(Draw, {});
        else
            finish(Aborted, {});
        return;
    }
    publish();
}

void CurrentGame::handleGameLost(const QUuid &gameId)
{
    if (!isMine(gameId) || !m_active)
        return;
    finish(Aborted, {});
}

void CurrentGame::handleUsersOnline(const QList<QUuid> &userIds)
{
    m_usersOnline = userIds;
    updateOpponentConnected();
}

void CurrentGame::setComputerPlayers(const QList<QUuid> &userIds)
{
    m_computerPlayers = userIds;
    updateOpponentConnected();
}

void CurrentGame::updateOpponentConnected()
{
    const QUuid opponent = opponentId();
    // Without a list from the server yet, nobody is known to be gone.
    const bool connected = !m_active || opponent.isNull() || m_usersOnline.isEmpty()
            || m_usersOnline.contains(opponent) || m_computerPlayers.contains(opponent);
    if (connected == m_opponentConnected)
        return;
    m_opponentConnected = connected;
    Q_EMIT opponentConnectedChanged();
}

bool CurrentGame::isCountdownKnown() const
{
    // A watcher's snapshot says whose turn it is, not since when.
    return m_serverReachable && !(m_watching && m_deadlineMs < 0);
}

void CurrentGame::setServerReachable(bool reachable)
{
    if (reachable == m_serverReachable)
        return;
    m_serverReachable = reachable;
    publish();
}

void CurrentGame::reset()
{
    m_version = 0;
    m_gameId = {};
    m_players.clear();
    m_board = {};
    m_currentPlayer = {};
    m_timedOutPlayer = {};
    m_winner = {};
    m_result = None;
    m_active = false;
    m_watching = false;
    setWatchers(0);
    m_moveInFlight = false;
    m_moves->clear();
    stopCountdown();
    publish();
}

CurrentGame::View CurrentGame::currentView() const
{
    View view;
    view.active = m_active;
    view.myMark = myMark();
    view.opponentAlias = opponentAlias();
    view.myTurn = isMyTurn();
    view.turnAlias = turnAlias();
    view.result = m_result;
    view.resultText = resultText();
    view.countdownKnown = isCountdownKnown();
    view.watching = m_watching;
    view.playersText = playersText();
    for (int index = 0; index < cellCount; ++index)
        view.cells[index] = cellView(index);
    return view;
}

void CurrentGame::publish()
{
    updateOpponentConnected();
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
    if (before.countdownKnown != after.countdownKnown)
        Q_EMIT countdownKnownChanged();
    if (before.watching != after.watching)
        Q_EMIT watchingChanged();
    if (before.playersText != after.playersText)
        Q_EMIT playersTextChanged();
}

CurrentGame::CellView CurrentGame::cellView(int index) const
{
    const int x = index % Board::size;
    const int y = index / Board::size;
    CellView cell;
    const QUuid owner = m_board.cell(x, y);
    cell.mark = markOf(owner);
    cell.playable = isMyTurn() && !m_moveInFlight && owner.isNull();
    if (m_result == Won || m_result == Lost || m_result == SomeoneWon) {
        const auto line = m_board.winningLine();
        cell.winning = line && std::find(line->cbegin(), line->cend(), index) != line->cend();
    }
    return cell;
}

QString CurrentGame::markOf(const QUuid &player) const
{
    if (player.isNull())
        return {};
    if (!m_players.isEmpty() && player == m_players.at(0))
        return QStringLiteral("X");
    if (m_players.size() > 1 && player == m_players.at(1))
        return QStringLiteral("O");
    return {};
}

CurrentGame::Result CurrentGame::outcomeFor(const QUuid &winner) const
{
    if (m_watching)
        return SomeoneWon;
    return winner == m_myUserId ? Won : Lost;
}

void CurrentGame::startCountdown(qint64 timeoutMs)
{
    m_deadlineMs = m_clock->monotonicMs() + timeoutMs;
    m_tickTimer.start();
    updateSecondsLeft();
}

void CurrentGame::stopCountdown()
{
    m_tickTimer.stop();
    m_deadlineMs = -1;
    updateSecondsLeft();
}

void CurrentGame::updateSecondsLeft()
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

void CurrentGame::finish(Result result, const QUuid &winner)
{
    m_result = result;
    m_winner = winner;
    m_active = false;
    m_currentPlayer = {};
    m_moveInFlight = false;
    stopCountdown();
    publish();
}

void CurrentGame::retranslate()
{
    Q_EMIT resultTextChanged();
    Q_EMIT playersTextChanged();
    m_moves->retranslate();
}
