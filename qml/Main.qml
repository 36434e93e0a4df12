// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// The window: the header, the error banner and the page of the session's current stage.
ApplicationWindow {
    id: window

    property alias session: gameSession
    // The address last typed on the home page, for when that page comes back.
    property string typedAddress

    width: 1280
    height: 800
    minimumWidth: 480
    minimumHeight: 560
    visible: true
    title: gameSession.player.alias !== "" ? qsTr("Tic-Tac-Toe — %1").arg(gameSession.player.alias) : qsTr("Tic-Tac-Toe")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // Fusion draws every control from the palette: each role follows the theme, so that a text
    // field, a scroll bar or a progress bar reads in the dark as in the light.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.fieldBackground
    palette.alternateBase: Theme.surface
    palette.text: Theme.text
    palette.placeholderText: Theme.placeholderText
    palette.button: Theme.buttonFace
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.link: Theme.accent
    palette.toolTipBase: Theme.noticeBackground
    palette.toolTipText: Theme.noticeText
    palette.light: Theme.controlLight
    palette.midlight: Theme.controlMidlight
    palette.mid: Theme.controlMid
    palette.dark: Theme.controlDark
    palette.shadow: Theme.controlShadow

    GameSession {
        id: gameSession
    }

    Connections {
        target: gameSession.invitations

        function onDeclined(alias) {
            notice.show(qsTr("%1 declined your invitation.").arg(alias))
        }
    }


    header: AppHeader {
        session: gameSession
        onAboutRequested: aboutDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            objectName: "errorBanner"
            Layout.fillWidth: true
            message: gameSession.errorMessage
            onDismissed: gameSession.clearError()
        }

        ConnectionBanner {
            objectName: "connectionBanner"
            Layout.fillWidth: true
            session: gameSession
        }

        Loader {
            id: pageLoader

            objectName: "pageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // A Loader is a focus scope: the page it loads also says focus: true.
            focus: true
            sourceComponent: {
                switch (gameSession.stage) {
                case GameSession.ChoosingAlias:
                    return aliasPage
                case GameSession.Home:
                    return homePage
                case GameSession.Connecting:
                    return connectingPage
                case GameSession.Lobby:
                    return lobbyPage
                case GameSession.Playing:
                    return gamePage
                case GameSession.Replaying:
                    return replayPage
                default:
                    return homePage
                }
            }
        }
    }

    Component {
        id: aliasPage

        AliasPage {
            focus: true
            session: gameSession
        }
    }

    Component {
        id: homePage

        HomePage {
            focus: true
            session: gameSession
            address: window.typedAddress
            onAddressEdited: address => window.typedAddress = address
        }
    }

    Component {
        id: connectingPage

        ConnectingPage {
            focus: true
            session: gameSession
        }
    }

    Component {
        id: lobbyPage

        LobbyPage {
            focus: true
            session: gameSession
        }
    }

    Component {
        id: gamePage

        GamePage {
            focus: true
            session: gameSession
        }
    }

    Component {
        id: replayPage

        ReplayPage {
            focus: true
            session: gameSession
        }
    }

    InvitationDialog {
        session: gameSession
    }

    AboutDialog {
        id: aboutDialog

        objectName: "aboutDialog"
    }

    IdentityDialog {
        objectName: "identityDialog"
        session: gameSession
    }

    NoticePopup {
        id: notice

        objectName: "notice"
    }
}
