// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe.Client
import TicTacToe.Testing

// A TestCase with real game sessions: one hosts on 127.0.0.1, others join it over loopback.
TestCase {
    id: testCase

    readonly property int networkTimeout: 10000
    property var tracked: []

    // Creates an object that cleanup() destroys, newest first: pages go before the sessions
    // they show.
    function track(component, properties) {
        const object = component.createObject(testCase, properties || {})
        verify(object, "created " + component)
        tracked.push(object)
        return object
    }

    function createSession(alias, options) {
        const settings = Object.assign({}, options || {})
        if (alias !== "")
            settings.alias = alias
        TestSessions.prepare(settings)
        const session = track(sessionComponent)
        verify(session, "a GameSession")
        return session
    }

    function portOf(hostAddress) {
        return parseInt(hostAddress.slice(hostAddress.lastIndexOf(":") + 1), 10)
    }

    function hostSession(alias, options) {
        return startHosting(createSession(alias, options))
    }

    // Hosts a game and waits until the host is in its lobby and lists itself online.
    function startHosting(host) {
        host.hostGame()
        tryCompare(host, "stage", GameSession.Lobby, networkTimeout)
        verify(host.connection.hostAddress.startsWith("127.0.0.1:"), host.connection.hostAddress)
        tryVerify(() => host.onlinePlayers.count > 0, networkTimeout, "the host lists itself online")
        return host
    }

    // The aliases a session's online players model shows now, sorted.
    function onlineAliases(session) {
        const probe = aliasProbeComponent.createObject(testCase, { model: session.onlinePlayers })
        const aliases = []
        for (let i = 0; i < probe.count; ++i)
            aliases.push(probe.objectAt(i).alias)
        probe.destroy()
        return aliases.sort()
    }

    // Joins the host's game and waits until each side knows the other by name.
    function joinSession(host, alias, options) {
        const guest = createSession(alias, options)
        guest.joinHost("127.0.0.1", portOf(host.connection.hostAddress))
        tryCompare(guest, "stage", GameSession.Lobby, networkTimeout)
        const expected = [host.player.alias, guest.player.alias].sort().join("|")
        tryVerify(() => onlineAliases(host).join("|") === expected, networkTimeout,
                  "the host sees " + expected + ", not " + onlineAliases(host).join("|"))
        tryVerify(() => onlineAliases(guest).join("|") === expected, networkTimeout,
                  "the guest sees " + expected + ", not " + onlineAliases(guest).join("|"))
        return guest
    }

    // The host invites the guest and the guest accepts: the host plays X and moves first.
    function startGame(host, guest) {
        tryVerify(() => guest.userId !== "", networkTimeout)
        host.invitations.invite(guest.userId)
        tryCompare(guest.invitations, "pending", true, networkTimeout)
        guest.invitations.accept()
        tryCompare(host, "stage", GameSession.Playing, networkTimeout)
        tryCompare(guest, "stage", GameSession.Playing, networkTimeout)
        tryCompare(host.game, "active", true, networkTimeout)
        tryCompare(guest.game, "active", true, networkTimeout)
        tryCompare(host.game, "myTurn", true, networkTimeout)
    }

    function playMove(player, index) {
        tryVerify(() => player.game.myTurn, networkTimeout, "my turn before playing " + index)
        const moves = player.game.moves.count
        player.game.play(index)
        tryCompare(player.game.moves, "count", moves + 1, networkTimeout)
    }

    // The texts of every item named objectName under root, Repeater rows included.
    function texts(root, objectName) {
        const found = []
        const visit = item => {
            if (!item)
                return
            if (item.objectName === objectName)
                found.push(item.text)
            const children = item.children || []
            for (let i = 0; i < children.length; ++i)
                visit(children[i])
        }
        visit(root)
        return found
    }

    function cleanup() {
        while (tracked.length > 0)
            tracked.pop().destroy()
    }

    width: 1000
    height: 760
    // TestCase hides itself; the pages under test must be visible to take clicks and focus.
    visible: true
    when: windowShown

    Component {
        id: sessionComponent

        GameSession {}
    }

    Component {
        id: aliasProbeComponent

        Instantiator {
            delegate: QtObject {
                required property string alias
            }
        }
    }
}
