// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "clientfixtures.h"

#include "currentgame.h"
#include "wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClientFixtures {

QByteArray readFile(const QString &name)
{
    QFile file(QStringLiteral(TICTACTOE_CLIENT_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s: %s", qPrintable(name), qPrintable(file.errorString()));
    return file.readAll();
}

QList<Effect> loadMessages(const QString &name)
{
    const QJsonDocument document = QJsonDocument::fromJson(readFile(name));
    QJsonArray messages;
    if (document.isArray())
        messages = document.array();
    else
        messages.append(document.object());
    QList<Effect> decoded;
    for (const QJsonValue &message : std::as_const(messages)) {
        const Outcome<Effect> effect = WireFormat::readFromServer(
                QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact));
        if (!effect)
            qFatal("fixture %s: %s", qPrintable(name), qPrintable(effect.error().message));
        decoded.append(*effect);
    }
    return decoded;
}

void feed(CurrentGame &board, const Effect &message)
{
    if (message.is<GameStarted>())
        board.handleGameStarted(message.as<GameStarted>());
    else if (message.is<WaitingForPlayerPlay>())
        board.handleWaitingForPlayerPlay(message.as<WaitingForPlayerPlay>());
    else if (message.is<MarkPlaced>())
        board.handleMarkPlaced(message.as<MarkPlaced>());
    else if (message.is<BoardUpdated>())
        board.handleBoardUpdated(message.as<BoardUpdated>());
    else if (message.is<TurnTimeout>())
        board.handleTurnTimeout(message.as<TurnTimeout>());
    else if (message.is<GameEnded>())
        board.handleGameEnded(message.as<GameEnded>());
    else if (message.is<GameErrorOccurred>())
        board.handleGameErrorOccurred(message.as<GameErrorOccurred>());
}

void feedAll(CurrentGame &board, const QList<Effect> &messages)
{
    for (const Effect &message : messages)
        feed(board, message);
}

} // namespace ClientFixtures
