// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "games/gamehistory.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// The games that ended last on the host, the most recent first, as GetRecentGames lists them: the
// lobby offers to replay each. Like the games in progress, nothing is pushed: the list is as fresh
// as the last time the lobby asked.
class RecentGamesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the recent games")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        GameIdRole = Qt::UserRole + 1,
        // "Alice (X) against Bob (O)"
        PlayersRole,
        // "Alice won", "A draw", "Stopped, nobody won"
        OutcomeRole,
        EndedAtRole,
        // "Alice won · 05/12/2026 14:03", in the system's locale
        DetailsRole,
    };
    Q_ENUM(Role)

    explicit RecentGamesModel(AliasDirectory *aliases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every row's texts again, in the language just installed.
    void retranslate();

    int count() const { return static_cast<int>(m_games.size()); }

    // Applies a GetRecentGames answer.
    void setGames(const QList<PlayedGame> &games);
    void clear();

    // How an ended game came out, for someone who may not have played it.
    static QString outcomeText(AliasDirectory *aliases, const PlayedGame &game);

Q_SIGNALS:
    void countChanged();

private:
    AliasDirectory *m_aliases;
    QList<PlayedGame> m_games;
};
