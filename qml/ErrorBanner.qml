// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Shows the last error meant for a person until it is dismissed.
Pane {
    id: banner

    property string message

    signal dismissed

    visible: message !== ""
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    background: Rectangle {
        color: Theme.errorBackground

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.errorBorder
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: "⚠"
            color: Theme.errorText
            font.pixelSize: Theme.fontSubtitle
            Accessible.ignored: true
        }

        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            text: banner.message
            color: Theme.errorText
            wrapMode: Text.Wrap
        }

        ActionButton {
            objectName: "dismissErrorButton"
            text: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
