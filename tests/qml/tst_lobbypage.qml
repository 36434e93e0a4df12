// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client
import TicTacToe.Testing

SessionTestCase {
    id: testCase

    readonly property var uuidPattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

    function createPage(session) {
        return track(pageComponent, { session: session, width: testCase.width, height: testCase.height })
    }

    function rowOf(repeater, alias) {
        for (let i = 0; i < repeater.count; ++i) {
            const row = repeater.itemAt(i)
            if (row.alias === alias)
                return row
        }
        return null
    }

    name: "LobbyPage"

    Component {
        id: pageComponent

        LobbyPage {}
    }

    function test_showsAliasesNotIds() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(host)
        const repeater = findChild(page, "playerRepeater")
        tryCompare(repeater, "count", 2, networkTimeout)
        tryVerify(() => texts(page, "playerName").sort().join("|") === "Guest|Hostess (you)",
                  networkTimeout, texts(page, "playerName").join("|"))
        const shown = texts(page, "playerName")
        for (let i = 0; i < shown.length; ++i) {
            verify(!uuidPattern.test(shown[i]), "a name, not an id: " + shown[i])
            verify(shown[i].indexOf(guest.userId) === -1 && shown[i].indexOf(host.userId) === -1)
        }
    }

    function test_inviteButtonOnlyForOthers() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(host)
        const repeater = findChild(page, "playerRepeater")
        tryVerify(() => rowOf(repeater, "Guest") !== null && rowOf(repeater, "Hostess") !== null,
                  networkTimeout)
        verify(!findChild(rowOf(repeater, "Hostess"), "inviteButton").visible)
        const invite = findChild(rowOf(repeater, "Guest"), "inviteButton")
        verify(invite.visible)
        compare(invite.text, "Invite")

        const pending = findChild(page, "invitationPending")
        verify(!pending.visible)
        mouseClick(invite)
        tryCompare(guest.invitations, "pending", true, networkTimeout)
        tryCompare(guest.invitations, "fromAlias", "Hostess", networkTimeout)
        verify(pending.visible)
        compare(pending.text, "Waiting for Guest to answer your invitation…")

        guest.invitations.decline()
        tryCompare(pending, "visible", false, networkTimeout)
    }

    // The links each delegate of the join link repeater shows, and its QR code.
    function joinLinkDelegates(page) {
        const repeater = findChild(page, "joinLinkRepeater")
        const delegates = []
        for (let i = 0; i < repeater.count; ++i)
            delegates.push(repeater.itemAt(i))
        return delegates
    }

    // Grabs the item as it is drawn on screen and reads it as a phone's camera would.
    function scanned(item, fileName) {
        const path = QrCodeScanner.imagePath(fileName)
        let saved = false
        // The grab result lives only as long as its callback runs.
        verify(item.grabToImage(result => saved = result.saveToFile(path)), "grab " + fileName)
        tryVerify(() => saved, networkTimeout, "saved " + path)
        const scan = QrCodeScanner.scanImage(path)
        // zbarimg missing fails, with what to install.
        compare(scan.error, "")
        return scan.text
    }

    // The tests run in a network namespace with only loopback: the host says only this computer
    // can join, and offers no code a phone would scan in vain.
    function test_hostWithoutNetworkOffersTheLinkForThisComputer() {
        const host = hostSession("Hostess")
        const page = createPage(host)
        const panel = findChild(page, "hostAddressPanel")
        verify(panel.visible)
        verify(findChild(page, "joinLinksIntro").text.indexOf("this computer has no network others can reach") !== -1,
               findChild(page, "joinLinksIntro").text)
        const delegates = joinLinkDelegates(page)
        compare(delegates.length, 1)
        compare(findChild(delegates[0], "joinLinkField").text,
                "http://127.0.0.1:" + portOf(host.connection.hostAddress) + "/")
        verify(!findChild(delegates[0], "joinLinkQrCode").visible)
        compare(findChild(page, "leaveButton").text, "Stop hosting")
        // Alone in the lobby: the page says so instead of showing an empty list.
        tryCompare(findChild(page, "playerRepeater"), "count", 1, networkTimeout)
        verify(findChild(page, "aloneState").visible)
    }

    function test_hostOnANetworkShowsALinkAndItsCodePerAddress() {
        const host = createSession("Hostess", { lanAddresses: ["192.168.1.20", "2001:db8::20"] })
        host.hostGame()
        tryCompare(host, "stage", GameSession.Lobby, networkTimeout)
        const port = portOf(host.connection.hostAddress)
        const expected = ["http://192.168.1.20:" + port + "/", "http://[2001:db8::20]:" + port + "/"]
        const page = createPage(host)
        verify(findChild(page, "joinLinksIntro").text.indexOf("a phone scans the code") !== -1)
        const delegates = joinLinkDelegates(page)
        compare(delegates.length, expected.length)
        for (let i = 0; i < expected.length; ++i) {
            compare(findChild(delegates[i], "joinLinkField").text, expected[i])
            const code = findChild(delegates[i], "joinLinkQrCode")
            verify(code.visible)
            compare(code.text, expected[i])
            compare(code.Accessible.name, "QR code of " + expected[i])
            verify(code.width >= 160 && code.width <= 200 && code.height === code.width,
                   "a code a phone reads: " + code.width + " x " + code.height)
            compare(scanned(code, "join-link-" + i + ".png"), expected[i])
        }
    }

    function test_guestSeesNoHostAddress() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(guest)
        verify(!findChild(page, "hostAddressPanel").visible)
        compare(findChild(page, "leaveButton").text, "Leave")
        verify(!findChild(page, "aloneState").visible)
    }

    function test_hallOfFameEmptyState() {
        const host = hostSession("Hostess")
        const page = createPage(host)
        const emptyState = findChild(page, "hallOfFameEmptyState")
        verify(emptyState.visible)
        compare(emptyState.text, "No wins yet")
        compare(findChild(page, "fameRepeater").count, 0)
    }

    function test_hallOfFameShowsRankAliasAndScore() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(guest)
        startGame(host, guest)
        playMove(host, 0)
        playMove(guest, 3)
        playMove(host, 1)
        playMove(guest, 4)
        playMove(host, 2)
        tryCompare(host.game, "result", CurrentGame.Won, networkTimeout)
        const repeater = findChild(page, "fameRepeater")
        tryCompare(repeater, "count", 1, networkTimeout)
        verify(!findChild(page, "hallOfFameEmptyState").visible)
        const row = repeater.itemAt(0)
        tryCompare(findChild(row, "fameAlias"), "text", "Hostess", networkTimeout)
        compare(row.rank, 1)
        compare(findChild(row, "fameScore").text, "100 pts")
    }

    function test_leaveReturnsHome() {
        const host = hostSession("Hostess")
        const page = createPage(host)
        const leave = findChild(page, "leaveButton")
        leave.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(host, "stage", GameSession.Home, networkTimeout)
        verify(!host.connection.hosting)
    }

    // The card's button for each level, in the host's order.
    function computerButtons(page) {
        const repeater = findChild(page, "computerRepeater")
        tryCompare(repeater, "count", 3, networkTimeout)
        return [0, 1, 2].map(i => repeater.itemAt(i))
    }

    function test_computerCardOffersThreeLevelsAndSaysTheyDoNotScore() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(guest)
        verify(findChild(page, "computerCard").visible)
        const buttons = computerButtons(page)
        compare(buttons.map(button => button.text), ["Easy", "Medium", "Perfect"])
        compare(buttons.map(button => button.objectName),
                ["computerEasyButton", "computerMediumButton", "computerPerfectButton"])
        compare(buttons[2].Accessible.name, "Play Computer (perfect)")
        const note = findChild(page, "computerNoScoreNote")
        verify(note.visible)
        compare(note.text, "Games against the computer do not count for the hall of fame.")
        // The computer is never among the players online.
        compare(onlineAliases(guest), ["Guest", "Hostess"])
    }

    function test_computerButtonStartsAGameAgainstThatLevel() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = createPage(guest)
        mouseClick(findChild(page, "computerMediumButton"))
        tryCompare(guest, "stage", GameSession.Playing, networkTimeout)
        tryCompare(guest.game, "opponentAlias", "Computer (medium)", networkTimeout)
        compare(guest.game.myMark, "X")
        verify(guest.game.opponentConnected)
        tryCompare(guest.game, "myTurn", true, networkTimeout)
        // Nobody else was invited: the host stays in its lobby.
        compare(host.stage, GameSession.Lobby)
    }

    function test_lobbyForTheComputerAloneHasNobodyToInviteAndNoLinks() {
        const session = createSession("Alice")
        session.playAgainstComputer()
        tryCompare(session, "stage", GameSession.Lobby, networkTimeout)
        const page = createPage(session)
        verify(!findChild(page, "hostAddressPanel").visible)
        verify(!findChild(page, "onlinePlayersCard").visible)
        compare(findChild(page, "leaveButton").text, "Leave")
        verify(findChild(page, "computerCard").visible)
        mouseClick(computerButtons(page)[2])
        tryCompare(session, "stage", GameSession.Playing, networkTimeout)
        tryCompare(session.game, "opponentAlias", "Computer (perfect)", networkTimeout)
    }

    function test_computerCardFitsANarrowWindow() {
        const host = hostSession("Hostess")
        const page = track(pageComponent, { session: host, width: 360, height: 640 })
        const card = findChild(page, "computerCard")
        const buttons = computerButtons(page)
        waitForRendering(page)
        for (let i = 0; i < buttons.length; ++i) {
            const button = buttons[i]
            const topLeft = button.mapToItem(card, 0, 0)
            verify(topLeft.x >= 0 && topLeft.x + button.width <= card.width,
                   button.text + " inside its card: " + topLeft.x + " + " + button.width + " of " + card.width)
            verify(button.contentItem.implicitWidth <= button.availableWidth,
                   button.text + " shows its whole label")
        }
        verify(card.width <= 360, "the card fits the window: " + card.width)
        const note = findChild(page, "computerNoScoreNote")
        verify(note.lineCount >= 1 && note.width <= card.availableWidth)
    }

    function test_liveGamesEmptyState() {
        const host = hostSession("Hostess")
        const page = createPage(host)
        const emptyState = findChild(page, "liveGamesEmptyState")
        verify(findChild(page, "liveGamesCard").visible)
        verify(emptyState.visible)
        compare(emptyState.text, "No game in progress to watch")
        compare(findChild(page, "liveGameRepeater").count, 0)
    }

    function test_liveGamesListOthersGamesToWatch() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        // A third player: joinSession() expects two online.
        const watcher = createSession("Watcher")
        watcher.joinHost("127.0.0.1", portOf(host.connection.hostAddress))
        tryCompare(watcher, "stage", GameSession.Lobby, networkTimeout)
        const page = createPage(watcher)
        startGame(host, guest)
        playMove(host, 4)
        const repeater = findChild(page, "liveGameRepeater")
        // Nothing is pushed when a game starts: Refresh asks.
        compare(repeater.count, 0)
        mouseClick(findChild(page, "refreshLiveGamesButton"))
        tryCompare(repeater, "count", 1, networkTimeout)
        verify(!findChild(page, "liveGamesEmptyState").visible)
        const row = repeater.itemAt(0)
        tryCompare(findChild(row, "liveGamePlayers"), "text", "Hostess (X) against Guest (O)", networkTimeout)
        compare(findChild(row, "liveGameDetails").text, "1 move")

        mouseClick(findChild(row, "watchButton"))
        tryCompare(watcher, "stage", GameSession.Playing, networkTimeout)
        verify(watcher.game.watching)
        tryCompare(host.game, "watchers", 1, networkTimeout)
    }

    function test_computerAloneHasNoGamesToWatch() {
        const player = createSession("Solo")
        player.playAgainstComputer()
        tryCompare(player, "stage", GameSession.Lobby, networkTimeout)
        const page = createPage(player)
        verify(!findChild(page, "liveGamesCard").visible)
    }
}
