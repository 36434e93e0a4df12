// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "livegamesmodel.h"

#include "aliasdirectory.h"

#include <algorithm>

LiveGamesModel::LiveGamesModel(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        for (qsizetype row = 0; row < m_games.size(); ++row) {
            if (m_games.at(row).players.contains(userId))
                Q_EMIT dataChanged(index(row), index(row), {PlayersRole, Qt::DisplayRole});
        }
    });
}

int LiveGamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LiveGamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveGame &game = m_games.at(index.row());
    switch (role) {
    case GameIdRole:
        return game.gameId.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case PlayersRole:
        return playersText(m_aliases, game.players);
    case DetailsRole: {
        const QString moves = tr("%n move(s)", nullptr, game.moves);
        return game.watchers > 0 ? tr("%1 · %n watching", nullptr, game.watchers).arg(moves) : moves;
    }
    case MovesRole:
        return game.moves;
    case WatchersRole:
        return game.watchers;
    default:
        return {};
    }
}

QHash<int, QByteArray> LiveGamesModel::roleNames() const
{
    return {{GameIdRole, "gameId"},
            {PlayersRole, "players"},
            {DetailsRole, "details"},
            {MovesRole, "moves"},
            {WatchersRole, "watchers"}};
}

void LiveGamesModel::setMyUserId(const QUuid &userId)
{
    m_myUserId = userId;
}

void LiveGamesModel::setGames(const QList<LiveGame> &games)
{
    QList<LiveGame> others;
    std::copy_if(games.cbegin(), games.cend(), std::back_inserter(others),
                 [this](const LiveGame &game) { return !game.players.contains(m_myUserId); });
    if (others == m_games)
        return;
    // A fresh answer: games start and end between two, so rows are not matched up.
    const int countBefore = count();
    beginResetModel();
    m_games = others;
    endResetModel();
    if (count() != countBefore)
        Q_EMIT countChanged();
}

void LiveGamesModel::clear()
{
    setGames({});
}

QString LiveGamesModel::playersText(AliasDirectory *aliases, const QList<QUuid> &players)
{
    if (players.size() < 2)
        return {};
    return tr("%1 (X) against %2 (O)").arg(aliases->aliasOf(players.at(0)), aliases->aliasOf(players.at(1)));
}

void LiveGamesModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}
