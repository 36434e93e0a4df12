// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "aliasdirectory.h"

AliasDirectory::AliasDirectory(QObject *parent)
    : QObject(parent)
{
}

QString AliasDirectory::placeholder()
{
    return QStringLiteral("…");
}

QString AliasDirectory::aliasOf(const QUuid &id)
{
    const auto found = m_aliases.constFind(id);
    if (found != m_aliases.cend())
        return found.value();
    if (!id.isNull() && !m_pending.contains(id)) {
        m_pending.insert(id);
        Q_EMIT lookupNeeded(id);
    }
    return placeholder();
}

bool AliasDirectory::contains(const QUuid &id) const
{
    return m_aliases.contains(id);
}

void AliasDirectory::insert(const QUuid &id, const QString &alias)
{
    m_pending.remove(id);
    const auto found = m_aliases.constFind(id);
    if (found != m_aliases.cend() && found.value() == alias)
        return;
    m_aliases.insert(id, alias);
    Q_EMIT aliasChanged(id, alias);
}

void AliasDirectory::markUnknown(const QUuid &id)
{
    insert(id, tr("Unknown player"));
}

void AliasDirectory::retryPending()
{
    const QList<QUuid> pending = m_pending.values();
    for (const QUuid &id : pending)
        Q_EMIT lookupNeeded(id);
}

void AliasDirectory::clear()
{
    m_aliases.clear();
    m_pending.clear();
}
