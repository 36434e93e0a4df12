// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client

SessionTestCase {
    id: testCase

    name: "ResultDialog"

    Component {
        id: gamePageComponent

        GamePage {}
    }

    // Host (X) wins on the top row; returns the host's game page showing the result.
    function finishedGame(host, guest) {
        startGame(host, guest)
        const page = track(gamePageComponent, { session: host, width: testCase.width, height: testCase.height })
        playMove(host, 0)
        playMove(guest, 3)
        playMove(host, 1)
        playMove(guest, 4)
        playMove(host, 2)
        tryCompare(host.game, "result", CurrentGame.Won, networkTimeout)
        return page
    }

    function test_opensWithTheResult() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = finishedGame(host, guest)
        const text = findChild(page, "resultText")
        verify(text, "the result dialog")
        tryCompare(text, "visible", true, networkTimeout)
        compare(text.text, host.game.resultText)
        verify(text.text !== "")
    }

    function test_playAgainInvitesTheSameOpponent() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = finishedGame(host, guest)
        const button = findChild(page, "playAgainButton")
        tryCompare(button, "visible", true, networkTimeout)
        compare(button.text, "Play again")
        mouseClick(button)
        tryCompare(guest.invitations, "pending", true, networkTimeout)
        compare(guest.invitations.fromAlias, "Hostess")
        compare(host.game.result, CurrentGame.None)
        tryCompare(button, "visible", false, networkTimeout)
    }

    function test_backToLobbyLeavesTheGame() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = finishedGame(host, guest)
        const button = findChild(page, "backToLobbyButton")
        tryCompare(button, "visible", true, networkTimeout)
        compare(button.text, "Back to lobby")
        button.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(host, "stage", GameSession.Lobby, networkTimeout)
        compare(host.game.result, CurrentGame.None)
        verify(!guest.invitations.pending)
        tryCompare(button, "visible", false, networkTimeout)
    }

    // Every item under root that shows text, visible on screen right now.
    function visibleTexts(root) {
        const found = []
        const visit = item => {
            if (!item || !item.visible || item.opacity === 0)
                return
            if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
                found.push(item.text)
            const children = item.children || []
            for (let i = 0; i < children.length; ++i)
                visit(children[i])
        }
        visit(root)
        return found
    }

    function test_aNarrowWindowSaysTheResultOnceBesideTheBoard_data() {
        return [{ tag: "360 px", width: 360, height: 640 }, { tag: "480 px", width: 480, height: 720 }]
    }

    function test_aNarrowWindowSaysTheResultOnceBesideTheBoard(data) {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const page = track(gamePageComponent, { session: host, width: data.width, height: data.height })
        for (const [player, cell] of [[host, 0], [guest, 3], [host, 1], [guest, 4], [host, 2]])
            playMove(player, cell)
        const resultText = findChild(page, "resultText")
        tryCompare(resultText, "visible", true, networkTimeout)
        waitForRendering(page)
        // The whole window: a popup lives in its overlay, not under the page.
        const shown = visibleTexts(page.Window.contentItem)
        compare(shown.filter(text => text === host.game.resultText).length, 1,
                "the result, said once: " + JSON.stringify(shown))
        // No cell of the final board lies under the result.
        const board = findChild(page, "board")
        const resultBox = resultText.mapToItem(page, 0, 0)
        const boardBox = board.mapToItem(page, 0, 0)
        verify(boardBox.y >= resultBox.y + resultText.height || boardBox.x >= resultBox.x + resultText.width,
               "the board starts below or beside the result")
        verify(board.width <= data.width, "the whole board fits the window's width")
    }

    function test_escapeClosesTheResultAndLeavesTheFinalBoard() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        const page = finishedGame(host, guest)
        const text = findChild(page, "resultText")
        tryCompare(text, "visible", true, networkTimeout)
        keyClick(Qt.Key_Escape)
        tryCompare(text, "visible", false, networkTimeout)
        compare(host.stage, GameSession.Playing)
        compare(findChild(page, "turnLabel").text, host.game.resultText)
        verify(findChild(page, "leaveGameButton").visible)
    }
}
