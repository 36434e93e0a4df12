#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

// The secrets that prove who a client is. A credential is issued once, when its user is created.
class CredentialStore
{
public:
    bool hasUser(const QUuid &userId) const { return m_credentialOfUser.contains(userId); }
    QString issue(const QUuid &userId);
    bool verify(const QUuid &userId, const QString &credential) const;
    // The user a credential belongs to, or a null id.
    QUuid userOf(const QString &credential) const;

private:
    QHash<QUuid, QString> m_credentialOfUser;
    QHash<QString, QUuid> m_userOfCredential;
};
