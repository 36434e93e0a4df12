// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "recentgamesmodel.h"

#include "aliasdirectory.h"
#include "livegamesmodel.h"

#include <QLocale>

RecentGamesModel::RecentGamesModel(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        for (qsizetype row = 0; row < m_games.size(); ++row) {
            if (m_games.at(row).players.contains(userId))
                Q_EMIT dataChanged(index(row), index(row), {PlayersRole, OutcomeRole, DetailsRole, Qt::DisplayRole});
        }
    });
}

int RecentGamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecentGamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayedGame &game = m_games.at(index.row());
    switch (role) {
    case GameIdRole:
        return game.gameId.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case PlayersRole:
        return LiveGamesModel::playersText(m_aliases, game.players);
    case OutcomeRole:
        return outcomeText(m_aliases, game);
    case EndedAtRole:
        return game.endedAt;
    case DetailsRole:
        // A game stored before the history kept times has no date to show.
        if (!game.endedAt.isValid())
            return outcomeText(m_aliases, game);
        return tr("%1 · %2").arg(outcomeText(m_aliases, game),
                                 QLocale().toString(game.endedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentGamesModel::roleNames() const
{
    return {{GameIdRole, "gameId"},
            {PlayersRole, "players"},
            {OutcomeRole, "outcome"},
            {EndedAtRole, "endedAt"},
            {DetailsRole, "details"}};
}

void RecentGamesModel::setGames(const QList<PlayedGame> &games)
{
    if (games == m_games)
        return;
    const int countBefore = count();
    beginResetModel();
    m_games = games;
    endResetModel();
    if (count() != countBefore)
        Q_EMIT countChanged();
}

void RecentGamesModel::clear()
{
    setGames({});
}

QString RecentGamesModel::outcomeText(AliasDirectory *aliases, const PlayedGame &game)
{
    switch (game.result) {
    case Games::Result::PlayerWon:
        return tr("%1 won").arg(aliases->aliasOf(game.winner));
    case Games::Result::Draw:
        return tr("A draw");
    case Games::Result::GameAborted:
        return tr("Stopped, nobody won");
    }
    return {};
}

void RecentGamesModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}
