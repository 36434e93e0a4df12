// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// An ended game played back: the board after any number of its moves, chosen with the slider or
// with previous / next, and who played each move and when.
ScrollablePage {
    id: page

    required property GameSession session
    readonly property GameReplay replay: session.replay
    readonly property bool wide: availableWidth >= Theme.boardBesidePanelWidth
    readonly property int sidePanelWidth: Theme.sidePanelWidth
    readonly property int boardSize: Theme.boardSize(availableWidth, availableHeight, wide)

    function markColor(mark) {
        return mark === "X" ? Theme.markX : Theme.markO
    }

    // Left and right step through the moves wherever the focus is on this page.
    Keys.onLeftPressed: replay.previous()
    Keys.onRightPressed: replay.next()

    GridLayout {
        Layout.fillWidth: true
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        Grid {
            id: board

            objectName: "replayBoard"
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Layout.row: page.wide ? 0 : 1
            Layout.column: 0
            Layout.rowSpan: page.wide ? 2 : 1
            columns: 3
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Board")

            Repeater {
                objectName: "replayCellRepeater"
                model: page.replay

                delegate: Rectangle {
                    id: cell

                    required property int index
                    required property string mark
                    required property bool lastMove
                    required property bool winning

                    width: Math.floor((page.boardSize - 2 * board.spacing) / 3)
                    height: width
                    radius: Theme.radius
                    color: winning ? Theme.winning : Theme.surface
                    border.width: winning || lastMove ? 3 : 1
                    border.color: winning ? Theme.winningBorder : lastMove ? Theme.accent : Theme.surfaceBorder
                    Accessible.role: Accessible.Cell
                    Accessible.name: qsTr("row %1, column %2, %3").arg(Math.floor(index / 3) + 1).arg(index % 3 + 1)
                                     .arg(mark !== "" ? mark : qsTr("empty"))

                    Label {
                        anchors.centerIn: parent
                        text: cell.mark
                        color: page.markColor(cell.mark)
                        font.pixelSize: Math.round(cell.height * 0.55)
                        font.bold: true
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? page.sidePanelWidth : -1
            Layout.row: 0
            Layout.column: page.wide ? 1 : 0
            Layout.alignment: Qt.AlignTop
            title: qsTr("Replay")

            Label {
                objectName: "replayPlayers"
                Layout.fillWidth: true
                text: page.replay.playersText
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "replayStep"
                Layout.fillWidth: true
                text: page.replay.stepText
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
            }

            Slider {
                id: stepSlider

                objectName: "replaySlider"
                Layout.fillWidth: true
                focus: true
                from: 0
                to: Math.max(1, page.replay.moveCount)
                enabled: page.replay.moveCount > 0
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: page.replay.step
                Accessible.name: qsTr("Move")
                onMoved: page.replay.step = Math.round(value)
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                ActionButton {
                    objectName: "previousMoveButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Previous")
                    enabled: page.replay.step > 0
                    onClicked: page.replay.previous()
                }

                ActionButton {
                    objectName: "nextMoveButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Next")
                    enabled: page.replay.step < page.replay.moveCount
                    onClicked: page.replay.next()
                }
            }

            Label {
                objectName: "replayResult"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.replay.resultText
                font.pixelSize: Theme.fontSubtitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
            }

            ActionButton {
                objectName: "replayBackButton"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Back to lobby")
                onClicked: page.session.backToLobby()
            }
        }

        // Takes the height the board has beyond the card, so it stays at the top.
        Item {
            Layout.row: 1
            Layout.column: 1
            Layout.fillHeight: true
            visible: page.wide
        }
    }
}
