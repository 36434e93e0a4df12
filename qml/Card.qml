// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// A titled panel; children are laid out in a column below the title.
Pane {
    id: card

    property string title
    property string subtitle
    default property alias content: body.data

    padding: Theme.spacingLarge

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.surfaceBorder
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: card.title !== ""
            text: card.title
            font.pixelSize: Theme.fontSubtitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: card.subtitle !== ""
            text: card.subtitle
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            id: body

            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
