// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUuid>

#include <algorithm>

struct User
{
    Q_GADGET
    Q_PROPERTY(QUuid id MEMBER id REQUIRED)
    Q_PROPERTY(QString alias MEMBER alias REQUIRED)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
public:
    QUuid id;
    QString alias;
    QDateTime createdAt;
    friend bool operator==(const User &, const User &) = default;

    static constexpr qsizetype maxAliasLength = 32;
    // What others see of a player: 1 to 32 characters, no surrounding spaces, no control
    // characters and no invisible formatting ones (bidi overrides, zero-width spaces and joiners),
    // which would let an alias pose as another or reorder the text around it.
    static QString aliasRule()
    {
        return QStringLiteral("1 to %1 characters, no control or invisible formatting characters")
                .arg(maxAliasLength);
    }
    static bool isValidAlias(const QString &alias)
    {
        return !alias.isEmpty() && alias.size() <= maxAliasLength && alias == alias.trimmed()
                && std::none_of(alias.cbegin(), alias.cend(), [](QChar c) {
                       return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
                   });
    }
};
