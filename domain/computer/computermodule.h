// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "computereffects.h"
#include "domainmodule.h"
#include "games/board.h"

#include <QHash>
#include <QUuid>

#include <random>

class GameRepository;
struct PlayerJoinedAGame;
struct UserInvited;
struct WaitingForPlayerPlay;

struct ComputerRules
{
    // How long the computer seems to think before it plays; tests use 0 and the manual clock.
    qint64 thinkDelayMs = 700;
    // Of the moves where a worse one exists, the share where Easy and Medium play a worse one.
    double easyBlunderRate = 0.5;
    double mediumBlunderRate = 0.2;
    // Seeds the blunders; 0 takes a random seed.
    quint32 seed = 0;
};

// The computer opponent: its players are users of every host (built into UsersModule), join every game they are invited to, once
// the inviter has joined it (so the inviter plays X, as with a person), and play when a
// WaitingForPlayerPlay names them, after a think delay. No client needs any AI.
class ComputerModule : public DomainModule
{
public:
    ComputerModule(const ComputerRules &rules, const GameRepository &games);

    void registerHandlers(EffectBus &bus) override;

    // The cell (index y * 3 + x) this level plays on board for player; -1 when there is none.
    int chooseMove(Computer::Level level, const Board &board, const QUuid &player);

private:
    QList<Effect> acceptInvitation(const UserInvited &event);
    QList<Effect> joinAfterInviter(const PlayerJoinedAGame &event);
    QList<Effect> startThinking(const WaitingForPlayerPlay &event) const;
    QList<Effect> play(const ComputerTurnDue &event);
    double blunderRate(Computer::Level level) const;

    ComputerRules m_rules;
    const GameRepository &m_games;
    std::mt19937 m_random;
    // Games the computer was invited to before anybody joined them: game → computer player.
    QHash<QUuid, QUuid> m_invitedTo;
};
