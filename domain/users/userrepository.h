// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "user.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// Where the users module keeps the users, and the hash of each user's credential (never the
// credential itself).
class UserRepository
{
public:
    struct CredentialHash
    {
        QUuid userId;
        QString hash;
    };

    virtual ~UserRepository() = default;
    virtual std::optional<User> findUser(const QUuid &id) const = 0;
    virtual void addUser(const User &user) = 0;
    virtual void setCredentialHash(const QUuid &userId, const QString &hash) = 0;
    virtual QList<CredentialHash> credentialHashes() const = 0;
};
