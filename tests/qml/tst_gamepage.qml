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
}
