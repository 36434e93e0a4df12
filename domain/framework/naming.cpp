// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "naming.h"

QString upperSnakeCase(QStringView camelCase)
{
    QString result;
    result.reserve(camelCase.size() + 8);
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar character = camelCase.at(i);
        const bool followsWord = i > 0 && camelCase.at(i - 1).isLower();
        // "PlayerJoinedAGame": the G of "Game" starts a word after the one-letter word "A".
        const bool endsCapitalRun = i > 0 && camelCase.at(i - 1).isUpper()
                && i + 1 < camelCase.size() && camelCase.at(i + 1).isLower();
        if (character.isUpper() && (followsWord || endsCapitalRun))
            result += u'_';
        result += character.toUpper();
    }
    return result;
}
