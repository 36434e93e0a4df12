// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// How the game ended, and what to do next.
AppDialog {
    id: dialog

    required property GameSession session
    readonly property int outcome: session.game.result
    // A watcher has nobody to play again with.
    readonly property bool watching: session.game.watching

    title: {
        switch (outcome) {
        case CurrentGame.Won:
            return qsTr("Victory")
        case CurrentGame.Lost:
            return qsTr("Defeat")
        default:
            return qsTr("Game over")
        }
    }

    // Give the default button focus directly, so that Enter takes it.
    onOpened: (watching ? backToLobbyButton : playAgainButton).forceActiveFocus()
    // The final board and its status card stay, with their own way back to the lobby.
    onDismissed: close()

    // A row rather than a DialogButtonBox, which keeps room for a hidden button: a watcher's one
    // button sits at the right like the player's two.
    footer: Pane {
        padding: Theme.spacingLarge
        topPadding: 0
        background: null

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Item {
                Layout.fillWidth: true
            }

            ActionButton {
                id: backToLobbyButton

                objectName: "backToLobbyButton"
                text: qsTr("Back to lobby")
                highlighted: dialog.watching
                onClicked: {
                    dialog.close()
                    dialog.session.backToLobby()
                }
            }

            ActionButton {
                id: playAgainButton

                objectName: "playAgainButton"
                visible: !dialog.watching
                text: qsTr("Play again")
                highlighted: true
                onClicked: {
                    dialog.close()
                    dialog.session.playAgain()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "resultText"
            Layout.fillWidth: true
            text: dialog.session.game.resultText
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: dialog.outcome === CurrentGame.Won ? Theme.online
                   : dialog.outcome === CurrentGame.Lost ? Theme.markO : Theme.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: !dialog.watching
            text: dialog.session.game.opponentAlias !== ""
                  ? qsTr("Play again to invite %1 to a new game.").arg(dialog.session.game.opponentAlias)
                  : qsTr("Play again to start a new game.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
