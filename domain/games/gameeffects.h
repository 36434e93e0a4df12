// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "board.h"
#include "effect.h"
#include "gameenums.h"

#include <QList>
#include <QObject>
#include <QUuid>

// Commands of the games subdomain. operationId is chosen by the client; the events it causes carry
// it back as parentOperationId.

struct CreateGame
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid creator MEMBER creator REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    QUuid creator;
    friend bool operator==(const CreateGame &, const CreateGame &) = default;
};

struct JoinGame
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    QUuid playerId;
    friend bool operator==(const JoinGame &, const JoinGame &) = default;
};

struct PlaceMark
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid player MEMBER player REQUIRED)
    Q_PROPERTY(int x MEMBER x REQUIRED)
    Q_PROPERTY(int y MEMBER y REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    QUuid player;
    int x = 0;
    int y = 0;
    friend bool operator==(const PlaceMark &, const PlaceMark &) = default;
};

// Events of the games subdomain. Each event that changes a game carries the game's version after
// it: contiguous from 1 for each game, so that a client can tell it missed one (GetGame resyncs it).

struct GameCreated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid creator MEMBER creator REQUIRED)
    Q_PROPERTY(Games::Stage stage MEMBER stage REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    QUuid creator;
    Games::Stage stage = Games::Stage::WaitingForPlayers;
    QUuid parentOperationId;
    int version = 0; // the game's version after this event
    friend bool operator==(const GameCreated &, const GameCreated &) = default;
};

struct PlayerJoinedAGame
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    QUuid playerId;
    QUuid parentOperationId;
    int version = 0; // the game's version after this event
    friend bool operator==(const PlayerJoinedAGame &, const PlayerJoinedAGame &) = default;
};

struct GameStarted
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QList<QUuid> players MEMBER players REQUIRED)
    Q_PROPERTY(Board board MEMBER board REQUIRED)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    QList<QUuid> players; // in joining order: the first moves first
    Board board;
    int version = 0; // the game's version after this event
    friend bool operator==(const GameStarted &, const GameStarted &) = default;
};

struct WaitingForPlayerPlay
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
    Q_PROPERTY(qint64 timeout MEMBER timeout REQUIRED)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    QUuid playerId;
    qint64 timeout = 0; // milliseconds the player has
    int version = 0; // the game's version after this event
    friend bool operator==(const WaitingForPlayerPlay &, const WaitingForPlayerPlay &) = default;
};

struct TurnTimeout
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid playerId MEMBER playerId REQUIRED)
public:
    QUuid gameId;
    QUuid playerId;
    friend bool operator==(const TurnTimeout &, const TurnTimeout &) = default;
};

struct MarkPlaced
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid player MEMBER player REQUIRED)
    Q_PROPERTY(int x MEMBER x REQUIRED)
    Q_PROPERTY(int y MEMBER y REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    QUuid player;
    int x = 0;
    int y = 0;
    QUuid parentOperationId;
    int version = 0; // the game's version after this event
    friend bool operator==(const MarkPlaced &, const MarkPlaced &) = default;
};

struct BoardUpdated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(Board board MEMBER board REQUIRED)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    Board board;
    int version = 0; // the game's version after this event
    friend bool operator==(const BoardUpdated &, const BoardUpdated &) = default;
};

struct GameEnded
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(Games::Result result MEMBER result REQUIRED)
    Q_PROPERTY(QUuid winner MEMBER winner)
    Q_PROPERTY(int version MEMBER version)
public:
    QUuid gameId;
    Games::Result result = Games::Result::Draw;
    QUuid winner; // null unless result is PlayerWon
    int version = 0; // the game's version after this event
    friend bool operator==(const GameEnded &, const GameEnded &) = default;
};

// A refused game command: sent to the player who sent it, nothing else changes.
struct GameErrorOccurred
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid player MEMBER player REQUIRED)
    Q_PROPERTY(Games::ErrorReason reason MEMBER reason REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QUuid gameId;
    QUuid player;
    Games::ErrorReason reason = Games::ErrorReason::PlayerCanNotPlay;
    QUuid parentOperationId;
    friend bool operator==(const GameErrorOccurred &, const GameErrorOccurred &) = default;
};

struct GameStateReadyToBeCleaned
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
public:
    QUuid gameId;
    friend bool operator==(const GameStateReadyToBeCleaned &, const GameStateReadyToBeCleaned &) = default;
};

// Queries of the games subdomain.

// A game in progress found in storage when the domain starts (not published: the server learns
// its players from it, and the players resync with GetGame).
struct GameRestored
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QList<QUuid> players MEMBER players REQUIRED)
public:
    QUuid gameId;
    QList<QUuid> players;
    friend bool operator==(const GameRestored &, const GameRestored &) = default;
};

struct GetGame
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(int sinceVersion MEMBER sinceVersion)
public:
    QUuid operationId;
    QUuid gameId;
    // The last version the asker has; 0 asks for the snapshot alone.
    int sinceVersion = 0;
    friend bool operator==(const GetGame &, const GetGame &) = default;
};

// The answer to GetGame: everything a late or returning client needs to draw the game. events holds
// exactly the events after sinceVersion when the game still has them all; when they are empty and
// version is past sinceVersion, the asker was too far behind and takes the snapshot.
struct GameSnapshot
{
    Q_GADGET
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(Games::Stage stage MEMBER stage REQUIRED)
    Q_PROPERTY(QList<QUuid> players MEMBER players REQUIRED)
    Q_PROPERTY(Board board MEMBER board REQUIRED)
    Q_PROPERTY(QUuid currentPlayer MEMBER currentPlayer)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
    Q_PROPERTY(int version MEMBER version)
    Q_PROPERTY(QList<Effect> events MEMBER events)
public:
    QUuid gameId;
    Games::Stage stage = Games::Stage::WaitingForPlayers;
    QList<QUuid> players;
    Board board;
    QUuid currentPlayer; // null unless in progress
    QUuid parentOperationId;
    int version = 0;
    QList<Effect> events;
    friend bool operator==(const GameSnapshot &, const GameSnapshot &) = default;
};
