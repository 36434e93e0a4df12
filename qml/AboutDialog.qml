// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// The version, the licence, the protocol and its document, where the data lives, and the keys.
AppDialog {
    id: dialog

    // The protocol's document in place of the page, as docs/protocol.md has it.
    property bool showingProtocol
    // Each key and what it does.
    readonly property var shortcuts: [
        [qsTr("Tab, Shift+Tab"), qsTr("Move between buttons and fields")],
        [qsTr("Enter, Space"), qsTr("Press the focused button, or the highlighted one in a dialog")],
        [qsTr("Escape"), qsTr("Dismiss a dialog: decline an invitation, close the result")],
        [qsTr("Arrow keys"), qsTr("Move on the board; step through a replay")],
        [qsTr("1 to 9"), qsTr("Play that cell, 1 top left, row by row, 9 bottom right")]
    ]

    width: Math.min(showingProtocol ? 900 : 560, parent.width - 2 * Theme.margin)
    height: showingProtocol ? parent.height - 2 * Theme.margin
                            : Math.min(implicitHeight, parent.height - 2 * Theme.margin)
    title: showingProtocol ? qsTr("The protocol") : qsTr("About Tic-Tac-Toe")

    onOpened: {
        showingProtocol = false
        closeButton.forceActiveFocus()
    }
    onDismissed: close()

    footer: Pane {
        padding: Theme.spacingLarge
        topPadding: 0
        background: null

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            ActionButton {
                objectName: "protocolButton"
                text: dialog.showingProtocol ? qsTr("Back to About") : qsTr("Read the protocol")
                onClicked: dialog.showingProtocol = !dialog.showingProtocol
            }

            Item {
                Layout.fillWidth: true
            }

            ActionButton {
                id: closeButton

                objectName: "closeAboutButton"
                text: qsTr("Close")
                highlighted: true
                onClicked: dialog.close()
            }
        }
    }

    ScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        // Two children, one shown: the scroll view cannot tell their height by itself.
        contentHeight: dialog.showingProtocol ? protocolText.implicitHeight : aboutColumn.implicitHeight
        clip: true

        Label {
            id: protocolText

            objectName: "protocolText"
            width: scroller.availableWidth
            visible: dialog.showingProtocol
            text: visible ? AboutApp.protocolDocument : ""
            textFormat: Text.MarkdownText
            color: Theme.text
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            id: aboutColumn

            width: scroller.availableWidth
            visible: !dialog.showingProtocol
            spacing: Theme.spacing

            Label {
                objectName: "aboutVersion"
                Layout.fillWidth: true
                text: qsTr("Version %1, speaking protocol %2.").arg(AboutApp.version).arg(AboutApp.protocolVersion)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "aboutLicence"
                Layout.fillWidth: true
                text: qsTr("Free software under the %1 licence: use, change and share it.").arg(AboutApp.licence)
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "aboutDataDirectory"
                Layout.fillWidth: true
                text: AboutApp.dataDirectory !== ""
                      ? qsTr("A game hosted here keeps its players, scores and games in %1.").arg(AboutApp.dataDirectory)
                      : qsTr("A game hosted here keeps nothing once it stops.")
                color: Theme.textMuted
                wrapMode: Text.WrapAnywhere
            }

            Label {
                objectName: "aboutSettings"
                Layout.fillWidth: true
                text: qsTr("Your alias, identities and preferences are in %1.").arg(AboutApp.settingsLocation)
                color: Theme.textMuted
                wrapMode: Text.WrapAnywhere
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Keyboard")
                font.bold: true
                color: Theme.text
            }

            Repeater {
                objectName: "shortcutRepeater"
                // A count, not the texts: a change of language then rewrites the rows' texts
                // instead of replacing the rows in the middle of a layout.
                model: dialog.shortcuts.length

                delegate: RowLayout {
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 120
                        Layout.alignment: Qt.AlignTop
                        text: dialog.shortcuts[index][0]
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }

                    Label {
                        Layout.fillWidth: true
                        text: dialog.shortcuts[index][1]
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
