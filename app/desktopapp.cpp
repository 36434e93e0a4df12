// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "desktopapp.h"

#include "embeddedgamehost.h"
#include "gamesession.h"
#include "language.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TicTacToePlugin)
Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

int runDesktopApp(QGuiApplication &app, const LaunchOptions &options)
{
    // Hosting from the window starts the same server and beacon as --server, set up by the same flags.
    SessionSettings settings = SessionSettings::defaults();
    settings.hostFactory = EmbeddedGameHost::factory(options.server, options.discovery);
    settings.discovery = options.discovery;
    settings.dataDirectory = options.server.dataDirectory;
    SessionSettings::setDefaults(settings);

    // The pages are built in the player's language from the start.
    Language::installSavedChoice(settings.settingsFile);

    app.setWindowIcon(QIcon(QStringLiteral(":/icons/tictactoe.png")));

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look for modules under the resource prefix that 6.5 makes the default.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TicTacToe/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
