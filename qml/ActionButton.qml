// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// A Button that Enter and Return activate too (Qt 6.4 buttons react to Space only); highlighted
// marks the main action of a page or dialog.
Button {
    id: control

    function activate(event) {
        event.accepted = true
        if (control.enabled)
            control.clicked()
    }

    padding: Theme.spacingSmall + 2
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    palette.buttonText: highlighted ? Theme.accentText : Theme.text

    background: Rectangle {
        implicitWidth: 80
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        opacity: control.enabled ? 1 : 0.5
        color: {
            if (control.flat)
                return control.down || control.hovered ? Theme.flatButtonHovered : Theme.flatButtonFace
            if (control.highlighted)
                return control.down ? Theme.accentPressed : control.hovered ? Theme.accentHovered : Theme.accent
            return control.down ? Theme.buttonFacePressed
                                : control.hovered ? Theme.buttonFaceHovered : Theme.buttonFace
        }
        border.width: control.visualFocus ? 2 : control.flat ? 0 : 1
        border.color: control.visualFocus ? (control.highlighted ? Theme.accentFocusBorder : Theme.accent)
                                          : (control.highlighted ? Theme.accentBorder : Theme.surfaceBorder)
    }

    Keys.onReturnPressed: event => control.activate(event)
    Keys.onEnterPressed: event => control.activate(event)
}
