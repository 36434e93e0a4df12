// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Templates as T

// The look every dialog shares: a titled card, centred on the window unless placed. Escape
// dismisses it: each dialog says what that means (declining, not now, closing).
Dialog {
    id: dialog

    signal dismissed()

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

    // A Shortcut rather than the close policy: the session, not the dialog, decides when an
    // invitation or a question is over, and it must hear the answer.
    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: dialog.opened
        onActivated: dialog.dismissed()
    }

    T.Overlay.modal: Rectangle {
        color: Theme.modalOverlay
    }
}
