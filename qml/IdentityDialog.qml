// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import TicTacToe.Client

// A host no longer knows the player: ask before taking a new identity there, never silently.
AppDialog {
    id: dialog

    required property GameSession session

    title: qsTr("Join as a new player?")
    visible: session.identityQuestion !== ""
    onOpened: newPlayerButton.forceActiveFocus()
    onDismissed: session.keepIdentity()

    footer: DialogButtonBox {
        padding: Theme.spacingLarge
        topPadding: 0
        spacing: Theme.spacing

        background: null

        ActionButton {
            objectName: "keepIdentityButton"
            text: qsTr("Not now")
            onClicked: dialog.session.keepIdentity()
        }

        ActionButton {
            id: newPlayerButton

            objectName: "joinAsNewPlayerButton"
            text: qsTr("Join as a new player")
            highlighted: true
            onClicked: dialog.session.joinAsNewPlayer()
        }
    }

    Label {
        objectName: "identityQuestion"
        anchors.fill: parent
        text: dialog.session.identityQuestion
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
