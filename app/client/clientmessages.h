#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

// Server messages that are not domain effects: the socket's authentication and its refusals. They
// are gadgets like the effects so that one decoder (GadgetJson) reads every server message.

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

// What the client sends to resume an identity over a new socket.
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
