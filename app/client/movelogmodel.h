// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// The moves of the current game, oldest first, each with a sentence for the log view.
class MoveLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameBoard owns the move log")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        AliasRole = Qt::UserRole + 1,
        MarkRole,
        XRole,
        YRole,
        TextRole,
    };
    Q_ENUM(Role)

    explicit MoveLogModel(AliasDirectory *aliases, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every row's texts again, in the language just installed.
    void retranslate();

    int count() const { return static_cast<int>(m_moves.size()); }

    void append(const QUuid &player, const QString &mark, int x, int y);
    void clear();

    // "top-left corner", "center", …: how a person names a cell.
    static QString cellName(int x, int y);

Q_SIGNALS:
    void countChanged();

private:
    struct Move
    {
        QUuid player;
        QString mark;
        int x = 0;
        int y = 0;
    };

    AliasDirectory *m_aliases;
    QList<Move> m_moves;
};
