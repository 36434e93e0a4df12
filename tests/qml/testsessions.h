// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

// Lets a QML test decide what the next GameSession it creates starts with. Sessions created from
// QML read SessionSettings::defaults() when they are constructed, so a test calls prepare() and
// then creates the session. Every session gets a settings file of its own (so it starts without an
// alias), its server binds 127.0.0.1 on a free port, and beacons stay on 127.0.0.1.
class TestSessions : public QObject
{
    Q_OBJECT

public:
    explicit TestSessions(QObject *parent = nullptr);

    // Options: "turnTimeoutMs" (default 20000), "computerThinkMs" (how long the computer player
    // thinks before each move, default 0), "discoveryPort" (default 0: discovery off),
    // "alias" (saved in the new settings file, so the session starts at Home), "lanAddresses"
    // (a list: the LAN addresses its host pretends to have; default: the real ones, none here).
    Q_INVOKABLE void prepare(const QVariantMap &options = {});
    // A UDP port nothing on 127.0.0.1 uses right now, for a test's own discovery traffic.
    Q_INVOKABLE int freeUdpPort() const;

private:
    QTemporaryDir m_directory;
    int m_created = 0;
};
