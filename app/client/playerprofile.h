// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "outcome.h"

#include <QObject>
#include <QString>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QSettings;

// Who the player is on this computer: the alias, and on each server the identity it was given
// there (user id and credential), so that the player comes back as themselves. Kept in QSettings.
class PlayerProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the player's profile")
    Q_PROPERTY(QString alias READ alias NOTIFY aliasChanged)

public:
    struct Identity
    {
        QUuid userId;
        QString credential;
    };

    // settingsFile: an INI file; empty: the application's own QSettings.
    explicit PlayerProfile(const QString &settingsFile, QObject *parent = nullptr);

    QString alias() const { return m_alias; }
    bool hasAlias() const;
    // Trims, checks and saves the alias; refused with a sentence for the player.
    Outcome<> setAlias(const QString &alias);

    Identity identityOn(const QString &serverKey) const;
    void rememberIdentity(const QString &serverKey, const Identity &identity);

Q_SIGNALS:
    void aliasChanged();

private:
    std::unique_ptr<QSettings> openSettings() const;

    QString m_settingsFile;
    QString m_alias;
};
