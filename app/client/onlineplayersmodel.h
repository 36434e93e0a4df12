// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// The players connected to the server, in the order they first connected, the local player included
// (isMe) so the lobby can show who it is. Names come from the AliasDirectory.
class OnlinePlayersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the online players")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        AliasRole,
        IsMeRole,
    };
    Q_ENUM(Role)

    explicit OnlinePlayersModel(AliasDirectory *aliases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_userIds.size()); }
    bool contains(const QUuid &userId) const { return m_userIds.contains(userId); }
    QList<QUuid> userIds() const { return m_userIds; }

    void setMyUserId(const QUuid &userId);
    // Applies a USERS_ONLINE_UPDATED list (or a GetUsersOnline answer) with row-level changes.
    void setOnlineUsers(const QList<QUuid> &userIds);
    // Apply USER_CAME_ONLINE (the newest connection goes last) and USER_WENT_OFFLINE; each returns
    // whether the list changed. A change the list already shows (it was taken after the change)
    // leaves it as it is.
    bool addOnlineUser(const QUuid &userId);
    bool removeOnlineUser(const QUuid &userId);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    void refreshAlias(const QUuid &userId);

    AliasDirectory *m_aliases;
    QUuid m_myUserId;
    QList<QUuid> m_userIds;
};
