// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gamereplay.h"

#include "aliasdirectory.h"
#include "livegamesmodel.h"
#include "recentgamesmodel.h"

#include <QLocale>

namespace {

constexpr int cellCount = Board::size * Board::size;

} // namespace

GameReplay::GameReplay(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        if (m_history.game.players.contains(userId))
            Q_EMIT textsChanged();
    });
}

int GameReplay::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : cellCount;
}

QVariant GameReplay::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int x = index.row() % Board::size;
    const int y = index.row() / Board::size;
    switch (role) {
    case Qt::DisplayRole:
    case MarkRole:
        return markOf(m_board.cell(x, y));
    case LastMoveRole: {
        if (m_step == 0)
            return false;
        const HistoryMove &move = m_history.moves.at(m_step - 1);
        return move.x == x && move.y == y;
    }
    case WinningRole: {
        if (m_step != moveCount())
            return false;
        const auto line = m_board.winningLine();
        return line && std::find(line->cbegin(), line->cend(), index.row()) != line->cend();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> GameReplay::roleNames() const
{
    return {{MarkRole, "mark"}, {LastMoveRole, "lastMove"}, {WinningRole, "winning"}};
}

void GameReplay::load(const GameHistory &history)
{
    beginResetModel();
    m_history = history;
    m_step = moveCount();
    m_board = boardAt(m_step);
    endResetModel();
    Q_EMIT loaded();
    Q_EMIT stepChanged();
    Q_EMIT textsChanged();
}

void GameReplay::clear()
{
    load({});
}

QString GameReplay::gameId() const
{
    return m_history.game.gameId.isNull() ? QString() : m_history.game.gameId.toString(QUuid::WithoutBraces);
}

void GameReplay::setStep(int step)
{
    step = std::clamp(step, 0, moveCount());
    if (step == m_step)
        return;
    m_step = step;
    m_board = boardAt(step);
    // Marks, the last move and the winning line may all change: every cell is refreshed.
    Q_EMIT dataChanged(index(0), index(cellCount - 1), {MarkRole, LastMoveRole, WinningRole, Qt::DisplayRole});
    Q_EMIT stepChanged();
    Q_EMIT textsChanged();
}

QString GameReplay::playersText() const
{
    return LiveGamesModel::playersText(m_aliases, m_history.game.players);
}

QString GameReplay::stepText() const
{
    if (m_history.game.gameId.isNull())
        return {};
    if (m_step == 0)
        return tr("Before the first move (%n move(s) in all)", nullptr, moveCount());
    const HistoryMove &move = m_history.moves.at(m_step - 1);
    const QString player = tr("%1 (%2)").arg(m_aliases->aliasOf(move.player), markOf(move.player));
    const QString where = tr("row %1, column %2").arg(move.y + 1).arg(move.x + 1);
    // A move stored before the history kept times has no time to show.
    if (!move.at.isValid())
        return tr("Move %1 of %2: %3, %4").arg(m_step).arg(moveCount()).arg(player, where);
    // The locale's time with seconds (moves come seconds apart), less its time zone.
    const QString timeFormat = QLocale().timeFormat(QLocale::LongFormat).remove(u't').trimmed();
    return tr("Move %1 of %2: %3, %4, at %5")
            .arg(m_step)
            .arg(moveCount())
            .arg(player, where, QLocale().toString(move.at.toLocalTime().time(), timeFormat));
}

QString GameReplay::resultText() const
{
    if (m_history.game.gameId.isNull() || m_step != moveCount())
        return {};
    return tr("%1.").arg(RecentGamesModel::outcomeText(m_aliases, m_history.game));
}

QString GameReplay::markOf(const QUuid &player) const
{
    const qsizetype seat = player.isNull() ? -1 : m_history.game.players.indexOf(player);
    return seat == 0 ? QStringLiteral("X") : seat == 1 ? QStringLiteral("O") : QString();
}

Board GameReplay::boardAt(int step) const
{
    Board board;
    for (int played = 0; played < step; ++played) {
        const HistoryMove &move = m_history.moves.at(played);
        board = board.withMark(move.x, move.y, move.player);
    }
    return board;
}

void GameReplay::retranslate()
{
    Q_EMIT textsChanged();
}
