// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The files of the web client (web/), as compiled into the binary: what the host serves at each
// path, / being the page itself.
class WebClientFiles
{
public:
    struct File
    {
        QString path;
        QByteArray content;
        QByteArray contentType;
    };

    static QList<File> all();
};
