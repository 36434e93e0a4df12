// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// While the host cannot be reached: what happened, the next attempt, and a way out. The session
// keeps trying by itself; a game resumes where it was once the host answers again.
Pane {
    id: banner

    required property GameSession session

    visible: session.connection.problem !== ""
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing

    Accessible.role: Accessible.AlertMessage
    Accessible.name: session.connection.message

    background: Rectangle {
        color: Theme.warningBackground

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.warningBorder
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "connectionProblem"
                Layout.fillWidth: true
                text: banner.session.connection.problem
                color: Theme.warningText
                font.bold: true
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "connectionRetry"
                Layout.fillWidth: true
                text: banner.session.connection.retry
                color: Theme.warningText
                wrapMode: Text.Wrap
            }
        }

        ActionButton {
            objectName: "backToHomeButton"
            text: qsTr("Back to home")
            onClicked: banner.session.leave()
        }
    }
}
