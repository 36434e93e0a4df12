// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

// The secrets that prove who a client is. A credential is made once, when its user is created; only
// its hash is kept (here and, through the domain, in storage), so a stolen database or memory dump
// holds no credential that works.
class CredentialStore
{
public:
    struct Issued
    {
        QString credential; // for the client, once
        QString hash;       // for storage
    };

    // A fresh random credential for a new user; remember() it once it is stored.
    static Issued issue();
    static QString hashOf(const QString &credential);

    void remember(const QUuid &userId, const QString &hash);
    bool hasUser(const QUuid &userId) const { return m_hashOfUser.contains(userId); }
    bool verify(const QUuid &userId, const QString &credential) const;
    // The user a credential belongs to, or a null id.
    QUuid userOf(const QString &credential) const;

private:
    QHash<QUuid, QString> m_hashOfUser;
    QHash<QString, QUuid> m_userOfHash;
};
