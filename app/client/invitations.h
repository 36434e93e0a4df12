// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <optional>

class AliasDirectory;
class CurrentGame;
class GameClient;
struct InvitationDeclined;
struct UserInvited;

// Invitations to play: sending one, and the one this player received and has not answered yet.
// Someone in a game declines every invitation by itself; a newer invitation replaces an unanswered
// one (which is declined).
class Invitations : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the invitations")
    Q_PROPERTY(bool pending READ isPending NOTIFY pendingChanged)
    Q_PROPERTY(QString fromAlias READ fromAlias NOTIFY pendingChanged)

public:
    Invitations(GameClient *client, AliasDirectory *aliases, const CurrentGame *game,
                QObject *parent = nullptr);

    bool isPending() const { return m_received.has_value(); }
    QString fromAlias() const;

    // Creates a game, invites the user to it and joins it first, so the inviter plays X.
    Q_INVOKABLE void invite(const QString &userId);
    Q_INVOKABLE void accept();
    Q_INVOKABLE void decline();

    // An invitation from someone who went offline is dropped.
    void handleUsersOnline(const QList<QUuid> &userIds);
    // The game of the pending invitation started: it is answered.
    void handleGameStarted(const QUuid &gameId);
    void clear();

Q_SIGNALS:
    void pendingChanged();
    void declined(const QString &alias);

private:
    struct Received
    {
        QUuid host;
        QUuid game;
    };

    void handleUserInvited(const UserInvited &event);
    void handleInvitationDeclined(const InvitationDeclined &event);

    GameClient *m_client;
    AliasDirectory *m_aliases;
    const CurrentGame *m_game;
    std::optional<Received> m_received;
};
