// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

// The aliases of the players this client has met, shared by every view model so that a player is
// looked up once. An id whose alias is not known yet reads as the placeholder, never as the raw id,
// and asking for it requests a lookup (answered by the GetUser query).
class AliasDirectory : public QObject
{
    Q_OBJECT

public:
    explicit AliasDirectory(QObject *parent = nullptr);

    static QString placeholder();

    // The alias, or the placeholder while it is being looked up.
    QString aliasOf(const QUuid &id);
    bool contains(const QUuid &id) const;
    void insert(const QUuid &id, const QString &alias);
    // The server does not know this id: it shows as an unknown player instead of waiting forever.
    void markUnknown(const QUuid &id);
    // Asks again for every id still waiting, e.g. after a reconnection lost the answers.
    void retryPending();
    void clear();

Q_SIGNALS:
    void lookupNeeded(const QUuid &id);
    void aliasChanged(const QUuid &id, const QString &alias);

private:
    QHash<QUuid, QString> m_aliases;
    QSet<QUuid> m_pending;
};
