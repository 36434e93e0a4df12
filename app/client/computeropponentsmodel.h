// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "computer/computereffects.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The host's computer players, one per level, as GetComputerOpponents lists them: the lobby
// offers each to invite like anyone else. Their aliases come with the list, so no lookup is needed.
class ComputerOpponentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the computer opponents")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        AliasRole,
        LevelRole,
    };
    Q_ENUM(Role)

    explicit ComputerOpponentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every row's texts again, in the language just installed.
    void retranslate();

    int count() const { return static_cast<int>(m_opponents.size()); }

    // Applies a GetComputerOpponents answer, in the host's order.
    void setOpponents(const QList<ComputerOpponent> &opponents);
    void clear();

    // "Easy", "Medium", "Perfect": how the pages name a level.
    static QString levelText(Computer::Level level);

Q_SIGNALS:
    void countChanged();

private:
    QList<ComputerOpponent> m_opponents;
};
