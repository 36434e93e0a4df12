// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// A page whose content is a centred column that scrolls vertically when the window is small.
ScrollView {
    id: page

    property bool centerVertically: false
    property int maximumContentWidth: Theme.contentMaxWidth
    default property alias content: column.data

    // Keeps the item that just got keyboard focus inside the visible area.
    function ensureVisible(item) {
        let ancestor = item
        while (ancestor && ancestor !== column)
            ancestor = ancestor.parent
        if (!ancestor)
            return
        const flickable = page.contentItem
        const top = item.mapToItem(column, 0, 0).y + column.y - Theme.spacing
        const bottom = top + item.height + 2 * Theme.spacing
        if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top)
        else if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(bottom - flickable.height,
                                          Math.max(0, flickable.contentHeight - flickable.height))
    }

    contentWidth: availableWidth
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            page.ensureVisible(page.Window.activeFocusItem)
        }
    }

    ColumnLayout {
        id: column

        x: Math.round((page.availableWidth - width) / 2)
        y: page.centerVertically
           ? Math.max(Theme.margin, Math.round((page.availableHeight - implicitHeight) / 2))
           : Theme.margin
        width: Math.min(page.maximumContentWidth, page.availableWidth - 2 * Theme.margin)
        spacing: Theme.spacingLarge
    }
}
