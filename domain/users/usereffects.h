// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "user.h"
#include "userenums.h"

#include <QObject>

// createdAt is optional on the wire: the domain stamps the current time when it is absent.
struct CreateUser
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(QString alias MEMBER alias REQUIRED)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid id;
    QString alias;
    QDateTime createdAt;
    QUuid operationId;
    friend bool operator==(const CreateUser &, const CreateUser &) = default;
};

struct UserCreated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(User user MEMBER user REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    User user;
    QUuid parentOperationId;
    friend bool operator==(const UserCreated &, const UserCreated &) = default;
};

// A CreateUser the users module turned down: an alias that breaks User::isValidAlias, or an id
// that is taken. The server checks both before it issues a credential, so clients never see it.
struct UserCreationRefused
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(Users::RefusalReason reason MEMBER reason REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QUuid id;
    Users::RefusalReason reason = Users::RefusalReason::InvalidAlias;
    QUuid parentOperationId;
    friend bool operator==(const UserCreationRefused &, const UserCreationRefused &) = default;
};

// The server keeps the hash of each user's credential (never the credential) with the user. Not
// part of the protocol: only the server sends it, before the CreateUser it goes with.
struct StoreCredentialHash
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(QString hash MEMBER hash REQUIRED)
public:
    QUuid userId;
    QString hash;
    friend bool operator==(const StoreCredentialHash &, const StoreCredentialHash &) = default;
};

struct GetCredentialHashes
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
public:
    friend bool operator==(const GetCredentialHashes &, const GetCredentialHashes &) = default;
};

struct UserCredentialHash
{
    Q_GADGET
    Q_PROPERTY(QUuid userId MEMBER userId)
    Q_PROPERTY(QString hash MEMBER hash)
public:
    QUuid userId;
    QString hash;
    friend bool operator==(const UserCredentialHash &, const UserCredentialHash &) = default;
};

struct CredentialHashes
{
    Q_GADGET
public:
    QList<UserCredentialHash> entries;
    friend bool operator==(const CredentialHashes &, const CredentialHashes &) = default;
};

// Sent by the inviter; relayed only to the invited user's connections.
struct UserInvited
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid host MEMBER host REQUIRED)
    Q_PROPERTY(QUuid invited MEMBER invited REQUIRED)
    Q_PROPERTY(QUuid game MEMBER game REQUIRED)
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid host;
    QUuid invited;
    QUuid game;
    QUuid operationId;
    friend bool operator==(const UserInvited &, const UserInvited &) = default;
};

// Sent by the invited user who turns an invitation down; relayed only to the host's connections.
struct InvitationDeclined
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid host MEMBER host REQUIRED)
    Q_PROPERTY(QUuid invited MEMBER invited REQUIRED)
    Q_PROPERTY(QUuid game MEMBER game REQUIRED)
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid host;
    QUuid invited;
    QUuid game;
    QUuid operationId;
    friend bool operator==(const InvitationDeclined &, const InvitationDeclined &) = default;
};

struct GetUser
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
public:
    QUuid operationId;
    QUuid id;
    friend bool operator==(const GetUser &, const GetUser &) = default;
};

// The answer to GetUser.
struct UserFound
{
    Q_GADGET
    Q_PROPERTY(User user MEMBER user REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    User user;
    QUuid parentOperationId;
    friend bool operator==(const UserFound &, const UserFound &) = default;
};
