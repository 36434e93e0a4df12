// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client
import TicTacToe.Testing

SessionTestCase {
    id: testCase

    function createWindow() {
        TestSessions.prepare({ alias: "Alice" })
        const window = track(mainComponent)
        tryCompare(window, "active", true)
        return window
    }

    function page(window) {
        return findChild(window.contentItem, "pageLoader").item
    }

    // Opens the header's language menu and picks one of its items.
    function choose(window, itemName) {
        const button = findChild(window.contentItem, "languageButton")
        const menu = findChild(button, "languageMenu")
        verify(menu, "the language menu")
        mouseClick(button)
        tryCompare(menu, "opened", true)
        const item = findChild(menu.contentItem, itemName)
        verify(item, itemName)
        mouseClick(item)
        tryCompare(menu, "visible", false)
        return menu
    }

    name: "Language"

    // The translation is the application's: the next tests read English again.
    function cleanup() {
        Language.choice = Language.FollowSystem
    }

    Component {
        id: mainComponent

        Main {}
    }

    function test_theHeaderMenuSwitchesThePagesAtOnce() {
        const window = createWindow()
        const hostButton = findChild(page(window), "hostButton")
        const languageButton = findChild(window.contentItem, "languageButton")
        compare(hostButton.text, "Host a game on this network")
        compare(languageButton.text, "Language")

        const menu = choose(window, "frenchItem")
        compare(Language.choice, Language.French)
        verify(findChild(menu.contentItem, "frenchItem").checked)
        compare(hostButton.text, "Héberger une partie sur ce réseau")
        compare(languageButton.text, "Langue")
        compare(findChild(window.contentItem, "headerConnectionState").text, "Hors ligne")

        choose(window, "englishItem")
        compare(Language.choice, Language.English)
        compare(hostButton.text, "Host a game on this network")
        compare(languageButton.text, "Language")
    }

    // Texts made in C++, such as the connection's, follow too.
    function test_theSessionsTextsFollow() {
        const window = createWindow()
        window.session.hostGame()
        tryCompare(window.session, "stage", GameSession.Lobby, networkTimeout)
        const status = findChild(window.contentItem, "headerStatus")
        tryVerify(() => status.text.startsWith("· Hosting a game at "), networkTimeout, status.text)

        choose(window, "frenchItem")
        compare(status.text, "· Vous hébergez une partie à " + window.session.connection.hostAddress)

        choose(window, "systemLanguageItem")
        compare(Language.choice, Language.FollowSystem)
        compare(status.text, "· Hosting a game at " + window.session.connection.hostAddress)
    }
}
