// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import TicTacToe.Client

// Someone invited me: accept or decline. Open exactly while the session has an invitation.
AppDialog {
    id: dialog

    required property GameSession session

    function follow() {
        if (session.invitations.pending)
            open()
        else
            close()
    }

    title: qsTr("Invitation")

    Component.onCompleted: follow()
    // The buttons live in the button box's own focus scope: give the default one focus directly.
    onOpened: acceptButton.forceActiveFocus()
    onDismissed: session.invitations.decline()

    footer: DialogButtonBox {
        padding: Theme.spacingLarge
        topPadding: 0
        spacing: Theme.spacing

        background: null

        ActionButton {
            objectName: "declineButton"
            text: qsTr("Decline")
            onClicked: dialog.session.invitations.decline()
        }

        ActionButton {
            id: acceptButton

            objectName: "acceptButton"
            text: qsTr("Accept")
            highlighted: true
            onClicked: dialog.session.invitations.accept()
        }
    }

    Connections {
        target: dialog.session.invitations
        function onPendingChanged() {
            dialog.follow()
        }
    }

    Label {
        objectName: "invitationText"
        anchors.fill: parent
        text: qsTr("<b>%1</b> invites you to a game of tic-tac-toe.")
              .arg(dialog.session.invitations.fromAlias)
        textFormat: Text.StyledText
        font.pixelSize: Theme.fontSubtitle
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
