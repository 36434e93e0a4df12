// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "credentialstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace {

// Compares without an early exit, so the time taken tells nothing about the secret.
bool equalInConstantTime(const QString &left, const QString &right)
{
    if (left.size() != right.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= left.at(i).unicode() ^ right.at(i).unicode();
    return difference == 0;
}

} // namespace

CredentialStore::Issued CredentialStore::issue()
{
    std::array<quint32, 8> randomWords;
    QRandomGenerator::system()->fillRange(randomWords.data(), randomWords.size());
    const QByteArray bytes(reinterpret_cast<const char *>(randomWords.data()),
                           randomWords.size() * sizeof(quint32));
    const QString credential = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return {credential, hashOf(credential)};
}

// A credential is 256 random bits: a plain SHA-256 needs no salt or stretching to stay unguessable.
QString CredentialStore::hashOf(const QString &credential)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(credential.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void CredentialStore::remember(const QUuid &userId, const QString &hash)
{
    m_userOfHash.remove(m_hashOfUser.value(userId));
    m_hashOfUser.insert(userId, hash);
    m_userOfHash.insert(hash, userId);
}

bool CredentialStore::verify(const QUuid &userId, const QString &credential) const
{
    const auto found = m_hashOfUser.constFind(userId);
    return found != m_hashOfUser.cend() && equalInConstantTime(found.value(), hashOf(credential));
}

QUuid CredentialStore::userOf(const QString &credential) const
{
    return m_userOfHash.value(hashOf(credential));
}
