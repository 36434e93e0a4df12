// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// Shown while the session connects to a game (our own or someone else's).
ScrollablePage {
    id: page

    required property GameSession session

    centerVertically: true
    maximumContentWidth: 460

    Card {
        Layout.fillWidth: true
        focus: true
        title: page.session.connection.hosting ? qsTr("Starting your game…") : qsTr("Joining the game…")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            BusyIndicator {
                running: page.visible
            }

            Label {
                objectName: "connectingStatus"
                Layout.fillWidth: true
                text: page.session.connection.message !== "" ? page.session.connection.message
                                                         : qsTr("Connecting…")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }

        ActionButton {
            objectName: "cancelButton"
            Layout.alignment: Qt.AlignRight
            focus: true
            text: qsTr("Cancel")
            onClicked: page.session.leave()
        }
    }
}
