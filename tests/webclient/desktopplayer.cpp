// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// A desktop player for the browser tests: the desktop app's own GameSession, without its window,
// joins a host, accepts every invitation and plays the first free cell of a fixed order. It says
// on standard output what a person would see: "online <alias>" once in the lobby, "playing" when a
// game starts, "result WON|LOST|DRAW|ABORTED" when it ends. Bounded: it quits after its games, or
// with status 1 after its time limit.

#include "currentgame.h"
#include "gamesession.h"
#include "invitations.h"
#include "sessionsettings.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_qs, u"The host's port on 127.0.0.1."_qs, u"port"_qs);
    const QCommandLineOption aliasOption(u"alias"_qs, u"The player's alias."_qs, u"alias"_qs,
                                         u"Desktop"_qs);
    const QCommandLineOption cellsOption(u"cells"_qs,
                                         u"Cells in the order to try them, x,y;x,y;… (default: row by row)."_qs,
                                         u"cells"_qs, u"0,0;1,0;2,0;0,1;1,1;2,1;0,2;1,2;2,2"_qs);
    const QCommandLineOption gamesOption(u"games"_qs, u"Games to play before quitting."_qs, u"count"_qs,
                                         u"1"_qs);
    const QCommandLineOption limitOption(u"time-limit-ms"_qs, u"Gives up after this long."_qs, u"ms"_qs,
                                         u"60000"_qs);
    parser.addOptions({portOption, aliasOption, cellsOption, gamesOption, limitOption});
    parser.process(application);

    QList<int> cells;
    for (const QString &cell : parser.value(cellsOption).split(u';')) {
        const QStringList coordinates = cell.split(u',');
        if (coordinates.size() != 2)
            parser.showHelp(2);
        cells.append(coordinates[1].toInt() * 3 + coordinates[0].toInt());
    }

    QTemporaryDir settingsDirectory;
    SessionSettings settings = SessionSettings::defaults();
    settings.discovery.target = QHostAddress::LocalHost;
    settings.settingsFile = settingsDirectory.filePath(u"player.ini"_qs);
    GameSession session(settings);
    CurrentGame *game = session.game();
    QTextStream out(stdout);
    int gamesLeft = parser.value(gamesOption).toInt();

    QObject::connect(&session, &GameSession::stageChanged, &application, [&] {
        if (session.stage() == GameSession::Stage::Lobby && !game->isActive())
            out << "online " << session.player()->alias() << Qt::endl;
        else if (session.stage() == GameSession::Stage::Playing)
            out << "playing" << Qt::endl;
    });
    QObject::connect(session.invitations(), &Invitations::pendingChanged, &application, [&] {
        if (session.invitations()->isPending())
            session.invitations()->accept();
    });
    const auto playIfMyTurn = [&] {
        if (!game->isMyTurn())
            return;
        for (int cell : cells) {
            if (game->data(game->index(cell), CurrentGame::PlayableRole).toBool()) {
                game->play(cell);
                return;
            }
        }
    };
    QObject::connect(game, &CurrentGame::myTurnChanged, &application, playIfMyTurn);
    QObject::connect(game, &CurrentGame::resultChanged, &application, [&] {
        if (game->result() == CurrentGame::None)
            return;
        out << "result " << QByteArray(QMetaEnum::fromType<CurrentGame::Result>().valueToKey(game->result())).toUpper()
            << Qt::endl;
        if (--gamesLeft == 0)
            QTimer::singleShot(0, &application, [] { QCoreApplication::exit(0); });
        else
            session.backToLobby();
    });
    QObject::connect(&session, &GameSession::errorMessageChanged, &application, [&] {
        if (!session.errorMessage().isEmpty())
            out << "error " << session.errorMessage() << Qt::endl;
    });
    QTimer::singleShot(parser.value(limitOption).toInt(), &application, [&] {
        out << "error time limit reached" << Qt::endl;
        QCoreApplication::exit(1);
    });

    session.chooseAlias(parser.value(aliasOption));
    session.joinHost(u"127.0.0.1"_qs, parser.value(portOption).toInt());
    return application.exec();
}
