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
}
