// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// What a list shows while it has nothing to show.
RowLayout {
    id: emptyState

    property alias text: message.text
    property bool busy: false

    spacing: Theme.spacing

    BusyIndicator {
        Layout.preferredWidth: 28
        Layout.preferredHeight: 28
        visible: emptyState.busy
        running: emptyState.busy
    }

    Label {
        id: message

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        Layout.bottomMargin: Theme.spacingSmall
        color: Theme.textMuted
        font.italic: true
        wrapMode: Text.Wrap
    }
}
