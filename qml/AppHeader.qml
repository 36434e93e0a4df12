// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// The bar above every page: who I am, whether I am connected, and what the connection is doing.
ToolBar {
    id: header

    required property GameSession session

    signal aboutRequested()

    readonly property color stateColor: {
        switch (header.session.connection.state) {
        case GameClient.Online:
            return Theme.online
        case GameClient.Connecting:
        case GameClient.Reconnecting:
            return Theme.connecting
        default:
            return Theme.offline
        }
    }
    readonly property string stateText: {
        switch (header.session.connection.state) {
        case GameClient.Online:
            return qsTr("Online")
        case GameClient.Connecting:
            return qsTr("Connecting…")
        case GameClient.Reconnecting:
            return qsTr("Reconnecting…")
        default:
            return qsTr("Offline")
        }
    }

    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin

    background: Rectangle {
        color: Theme.headerBackground
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: qsTr("Tic-Tac-Toe")
                color: Theme.headerText
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            // Fills the row even without an alias, so that the theme button stays at the right end;
            // in a narrow window the alias gives way to the button.
            Label {
                objectName: "headerAlias"
                Layout.fillWidth: true
                text: header.session.player.alias !== ""
                      ? qsTr("Playing as <b>%1</b>").arg(header.session.player.alias) : ""
                textFormat: Text.StyledText
                color: Theme.headerText
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
            }

            ActionButton {
                id: themeButton

                objectName: "themeButton"
                text: qsTr("Theme")
                flat: true
                // A click leaves the keyboard's focus on the page, where the board's keys work.
                focusPolicy: Qt.TabFocus
                palette.buttonText: Theme.headerText
                Accessible.name: qsTr("Colour theme")
                onClicked: themeMenu.open()

                ButtonGroup {
                    id: schemeGroup
                }

                Menu {
                    id: themeMenu

                    objectName: "themeMenu"
                    x: themeButton.width - width
                    y: themeButton.height

                    SchemeItem {
                        objectName: "lightThemeItem"
                        scheme: Appearance.Light
                        text: qsTr("Light")
                        ButtonGroup.group: schemeGroup
                    }

                    SchemeItem {
                        objectName: "darkThemeItem"
                        scheme: Appearance.Dark
                        text: qsTr("Dark")
                        ButtonGroup.group: schemeGroup
                    }

                    SchemeItem {
                        objectName: "systemThemeItem"
                        scheme: Appearance.FollowSystem
                        text: qsTr("Follow the system")
                        ButtonGroup.group: schemeGroup
                    }

                    MenuSeparator {}

                    MenuItem {
                        objectName: "aboutItem"
                        text: qsTr("About Tic-Tac-Toe")
                        onTriggered: header.aboutRequested()
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: header.stateColor
                Accessible.ignored: true
            }

            Label {
                objectName: "headerConnectionState"
                text: header.stateText
                color: Theme.headerText
                font.pixelSize: Theme.fontCaption
                font.bold: true
            }

            Label {
                objectName: "headerStatus"
                Layout.fillWidth: true
                // Offline says all there is to say.
                visible: header.session.connection.message !== ""
                         && header.session.connection.state !== GameClient.Offline
                text: "· " + header.session.connection.message
                color: Theme.headerTextMuted
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
            }
        }
    }

    // One choice of the theme menu. The exclusive group keeps a checked item checked when it is
    // chosen again, so that checked always says what Appearance holds.
    component SchemeItem: MenuItem {
        id: schemeItem

        required property int scheme

        checkable: true
        checked: Appearance.scheme === schemeItem.scheme
        onTriggered: Appearance.scheme = schemeItem.scheme

        // A radio dot drawn from the theme: Fusion outlines its own box with a darker shade of
        // the window, which a dark window hides.
        indicator: Rectangle {
            x: schemeItem.mirrored ? schemeItem.width - width - schemeItem.rightPadding : schemeItem.leftPadding
            y: schemeItem.topPadding + (schemeItem.availableHeight - height) / 2
            implicitWidth: 14
            implicitHeight: 14
            radius: 7
            color: schemeItem.highlighted ? Theme.accent : Theme.fieldBackground
            border.color: schemeItem.highlighted ? Theme.accentText : Theme.textMuted

            Rectangle {
                anchors.centerIn: parent
                width: 6
                height: 6
                radius: 3
                visible: schemeItem.checked
                color: schemeItem.highlighted ? Theme.accentText : Theme.accent
            }
        }
    }
}
