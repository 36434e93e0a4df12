// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "movelogmodel.h"

#include "aliasdirectory.h"

MoveLogModel::MoveLogModel(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        for (qsizetype row = 0; row < m_moves.size(); ++row) {
            if (m_moves.at(row).player == userId)
                Q_EMIT dataChanged(index(row), index(row), {AliasRole, TextRole, Qt::DisplayRole});
        }
    });
}

int MoveLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant MoveLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Move &move = m_moves.at(index.row());
    switch (role) {
    case AliasRole:
        return m_aliases->aliasOf(move.player);
    case MarkRole:
        return move.mark;
    case XRole:
        return move.x;
    case YRole:
        return move.y;
    case Qt::DisplayRole:
    case TextRole:
        return tr("%1 (%2) played the %3")
                .arg(m_aliases->aliasOf(move.player), move.mark, cellName(move.x, move.y));
    default:
        return {};
    }
}

QHash<int, QByteArray> MoveLogModel::roleNames() const
{
    return {{AliasRole, "alias"}, {MarkRole, "mark"}, {XRole, "x"}, {YRole, "y"}, {TextRole, "text"}};
}

void MoveLogModel::append(const QUuid &player, const QString &mark, int x, int y)
{
    beginInsertRows({}, count(), count());
    m_moves.append({player, mark, x, y});
    endInsertRows();
    Q_EMIT countChanged();
}

void MoveLogModel::clear()
{
    if (m_moves.isEmpty())
        return;
    beginResetModel();
    m_moves.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QString MoveLogModel::cellName(int x, int y)
{
    static const char *const names[3][3] = {
            {QT_TR_NOOP("top-left corner"), QT_TR_NOOP("top-middle square"),
             QT_TR_NOOP("top-right corner")},
            {QT_TR_NOOP("middle-left square"), QT_TR_NOOP("center"),
             QT_TR_NOOP("middle-right square")},
            {QT_TR_NOOP("bottom-left corner"), QT_TR_NOOP("bottom-middle square"),
             QT_TR_NOOP("bottom-right corner")},
    };
    if (x < 0 || x > 2 || y < 0 || y > 2)
        return tr("square (%1, %2)").arg(x).arg(y);
    return tr(names[y][x]);
}

void MoveLogModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}
