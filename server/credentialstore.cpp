#include "credentialstore.h"

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

QString CredentialStore::issue(const QUuid &userId)
{
    std::array<quint32, 8> randomWords;
    QRandomGenerator::system()->fillRange(randomWords.data(), randomWords.size());
    const QByteArray bytes(reinterpret_cast<const char *>(randomWords.data()),
                           randomWords.size() * sizeof(quint32));
    const QString credential = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_userOfCredential.remove(m_credentialOfUser.value(userId));
    m_credentialOfUser.insert(userId, credential);
    m_userOfCredential.insert(credential, userId);
    return credential;
}

bool CredentialStore::verify(const QUuid &userId, const QString &credential) const
{
    const auto found = m_credentialOfUser.constFind(userId);
    return found != m_credentialOfUser.cend() && equalInConstantTime(found.value(), credential);
}

QUuid CredentialStore::userOf(const QString &credential) const
{
    return m_userOfCredential.value(credential);
}
