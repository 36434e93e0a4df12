// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "aboutapp.h"

#include "protocolcatalogue.h"
#include "sessionsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>

AboutApp::AboutApp(QObject *parent)
    : QObject(parent)
{
}

QString AboutApp::version() const
{
    return QStringLiteral(TICTACTOE_VERSION);
}

QString AboutApp::licence() const
{
    return QStringLiteral("MIT");
}

int AboutApp::protocolVersion() const
{
    return ::protocolVersion;
}

QString AboutApp::protocolDocument() const
{
    QFile document(QStringLiteral(":/docs/protocol.md"));
    if (!document.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(document.readAll());
}

QString AboutApp::dataDirectory() const
{
    const QString directory = SessionSettings::defaults().dataDirectory;
    return directory.isEmpty() ? QString() : QDir::toNativeSeparators(directory);
}

QString AboutApp::settingsLocation() const
{
    const QString file = SessionSettings::defaults().settingsFile;
    return QDir::toNativeSeparators(file.isEmpty() ? QSettings().fileName() : file);
}
