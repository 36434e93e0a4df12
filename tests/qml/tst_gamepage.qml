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

    function enabledCells(page) {
        return cells(page).filter(cell => cell.enabled).map(cell => cell.index)
    }

    name: "GamePage"

    Component {
        id: pageComponent

        GamePage {}
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
        compare(enabledCells(page), [])
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
        compare(enabledCells(page), [0, 1, 2, 3, 5, 6, 7, 8])

        // A click on a cell plays it; then it is the other player's turn again.
        mouseClick(board[0])
        tryCompare(board[0], "text", "O", networkTimeout)
        tryCompare(findChild(page, "turnLabel"), "text", "Hostess's turn", networkTimeout)
        compare(enabledCells(page), [])
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
        verify(!board[8].enabled)
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
        compare(enabledCells(page), [])
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
        compare(watching.text, "You are watching <b>Hostess (X) against Guest (O)</b>.")
        verify(!findChild(page, "matchLabel").visible)
        compare(cells(page)[4].text, "X")
        compare(enabledCells(page), [])
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
        compare(enabledCells(page), [])

        mouseClick(findChild(page, "leaveGameButton"))
        compare(watcher.stage, GameSession.Lobby)
        tryCompare(host.game, "watchers", 0, networkTimeout)
    }
}
