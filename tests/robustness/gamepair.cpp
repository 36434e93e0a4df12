// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gamepair.h"

#include "playerclient.h"

#include <QTimer>

GamePair::GamePair(PlayerClient *first, PlayerClient *second, QObject *parent)
    : QObject(parent)
    , m_first(first)
    , m_second(second)
{
    connect(m_first, &PlayerClient::online, this, &GamePair::startGameWhenOnline);
    connect(m_second, &PlayerClient::online, this, &GamePair::startGameWhenOnline);
    connect(m_first, &PlayerClient::joined, this, [this] {
        // The second joins only once the first is in: whoever joins first moves first.
        if (m_playing && m_first->gameId() == m_gameId)
            m_second->joinGame(m_gameId);
    });
    connect(m_first, &PlayerClient::gameEnded, this, &GamePair::recordIfEnded);
    connect(m_second, &PlayerClient::gameEnded, this, &GamePair::recordIfEnded);
}

void GamePair::start(int games, int pauseMs)
{
    m_gamesWanted = games > 0 ? int(m_played.size()) + games : 0;
    m_stopping = false;
    m_done = false;
    m_pauseMs = pauseMs;
    m_waitingToStart = true;
    startGameWhenOnline();
}

void GamePair::stop()
{
    m_stopping = true;
    if (!m_playing)
        finish();
}

void GamePair::startGameWhenOnline()
{
    if (!m_waitingToStart || !m_first->isOnline() || !m_second->isOnline())
        return;
    m_waitingToStart = false;
    m_playing = true;
    m_gameId = QUuid::createUuid();
    m_gameTimer.start();
    m_first->createGame(m_gameId);
}

void GamePair::recordIfEnded()
{
    if (!m_playing || m_first->gameId() != m_gameId || m_second->gameId() != m_gameId
        || m_first->stage() != PlayerClient::Stage::Ended || m_second->stage() != PlayerClient::Stage::Ended) {
        return;
    }
    m_playing = false;
    m_played.append({m_gameId, m_first->result().isEmpty() ? m_second->result() : m_first->result(),
                     m_first->winner(), m_second->winner(), m_gameTimer.elapsed()});
    Q_EMIT gameFinished();
    if (m_stopping || (m_gamesWanted > 0 && m_played.size() >= m_gamesWanted)) {
        finish();
        return;
    }
    QTimer::singleShot(m_pauseMs, this, [this] {
        if (m_stopping) {
            finish();
            return;
        }
        m_waitingToStart = true;
        startGameWhenOnline();
    });
}

void GamePair::finish()
{
    if (m_done)
        return;
    m_waitingToStart = false;
    m_done = true;
    Q_EMIT done();
}
