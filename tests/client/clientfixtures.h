// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

class CurrentGame;

// Server messages recorded as JSON files under tests/client/fixtures, decoded by the protocol's
// WireFormat as the client decodes them, and the ids they use.
namespace ClientFixtures {

inline const QUuid alice = QUuid::fromString(QStringLiteral("0a11ce00-0000-4000-8000-000000000001"));
inline const QUuid bob = QUuid::fromString(QStringLiteral("0b0b0000-0000-4000-8000-000000000002"));
inline const QUuid carol = QUuid::fromString(QStringLiteral("0ca40100-0000-4000-8000-000000000003"));
inline const QUuid game = QUuid::fromString(QStringLiteral("9a3e0000-0000-4000-8000-0000000000aa"));

QByteArray readFile(const QString &name);
// A file holds one message object or an array of them. A fixture that does not decode aborts the
// test run: the fixture itself is broken.
QList<Effect> loadMessages(const QString &name);

template<EffectValue T>
T loadMessage(const QString &name)
{
    const QList<Effect> messages = loadMessages(name);
    if (messages.size() != 1 || !messages.first().is<T>())
        qFatal("fixture %s is not one %s", qPrintable(name), T::staticMetaObject.className());
    return messages.first().as<T>();
}

// Hands a game message to the current game's handler for it, as GameSession subscribes them.
void feed(CurrentGame &board, const Effect &message);
void feedAll(CurrentGame &board, const QList<Effect> &messages);

} // namespace ClientFixtures
