// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// The board, whose turn it is, the countdown and the moves so far.
ScrollablePage {
    id: page

    required property GameSession session
    readonly property CurrentGame game: session.game
    readonly property bool finished: game.result !== CurrentGame.None
    readonly property bool wide: availableWidth >= Theme.boardBesidePanelWidth
    readonly property int sidePanelWidth: Theme.sidePanelWidth
    readonly property int boardSize: Theme.boardSize(availableWidth, availableHeight, wide)
    // The longest countdown seen this turn: the length of a turn, for the progress bar.
    property int turnSeconds: game.secondsLeft
    // The cell the keyboard is on: the board's one stop in the tab chain, where arrows start.
    property int focusedCell: 4
    readonly property string turnText: {
        if (finished)
            return game.resultText
        if (!game.active && game.watching)
            return qsTr("Joining the game…")
        if (!game.active)
            return game.opponentAlias !== "" ? qsTr("Waiting for %1…").arg(game.opponentAlias)
                                             : qsTr("Waiting for the game to start…")
        return game.myTurn ? qsTr("Your turn") : qsTr("%1's turn").arg(game.turnAlias)
    }

    function cellName(index, mark) {
        return qsTr("row %1, column %2, %3").arg(Math.floor(index / 3) + 1).arg(index % 3 + 1)
                                           .arg(mark !== "" ? mark : qsTr("empty"))
    }

    // The cell an arrow key leads to from index: the same one at the board's edge, -1 for a key
    // that is not an arrow.
    function neighbour(index, key) {
        const row = Math.floor(index / 3)
        const column = index % 3
        switch (key) {
        case Qt.Key_Left:
            return column > 0 ? index - 1 : index
        case Qt.Key_Right:
            return column < 2 ? index + 1 : index
        case Qt.Key_Up:
            return row > 0 ? index - 3 : index
        case Qt.Key_Down:
            return row < 2 ? index + 3 : index
        default:
            return -1
        }
    }

    // Arrows move the keyboard's focus between cells; the first one only shows where it is.
    // Digits 1 to 9 play a cell, row by row from the top left, wherever the focus is on the page.
    function handleKey(event) {
        // Digits and arrows of the keypad carry its modifier: they count, Ctrl+1 does not.
        if ((event.modifiers & ~Qt.KeypadModifier) !== Qt.NoModifier)
            return
        const digit = event.key - Qt.Key_1
        if (digit >= 0 && digit < 9) {
            event.accepted = true
            page.game.play(digit)
            return
        }
        const next = page.neighbour(page.focusedCell, event.key)
        if (next < 0)
            return
        event.accepted = true
        // A keyboard reason, so that the cell shows its focus (visualFocus). focusedCell follows
        // the focus, and not ahead of it: a cell cannot leave the tab chain while it has the focus.
        const target = cellRepeater.itemAt(page.focusedCell).visualFocus ? next : page.focusedCell
        cellRepeater.itemAt(target).forceActiveFocus(Qt.TabFocusReason)
    }

    function markColor(mark) {
        return mark === "X" ? Theme.markX : Theme.markO
    }

    function showResult() {
        if (finished)
            resultDialog.open()
        else
            resultDialog.close()
    }

    Component.onCompleted: showResult()
    Keys.onPressed: event => page.handleKey(event)

    Connections {
        target: page.game
        function onResultChanged() {
            page.showResult()
        }
        function onTurnAliasChanged() {
            page.turnSeconds = page.game.secondsLeft
        }
        function onSecondsLeftChanged() {
            if (page.game.secondsLeft > page.turnSeconds)
                page.turnSeconds = page.game.secondsLeft
        }
    }

    // Over the status card, whose words it replaces, never over the board: the final board stays in
    // view at every width.
    ResultDialog {
        id: resultDialog

        session: page.session
        parent: statusCard
        x: 0
        y: 0
        width: statusCard.width
        modal: false
        dim: false
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        Grid {
            id: board

            objectName: "board"
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Layout.row: page.wide ? 0 : 1
            Layout.column: 0
            Layout.rowSpan: page.wide ? 3 : 1
            columns: 3
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Board")

            Repeater {
                id: cellRepeater

                objectName: "cellRepeater"
                model: page.game

                delegate: ActionButton {
                    id: cell

                    required property int index
                    required property string mark
                    required property bool playable
                    required property bool winning

                    objectName: "cell" + index
                    width: Math.floor((page.boardSize - 2 * board.spacing) / 3)
                    height: width
                    // Every cell takes the focus, played or not, so that the keyboard (and a screen
                    // reader) goes over the whole board; CurrentGame plays only a playable cell.
                    focusPolicy: cell.index === page.focusedCell ? Qt.StrongFocus : Qt.ClickFocus
                    text: mark
                    Accessible.role: Accessible.Button
                    Accessible.name: page.cellName(cell.index, cell.mark)
                    onClicked: page.game.play(index)
                    onActiveFocusChanged: {
                        if (cell.activeFocus)
                            page.focusedCell = cell.index
                    }

                    contentItem: Label {
                        text: cell.mark
                        color: page.markColor(cell.mark)
                        font.pixelSize: Math.round(cell.height * 0.55)
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }

                    background: Rectangle {
                        radius: Theme.radius
                        color: cell.winning ? Theme.winning
                                            : cell.playable && (cell.hovered || cell.visualFocus)
                                              ? Theme.cellHighlight
                                              : Theme.surface
                        border.width: cell.winning || cell.visualFocus ? 3 : 1
                        border.color: cell.winning ? Theme.winningBorder
                                                   : cell.visualFocus ? Theme.accent : Theme.surfaceBorder
                    }
                }
            }
        }

        Card {
            id: statusCard

            Layout.fillWidth: !page.wide
            // Exactly the size of the result shown on top of it.
            Layout.minimumHeight: resultDialog.visible ? resultDialog.implicitHeight : 0
            Layout.maximumHeight: resultDialog.visible ? resultDialog.implicitHeight : Number.POSITIVE_INFINITY
            Layout.preferredWidth: page.wide ? page.sidePanelWidth : -1
            Layout.row: 0
            Layout.column: page.wide ? 1 : 0
            Layout.alignment: Qt.AlignTop

            // Hidden under the result, so that nothing is said twice, to the eye or to a reader.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !resultDialog.visible
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        objectName: "turnLabel"
                        Layout.fillWidth: true
                        text: page.turnText
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: page.game.myTurn && !page.finished ? Theme.accent : Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                    }

                    Label {
                        objectName: "countdownLabel"
                        visible: page.game.active && page.game.countdownKnown
                        text: qsTr("%1 s").arg(page.game.secondsLeft)
                        font.pixelSize: Theme.fontTitle
                        color: page.game.secondsLeft <= 5 ? Theme.markO : Theme.textMuted
                    }
                }

                ProgressBar {
                    objectName: "countdownBar"
                    Layout.fillWidth: true
                    visible: page.game.active && page.game.countdownKnown
                    from: 0
                    to: Math.max(1, page.turnSeconds)
                    value: page.game.secondsLeft
                    palette.highlight: page.game.secondsLeft <= 5 ? Theme.markO : Theme.accent
                    Accessible.name: qsTr("Time left in this turn")
                }

                Label {
                    objectName: "opponentStatusLabel"
                    Layout.fillWidth: true
                    visible: page.game.active && !page.game.opponentConnected
                    text: qsTr("%1 is disconnected. The turn timer runs on.").arg(page.game.opponentAlias)
                    color: Theme.warningText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                }

                Label {
                    objectName: "watchingLabel"
                    Layout.fillWidth: true
                    visible: page.game.watching && page.game.playersText !== ""
                    text: qsTr("You are watching <b>%1</b>.").arg(page.game.playersText)
                    textFormat: Text.StyledText
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }

                Label {
                    objectName: "watchersLabel"
                    Layout.fillWidth: true
                    visible: page.game.watchers > 0
                    text: qsTr("%n person(s) watching", "", page.game.watchers)
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                }

                Label {
                    objectName: "matchLabel"
                    Layout.fillWidth: true
                    visible: page.game.myMark !== ""
                    text: qsTr("You play <b><font color=\"%1\">%2</font></b> against <b>%3</b>.")
                          .arg(page.markColor(page.game.myMark)).arg(page.game.myMark).arg(page.game.opponentAlias)
                    textFormat: Text.StyledText
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }

                ActionButton {
                    objectName: "leaveGameButton"
                    Layout.alignment: Qt.AlignRight
                    text: page.game.active && !page.game.watching ? qsTr("Leave game") : qsTr("Back to lobby")
                    onClicked: page.session.backToLobby()
                }
            }
        }

        Card {
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? page.sidePanelWidth : -1
            Layout.row: page.wide ? 1 : 2
            Layout.column: page.wide ? 1 : 0
            Layout.alignment: Qt.AlignTop
            title: qsTr("Moves")

            EmptyState {
                Layout.fillWidth: true
                visible: moveList.count === 0
                // A watcher gets the board as it is, not the moves that led to it.
                text: page.game.watching ? qsTr("The moves made while you watch show here.")
                                         : qsTr("No moves yet. X plays first.")
            }

            ListView {
                id: moveList

                objectName: "moveList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 320)
                visible: count > 0
                clip: true
                spacing: Theme.spacingSmall
                interactive: contentHeight > height
                model: page.game.moves
                // The newest move shows. Its height is known only once its text has wrapped (long
                // aliases such as "Computer (perfect)" take two lines), hence the content height.
                onContentHeightChanged: positionViewAtEnd()

                delegate: RowLayout {
                    id: moveRow

                    required property int index
                    required property string text

                    width: ListView.view.width
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.preferredWidth: 24
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("%1.").arg(moveRow.index + 1)
                        color: Theme.textMuted
                        horizontalAlignment: Text.AlignRight
                    }

                    Label {
                        objectName: "moveText"
                        Layout.fillWidth: true
                        text: moveRow.text
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // Takes the height the board has beyond the two cards, so they stay together at the top.
        Item {
            Layout.row: 2
            Layout.column: 1
            Layout.fillHeight: true
            visible: page.wide
        }
    }
}
