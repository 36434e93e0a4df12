// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe
import TicTacToe.Client

// Who is online (invite them), the computer to play at a chosen level, and the three best players.
// A host for this computer alone (to play the computer) has nobody else to list or to invite.
ScrollablePage {
    id: page

    required property GameSession session
    readonly property bool computerOnly: session.connection.computerOnly
    // Whom I invited last, until they answer (a new game takes the session off this page).
    property string invitedAlias

    Connections {
        target: page.session.invitations
        function onDeclined() {
            page.invitedAlias = ""
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("Lobby")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                text: page.computerOnly ? qsTr("Choose how well the computer plays. You play X and move first.")
                                        : qsTr("Invite someone who is online, or play the computer.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }

        ActionButton {
            objectName: "leaveButton"
            Layout.alignment: Qt.AlignTop
            text: page.session.connection.hosting && !page.computerOnly ? qsTr("Stop hosting") : qsTr("Leave")
            onClicked: page.session.leave()
        }
    }

    Pane {
        objectName: "hostAddressPanel"
        Layout.fillWidth: true
        visible: page.session.connection.hosting && !page.computerOnly
        padding: Theme.spacing
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge

        background: Rectangle {
            color: Theme.hostPanelBackground
            border.color: Theme.hostPanelBorder
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                objectName: "joinLinksIntro"
                Layout.fillWidth: true
                text: page.session.joinLinks.thisComputerOnly
                      ? qsTr("You are hosting, but this computer has no network others can reach: only a browser on this computer can join, at:")
                      : qsTr("You are hosting. Others on this network see your game, or join it in a browser: a phone scans the code.")
                color: Theme.text
                wrapMode: Text.Wrap
            }

            // One link and its code for each network this computer is on; several wrap.
            Flow {
                id: joinLinkFlow

                Layout.fillWidth: true
                spacing: Theme.spacingLarge

                Repeater {
                    objectName: "joinLinkRepeater"
                    model: page.session.joinLinks

                    delegate: ColumnLayout {
                        id: joinLink

                        required property string link

                        width: Math.min(joinLinkFlow.width,
                                        Math.max(Theme.qrCodeSize,
                                                 linkField.contentWidth + linkField.leftPadding + linkField.rightPadding + 2))
                        spacing: Theme.spacingSmall

                        InputField {
                            id: linkField

                            objectName: "joinLinkField"
                            Layout.fillWidth: true
                            text: joinLink.link
                            readOnly: true
                            font.bold: true
                            font.family: "monospace"
                            Accessible.name: qsTr("Link others can join at")
                        }

                        // A phone scanning a loopback link would open its own loopback: no code then.
                        QrCodeItem {
                            objectName: "joinLinkQrCode"
                            Layout.preferredWidth: Theme.qrCodeSize
                            Layout.preferredHeight: Theme.qrCodeSize
                            Layout.alignment: Qt.AlignHCenter
                            visible: !page.session.joinLinks.thisComputerOnly
                            text: joinLink.link
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code of %1").arg(joinLink.link)
                        }
                    }
                }
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: width >= 2 * Theme.cardMinWidth + Theme.spacingLarge ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        // Alone with the computer, there is nobody to invite and no other game to watch.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop
            visible: !page.computerOnly
            spacing: Theme.spacingLarge

            Card {
                objectName: "onlinePlayersCard"
                Layout.fillWidth: true
                title: qsTr("Online players")

                EmptyState {
                    Layout.fillWidth: true
                    visible: playerRepeater.count === 0
                    busy: visible
                    text: qsTr("Loading who is online…")
                }

                Repeater {
                    id: playerRepeater

                    objectName: "playerRepeater"
                    model: page.session.onlinePlayers

                    delegate: RowLayout {
                        id: playerRow

                        required property string userId
                        required property string alias
                        required property bool isMe

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Rectangle {
                            implicitWidth: 32
                            implicitHeight: 32
                            radius: 16
                            color: playerRow.isMe ? Theme.accent : Theme.surfaceBorder
                            Accessible.ignored: true

                            Label {
                                anchors.centerIn: parent
                                text: playerRow.alias.charAt(0).toUpperCase()
                                color: playerRow.isMe ? Theme.accentText : Theme.text
                                font.bold: true
                            }
                        }

                        Label {
                            objectName: "playerName"
                            Layout.fillWidth: true
                            text: playerRow.isMe ? qsTr("%1 (you)").arg(playerRow.alias) : playerRow.alias
                            font.bold: playerRow.isMe
                            color: Theme.text
                            elide: Text.ElideRight
                        }

                        ActionButton {
                            objectName: "inviteButton"
                            visible: !playerRow.isMe
                            text: qsTr("Invite")
                            Accessible.name: qsTr("Invite %1").arg(playerRow.alias)
                            onClicked: {
                                page.invitedAlias = playerRow.alias
                                page.session.invitations.invite(playerRow.userId)
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "invitationPending"
                    Layout.fillWidth: true
                    visible: page.invitedAlias !== ""
                    busy: visible
                    text: qsTr("Waiting for %1 to answer your invitation…").arg(page.invitedAlias)
                }

                EmptyState {
                    objectName: "aloneState"
                    Layout.fillWidth: true
                    visible: playerRepeater.count === 1
                    text: page.session.connection.hosting
                          ? qsTr("No one else is here yet. Others can join at the link above.")
                          : qsTr("No one else is here yet.")
                }
            }

            Card {
                objectName: "liveGamesCard"
                Layout.fillWidth: true
                title: qsTr("Games in progress")

                EmptyState {
                    objectName: "liveGamesEmptyState"
                    Layout.fillWidth: true
                    visible: liveGameRepeater.count === 0
                    text: qsTr("No game in progress to watch")
                }

                Repeater {
                    id: liveGameRepeater

                    objectName: "liveGameRepeater"
                    model: page.session.liveGames

                    delegate: RowLayout {
                        id: liveGameRow

                        required property string gameId
                        required property string players
                        required property string details

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0

                            Label {
                                objectName: "liveGamePlayers"
                                Layout.fillWidth: true
                                text: liveGameRow.players
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }

                            Label {
                                objectName: "liveGameDetails"
                                Layout.fillWidth: true
                                text: liveGameRow.details
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                wrapMode: Text.Wrap
                            }
                        }

                        ActionButton {
                            objectName: "watchButton"
                            text: qsTr("Watch")
                            Accessible.name: qsTr("Watch %1").arg(liveGameRow.players)
                            onClicked: page.session.watchGame(liveGameRow.gameId)
                        }
                    }
                }

                ActionButton {
                    objectName: "refreshLiveGamesButton"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Refresh")
                    onClicked: page.session.refreshGameLists()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingLarge

            Card {
                objectName: "computerCard"
                Layout.fillWidth: true
                title: qsTr("Play the computer")
                subtitle: page.computerOnly ? "" : qsTr("Always here, at the level you choose.")

                EmptyState {
                    Layout.fillWidth: true
                    visible: computerRepeater.count === 0
                    busy: visible
                    text: qsTr("Asking the host for its computer players…")
                }

                // One button per level, in the host's order (Easy, Medium, Perfect): as wide as each
                // other where there is room, never narrower than its label.
                RowLayout {
                    Layout.fillWidth: true
                    visible: computerRepeater.count > 0
                    spacing: Theme.spacingSmall

                    Repeater {
                        id: computerRepeater

                        objectName: "computerRepeater"
                        model: page.session.computerOpponents

                        delegate: ActionButton {
                            required property string userId
                            required property string alias
                            required property string level

                            objectName: "computer" + level + "Button"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.minimumWidth: implicitWidth
                            text: level
                            Accessible.name: qsTr("Play %1").arg(alias)
                            onClicked: page.session.invitations.invite(userId)
                        }
                    }
                }

                Label {
                    objectName: "computerNoScoreNote"
                    Layout.fillWidth: true
                    text: qsTr("Games against the computer do not count for the hall of fame.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Hall of fame")

                EmptyState {
                    objectName: "hallOfFameEmptyState"
                    Layout.fillWidth: true
                    visible: fameRepeater.count === 0
                    text: qsTr("No wins yet")
                }

                Repeater {
                    id: fameRepeater

                    objectName: "fameRepeater"
                    model: page.session.hallOfFame

                    delegate: RowLayout {
                        id: fameRow

                        required property int rank
                        required property string alias
                        required property int score

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Rectangle {
                            implicitWidth: 32
                            implicitHeight: 32
                            radius: 16
                            color: fameRow.rank === 1 ? Theme.medalGold
                                                      : fameRow.rank === 2 ? Theme.medalSilver : Theme.medalBronze
                            Accessible.ignored: true

                            Label {
                                anchors.centerIn: parent
                                text: fameRow.rank
                                color: Theme.medalText
                                font.bold: true
                            }
                        }

                        Label {
                            objectName: "fameAlias"
                            Layout.fillWidth: true
                            text: fameRow.alias
                            color: Theme.text
                            elide: Text.ElideRight
                            Accessible.name: qsTr("Rank %1: %2, %n point(s)", "", fameRow.score)
                                             .arg(fameRow.rank).arg(fameRow.alias)
                        }

                        Label {
                            objectName: "fameScore"
                            text: qsTr("%1 pts").arg(fameRow.score)
                            color: Theme.textMuted
                            font.bold: true
                        }
                    }
                }
            }

            Card {
                objectName: "recentGamesCard"
                Layout.fillWidth: true
                title: qsTr("Recent games")

                EmptyState {
                    objectName: "recentGamesEmptyState"
                    Layout.fillWidth: true
                    visible: recentGameRepeater.count === 0
                    text: qsTr("No game has ended here yet")
                }

                Repeater {
                    id: recentGameRepeater

                    objectName: "recentGameRepeater"
                    model: page.session.recentGames

                    delegate: RowLayout {
                        id: recentGameRow

                        required property string gameId
                        required property string players
                        required property string details

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0

                            Label {
                                objectName: "recentGamePlayers"
                                Layout.fillWidth: true
                                text: recentGameRow.players
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }

                            Label {
                                objectName: "recentGameDetails"
                                Layout.fillWidth: true
                                text: recentGameRow.details
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                wrapMode: Text.Wrap
                            }
                        }

                        ActionButton {
                            objectName: "replayButton"
                            text: qsTr("Replay")
                            Accessible.name: qsTr("Replay %1").arg(recentGameRow.players)
                            onClicked: page.session.openReplay(recentGameRow.gameId)
                        }
                    }
                }
            }
        }
    }
}
