// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

// Binds a connection (session) to the user it authenticated as; the server fills both ids.
struct AssociateUserToSession
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(QUuid sessionId MEMBER sessionId REQUIRED)
public:
    QUuid userId;
    QUuid sessionId;
    friend bool operator==(const AssociateUserToSession &, const AssociateUserToSession &) = default;
};

struct UserConnected
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid id;
    QUuid operationId;
    friend bool operator==(const UserConnected &, const UserConnected &) = default;
};

// A connection closed. Internal: never accepted from clients.
struct SessionDisconnected
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid sessionId MEMBER sessionId REQUIRED)
public:
    QUuid sessionId;
    friend bool operator==(const SessionDisconnected &, const SessionDisconnected &) = default;
};

// The answer to a UserConnected (a first connection, another tab, or the same one again): who is
// online, for that user alone. Everyone else follows the changes (UserCameOnline, UserWentOffline)
// instead of the whole list, so that a change costs bytes in proportion to the players, not to
// their square.
struct UsersOnlineUpdated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QList<QUuid> onlineUsers MEMBER onlineUsers REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
public:
    QList<QUuid> onlineUsers; // in order of first connection
    QUuid parentOperationId;
    QUuid userId; // whom the list is for: the user who connected
    friend bool operator==(const UsersOnlineUpdated &, const UsersOnlineUpdated &) = default;
};

// A user who was offline connected: they go at the end of the online list.
struct UserCameOnline
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(int usersOnline MEMBER usersOnline REQUIRED)
public:
    QUuid userId;
    int usersOnline = 0; // after the arrival
    friend bool operator==(const UserCameOnline &, const UserCameOnline &) = default;
};

// The last session of a user closed: they leave the online list.
struct UserWentOffline
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(int usersOnline MEMBER usersOnline REQUIRED)
public:
    QUuid userId;
    int usersOnline = 0; // after the departure
    friend bool operator==(const UserWentOffline &, const UserWentOffline &) = default;
};

struct GetUsersOnline
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid operationId;
    friend bool operator==(const GetUsersOnline &, const GetUsersOnline &) = default;
};

// The answer to GetUsersOnline.
struct UsersOnline
{
    Q_GADGET
    Q_PROPERTY(QList<QUuid> onlineUsers MEMBER onlineUsers REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QList<QUuid> onlineUsers;
    QUuid parentOperationId;
    friend bool operator==(const UsersOnline &, const UsersOnline &) = default;
};
