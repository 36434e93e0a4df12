// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "spectators/spectatoreffects.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// The games in progress that the lobby offers to watch, oldest first, as GetLiveGames lists them,
// less those the player plays in (watching one's own game is refused). Nothing is pushed when a
// game starts or ends: the list is as fresh as the last time the lobby asked.
class LiveGamesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the games in progress")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        GameIdRole = Qt::UserRole + 1,
        // "Alice (X) against Bob (O)"
        PlayersRole,
        // "3 moves · 1 watching"
        DetailsRole,
        MovesRole,
        WatchersRole,
    };
    Q_ENUM(Role)

    explicit LiveGamesModel(AliasDirectory *aliases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every row's texts again, in the language just installed.
    void retranslate();

    int count() const { return static_cast<int>(m_games.size()); }

    void setMyUserId(const QUuid &userId);
    // Applies a GetLiveGames answer.
    void setGames(const QList<LiveGame> &games);
    void clear();

    // "Alice (X) against Bob (O)": the first player plays X.
    static QString playersText(AliasDirectory *aliases, const QList<QUuid> &players);

Q_SIGNALS:
    void countChanged();

private:
    AliasDirectory *m_aliases;
    QUuid m_myUserId;
    QList<LiveGame> m_games;
};
