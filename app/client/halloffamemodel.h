// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "scoring/scoringeffects.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// The three best players, best first, as the server ranks them.
class HallOfFameModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the hall of fame")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RankRole = Qt::UserRole + 1,
        AliasRole,
        ScoreRole,
    };
    Q_ENUM(Role)

    explicit HallOfFameModel(AliasDirectory *aliases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_entries.size()); }
    QList<ScoreEntry> entries() const { return m_entries; }

    // Applies TOP_THREE_LIST_UPDATED.current.topThree or a GetTopThreePlayers answer.
    void setEntries(const QList<ScoreEntry> &entries);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    AliasDirectory *m_aliases;
    QList<ScoreEntry> m_entries;
};
