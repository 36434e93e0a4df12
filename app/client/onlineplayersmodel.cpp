// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "onlineplayersmodel.h"

#include "aliasdirectory.h"

OnlinePlayersModel::OnlinePlayersModel(AliasDirectory *aliases, QObject *parent)
    : QAbstractListModel(parent)
    , m_aliases(aliases)
{
    connect(m_aliases, &AliasDirectory::aliasChanged, this,
            [this](const QUuid &userId) { refreshAlias(userId); });
}

int OnlinePlayersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OnlinePlayersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QUuid &userId = m_userIds.at(index.row());
    switch (role) {
    case UserIdRole:
        return userId.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case AliasRole:
        return m_aliases->aliasOf(userId);
    case IsMeRole:
        return !m_myUserId.isNull() && userId == m_myUserId;
    default:
        return {};
    }
}

QHash<int, QByteArray> OnlinePlayersModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {AliasRole, "alias"}, {IsMeRole, "isMe"}};
}

void OnlinePlayersModel::setMyUserId(const QUuid &userId)
{
    if (userId == m_myUserId)
        return;
    const QUuid previous = m_myUserId;
    m_myUserId = userId;
    for (const QUuid &changed : {previous, userId}) {
        const qsizetype row = m_userIds.indexOf(changed);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {IsMeRole});
    }
}

void OnlinePlayersModel::setOnlineUsers(const QList<QUuid> &userIds)
{
    const int countBefore = count();
    for (qsizetype row = m_userIds.size() - 1; row >= 0; --row) {
        if (!userIds.contains(m_userIds.at(row))) {
            beginRemoveRows({}, row, row);
            m_userIds.removeAt(row);
            endRemoveRows();
        }
    }
    // The server keeps first-connection order, so the survivors are already in place and newcomers
    // slot in between; a list in another order is taken as a whole.
    qsizetype row = 0;
    for (const QUuid &userId : userIds) {
        if (row < m_userIds.size() && m_userIds.at(row) == userId) {
            ++row;
            continue;
        }
        if (m_userIds.indexOf(userId, row) >= 0) {
            beginResetModel();
            m_userIds = userIds;
            endResetModel();
            break;
        }
        beginInsertRows({}, row, row);
        m_userIds.insert(row, userId);
        endInsertRows();
        ++row;
    }
    if (count() != countBefore)
        Q_EMIT countChanged();
}

bool OnlinePlayersModel::addOnlineUser(const QUuid &userId)
{
    if (m_userIds.contains(userId))
        return false;
    const int row = count();
    beginInsertRows({}, row, row);
    m_userIds.append(userId);
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

bool OnlinePlayersModel::removeOnlineUser(const QUuid &userId)
{
    const qsizetype row = m_userIds.indexOf(userId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_userIds.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

void OnlinePlayersModel::clear()
{
    setOnlineUsers({});
}

void OnlinePlayersModel::refreshAlias(const QUuid &userId)
{
    const qsizetype row = m_userIds.indexOf(userId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {AliasRole, Qt::DisplayRole});
}
