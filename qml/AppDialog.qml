// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Templates as T

// The look every dialog shares: a titled card, centred on the window unless placed.
Dialog {
    id: dialog

    parent: T.Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round((parent.height - height) / 2)
    width: Math.min(440, parent.width - 2 * Theme.margin)
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacingLarge
    topPadding: Theme.spacing
    spacing: 0

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.surfaceBorder
        radius: Theme.radius

        Rectangle {
            z: -1
            x: 2
            y: 3
            width: parent.width
            height: parent.height
            radius: Theme.radius
            color: Theme.dialogShadow
        }
    }

    header: Label {
        visible: dialog.title !== ""
        text: dialog.title
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        font.pixelSize: Theme.fontSubtitle
        font.bold: true
        color: Theme.textMuted
        elide: Text.ElideRight
    }

    T.Overlay.modal: Rectangle {
        color: Theme.modalOverlay
    }
}
