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

            Item {
                Layout.fillWidth: true
            }

            Label {
                objectName: "headerAlias"
                Layout.maximumWidth: header.availableWidth / 2
                visible: header.session.player.alias !== ""
                text: qsTr("Playing as <b>%1</b>").arg(header.session.player.alias)
                textFormat: Text.StyledText
                color: Theme.headerText
                elide: Text.ElideRight
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
}
