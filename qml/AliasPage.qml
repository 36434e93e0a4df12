// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// First run: the name other players will see.
ScrollablePage {
    id: page

    required property GameSession session
    readonly property int maximumAliasLength: 32
    property string validationMessage

    function submit() {
        const alias = aliasField.text.trim()
        if (alias.length === 0) {
            validationMessage = qsTr("Please type an alias first.")
            aliasField.forceActiveFocus()
            return
        }
        if (alias.length > maximumAliasLength) {
            validationMessage = qsTr("An alias has at most %1 characters.").arg(maximumAliasLength)
            aliasField.forceActiveFocus()
            return
        }
        validationMessage = ""
        session.chooseAlias(alias)
    }

    centerVertically: true
    maximumContentWidth: 460

    Card {
        Layout.fillWidth: true
        focus: true
        title: qsTr("Welcome!")
        subtitle: qsTr("Choose the name other players will see in the lobby and in the hall of fame.")

        Label {
            text: qsTr("Your alias")
            font.bold: true
            color: Theme.text
        }

        InputField {
            id: aliasField

            objectName: "aliasField"
            Layout.fillWidth: true
            focus: true
            text: page.session.player.alias
            placeholderText: qsTr("e.g. Alice")
            maximumLength: page.maximumAliasLength
            Accessible.name: qsTr("Your alias")
            onTextEdited: page.validationMessage = ""
            onAccepted: page.submit()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "aliasValidation"
                Layout.fillWidth: true
                text: page.validationMessage
                color: Theme.errorText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }

            Label {
                text: qsTr("%1/%2").arg(aliasField.length).arg(page.maximumAliasLength)
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }

        ActionButton {
            objectName: "continueButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Continue")
            highlighted: true
            onClicked: page.submit()
        }
    }
}
