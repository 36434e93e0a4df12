// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "games/board.h"
#include "games/gamehistory.h"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

class AliasDirectory;

// An ended game played back move by move from its GetGameHistory answer: the nine cells (row by
// row) as they stood after `step` moves, and what happened at that step. Step 0 is the empty board;
// the last step is the final board, with the winning line and the result.
class GameReplay : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the replay")
    Q_PROPERTY(QString gameId READ gameId NOTIFY loaded)
    Q_PROPERTY(int moveCount READ moveCount NOTIFY loaded)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    // "Alice (X) against Bob (O)"
    Q_PROPERTY(QString playersText READ playersText NOTIFY textsChanged)
    // "Move 3 of 7: Alice (X), row 2, column 1, at 14:03:05"
    Q_PROPERTY(QString stepText READ stepText NOTIFY textsChanged)
    // How the game ended, at its last step only: "Alice won."
    Q_PROPERTY(QString resultText READ resultText NOTIFY textsChanged)

public:
    enum Role {
        MarkRole = Qt::UserRole + 1,
        // The cell the current step's move marked.
        LastMoveRole,
        WinningRole,
    };
    Q_ENUM(Role)

    explicit GameReplay(AliasDirectory *aliases, QObject *parent = nullptr);

    // The texts again, in the language just installed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the game at its end, as it was last seen.
    void load(const GameHistory &history);
    void clear();

    QString gameId() const;
    int moveCount() const { return static_cast<int>(m_history.moves.size()); }
    int step() const { return m_step; }
    // Clamped to 0 … moveCount.
    void setStep(int step);
    QString playersText() const;
    QString stepText() const;
    QString resultText() const;

    Q_INVOKABLE void previous() { setStep(m_step - 1); }
    Q_INVOKABLE void next() { setStep(m_step + 1); }

Q_SIGNALS:
    void loaded();
    void stepChanged();
    void textsChanged();

private:
    QString markOf(const QUuid &player) const;
    Board boardAt(int step) const;

    AliasDirectory *m_aliases;
    GameHistory m_history;
    int m_step = 0;
    Board m_board;
};
