// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client

SessionTestCase {
    id: testCase

    function createPage(session) {
        return track(pageComponent, { session: session, width: testCase.width, height: testCase.height })
    }

    function cells(page) {
        const repeater = findChild(page, "cellRepeater")
        compare(repeater.count, 9)
        const found = []
        for (let i = 0; i < 9; ++i)
            found.push(repeater.itemAt(i))
        return found
    }

    function playableCells(page) {
        return cells(page).filter(cell => cell.playable).map(cell => cell.index)
    }

    // The cells that show the keyboard's focus.
    function focusedCells(page) {
        return cells(page).filter(cell => cell.visualFocus).map(cell => cell.index)
    }

    name: "GamePage"

    Component {
        id: pageComponent

        GamePage {}
    }

    SignalSpy {
        id: moveSpy

        signalName: "moveRequested"
    }

    Component {
        id: liveGameProbe

        Instantiator {
            delegate: QtObject {
                required property string gameId
            }
        }
    }

    function test_waitingPlayerSeesWhoseTurnAndCannotPlay() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(guest)
        tryCompare(findChild(page, "turnLabel"), "text", "Hostess's turn", networkTimeout)
        compare(playableCells(page), [])
        compare(findChild(page, "matchLabel").visible, true)
        verify(findChild(page, "countdownLabel").visible)
        verify(findChild(page, "countdownBar").visible)
        verify(guest.game.secondsLeft > 0)
        compare(findChild(page, "countdownLabel").text, guest.game.secondsLeft + " s")
    }

    function test_playerToMoveCanPlayOnlyEmptyCells() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(guest)
        playMove(host, 4)
        tryCompare(findChild(page, "turnLabel"), "text", "Your turn", networkTimeout)
        const board = cells(page)
        compare(board[4].text, "X")
        compare(playableCells(page), [0, 1, 2, 3, 5, 6, 7, 8])

        // A click on a cell plays it; then it is the other player's turn again.
        mouseClick(board[0])
        tryCompare(board[0], "text", "O", networkTimeout)
        tryCompare(findChild(page, "turnLabel"), "text", "Hostess's turn", networkTimeout)
        compare(playableCells(page), [])
        tryCompare(findChild(page, "moveList"), "count", 2, networkTimeout)
    }

    function test_cellsWorkFromTheKeyboard() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(host)
        tryCompare(findChild(page, "turnLabel"), "text", "Your turn", networkTimeout)
        const board = cells(page)
        board[8].forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(board[8], "text", "X", networkTimeout)
        verify(!board[8].playable)
    }

    function test_arrowsMoveTheFocusAndEnterOrSpacePlays() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(host)
        tryCompare(findChild(page, "turnLabel"), "text", "Your turn", networkTimeout)
        const board = cells(page)
        page.forceActiveFocus()
        compare(focusedCells(page), [])

        // The first arrow shows the focus on the centre; the next ones move it, up to the edges.
        keyClick(Qt.Key_Right)
        compare(focusedCells(page), [4])
        keyClick(Qt.Key_Right)
        compare(focusedCells(page), [5])
        keyClick(Qt.Key_Right)
        compare(focusedCells(page), [5])
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        compare(focusedCells(page), [2])
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(focusedCells(page), [0])
        keyClick(Qt.Key_Down)
        compare(focusedCells(page), [3])
        compare(board[3].background.border.width, 3)
        compare(board[3].background.border.color, Theme.accent)
        compare(board[3].background.color, Theme.cellHighlight)

        moveSpy.target = host.game
        moveSpy.clear()
        keyClick(Qt.Key_Return)
        compare(moveSpy.count, 1)
        tryCompare(board[3], "text", "X", networkTimeout)
        // The played cell keeps the focus, and shows it.
        compare(focusedCells(page), [3])

        playMove(guest, 4)
        tryCompare(host.game, "myTurn", true, networkTimeout)
        keyClick(Qt.Key_Down)
        compare(focusedCells(page), [6])
        keyClick(Qt.Key_Space)
        tryCompare(board[6], "text", "X", networkTimeout)
        compare(moveSpy.count, 2)

        // The board is one stop of the tab chain: Tab leaves it, Shift+Tab comes back to its cell.
        keyClick(Qt.Key_Tab)
        compare(board.filter(cell => cell.activeFocus), [])
        keyClick(Qt.Key_Backtab)
        compare(focusedCells(page), [6])
    }

    function test_digitsPlayTheirCell() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(host)
        tryCompare(findChild(page, "turnLabel"), "text", "Your turn", networkTimeout)
        const board = cells(page)
        page.forceActiveFocus()

        keyClick(Qt.Key_1)
        tryCompare(board[0], "text", "X", networkTimeout)
        playMove(guest, 4)
        tryCompare(host.game, "myTurn", true, networkTimeout)
        moveSpy.target = host.game
        moveSpy.clear()
        // The guest's cell is taken: 5 plays nothing, 9 the bottom right.
        keyClick(Qt.Key_5)
        compare(moveSpy.count, 0)
        keyClick(Qt.Key_9)
        compare(moveSpy.count, 1)
        tryCompare(board[8], "text", "X", networkTimeout)
        compare(board[4].text, "O")

        playMove(guest, 2)
        tryCompare(host.game, "myTurn", true, networkTimeout)
        // From the keypad too, wherever the focus is on the page.
        findChild(page, "leaveGameButton").forceActiveFocus()
        keyClick(Qt.Key_6, Qt.KeypadModifier)
        tryCompare(board[5], "text", "X", networkTimeout)
    }

    function test_keysDoNothingWhenItIsNotMyTurn() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(guest)
        tryCompare(findChild(page, "turnLabel"), "text", "Hostess's turn", networkTimeout)
        const board = cells(page)
        moveSpy.target = guest.game
        moveSpy.clear()
        page.forceActiveFocus()

        for (const key of [Qt.Key_1, Qt.Key_5, Qt.Key_9])
            keyClick(key)
        // The focus still moves over the board, but nothing plays.
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(focusedCells(page), [7])
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Enter)
        keyClick(Qt.Key_Space)
        compare(moveSpy.count, 0)
        compare(board.map(cell => cell.text), ["", "", "", "", "", "", "", "", ""])

        // The same key plays once it is my turn.
        playMove(host, 0)
        tryCompare(guest.game, "myTurn", true, networkTimeout)
        keyClick(Qt.Key_Return)
        compare(moveSpy.count, 1)
        tryCompare(board[7], "text", "O", networkTimeout)
    }

    function test_cellsSayWhereTheyAreAndWhatTheyHold() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(guest)
        playMove(host, 1)
        const board = cells(page)
        tryCompare(board[1], "text", "X", networkTimeout)
        compare(board[1].Accessible.name, "row 1, column 2, X")
        compare(board[0].Accessible.name, "row 1, column 1, empty")
        compare(board[5].Accessible.name, "row 2, column 3, empty")
        compare(board[8].Accessible.name, "row 3, column 3, empty")
        for (const cell of board)
            compare(cell.Accessible.role, Accessible.Button)
    }

    function test_winningLineIsHighlighted() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = createPage(host)
        playMove(host, 0)
        playMove(guest, 3)
        playMove(host, 4)
        playMove(guest, 5)
        playMove(host, 8)
        tryCompare(host.game, "result", CurrentGame.Won, networkTimeout)
        const board = cells(page)
        for (let i = 0; i < 9; ++i) {
            const onLine = i === 0 || i === 4 || i === 8
            compare(Qt.colorEqual(board[i].background.color, Theme.winning), onLine, "cell " + i)
        }
        compare(playableCells(page), [])
        compare(findChild(page, "turnLabel").text, host.game.resultText)
        verify(!findChild(page, "countdownBar").visible)
        compare(findChild(page, "moveList").count, 5)
    }

    function test_watcherSeesThePlayersAndCannotPlay() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        // A third player: joinSession() expects two online.
        const watcher = createSession("Watcher")
        watcher.joinHost("127.0.0.1", portOf(host.connection.hostAddress))
        tryCompare(watcher, "stage", GameSession.Lobby, networkTimeout)
        startGame(host, guest)
        playMove(host, 4)
        watcher.refreshGameLists()
        tryCompare(watcher.liveGames, "count", 1, networkTimeout)
        const listed = liveGameProbe.createObject(testCase, { model: watcher.liveGames })
        const gameId = listed.objectAt(0).gameId
        listed.destroy()
        watcher.watchGame(gameId)
        const page = createPage(watcher)
        tryCompare(findChild(page, "turnLabel"), "text", "Guest's turn", networkTimeout)
        const watching = findChild(page, "watchingLabel")
        verify(watching.visible)
        // Each alias is its own answer from the host: the turn names only Guest.
        tryCompare(watching, "text", "You are watching <b>Hostess (X) against Guest (O)</b>.", networkTimeout)
        verify(!findChild(page, "matchLabel").visible)
        compare(cells(page)[4].text, "X")
        compare(playableCells(page), [])
        compare(findChild(page, "leaveGameButton").text, "Back to lobby")

        // Everyone in the game sees how many watch.
        const hostPage = createPage(host)
        tryCompare(findChild(hostPage, "watchersLabel"), "text", "One person is watching", networkTimeout)
        verify(findChild(hostPage, "watchersLabel").visible)
        // Out of the way of the watcher's page, which it covers.
        hostPage.visible = false

        playMove(guest, 0)
        tryCompare(cells(page)[0], "text", "O", networkTimeout)
        tryCompare(findChild(page, "moveList"), "count", 1, networkTimeout)
        tryCompare(findChild(page, "turnLabel"), "text", "Hostess's turn", networkTimeout)
        compare(playableCells(page), [])

        mouseClick(findChild(page, "leaveGameButton"))
        compare(watcher.stage, GameSession.Lobby)
        tryCompare(host.game, "watchers", 0, networkTimeout)
    }
}
