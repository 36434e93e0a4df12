// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

// Seeded hostile requests and socket messages, each derived from a message the server must refuse
// as it is (it acts as another user, names an existing user, or asks for nothing that exists), so
// that no mutation, however it lands, may change the server's state. Each input comes with the
// answers docs/protocol.md allows for it.
class HostileInputs
{
public:
    // What the templates name: users and games that exist, and the hostile user's own credential.
    struct Targets
    {
        QUuid alice;
        QUuid bob;
        QByteArray hostileCredential;
        QUuid endedGame;
        QUuid waitingGame;
        QUuid unknownUser;
        QUuid unknownGame;
    };
    struct HttpInput
    {
        QByteArray method = "POST";
        QString path;
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray authorization;
        QSet<int> statuses;
        QString description;
    };
    struct SocketInput
    {
        QByteArray text;
        QStringList reasons;
        QString description;
    };

    HostileInputs(quint32 seed, const Targets &targets, qint64 maxMessageBytes);

    HttpInput nextHttp();
    // A message for a socket that authenticated as the hostile user: each gets one COMMAND_REJECTED.
    SocketInput nextSocketMessage();

    QRandomGenerator &random() { return m_random; }
    QByteArray randomBytes(int maxSize);
    // Numbers at and past what a double or an integer holds.
    QByteArray hugeNumber();
    // A valid socket message of the templates, compact JSON.
    QByteArray someSocketMessage();

private:
    struct Template
    {
        QString path; // HTTP only
        QJsonObject message;
        int status = 0; // HTTP
        QString reason; // WebSocket
        bool actsAsUser = false;
    };

    enum class Mutation {
        AsItIs,
        RandomBytes,
        Truncated,
        WrongValue,
        Missing,
        UnknownField,
        UnknownType,
        HugeNumber,
        DeepNesting,
        InvalidUtf8,
        Count
    };

    QByteArray mutated(const Template &base, Mutation mutation, QString *description);

    QRandomGenerator m_random;
    qint64 m_maxMessageBytes;
    QByteArray m_hostileCredential;
    QList<Template> m_httpTemplates;
    QList<Template> m_socketTemplates;
};
