// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client
import TicTacToe.Testing

SessionTestCase {
    id: testCase

    function createPage(session) {
        return track(pageComponent, { session: session, width: testCase.width, height: testCase.height })
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text.charAt(i))
    }

    name: "HomePage"

    Component {
        id: pageComponent

        HomePage {}
    }

    function test_parseAddress_data() {
        return [
            { tag: "address and port", text: "192.168.1.5:9000", address: "192.168.1.5", port: 9000 },
            { tag: "spaces around", text: "  10.0.0.7:8081 ", address: "10.0.0.7", port: 8081 },
            { tag: "host name and port", text: "gamebox.lan:1234", address: "gamebox.lan", port: 1234 },
            { tag: "no port means 8080", text: "192.168.1.5", address: "192.168.1.5", port: 8080 },
            { tag: "bracketed IPv6 and port", text: "[fe80::1]:8082", address: "fe80::1", port: 8082 },
            { tag: "bare IPv6 means 8080", text: "::1", address: "::1", port: 8080 },
            { tag: "highest port", text: "h:65535", address: "h", port: 65535 },
            { tag: "a hosting lobby's link", text: "http://192.168.1.20:8080/", address: "192.168.1.20", port: 8080 },
            { tag: "an IPv6 link", text: "http://[2001:db8::20]:8081/", address: "2001:db8::20", port: 8081 },
        ]
    }

    function test_parseAddress(data) {
        const page = createPage(createSession("Alice"))
        const parsed = page.parseAddress(data.text)
        compare(parsed.error, "")
        compare(parsed.address, data.address)
        compare(parsed.port, data.port)
    }

    function test_parseAddressRefuses_data() {
        return [
            { tag: "empty", text: "" },
            { tag: "blank", text: "   " },
            { tag: "port missing after colon", text: "192.168.1.5:" },
            { tag: "port not a number", text: "192.168.1.5:http" },
            { tag: "port zero", text: "192.168.1.5:0" },
            { tag: "port too large", text: "192.168.1.5:65536" },
            { tag: "host missing", text: ":8080" },
            { tag: "space inside", text: "192.168 .1.5:8080" },
            { tag: "empty brackets", text: "[]:8080" },
            { tag: "a link with a path", text: "http://192.168.1.20:8080/games" },
        ]
    }

    function test_parseAddressRefuses(data) {
        const page = createPage(createSession("Alice"))
        const parsed = page.parseAddress(data.text)
        verify(parsed.error !== "", "refused " + data.text)
    }

    function test_joinByAddressSplitsHostAndPort() {
        const host = hostSession("Hostess")
        const guest = createSession("Guest")
        const page = createPage(guest)
        const port = portOf(host.connection.hostAddress)
        const field = findChild(page, "addressField")
        field.forceActiveFocus()
        typeText("127.0.0.1:" + port)
        keyClick(Qt.Key_Return)
        // Only the address and port the field held can get the guest into the host's lobby.
        tryCompare(guest, "stage", GameSession.Lobby, networkTimeout)
        compare(guest.connection.message, "Connected to 127.0.0.1:" + port)
        tryCompare(host.onlinePlayers, "count", 2, networkTimeout)
    }

    function test_joinButtonUsesTheTypedAddress() {
        const host = hostSession("Hostess")
        const guest = createSession("Guest")
        const page = createPage(guest)
        findChild(page, "addressField").forceActiveFocus()
        typeText(" 127.0.0.1:" + portOf(host.connection.hostAddress) + " ")
        mouseClick(findChild(page, "joinAddressButton"))
        tryCompare(guest, "stage", GameSession.Lobby, networkTimeout)
    }

    function test_invalidAddressIsNotJoined() {
        const guest = createSession("Guest")
        const page = createPage(guest)
        const field = findChild(page, "addressField")
        const validation = findChild(page, "addressValidation")
        field.forceActiveFocus()
        typeText("127.0.0.1:port")
        keyClick(Qt.Key_Return)
        compare(validation.text, "The port after “:” must be a number.")
        verify(validation.visible)
        compare(guest.stage, GameSession.Home)
        compare(guest.connection.state, GameClient.Offline)
        // Editing the address clears the message.
        keyClick(Qt.Key_Backspace)
        compare(validation.text, "")
        verify(!validation.visible)
    }

    function test_listsHostsFoundOnTheNetwork() {
        const discoveryPort = TestSessions.freeUdpPort()
        verify(discoveryPort > 0)
        // The host first: of two sockets sharing a port, the one bound last gets loopback beacons,
        // and each session binds its browser in the order the sessions were created.
        const host = createSession("Hostess", { discoveryPort: discoveryPort })
        const viewer = createSession("Viewer", { discoveryPort: discoveryPort })
        const page = createPage(viewer)
        const repeater = findChild(page, "hostRepeater")
        const emptyState = findChild(page, "hostsEmptyState")
        compare(repeater.count, 0)
        verify(emptyState.visible)
        compare(emptyState.text, "Looking for games on this network…")

        host.hostGame()
        tryCompare(host, "stage", GameSession.Lobby, networkTimeout)
        tryCompare(repeater, "count", 1, networkTimeout)
        verify(!emptyState.visible)
        const row = repeater.itemAt(0)
        const port = portOf(host.connection.hostAddress)
        compare(findChild(row, "hostTitle").text, "Hostess's game")
        tryVerify(() => findChild(row, "hostDetails").text.startsWith("127.0.0.1:" + port + " · "),
                  networkTimeout, findChild(row, "hostDetails").text)

        mouseClick(findChild(row, "joinHostButton"))
        tryCompare(viewer, "stage", GameSession.Lobby, networkTimeout)
        compare(viewer.connection.message, "Connected to Hostess's game at 127.0.0.1:" + port)
    }

    function test_hostButtonHostsAGame() {
        const session = createSession("Alice")
        const page = createPage(session)
        const button = findChild(page, "hostButton")
        compare(button.text, "Host a game on this network")
        button.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(session, "stage", GameSession.Lobby, networkTimeout)
        verify(session.connection.hosting)
    }

    function test_computerButtonPlaysOnThisComputerAlone() {
        const session = createSession("Alice")
        const page = createPage(session)
        const button = findChild(page, "computerButton")
        compare(button.text, "Play against the computer")
        mouseClick(button)
        tryCompare(session, "stage", GameSession.Lobby, networkTimeout)
        verify(session.connection.hosting)
        verify(session.connection.computerOnly)
        verify(session.connection.hostAddress.startsWith("127.0.0.1:"), session.connection.hostAddress)
        compare(session.connection.message, "Playing against the computer on this computer")
        // Its lobby offers the computer's three levels.
        tryCompare(session.computerOpponents, "count", 3, networkTimeout)
    }
}
