import QtQuick
import QtQuick.Controls.Fusion
import TicTacToe.Client

// Someone invited me: accept or decline. Open exactly while the session has an invitation.
AppDialog {
    id: dialog

    required property GameSession session

    function follow() {
        if (session.hasInvitation)
            open()
        else
            close()
    }

    title: qsTr("Invitation")

    Component.onCompleted: follow()
    // The buttons live in the button box's own focus scope: give the default one focus directly.
    onOpened: acceptButton.forceActiveFocus()

    footer: DialogButtonBox {
        padding: Theme.spacingLarge
        topPadding: 0
        spacing: Theme.spacing

        background: null

        ActionButton {
            objectName: "declineButton"
            text: qsTr("Decline")
            onClicked: dialog.session.declineInvitation()
        }

        ActionButton {
            id: acceptButton

            objectName: "acceptButton"
            text: qsTr("Accept")
            highlighted: true
            onClicked: dialog.session.acceptInvitation()
        }
    }

    Connections {
        target: dialog.session
        function onHasInvitationChanged() {
            dialog.follow()
        }
    }

    Label {
        objectName: "invitationText"
        anchors.fill: parent
        text: qsTr("<b>%1</b> invites you to a game of tic-tac-toe.")
              .arg(dialog.session.invitationFromAlias)
        textFormat: Text.StyledText
        font.pixelSize: Theme.fontSubtitle
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
