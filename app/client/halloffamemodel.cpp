// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "halloffamemodel.h"

#include "aliasdirectory.h"

HallOfFameModel::HallOfFameModel(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        for (qsizetype row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).id == userId)
                Q_EMIT dataChanged(index(row), index(row), {AliasRole, Qt::DisplayRole});
        }
    });
}

int HallOfFameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HallOfFameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScoreEntry &entry = m_entries.at(index.row());
    switch (role) {
    case RankRole:
        return index.row() + 1;
    case Qt::DisplayRole:
    case AliasRole:
        return m_aliases->aliasOf(entry.id);
    case ScoreRole:
        return entry.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> HallOfFameModel::roleNames() const
{
    return {{RankRole, "rank"}, {AliasRole, "alias"}, {ScoreRole, "score"}};
}

void HallOfFameModel::setEntries(const QList<ScoreEntry> &entries)
{
    if (entries == m_entries)
        return;
    const qsizetype before = m_entries.size();
    const qsizetype after = entries.size();
    // Rows are ranks: rank n stays row n-1, only who holds it and the score change.
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_entries.resize(after);
        endRemoveRows();
    }
    const qsizetype kept = std::min(before, after);
    for (qsizetype row = 0; row < kept; ++row) {
        if (m_entries.at(row) != entries.at(row)) {
            m_entries[row] = entries.at(row);
            Q_EMIT dataChanged(index(row), index(row), {AliasRole, ScoreRole, Qt::DisplayRole});
        }
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_entries = entries;
        endInsertRows();
    }
    if (before != after)
        Q_EMIT countChanged();
}

void HallOfFameModel::clear()
{
    setEntries({});
}
