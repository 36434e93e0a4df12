// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "playerprofile.h"

#include "users/user.h"

#include <QSettings>

namespace {

const QString aliasKey = QStringLiteral("player/alias");

QString identityGroup(const QString &serverKey)
{
    QString key = serverKey;
    key.replace(u':', u'_').replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("servers/") + key;
}

} // namespace

PlayerProfile::PlayerProfile(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
    , m_alias(openSettings()->value(aliasKey).toString())
{
}

bool PlayerProfile::hasAlias() const
{
    return User::isValidAlias(m_alias);
}

Outcome<> PlayerProfile::setAlias(const QString &alias)
{
    const QString trimmed = alias.trimmed();
    if (!User::isValidAlias(trimmed)) {
        return refuse(QStringLiteral("INVALID_ALIAS"),
                      trimmed.size() > User::maxAliasLength
                              ? tr("An alias has at most %1 characters.").arg(User::maxAliasLength)
                              : tr("Choose an alias of 1 to %1 characters.").arg(User::maxAliasLength));
    }
    if (trimmed != m_alias) {
        m_alias = trimmed;
        openSettings()->setValue(aliasKey, m_alias);
        Q_EMIT aliasChanged();
    }
    return {};
}

PlayerProfile::Identity PlayerProfile::identityOn(const QString &serverKey) const
{
    const auto settings = openSettings();
    const QString group = identityGroup(serverKey);
    return {QUuid::fromString(settings->value(group + QStringLiteral("/userId")).toString()),
            settings->value(group + QStringLiteral("/credential")).toString()};
}

void PlayerProfile::rememberIdentity(const QString &serverKey, const Identity &identity)
{
    const auto settings = openSettings();
    const QString group = identityGroup(serverKey);
    settings->setValue(group + QStringLiteral("/userId"), identity.userId.toString(QUuid::WithoutBraces));
    settings->setValue(group + QStringLiteral("/credential"), identity.credential);
}

std::unique_ptr<QSettings> PlayerProfile::openSettings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}
