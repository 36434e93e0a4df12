// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client
import TicTacToe.Testing

SessionTestCase {
    id: testCase

    function createWindow(alias) {
        TestSessions.prepare(alias !== "" ? { alias: alias } : {})
        const window = track(mainComponent)
        verify(window.session)
        tryCompare(window, "active", true)
        return window
    }

    function page(window) {
        return findChild(window.contentItem, "pageLoader").item
    }

    // The objectNames Tab (or Shift+Tab) reaches from the focused item, until it comes back to it.
    function tabCycle(window, backwards) {
        const first = window.activeFocusItem
        verify(first, "something has the keyboard's focus")
        const reached = [first.objectName]
        for (let step = 0; step < 60; ++step) {
            keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
            const item = window.activeFocusItem
            if (item === first)
                return reached
            reached.push(item ? item.objectName : "(nothing)")
        }
        fail("Tab never came back to " + first.objectName + ": " + reached.join(", "))
    }

    function verifyTabReaches(window, names) {
        const forwards = tabCycle(window, false)
        for (const name of names)
            verify(forwards.indexOf(name) !== -1, "Tab reaches " + name + ": " + forwards.join(", "))
        // Shift+Tab goes the same way back.
        const backwards = tabCycle(window, true)
        compare(backwards.slice(1).reverse(), forwards.slice(1))
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text.charAt(i))
    }

    name: "Main"

    Component {
        id: mainComponent

        Main {}
    }

    SignalSpy {
        id: declinedSpy

        signalName: "declined"
    }

    function test_pagesFollowTheStage() {
        const window = createWindow("")
        verify(findChild(page(window), "aliasField"), "the alias page first")
        tryCompare(findChild(page(window), "aliasField"), "activeFocus", true)
        typeText("Alice")
        keyClick(Qt.Key_Return)
        compare(window.session.stage, GameSession.Home)
        tryVerify(() => findChild(page(window), "hostButton") !== null, networkTimeout)
        compare(findChild(window.contentItem, "headerAlias").text, "Playing as <b>Alice</b>")
        compare(findChild(window.contentItem, "headerConnectionState").text, "Offline")

        mouseClick(findChild(page(window), "hostButton"))
        tryCompare(window.session, "stage", GameSession.Lobby, networkTimeout)
        tryVerify(() => findChild(page(window), "playerRepeater") !== null, networkTimeout)
        compare(findChild(window.contentItem, "headerConnectionState").text, "Online")
        compare(findChild(window.contentItem, "headerStatus").text, "· " + window.session.connection.message)
        verify(window.session.connection.message.indexOf(window.session.connection.hostAddress) !== -1)
    }

    function test_tabReachesEveryActionOfEachPage() {
        const window = createWindow("Alice")
        tryVerify(() => findChild(page(window), "hostButton") !== null, networkTimeout)
        // Home: the first action has the focus, and Tab goes through the page in reading order.
        tryCompare(findChild(page(window), "hostButton"), "activeFocus", true)
        verifyTabReaches(window, ["hostButton", "computerButton", "addressField", "joinAddressButton", "themeButton"])
        const order = tabCycle(window, false)
        verify(order.indexOf("computerButton") < order.indexOf("addressField"), order.join(", "))
        // Space on a button presses it, never types into the field after it.
        compare(findChild(page(window), "addressField").text, "")

        mouseClick(findChild(page(window), "hostButton"))
        tryCompare(window.session, "stage", GameSession.Lobby, networkTimeout)
        const guest = joinSession(window.session, "Guest")
        tryVerify(() => findChild(page(window), "inviteButton") !== null, networkTimeout)
        tryCompare(window.session.computerOpponents, "count", 3, networkTimeout)
        findChild(page(window), "leaveButton").forceActiveFocus()
        verifyTabReaches(window, ["leaveButton", "joinLinkField", "inviteButton", "refreshLiveGamesButton",
                                  "computerEasyButton", "computerMediumButton", "computerPerfectButton",
                                  "themeButton"])

        window.session.invitations.invite(guest.userId)
        tryCompare(guest.invitations, "pending", true, networkTimeout)
        guest.invitations.accept()
        tryCompare(window.session, "stage", GameSession.Playing, networkTimeout)
        tryVerify(() => findChild(page(window), "leaveGameButton") !== null, networkTimeout)
        findChild(page(window), "leaveGameButton").forceActiveFocus()
        const onGamePage = tabCycle(window, false)
        verify(onGamePage.indexOf("themeButton") !== -1, onGamePage.join(", "))
        verify(onGamePage.some(name => name.startsWith("cell")), "the board is a Tab stop: " + onGamePage.join(", "))
    }

    function test_errorBannerShowsAndDismissesTheError() {
        const window = createWindow("Alice")
        const banner = findChild(window.contentItem, "errorBanner")
        verify(!banner.visible)
        window.session.joinHost("", 0)
        verify(window.session.errorMessage !== "")
        verify(banner.visible)
        compare(findChild(banner, "errorText").text, window.session.errorMessage)
        tryCompare(banner, "width", window.contentItem.width)
        mouseClick(findChild(banner, "dismissErrorButton"))
        compare(window.session.errorMessage, "")
        verify(!banner.visible)
    }

    function test_typedAddressSurvivesAFailedJoin() {
        const window = createWindow("Alice")
        const field = findChild(page(window), "addressField")
        field.forceActiveFocus()
        typeText("127.0.0.1:1")
        keyClick(Qt.Key_Return)
        // Nothing listens on port 1: the session goes back home with an error.
        tryVerify(() => window.session.errorMessage !== "", networkTimeout)
        tryCompare(window.session, "stage", GameSession.Home, networkTimeout)
        verify(window.session.errorMessage.indexOf("127.0.0.1:1") !== -1, window.session.errorMessage)
        tryVerify(() => findChild(page(window), "addressField") !== null, networkTimeout)
        compare(findChild(page(window), "addressField").text, "127.0.0.1:1")
    }

    function test_invitationDialogAccept() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        tryVerify(() => window.session.userId !== "", networkTimeout)
        guest.invitations.invite(window.session.userId)
        const text = findChild(window, "invitationText")
        verify(text)
        tryCompare(text, "visible", true, networkTimeout)
        tryCompare(text, "text", "<b>Guest</b> invites you to a game of tic-tac-toe.", networkTimeout)
        const accept = findChild(window, "acceptButton")
        tryCompare(accept, "activeFocus", true, networkTimeout)
        keyClick(Qt.Key_Return)
        tryCompare(window.session, "stage", GameSession.Playing, networkTimeout)
        tryCompare(text, "visible", false, networkTimeout)
        tryVerify(() => findChild(page(window), "turnLabel") !== null, networkTimeout)
        tryCompare(findChild(page(window), "turnLabel"), "text", "Guest's turn", networkTimeout)
    }

    function test_invitationDialogDecline() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        declinedSpy.target = guest.invitations
        declinedSpy.clear()
        tryVerify(() => window.session.userId !== "", networkTimeout)
        guest.invitations.invite(window.session.userId)
        const decline = findChild(window, "declineButton")
        tryCompare(decline, "visible", true, networkTimeout)
        mouseClick(decline)
        declinedSpy.wait(networkTimeout)
        compare(declinedSpy.signalArguments[0][0], "Alice")
        compare(window.session.stage, GameSession.Lobby)
        tryCompare(decline, "visible", false, networkTimeout)
    }

    function test_escapeDeclinesAnInvitation() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        declinedSpy.target = guest.invitations
        declinedSpy.clear()
        tryVerify(() => window.session.userId !== "", networkTimeout)
        guest.invitations.invite(window.session.userId)
        const accept = findChild(window, "acceptButton")
        tryCompare(accept, "activeFocus", true, networkTimeout)
        keyClick(Qt.Key_Escape)
        declinedSpy.wait(networkTimeout)
        compare(window.session.stage, GameSession.Lobby)
        tryCompare(accept, "visible", false, networkTimeout)
    }

    function test_enterAcceptsAnInvitation() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        tryVerify(() => window.session.userId !== "", networkTimeout)
        guest.invitations.invite(window.session.userId)
        tryCompare(findChild(window, "acceptButton"), "activeFocus", true, networkTimeout)
        keyClick(Qt.Key_Return)
        tryCompare(window.session, "stage", GameSession.Playing, networkTimeout)
    }

    function test_aboutTellsTheVersionLicenceDataAndProtocol() {
        const window = createWindow("Alice")
        mouseClick(findChild(window.contentItem, "themeButton"))
        const item = findChild(window, "aboutItem")
        tryCompare(item, "visible", true)
        mouseClick(item)
        const version = findChild(window, "aboutVersion")
        tryCompare(version, "visible", true)
        tryCompare(findChild(window, "closeAboutButton"), "activeFocus", true)
        verify(/^Version \d+\.\d+\.\d+, speaking protocol 6\.$/.test(version.text), version.text)
        verify(findChild(window, "aboutLicence").text.indexOf("MIT") !== -1)
        // The test's sessions keep no data; the preferences are in their own file.
        compare(findChild(window, "aboutDataDirectory").text, "A game hosted here keeps nothing once it stops.")
        verify(findChild(window, "aboutSettings").text.indexOf(".ini") !== -1, findChild(window, "aboutSettings").text)
        compare(findChild(window, "shortcutRepeater").count, 5)

        mouseClick(findChild(window, "protocolButton"))
        const protocol = findChild(window, "protocolText")
        tryCompare(protocol, "visible", true)
        verify(protocol.text.indexOf("GET /protocol") !== -1)
        verify(!version.visible)
        mouseClick(findChild(window, "protocolButton"))
        tryCompare(version, "visible", true)

        keyClick(Qt.Key_Escape)
        tryCompare(version, "visible", false)
    }

    function test_noticeWhenTheInvitationIsDeclined() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        tryVerify(() => guest.userId !== "", networkTimeout)
        window.session.invitations.invite(guest.userId)
        tryCompare(guest.invitations, "pending", true, networkTimeout)
        guest.invitations.decline()
        const notice = findChild(window, "noticeText")
        tryCompare(notice, "visible", true, networkTimeout)
        compare(notice.text, "Guest declined your invitation.")
    }

    function test_gamePageSaysWhenTheOpponentIsDisconnected() {
        const window = createWindow("Alice")
        startHosting(window.session)
        const guest = joinSession(window.session, "Guest")
        startGame(window.session, guest)
        const status = findChild(page(window), "opponentStatusLabel")
        verify(status)
        verify(!status.visible)
        guest.leave()
        tryCompare(status, "visible", true, networkTimeout)
        compare(status.text, "Guest is disconnected. The turn timer runs on.")
        // The turn timer runs on, and the countdown with it.
        verify(findChild(page(window), "countdownLabel").visible)
    }

    function test_bannerSaysTheHostStoppedAndLeadsHome() {
        const host = hostSession("Hostess")
        const window = createWindow("Alice")
        window.session.joinHost("127.0.0.1", portOf(host.connection.hostAddress))
        tryCompare(window.session, "stage", GameSession.Lobby, networkTimeout)
        tryVerify(() => window.session.userId !== "", networkTimeout)
        startGame(host, window.session)
        const banner = findChild(window.contentItem, "connectionBanner")
        verify(!banner.visible)
        tryCompare(findChild(page(window), "countdownLabel"), "visible", true, networkTimeout)

        host.leave()
        tryCompare(banner, "visible", true, networkTimeout)
        compare(findChild(banner, "connectionProblem").text, "The host stopped hosting")
        verify(findChild(banner, "connectionRetry").text.indexOf("Trying again") !== -1)
        // Nobody here knows how the turn's time runs now: no countdown, and the board stays.
        compare(window.session.stage, GameSession.Playing)
        compare(findChild(page(window), "countdownLabel").visible, false)

        // The banner has just appeared: click once the layout below it has settled.
        waitForRendering(window.contentItem)
        mouseClick(findChild(banner, "backToHomeButton"))
        tryCompare(window.session, "stage", GameSession.Home, networkTimeout)
        compare(banner.visible, false)
    }
}


