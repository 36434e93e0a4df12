// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

struct ScoreEntry
{
    Q_GADGET
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(qint64 score MEMBER score REQUIRED)
public:
    QUuid id;
    qint64 score = 0;
    friend bool operator==(const ScoreEntry &, const ScoreEntry &) = default;
};

// The hall of fame: at most three entries, best first.
struct TopThree
{
    Q_GADGET
    Q_PROPERTY(QList<ScoreEntry> topThree MEMBER topThree REQUIRED)
public:
    QList<ScoreEntry> topThree;
    friend bool operator==(const TopThree &, const TopThree &) = default;
};

struct PlayerScoreChanged
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
    Q_PROPERTY(qint64 score MEMBER score REQUIRED)
public:
    QUuid playerId;
    qint64 score = 0; // the new total
    friend bool operator==(const PlayerScoreChanged &, const PlayerScoreChanged &) = default;
};

struct TopThreeListUpdated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(TopThree previous MEMBER previous REQUIRED)
    Q_PROPERTY(TopThree current MEMBER current REQUIRED)
public:
    TopThree previous;
    TopThree current;
    friend bool operator==(const TopThreeListUpdated &, const TopThreeListUpdated &) = default;
};

struct GetTopThreePlayers
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid operationId;
    friend bool operator==(const GetTopThreePlayers &, const GetTopThreePlayers &) = default;
};

// The answer to GetTopThreePlayers.
struct TopThreePlayers
{
    Q_GADGET
    Q_PROPERTY(QList<ScoreEntry> list MEMBER list REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QList<ScoreEntry> list;
    QUuid parentOperationId;
    friend bool operator==(const TopThreePlayers &, const TopThreePlayers &) = default;
};

// Registers the JSON form of the score lists; safe to call more than once.
void registerScoringJsonConverters();
