// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Renders every page of the app to PNG: loads Main.qml offscreen and plays real games against
// sessions that host and join over loopback. Usage: tictactoe_screenshots [output directory]
// Run it inside `unshare -n sh -c 'ip link set lo up; …'`: it hosts three games on 127.0.0.1.
#include "accessibilityaudit.h"
#include "computer/perfectplay.h"
#include "computeropponentsmodel.h"
#include "discoverydatagram.h"
#include "embeddedgamehost.h"
#include "gamesession.h"
#include "hostlistmodel.h"
#include "livegamesmodel.h"
#include "onlineplayersmodel.h"
#include "pretendlangamehost.h"
#include "protocolcatalogue.h"

#include <QDir>

#include <QGuiApplication>
#include <QHostAddress>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(TicTacToePlugin)
Q_IMPORT_QML_PLUGIN(TicTacToe_ClientPlugin)

namespace {

constexpr int stepTimeoutMs = 15000;
// The ports the games would like; a busy one falls back to a free port (as in the app).
constexpr quint16 alicePort = 8080;
constexpr quint16 bobPort = 8081;
constexpr quint16 carolPort = 8082;
constexpr qint64 normalTurnMs = 20000;
constexpr qint64 shortTurnMs = 4000; // Carol's game, where a turn runs out
constexpr qint64 computerThinkMs = 100; // long enough to see its turn, short for the run

// A step that did not happen in time ends the run with the step's name.
class StepFailed
{
public:
    explicit StepFailed(QString step)
        : m_step(std::move(step))
    {
    }
    QString step() const { return m_step; }

private:
    QString m_step;
};

void waitUntil(const std::function<bool()> &condition, const QString &step)
{
    if (!QTest::qWaitFor(condition, stepTimeoutMs))
        throw StepFailed(step);
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 45454;
}

SessionSettings settingsFor(const QTemporaryDir &directory, const QString &player, quint16 port,
                            qint64 turnTimeoutMs, quint16 discoveryPort,
                            const QList<QHostAddress> &lanAddresses = {})
{
    SessionSettings settings;
    settings.settingsFile = directory.filePath(player + QStringLiteral(".ini"));
    settings.discovery.target = QHostAddress::LocalHost;
    settings.discovery.port = discoveryPort;
    settings.discovery.announceIntervalMs = 300;
    ServerSettings server;
    server.host = QHostAddress::LocalHost;
    server.port = port;
    server.rules.turnTimeoutMs = turnTimeoutMs;
    server.computerRules.thinkDelayMs = computerThinkMs;
    settings.hostFactory = EmbeddedGameHost::factory(server, settings.discovery);
    if (!lanAddresses.isEmpty())
        settings.hostFactory = PretendLanGameHost::factory(settings.hostFactory, lanAddresses);
    return settings;
}

// Looks through QObject children and visual children alike: Loader, Repeater and Popup content
// is not always a QObject child of what shows it.
QObject *findNamed(QObject *root, const QString &name, bool visibleOnly)
{
    if (!root)
        return nullptr;
    auto *item = qobject_cast<QQuickItem *>(root);
    if (root->objectName() == name && (!visibleOnly || !item || item->isVisible()))
        return root;
    QList<QObject *> next = root->children();
    if (item) {
        const QList<QQuickItem *> childItems = item->childItems();
        for (QQuickItem *child : childItems) {
            if (!next.contains(child))
                next.append(child);
        }
    }
    if (auto *window = qobject_cast<QQuickWindow *>(root))
        next.append(window->contentItem()->parentItem());
    for (QObject *child : std::as_const(next)) {
        if (QObject *found = findNamed(child, name, visibleOnly))
            return found;
    }
    return nullptr;
}

bool allAliasesKnown(const OnlinePlayersModel &players, int expectedCount)
{
    if (players.count() != expectedCount)
        return false;
    for (int row = 0; row < players.count(); ++row) {
        const QString alias =
                players.data(players.index(row), OnlinePlayersModel::AliasRole).toString();
        if (alias.isEmpty() || alias == QStringLiteral("…"))
            return false;
    }
    return true;
}

class Director
{
public:
    Director(QQuickWindow *window, GameSession *alice, GameSession *bob, GameSession *carol,
             quint16 discoveryPort, QString outputDirectory)
        : m_window(window)
        , m_alice(alice)
        , m_bob(bob)
        , m_carol(carol)
        , m_discoveryPort(discoveryPort)
        , m_outputDirectory(std::move(outputDirectory))
    {
    }

    void run()
    {
        aliasPage();
        homePage();
        gameInProgressAndWin();
        draw();
        lobbyWithInvitation();
        abortedByTimeout();
        smallWindow();
        connectionError();
        opponentDisconnected();
        hostStopped();
        identityQuestion();
        againstTheComputer();
        watching();
        darkTheme();
        replaying();
        about();
        french();
    }

private:
    QObject *visible(const QString &name)
    {
        QObject *found = nullptr;
        waitUntil([&] { return (found = findNamed(m_window, name, true)) != nullptr; },
                  QStringLiteral("show %1").arg(name));
        return found;
    }

    // What a click does: every button of the pages acts on clicked().
    void click(const QString &name)
    {
        QObject *button = visible(name);
        if (!QMetaObject::invokeMethod(button, "clicked"))
            throw StepFailed(QStringLiteral("click %1").arg(name));
    }

    void type(const QString &fieldName, const QString &text)
    {
        QObject *field = visible(fieldName);
        QMetaObject::invokeMethod(field, "forceActiveFocus");
        waitUntil([&] { return field->property("activeFocus").toBool(); },
                  QStringLiteral("focus %1").arg(fieldName));
        const QByteArray keys = text.toLatin1();
        for (const char key : keys)
            QTest::keyClick(m_window, key);
    }

    // Scrolls the page that holds the item so that the item shows, as keyboard focus would.
    void scrollIntoView(const QString &name)
    {
        auto *item = qobject_cast<QQuickItem *>(visible(name));
        for (QQuickItem *page = item; page; page = page->parentItem()) {
            if (page->metaObject()->indexOfMethod("ensureVisible(QVariant)") >= 0) {
                QMetaObject::invokeMethod(page, "ensureVisible", Q_ARG(QVariant, QVariant::fromValue(item)));
                return;
            }
        }
        throw StepFailed(QStringLiteral("scroll to %1").arg(name));
    }

    void waitForStage(GameSession *session, GameSession::Stage stage, const QString &step)
    {
        waitUntil([&] { return session->stage() == stage; }, step);
    }

    void waitForPopup(const QString &contentName)
    {
        QObject *content = visible(contentName);
        // The popup item's owner is the Popup; it says opened once its enter transition finished.
        waitUntil(
                [&] {
                    for (QObject *object = content; object; object = object->parent()) {
                        if (object->metaObject()->indexOfProperty("opened") >= 0)
                            return object->property("opened").toBool();
                        auto *item = qobject_cast<QQuickItem *>(object);
                        QQuickItem *owner = item ? item->parentItem() : nullptr;
                        if (owner && owner->metaObject()->indexOfProperty("opened") >= 0)
                            return owner->property("opened").toBool();
                    }
                    return true;
                },
                QStringLiteral("open the popup of %1").arg(contentName));
    }

    bool popupsHaveOpened() const
    {
        const QList<QObject *> objects = m_window->findChildren<QObject *>();
        return std::all_of(objects.cbegin(), objects.cend(), [](const QObject *object) {
            const bool isPopup = object->metaObject()->indexOfProperty("opened") >= 0
                    && object->metaObject()->indexOfProperty("visible") >= 0;
            return !isPopup || !object->property("visible").toBool()
                    || object->property("opened").toBool();
        });
    }

    void shoot(const QString &fileName)
    {
        // grabWindow() polishes and renders by itself; only a popup's enter transition runs on
        // its own time, and Popup.opened turns true when it has finished.
        waitUntil([this] { return popupsHaveOpened(); },
                  QStringLiteral("popups open before %1").arg(fileName));
        // What the picture shows, a screen reader must be able to name.
        if (const QStringList nameless = AccessibilityAudit::namelessControls(m_window); !nameless.isEmpty())
            throw StepFailed(QStringLiteral("name every control in %1: %2").arg(fileName, nameless.join(u", ")));
        const QImage image = m_window->grabWindow();
        if (image.isNull())
            throw StepFailed(QStringLiteral("grab %1").arg(fileName));
        const QString path = QDir(m_outputDirectory).filePath(fileName);
        if (!image.save(path))
            throw StepFailed(QStringLiteral("save %1").arg(path));
        std::printf("wrote %s\n", qPrintable(path));
    }

    void play(GameSession *player, int cell)
    {
        waitUntil([&] { return player->game()->isMyTurn(); },
                  QStringLiteral("%1's turn for cell %2").arg(player->player()->alias()).arg(cell));
        const int moves = player->game()->moves()->count();
        player->game()->play(cell);
        waitUntil([&] { return player->game()->moves()->count() == moves + 1; },
                  QStringLiteral("%1 plays cell %2").arg(player->player()->alias()).arg(cell));
    }

    // The second player of a game accepts the invitation the first one sent.
    void accept(GameSession *invited)
    {
        waitUntil([&] { return invited->invitations()->isPending(); },
                  QStringLiteral("%1 gets the invitation").arg(invited->player()->alias()));
        invited->invitations()->accept();
    }

    void waitForGame(GameSession *first, GameSession *second)
    {
        for (GameSession *player : {first, second}) {
            waitUntil(
                    [&] {
                        return player->stage() == GameSession::Stage::Playing
                                && player->game()->isActive();
                    },
                    QStringLiteral("%1 plays").arg(player->player()->alias()));
        }
    }

    void aliasPage()
    {
        waitForStage(m_alice, GameSession::Stage::ChoosingAlias, QStringLiteral("first run"));
        type(QStringLiteral("aliasField"), QStringLiteral("Alice"));
        shoot(QStringLiteral("01-alias.png"));
    }

    void homePage()
    {
        click(QStringLiteral("continueButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("alias chosen"));
        visible(QStringLiteral("hostsEmptyState"));
        shoot(QStringLiteral("02-home-searching.png"));

        // Two games to join on this network.
        m_bob->chooseAlias(QStringLiteral("Bob"));
        m_bob->hostGame();
        m_carol->chooseAlias(QStringLiteral("Carol"));
        m_carol->hostGame();
        HostListModel *hosts = m_alice->hosts();
        waitUntil(
                [&] {
                    if (hosts->count() != 2)
                        return false;
                    for (int row = 0; row < hosts->count(); ++row) {
                        if (hosts->data(hosts->index(row), HostListModel::PlayersRole).toInt() != 1)
                            return false;
                    }
                    return true;
                },
                QStringLiteral("Bob's and Carol's games announced"));
        shoot(QStringLiteral("03-home.png"));

        // Dave hosts with a newer tictactoe: his game is listed, and says why it cannot be joined.
        DiscoveryDatagram newerHost;
        newerHost.name = QStringLiteral("dave-desktop");
        newerHost.alias = QStringLiteral("Dave");
        newerHost.gamePort = 8099;
        newerHost.playersOnline = 1;
        newerHost.gameProtocolVersion = protocolVersion + 1;
        QUdpSocket beacon;
        beacon.writeDatagram(newerHost.encode(), QHostAddress::LocalHost, m_discoveryPort);
        waitUntil([&] { return hosts->count() == 3; }, QStringLiteral("Dave's game announced"));
        shoot(QStringLiteral("17-home-incompatible-host.png"));
        resizeWindow(360, 640);
        scrollIntoView(QStringLiteral("hostIncompatibility"));
        shoot(QStringLiteral("18-home-incompatible-host-small.png"));
        resizeWindow(1280, 800);
        newerHost.kind = DiscoveryDatagram::Kind::Bye;
        beacon.writeDatagram(newerHost.encode(), QHostAddress::LocalHost, m_discoveryPort);
        waitUntil([&] { return hosts->count() == 2; }, QStringLiteral("Dave's game gone"));
    }

    void gameInProgressAndWin()
    {
        click(QStringLiteral("hostButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice hosts"));
        waitUntil([&] { return m_alice->onlinePlayers()->rowCount() > 0; },
                  QStringLiteral("Alice lists herself online"));
        waitUntil([&] { return m_alice->computerOpponents()->count() == 3; },
                  QStringLiteral("Alice's lobby offers the computer"));
        shoot(QStringLiteral("19-lobby-hosting.png"));
        resizeWindow(360, 640);
        scrollIntoView(QStringLiteral("joinLinkQrCode"));
        shoot(QStringLiteral("20-lobby-hosting-small.png"));
        resizeWindow(1280, 800);
        m_bob->leave();
        m_bob->joinHost(QStringLiteral("127.0.0.1"), m_alice->connection()->hostedPort());
        waitForStage(m_bob, GameSession::Stage::Lobby, QStringLiteral("Bob joins Alice"));
        waitUntil([&] { return allAliasesKnown(*m_alice->onlinePlayers(), 2); },
                  QStringLiteral("Alice sees Bob"));
        waitUntil([&] { return allAliasesKnown(*m_bob->onlinePlayers(), 2); },
                  QStringLiteral("Bob sees Alice"));

        click(QStringLiteral("inviteButton"));
        accept(m_bob);
        waitForGame(m_alice, m_bob);
        play(m_alice, 0);
        play(m_bob, 4);
        play(m_alice, 1);
        play(m_bob, 8);
        // A few seconds into Alice's turn, so the countdown shows it runs.
        waitUntil(
                [&] { return m_alice->game()->isMyTurn() && m_alice->game()->secondsLeft() <= 17; },
                QStringLiteral("Alice's countdown runs"));
        shoot(QStringLiteral("05-game.png"));

        play(m_alice, 2);
        waitUntil([&] { return m_alice->game()->result() == CurrentGame::Won; },
                  QStringLiteral("Alice wins"));
        waitForPopup(QStringLiteral("resultText"));
        shoot(QStringLiteral("06-win.png"));
        // The result takes the status card's place above the board; the board stays whole.
        resizeWindow(360, 640);
        shoot(QStringLiteral("55-win-small.png"));
        resizeWindow(1280, 800);
    }

    void draw()
    {
        click(QStringLiteral("playAgainButton"));
        accept(m_bob);
        waitForGame(m_alice, m_bob);
        // Alice invited, so she plays X and moves first.
        const QList<int> cells{0, 4, 8, 2, 6, 3, 5, 7, 1};
        for (qsizetype move = 0; move < cells.size(); ++move)
            play(move % 2 == 0 ? m_alice : m_bob, cells.at(move));
        waitUntil([&] { return m_alice->game()->result() == CurrentGame::Draw; },
                  QStringLiteral("a draw"));
        waitForPopup(QStringLiteral("resultText"));
        shoot(QStringLiteral("07-draw.png"));
    }

    void lobbyWithInvitation()
    {
        click(QStringLiteral("backToLobbyButton"));
        m_bob->backToLobby();
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice back in the lobby"));
        waitUntil([&] { return m_alice->hallOfFame()->count() == 1; },
                  QStringLiteral("Alice in the hall of fame"));
        m_bob->invitations()->invite(m_alice->userId());
        waitForPopup(QStringLiteral("invitationText"));
        shoot(QStringLiteral("04-lobby-invitation.png"));
        click(QStringLiteral("declineButton"));
        waitUntil([&] { return !m_alice->invitations()->isPending(); }, QStringLiteral("Alice declines"));

        // And the other way round: Bob declines, Alice reads it in a notice.
        click(QStringLiteral("inviteButton"));
        waitUntil([&] { return m_bob->invitations()->isPending(); },
                  QStringLiteral("Bob gets the invitation"));
        m_bob->invitations()->decline();
        waitForPopup(QStringLiteral("noticeText"));
        shoot(QStringLiteral("12-invitation-declined.png"));
        click(QStringLiteral("noticeOkButton"));
    }

    // From the home page, Alice joins the game Carol hosts and accepts Carol's invitation.
    void joinCarolsGame()
    {
        click(QStringLiteral("joinHostButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice joins Carol"));
        waitUntil([&] { return allAliasesKnown(*m_carol->onlinePlayers(), 2); },
                  QStringLiteral("Carol sees Alice"));
        m_carol->invitations()->invite(m_alice->userId());
        waitForPopup(QStringLiteral("invitationText"));
        click(QStringLiteral("acceptButton"));
        waitForGame(m_carol, m_alice);
    }

    void abortedByTimeout()
    {
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice stops hosting"));
        m_bob->leave();
        waitUntil([&] { return m_alice->hosts()->count() == 1; },
                  QStringLiteral("only Carol's game left"));
        joinCarolsGame();
        play(m_carol, 4);
        play(m_alice, 0);
        waitUntil([&] { return m_alice->game()->result() == CurrentGame::Aborted; },
                  QStringLiteral("Carol runs out of time"));
        waitForPopup(QStringLiteral("resultText"));
        shoot(QStringLiteral("08-timeout.png"));
    }

    // The window's geometry changes at once; its content follows when the resize event arrives.
    void resizeWindow(int width, int height)
    {
        m_window->resize(width, height);
        waitUntil(
                [&] {
                    const QQuickItem *content = m_window->contentItem();
                    return content->width() == width && content->height() <= height;
                },
                QStringLiteral("a window of %1 x %2").arg(width).arg(height));
    }

    void smallWindow()
    {
        // The narrowest window: one column, the result centred over the board.
        resizeWindow(480, 720);
        shoot(QStringLiteral("09-game-small.png"));
        click(QStringLiteral("backToLobbyButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice back in the lobby"));
        shoot(QStringLiteral("10-lobby-small.png"));
    }

    void connectionError()
    {
        resizeWindow(1280, 800);
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice leaves"));
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        type(QStringLiteral("addressField"), QStringLiteral("127.0.0.1:1"));
        click(QStringLiteral("joinAddressButton"));
        waitUntil(
                [&] {
                    return !m_alice->errorMessage().isEmpty()
                            && m_alice->stage() == GameSession::Stage::Home;
                },
                QStringLiteral("the connection error"));
        shoot(QStringLiteral("11-connection-error.png"));
    }

    void opponentDisconnected()
    {
        click(QStringLiteral("dismissErrorButton"));
        click(QStringLiteral("hostButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice hosts again"));
        m_bob->joinHost(QStringLiteral("127.0.0.1"), m_alice->connection()->hostedPort());
        // Alice's new server kept nothing: Bob is asked, and joins as a new player.
        waitUntil([&] { return !m_bob->identityQuestion().isEmpty(); },
                  QStringLiteral("Bob is asked about his identity"));
        m_bob->joinAsNewPlayer();
        waitForStage(m_bob, GameSession::Stage::Lobby, QStringLiteral("Bob joins Alice again"));
        waitUntil([&] { return allAliasesKnown(*m_alice->onlinePlayers(), 2); },
                  QStringLiteral("Alice sees Bob"));
        m_alice->invitations()->invite(m_bob->userId());
        accept(m_bob);
        waitForGame(m_alice, m_bob);
        play(m_alice, 4);
        m_bob->leave();
        visible(QStringLiteral("opponentStatusLabel"));
        shoot(QStringLiteral("13-opponent-disconnected.png"));
    }

    void hostStopped()
    {
        click(QStringLiteral("leaveGameButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice leaves the game"));
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice stops hosting"));
        waitUntil([&] { return m_alice->hosts()->count() == 1; }, QStringLiteral("Carol's game listed"));
        joinCarolsGame();
        // Carol closes her window: her game server says goodbye as it stops.
        m_carol->leave();
        visible(QStringLiteral("connectionProblem"));
        shoot(QStringLiteral("14-host-stopped.png"));
        // The phone-sized window: the banner wraps and keeps its way home.
        resizeWindow(360, 640);
        shoot(QStringLiteral("16-host-stopped-small.png"));
        resizeWindow(1280, 800);
    }

    void identityQuestion()
    {
        click(QStringLiteral("backToHomeButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice goes home"));
        // Carol hosts again, on the same port but with none of her old data.
        m_carol->hostGame();
        waitForStage(m_carol, GameSession::Stage::Lobby, QStringLiteral("Carol hosts again"));
        waitUntil([&] { return m_alice->hosts()->count() == 1; }, QStringLiteral("Carol's game listed again"));
        click(QStringLiteral("joinHostButton"));
        waitForPopup(QStringLiteral("identityQuestion"));
        shoot(QStringLiteral("15-identity-question.png"));
        click(QStringLiteral("joinAsNewPlayerButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice joins as a new player"));
    }

    // Alice plays a move that keeps the best outcome, as the Perfect computer plays its own. The
    // computer answers by itself, maybe before the move shows: the count only has to grow.
    void playBestMove()
    {
        CurrentGame *board = m_alice->game();
        waitUntil([&] { return board->isMyTurn(); }, QStringLiteral("Alice's turn against the computer"));
        PerfectPlay::Cells cells;
        for (int cell = 0; cell < 9; ++cell) {
            const QString mark = board->index(cell).data(CurrentGame::MarkRole).toString();
            cells[cell] = mark.isEmpty() ? PerfectPlay::Empty
                    : mark == board->myMark() ? PerfectPlay::Mine : PerfectPlay::Theirs;
        }
        const int moves = board->moves()->count();
        board->play(PerfectPlay::bestMoves(cells).value(0));
        waitUntil([&] { return board->moves()->count() > moves; }, QStringLiteral("Alice's move shows"));
    }

    void againstTheComputer()
    {
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice leaves Carol's game"));
        resizeWindow(360, 640);
        scrollIntoView(QStringLiteral("computerButton"));
        shoot(QStringLiteral("21-home-computer-small.png"));
        resizeWindow(1280, 800);

        click(QStringLiteral("computerButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice plays the computer"));
        visible(QStringLiteral("computerPerfectButton"));
        shoot(QStringLiteral("22-lobby-computer.png"));
        resizeWindow(360, 640);
        scrollIntoView(QStringLiteral("computerNoScoreNote"));
        shoot(QStringLiteral("23-lobby-computer-small.png"));
        resizeWindow(1280, 800);

        click(QStringLiteral("computerPerfectButton"));
        waitUntil(
                [&] {
                    return m_alice->stage() == GameSession::Stage::Playing
                            && m_alice->game()->opponentAlias() == QStringLiteral("Computer (perfect)");
                },
                QStringLiteral("Alice plays Perfect"));
        // Two moves each, then the game page as Alice thinks about her third.
        playBestMove();
        playBestMove();
        waitUntil([&] { return m_alice->game()->isMyTurn(); }, QStringLiteral("the computer answers"));
        shoot(QStringLiteral("24-game-computer.png"));
        // X has the ninth square: Alice plays five times in all.
        for (int move = 2; move < 5; ++move)
            playBestMove();
        waitUntil([&] { return m_alice->game()->result() == CurrentGame::Draw; },
                  QStringLiteral("a draw against Perfect"));
        waitForPopup(QStringLiteral("resultText"));
        shoot(QStringLiteral("25-draw-computer.png"));
    }

    // Bob hosts, Carol plays him, and Alice watches from Bob's lobby.
    void watching()
    {
        click(QStringLiteral("backToLobbyButton"));
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice leaves the computer"));
        m_bob->hostGame();
        waitForStage(m_bob, GameSession::Stage::Lobby, QStringLiteral("Bob hosts again"));
        const quint16 bobsPort = m_bob->connection()->hostedPort();
        m_carol->leave();
        m_carol->joinHost(QStringLiteral("127.0.0.1"), bobsPort);
        waitForStage(m_carol, GameSession::Stage::Lobby, QStringLiteral("Carol joins Bob"));
        m_alice->joinHost(QStringLiteral("127.0.0.1"), bobsPort);
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice joins Bob"));
        waitUntil([&] { return allAliasesKnown(*m_bob->onlinePlayers(), 3); },
                  QStringLiteral("Bob sees Carol and Alice"));
        m_bob->invitations()->invite(m_carol->userId());
        accept(m_carol);
        waitForGame(m_bob, m_carol);
        play(m_bob, 4);
        play(m_carol, 0);
        play(m_bob, 2);

        click(QStringLiteral("refreshLiveGamesButton"));
        LiveGamesModel *games = m_alice->liveGames();
        waitUntil(
                [&] {
                    return games->count() == 1
                            && !games->index(0).data(LiveGamesModel::PlayersRole).toString().contains(u'…');
                },
                QStringLiteral("Alice's lobby lists Bob's game"));
        shoot(QStringLiteral("26-lobby-watch.png"));
        resizeWindow(360, 640);
        scrollIntoView(QStringLiteral("watchButton"));
        shoot(QStringLiteral("27-lobby-watch-small.png"));
        resizeWindow(1280, 800);

        click(QStringLiteral("watchButton"));
        waitUntil([&] { return m_alice->game()->isActive(); }, QStringLiteral("Alice watches"));
        play(m_carol, 6);
        waitUntil(
                [&] {
                    return m_alice->game()->moves()->count() == 1 && m_bob->game()->watchers() == 1
                            && m_alice->game()->turnAlias() == QStringLiteral("Bob");
                },
                QStringLiteral("Alice sees Carol's move"));
        // A second into Bob's turn, so the countdown shows it runs.
        waitUntil([&] { return m_alice->game()->secondsLeft() <= 19; }, QStringLiteral("Bob's countdown runs"));
        shoot(QStringLiteral("28-game-watching.png"));
        resizeWindow(360, 640);
        shoot(QStringLiteral("29-game-watching-small.png"));
        resizeWindow(1280, 800);
    }

    // Alice picks the dark theme in the header's menu, still watching Carol play Bob; then the
    // pages again, dark: the game with the keyboard's focus on the board, its end, the lobby and an invitation, home with an error,
    // hosting with the theme menu open.
    void darkTheme()
    {
        click(QStringLiteral("themeButton"));
        waitForPopup(QStringLiteral("darkThemeItem"));
        click(QStringLiteral("darkThemeItem"));
        waitUntil([&] { return !findNamed(m_window, QStringLiteral("darkThemeItem"), true); },
                  QStringLiteral("the theme menu closes"));
        // The first arrow shows the keyboard's focus on the board's centre, the second moves it.
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Down);
        waitUntil(
                [&] {
                    const QQuickItem *focused = m_window->activeFocusItem();
                    return focused && focused->property("visualFocus").toBool()
                            && focused->property("index").toInt() == 7;
                },
                QStringLiteral("the keyboard's focus on the board"));
        shoot(QStringLiteral("44-dark-game.png"));
        resizeWindow(480, 720);
        shoot(QStringLiteral("45-dark-game-small.png"));
        resizeWindow(1280, 800);

        play(m_bob, 8);
        play(m_carol, 3);
        waitUntil([&] { return m_alice->game()->result() == CurrentGame::SomeoneWon; },
                  QStringLiteral("Alice sees Carol win"));
        waitForPopup(QStringLiteral("resultText"));
        shoot(QStringLiteral("46-dark-win.png"));

        click(QStringLiteral("backToLobbyButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice back in Bob's lobby"));
        waitUntil([&] { return m_alice->hallOfFame()->count() == 1; },
                  QStringLiteral("Carol in the hall of fame"));
        click(QStringLiteral("refreshLiveGamesButton"));
        waitUntil([&] { return m_alice->liveGames()->count() == 0; },
                  QStringLiteral("the ended game leaves the games in progress"));
        shoot(QStringLiteral("43-dark-lobby.png"));
        m_carol->backToLobby();
        waitForStage(m_carol, GameSession::Stage::Lobby, QStringLiteral("Carol back in Bob's lobby"));
        m_carol->invitations()->invite(m_alice->userId());
        waitForPopup(QStringLiteral("invitationText"));
        shoot(QStringLiteral("49-dark-lobby-invitation.png"));
        click(QStringLiteral("declineButton"));
        waitUntil([&] { return !m_alice->invitations()->isPending(); }, QStringLiteral("Alice declines Carol"));

        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice leaves Bob's game"));
        waitUntil([&] { return m_alice->hosts()->count() == 1; }, QStringLiteral("Bob's game listed"));
        shoot(QStringLiteral("42-dark-home.png"));
        // The field still holds the address that failed before.
        click(QStringLiteral("joinAddressButton"));
        waitUntil([&] { return !m_alice->errorMessage().isEmpty(); }, QStringLiteral("the connection error"));
        shoot(QStringLiteral("47-dark-connection-error.png"));

        click(QStringLiteral("dismissErrorButton"));
        click(QStringLiteral("hostButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice hosts, dark"));
        visible(QStringLiteral("joinLinkQrCode"));
        waitUntil([&] { return m_alice->onlinePlayers()->rowCount() > 0; },
                  QStringLiteral("Alice lists herself online, dark"));
        waitUntil([&] { return m_alice->computerOpponents()->count() == 3; },
                  QStringLiteral("Alice's lobby offers the computer, dark"));
        click(QStringLiteral("themeButton"));
        waitForPopup(QStringLiteral("darkThemeItem"));
        shoot(QStringLiteral("48-dark-lobby-hosting-theme-menu.png"));
    }

    // Back to the light theme and to Bob's lobby, where Alice replays the game Carol won.
    void replaying()
    {
        click(QStringLiteral("lightThemeItem"));
        waitUntil([&] { return !findNamed(m_window, QStringLiteral("lightThemeItem"), true); },
                  QStringLiteral("the theme menu closes"));
        click(QStringLiteral("leaveButton"));
        waitForStage(m_alice, GameSession::Stage::Home, QStringLiteral("Alice stops hosting"));
        m_alice->joinHost(QStringLiteral("127.0.0.1"), m_bob->connection()->hostedPort());
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice joins Bob again"));
        RecentGamesModel *recentGames = m_alice->recentGames();
        waitUntil(
                [&] {
                    return recentGames->count() >= 1
                            && recentGames->index(0).data(RecentGamesModel::DetailsRole).toString().startsWith(
                                    QStringLiteral("Carol won"));
                },
                QStringLiteral("Alice's lobby lists the game Carol won"));
        scrollIntoView(QStringLiteral("replayButton"));
        shoot(QStringLiteral("50-lobby-recent-games.png"));

        click(QStringLiteral("replayButton"));
        waitForStage(m_alice, GameSession::Stage::Replaying, QStringLiteral("Alice replays Carol's win"));
        // Mid-game: the cell just marked stands out.
        m_alice->replay()->setStep(4);
        visible(QStringLiteral("replaySlider"));
        shoot(QStringLiteral("51-replay.png"));
        resizeWindow(360, 640);
        m_alice->replay()->setStep(m_alice->replay()->moveCount());
        shoot(QStringLiteral("52-replay-small.png"));
        resizeWindow(1280, 800);
    }

    void about()
    {
        click(QStringLiteral("themeButton"));
        waitForPopup(QStringLiteral("aboutItem"));
        click(QStringLiteral("aboutItem"));
        waitForPopup(QStringLiteral("aboutVersion"));
        shoot(QStringLiteral("56-about.png"));
        resizeWindow(360, 640);
        shoot(QStringLiteral("57-about-small.png"));
        resizeWindow(1280, 800);
        click(QStringLiteral("protocolButton"));
        visible(QStringLiteral("protocolText"));
        shoot(QStringLiteral("58-about-protocol.png"));
        click(QStringLiteral("closeAboutButton"));
    }

    // Alice picks French in the header's menu, back in Bob's lobby, then plays the computer there
    // in a narrow window, where French's longer texts must still fit.
    void french()
    {
        click(QStringLiteral("languageButton"));
        waitForPopup(QStringLiteral("frenchItem"));
        click(QStringLiteral("frenchItem"));
        waitUntil([&] { return !findNamed(m_window, QStringLiteral("frenchItem"), true); },
                  QStringLiteral("the language menu closes"));
        click(QStringLiteral("replayBackButton"));
        waitForStage(m_alice, GameSession::Stage::Lobby, QStringLiteral("Alice back in Bob's lobby, in French"));
        waitUntil([&] { return m_alice->computerOpponents()->count() == 3; },
                  QStringLiteral("Bob's lobby offers the computer, in French"));
        shoot(QStringLiteral("53-french-lobby.png"));

        ComputerOpponentsModel *computers = m_alice->computerOpponents();
        m_alice->invitations()->invite(
                computers->index(1).data(ComputerOpponentsModel::UserIdRole).toString());
        waitUntil([&] { return m_alice->stage() == GameSession::Stage::Playing && m_alice->game()->isActive(); },
                  QStringLiteral("Alice plays Medium"));
        playBestMove();
        playBestMove();
        waitUntil([&] { return m_alice->game()->isMyTurn(); }, QStringLiteral("Medium answers"));
        resizeWindow(360, 640);
        shoot(QStringLiteral("54-french-game-small.png"));
        resizeWindow(1280, 800);
    }

    QQuickWindow *m_window;
    GameSession *m_alice;
    GameSession *m_bob;
    GameSession *m_carol;
    quint16 m_discoveryPort;
    QString m_outputDirectory;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);

    const QStringList arguments = QCoreApplication::arguments();
    const QString outputDirectory =
            arguments.size() > 1 ? arguments.at(1) : QStringLiteral(TICTACTOE_SCREENSHOT_DIRECTORY);
    if (!QDir().mkpath(outputDirectory)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outputDirectory));
        return 1;
    }

    QTemporaryDir settingsDirectory;
    const quint16 discoveryPort = freeUdpPort();
    // Bob and Carol before Alice: of the sockets sharing the discovery port, the one bound last
    // (Alice's) receives the loopback beacons.
    auto bob = std::make_unique<GameSession>(settingsFor(
            settingsDirectory, QStringLiteral("bob"), bobPort, normalTurnMs, discoveryPort));
    auto carol = std::make_unique<GameSession>(settingsFor(
            settingsDirectory, QStringLiteral("carol"), carolPort, shortTurnMs, discoveryPort));
    // Alice's lobby shows the link and QR code of a host on a home network.
    SessionSettings::setDefaults(settingsFor(settingsDirectory, QStringLiteral("alice"), alicePort,
                                             normalTurnMs, discoveryPort,
                                             {QHostAddress(QStringLiteral("192.168.1.20"))}));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TicTacToe/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *alice = window ? window->property("session").value<GameSession *>() : nullptr;
    if (!alice || !QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "Main.qml did not show a window with a session\n");
        return 1;
    }

    try {
        Director(window, alice, bob.get(), carol.get(), discoveryPort, outputDirectory).run();
    } catch (const StepFailed &failure) {
        std::fprintf(stderr, "screenshot step failed: %s\n", qPrintable(failure.step()));
        return 1;
    }
    return 0;
}
