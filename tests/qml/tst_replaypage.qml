// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client

// The lobby's recent games and the replay page, against a real host: a game played to a win, then
// replayed from the lobby with the slider, the buttons and the arrow keys.
SessionTestCase {
    id: testCase

    function marks(page) {
        const repeater = findChild(page, "replayCellRepeater")
        compare(repeater.count, 9)
        let board = ""
        for (let i = 0; i < 9; ++i)
            board += repeater.itemAt(i).mark || "."
        return board
    }

    // Hostess takes the top row; Guest plays the middle one.
    function playedGame() {
        const host = hostSession("Hostess")
        const guest = joinSession(host, "Guest")
        startGame(host, guest)
        const moves = [0, 3, 1, 4, 2]
        for (let i = 0; i < moves.length; ++i)
            playMove(i % 2 === 0 ? host : guest, moves[i])
        tryCompare(host.game, "result", CurrentGame.Won, networkTimeout)
        host.backToLobby()
        guest.backToLobby()
        return host
    }

    function replayFromLobby(session) {
        const lobby = track(lobbyComponent, { session: session, width: testCase.width, height: testCase.height })
        const repeater = findChild(lobby, "recentGameRepeater")
        tryCompare(repeater, "count", 1, networkTimeout)
        verify(!findChild(lobby, "recentGamesEmptyState").visible)
        const row = repeater.itemAt(0)
        tryCompare(findChild(row, "recentGamePlayers"), "text", "Hostess (X) against Guest (O)", networkTimeout)
        verify(findChild(row, "recentGameDetails").text.startsWith("Hostess won · "),
               findChild(row, "recentGameDetails").text)
        mouseClick(findChild(row, "replayButton"))
        tryCompare(session, "stage", GameSession.Replaying, networkTimeout)
        lobby.visible = false
        return track(replayComponent, { session: session, width: testCase.width, height: testCase.height })
    }

    name: "ReplayPage"
    width: 900
    height: 700

    Component {
        id: lobbyComponent

        LobbyPage {}
    }

    Component {
        id: replayComponent

        ReplayPage {}
    }

    function test_recentGamesEmptyAtFirst() {
        const host = hostSession("Hostess")
        const lobby = track(lobbyComponent, { session: host, width: testCase.width, height: testCase.height })
        verify(findChild(lobby, "recentGamesCard").visible)
        const emptyState = findChild(lobby, "recentGamesEmptyState")
        verify(emptyState.visible)
        compare(emptyState.text, "No game has ended here yet")
    }

    function test_replaysTheGameMoveByMove() {
        const host = playedGame()
        const page = replayFromLobby(host)
        waitForRendering(page)
        compare(findChild(page, "replayPlayers").text, "Hostess (X) against Guest (O)")
        // It opens on the final board and the result.
        compare(marks(page), "XXXOO....")
        verify(findChild(page, "replayStep").text.startsWith("Move 5 of 5: Hostess (X), row 1, column 3"),
               findChild(page, "replayStep").text)
        const result = findChild(page, "replayResult")
        verify(result.visible)
        compare(result.text, "Hostess won.")
        const next = findChild(page, "nextMoveButton")
        const previous = findChild(page, "previousMoveButton")
        verify(!next.enabled)
        verify(previous.enabled)

        mouseClick(previous)
        compare(marks(page), "XX.OO....")
        verify(!result.visible)
        verify(next.enabled)

        // The slider goes to any move; the very start is the empty board.
        const slider = findChild(page, "replaySlider")
        compare(slider.to, 5)
        compare(slider.value, 4)
        mouseClick(slider, slider.leftPadding + 1, slider.height / 2)
        tryCompare(host.replay, "step", 0)
        compare(marks(page), ".........")
        compare(findChild(page, "replayStep").text, "Before the first move (5 moves in all)")
        verify(!previous.enabled)

        // The arrow keys step through it too.
        slider.forceActiveFocus()
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(host.replay.step, 2)
        compare(marks(page), "X..O.....")
        keyClick(Qt.Key_Left)
        compare(marks(page), "X........")

        mouseClick(findChild(page, "replayBackButton"))
        tryCompare(host, "stage", GameSession.Lobby, networkTimeout)
    }
}
