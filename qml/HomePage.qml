// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import TicTacToe.Client

// Host a game, play the computer on this computer alone, pick a game announced on this network, or
// type an address.
ScrollablePage {
    id: page

    required property GameSession session
    readonly property int defaultPort: 8080
    // What the join-by-address field starts with; kept by the window, since this page is created
    // anew each time the session comes back home (after a failed join, say).
    property string address
    property string addressMessage

    signal addressEdited(string address)

    // Splits "host", "host:port", "[v6]" or "[v6]:port" into { address, port, error }; the link a
    // hosting lobby shows, "http://host:port/", gives the same.
    function parseAddress(text) {
        const input = text.trim().replace(/^http:\/\/([^\/]*)\/?$/i, "$1")
        if (input === "")
            return { address: "", port: 0, error: qsTr("Type an address such as 192.168.1.5:8080.") }
        let address = input
        let portText = ""
        let portGiven = false
        const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(input)
        if (bracketed) {
            address = bracketed[1]
            portGiven = bracketed[2] !== undefined
            portText = portGiven ? bracketed[2] : ""
        } else if (input.indexOf(":") !== -1 && input.indexOf(":") === input.lastIndexOf(":")) {
            const colon = input.indexOf(":")
            address = input.slice(0, colon)
            portText = input.slice(colon + 1)
            portGiven = true
        }
        if (address === "" || /[\s\/\[\]]/.test(address))
            return { address: "", port: 0, error: qsTr("“%1” is not an address.").arg(input) }
        let port = defaultPort
        if (portGiven) {
            if (!/^[0-9]{1,5}$/.test(portText))
                return { address: "", port: 0, error: qsTr("The port after “:” must be a number.") }
            port = parseInt(portText, 10)
            if (port < 1 || port > 65535)
                return { address: "", port: 0, error: qsTr("The port must be between 1 and 65535.") }
        }
        return { address: address, port: port, error: "" }
    }

    function joinTypedAddress() {
        const parsed = parseAddress(addressField.text)
        addressMessage = parsed.error
        if (parsed.error !== "") {
            addressField.forceActiveFocus()
            return
        }
        session.joinHost(parsed.address, parsed.port)
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("Hello, %1!").arg(page.session.player.alias)
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Host a game for the people on this network, join one, or play the computer.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: width >= 2 * Theme.cardMinWidth + Theme.spacingLarge ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingLarge

            Card {
                Layout.fillWidth: true
                focus: true
                title: qsTr("Host a game")
                subtitle: qsTr("Your computer runs the game; others on this network see it and join.")

                ActionButton {
                    objectName: "hostButton"
                    focus: true
                    text: qsTr("Host a game on this network")
                    highlighted: true
                    onClicked: page.session.hostGame()
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Play against the computer")
                subtitle: qsTr("On this computer alone, with no network needed. You choose its level next.")

                ActionButton {
                    objectName: "computerButton"
                    text: qsTr("Play against the computer")
                    onClicked: page.session.playAgainstComputer()
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Join by address")
                subtitle: qsTr("Type the address the host sees in their lobby.")

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    InputField {
                        id: addressField

                        objectName: "addressField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("e.g. 192.168.1.5:8080")
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        text: page.address
                        Accessible.name: qsTr("Host address and port")
                        onTextEdited: {
                            page.addressMessage = ""
                            page.addressEdited(text)
                        }
                        onAccepted: page.joinTypedAddress()
                    }

                    ActionButton {
                        objectName: "joinAddressButton"
                        text: qsTr("Join")
                        onClicked: page.joinTypedAddress()
                    }
                }

                Label {
                    objectName: "addressValidation"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: page.addressMessage
                    color: Theme.errorText
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Games on this network")

            EmptyState {
                objectName: "hostsEmptyState"
                Layout.fillWidth: true
                visible: hostRepeater.count === 0
                busy: visible
                text: qsTr("Looking for games on this network…")
            }

            Repeater {
                id: hostRepeater

                objectName: "hostRepeater"
                model: page.session.hosts

                delegate: RowLayout {
                    id: hostRow

                    required property string name
                    required property string alias
                    required property string address
                    required property int port
                    required property int players
                    required property string incompatibility

                    readonly property string title: alias !== "" ? qsTr("%1's game").arg(alias) : name

                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            objectName: "hostTitle"
                            Layout.fillWidth: true
                            text: hostRow.title
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }

                        Label {
                            objectName: "hostDetails"
                            Layout.fillWidth: true
                            text: qsTr("%1:%2 · %3").arg(hostRow.address).arg(hostRow.port)
                                  .arg(qsTr("%n player(s)", "", hostRow.players))
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                            elide: Text.ElideRight
                        }

                        Label {
                            objectName: "hostIncompatibility"
                            Layout.fillWidth: true
                            visible: hostRow.incompatibility !== ""
                            text: hostRow.incompatibility
                            color: Theme.warningText
                            font.pixelSize: Theme.fontCaption
                            wrapMode: Text.Wrap
                        }
                    }

                    ActionButton {
                        objectName: "joinHostButton"
                        visible: hostRow.incompatibility === ""
                        text: qsTr("Join")
                        Accessible.name: qsTr("Join %1").arg(hostRow.title)
                        onClicked: page.session.joinHost(hostRow.address, hostRow.port)
                    }
                }
            }
        }
    }
}
