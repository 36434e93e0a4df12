// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "computeropponentsmodel.h"

ComputerOpponentsModel::ComputerOpponentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ComputerOpponentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ComputerOpponentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComputerOpponent &opponent = m_opponents.at(index.row());
    switch (role) {
    case UserIdRole:
        return opponent.id.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case AliasRole:
        return opponent.alias;
    case LevelRole:
        return levelText(opponent.level);
    default:
        return {};
    }
}

QHash<int, QByteArray> ComputerOpponentsModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {AliasRole, "alias"}, {LevelRole, "level"}};
}

void ComputerOpponentsModel::setOpponents(const QList<ComputerOpponent> &opponents)
{
    if (opponents == m_opponents)
        return;
    // The list is fixed per host: it changes only from none to all, or to another host's.
    const int countBefore = count();
    beginResetModel();
    m_opponents = opponents;
    endResetModel();
    if (count() != countBefore)
        Q_EMIT countChanged();
}

void ComputerOpponentsModel::clear()
{
    setOpponents({});
}

QString ComputerOpponentsModel::levelText(Computer::Level level)
{
    switch (level) {
    case Computer::Level::Easy:
        return tr("Easy");
    case Computer::Level::Medium:
        return tr("Medium");
    case Computer::Level::Perfect:
        break;
    }
    return tr("Perfect");
}

void ComputerOpponentsModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}
