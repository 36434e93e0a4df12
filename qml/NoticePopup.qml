// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import QtQuick.Templates as T

// A short message at the bottom of the window that goes away by itself.
Popup {
    id: notice

    property alias text: message.text
    property int displayMilliseconds: 6000

    function show(text) {
        message.text = text
        open()
        hideTimer.restart()
    }

    parent: T.Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: parent.height - height - Theme.margin
    width: Math.min(implicitWidth, parent.width - 2 * Theme.margin)
    padding: Theme.spacing
    leftPadding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: Theme.noticeBackground
        radius: Theme.radius
    }

    Timer {
        id: hideTimer

        interval: notice.displayMilliseconds
        onTriggered: notice.close()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        Label {
            id: message

            objectName: "noticeText"
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            color: Theme.noticeText
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }

        ActionButton {
            objectName: "noticeOkButton"
            text: qsTr("OK")
            flat: true
            palette.buttonText: Theme.noticeText
            onClicked: notice.close()
        }
    }
}
