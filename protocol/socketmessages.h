// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

// The messages of the WebSocket that are not domain effects: its authentication and its refusals.
// They are gadgets like the effects, so that one codec (GadgetJson) reads and writes every message;
// the protocol catalogue gives them their wire names.

struct CredentialIssued
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(QString credential MEMBER credential REQUIRED)
public:
    QUuid userId;
    QString credential;
    friend bool operator==(const CredentialIssued &, const CredentialIssued &) = default;
};

struct SessionAssociated
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
public:
    QUuid userId;
    friend bool operator==(const SessionAssociated &, const SessionAssociated &) = default;
};

// A client's first message on a socket: the protocol version it speaks (ProtocolCatalogue's
// protocolVersion when it was built). The server answers with ServerHello, or refuses a version it
// does not speak.
struct ClientHello
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(int protocolVersion MEMBER protocolVersion REQUIRED)
public:
    int protocolVersion = 0;
    friend bool operator==(const ClientHello &, const ClientHello &) = default;
};

struct ServerHello
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(int protocolVersion MEMBER protocolVersion REQUIRED)
public:
    int protocolVersion = 0;
    friend bool operator==(const ServerHello &, const ServerHello &) = default;
};

// reason stays a string: a newer server may refuse for a reason this client does not know yet.
struct CommandRejected
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid operationId MEMBER operationId)
    Q_PROPERTY(QString reason MEMBER reason REQUIRED)
    Q_PROPERTY(QString message MEMBER message)
public:
    QUuid operationId;
    QString reason;
    QString message;
    friend bool operator==(const CommandRejected &, const CommandRejected &) = default;
};

// What a client sends to act as an existing user on a new socket (wire name
// ASSOCIATE_USER_TO_SESSION; the domain's AssociateUserToSession binds the session afterwards).
struct AssociateCredential
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid userId MEMBER userId REQUIRED)
    Q_PROPERTY(QString credential MEMBER credential REQUIRED)
public:
    QUuid userId;
    QString credential;
    friend bool operator==(const AssociateCredential &, const AssociateCredential &) = default;
};
