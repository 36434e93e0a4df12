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

    // Opens the header's theme menu and picks one of its items.
    function choose(window, itemName) {
        const button = findChild(window.contentItem, "themeButton")
        const menu = findChild(button, "themeMenu")
        verify(menu, "the theme menu")
        mouseClick(button)
        tryCompare(menu, "opened", true)
        const item = findChild(menu.contentItem, itemName)
        verify(item, itemName)
        mouseClick(item)
        tryCompare(menu, "visible", false)
        return menu
    }

    function lightness(colour) {
        return colour.hslLightness
    }

    name: "Theme"

    function init() {
        Appearance.scheme = Appearance.Light
    }

    function cleanupTestCase() {
        Appearance.scheme = Appearance.FollowSystem
    }

    Component {
        id: mainComponent

        Main {}
    }

    function test_darkIsAPaletteOfItsOwn() {
        const light = {}
        const roles = ["background", "surface", "surfaceBorder", "text", "textMuted", "accent",
                       "buttonFace", "fieldBackground", "headerBackground", "cellHighlight",
                       "hostPanelBackground", "errorBackground", "warningBackground", "winning"]
        for (const role of roles)
            light[role] = String(Theme[role])
        verify(!Theme.dark)
        verify(lightness(Theme.text) < lightness(Theme.background) - 0.5, "dark text on light")

        Appearance.scheme = Appearance.Dark
        verify(Theme.dark)
        for (const role of roles)
            verify(!Qt.colorEqual(Theme[role], light[role]), role + " has a dark value")
        verify(lightness(Theme.text) > lightness(Theme.background) + 0.5, "light text on dark")
        verify(lightness(Theme.textMuted) > lightness(Theme.surface) + 0.3, "muted text reads too")
        verify(lightness(Theme.accentText) < lightness(Theme.accent) - 0.3, "a highlighted button reads")
    }

    function test_theHeaderMenuSwitchesTheWindow() {
        const window = createWindow()
        compare(window.color, Theme.background)
        // A colour read from a property follows it: keep its name.
        const lightBackground = String(window.color)

        const menu = choose(window, "darkThemeItem")
        compare(Appearance.scheme, Appearance.Dark)
        verify(Theme.dark)
        verify(!Qt.colorEqual(window.color, lightBackground))
        compare(window.color, Theme.background)
        // Fusion's controls draw from the window's palette: fields, buttons and bars follow too.
        compare(window.palette.base, Theme.fieldBackground)
        compare(window.palette.button, Theme.buttonFace)
        compare(window.palette.text, Theme.text)
        compare(window.palette.highlight, Theme.accent)
        verify(findChild(menu.contentItem, "darkThemeItem").checked)
        verify(!findChild(menu.contentItem, "lightThemeItem").checked)

        choose(window, "systemThemeItem")
        compare(Appearance.scheme, Appearance.FollowSystem)
        // The offscreen platform's palette is light.
        verify(!Theme.dark)
        verify(Qt.colorEqual(window.color, lightBackground))
        verify(findChild(menu.contentItem, "systemThemeItem").checked)

        // Chosen again, an item stays chosen.
        choose(window, "systemThemeItem")
        compare(Appearance.scheme, Appearance.FollowSystem)
        verify(findChild(menu.contentItem, "systemThemeItem").checked)

        // A change made elsewhere shows in the menu.
        Appearance.scheme = Appearance.Light
        verify(findChild(menu.contentItem, "lightThemeItem").checked)
        verify(!findChild(menu.contentItem, "systemThemeItem").checked)
    }
}
