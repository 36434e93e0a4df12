// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// A one-line text field with the padding of the other controls.
TextField {
    padding: Theme.spacingSmall + 2
    selectByMouse: true
}
