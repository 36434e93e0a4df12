// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace Computer {
Q_NAMESPACE

// How well the computer plays: Perfect never loses; Easy and Medium pass over the best moves on
// purpose at ComputerModule's blunder rates.
enum class Level { Easy, Medium, Perfect };
Q_ENUM_NS(Level)

} // namespace Computer

// One computer player, a user like any other to invite.
struct ComputerOpponent
{
    Q_GADGET
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(QString alias MEMBER alias REQUIRED)
    Q_PROPERTY(Computer::Level level MEMBER level REQUIRED)
public:
    QUuid id;
    QString alias;
    Computer::Level level = Computer::Level::Perfect;
    friend bool operator==(const ComputerOpponent &, const ComputerOpponent &) = default;
};

// The computer's think time for a turn is over: it plays (internal, scheduled).
struct ComputerTurnDue
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
public:
    QUuid gameId;
    QUuid playerId;
    friend bool operator==(const ComputerTurnDue &, const ComputerTurnDue &) = default;
};

struct GetComputerOpponents
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid operationId;
    friend bool operator==(const GetComputerOpponents &, const GetComputerOpponents &) = default;
};

struct ComputerOpponents
{
    Q_GADGET
    Q_PROPERTY(QList<ComputerOpponent> opponents MEMBER opponents REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QList<ComputerOpponent> opponents;
    QUuid parentOperationId;
    friend bool operator==(const ComputerOpponents &, const ComputerOpponents &) = default;
};

// Registers the JSON form of the opponents' list; safe to call more than once.
void registerComputerJsonConverters();
