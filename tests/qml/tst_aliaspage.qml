// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import TicTacToe
import TicTacToe.Client

SessionTestCase {
    id: testCase

    function createPage(session) {
        return track(pageComponent, { session: session, width: testCase.width, height: testCase.height })
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text.charAt(i))
    }

    name: "AliasPage"

    Component {
        id: pageComponent

        AliasPage {}
    }

    function test_firstRunStartsWithAnEmptyField() {
        const session = createSession("")
        const page = createPage(session)
        compare(session.stage, GameSession.ChoosingAlias)
        const field = findChild(page, "aliasField")
        compare(field.text, "")
        page.forceActiveFocus()
        tryCompare(field, "activeFocus", true)
    }

    function test_emptyAliasIsRefused_data() {
        return [
            { tag: "nothing typed", typed: "" },
            { tag: "only spaces", typed: "   " },
        ]
    }

    function test_emptyAliasIsRefused(data) {
        const session = createSession("")
        const page = createPage(session)
        const field = findChild(page, "aliasField")
        const validation = findChild(page, "aliasValidation")
        field.forceActiveFocus()
        typeText(data.typed)
        keyClick(Qt.Key_Return)
        compare(validation.text, "Please type an alias first.")
        mouseClick(findChild(page, "continueButton"))
        compare(validation.text, "Please type an alias first.")
        compare(session.stage, GameSession.ChoosingAlias)
        compare(session.player.alias, "")
        // The page refused it itself: the session was never asked.
        compare(session.errorMessage, "")

        // Typing again hides the message.
        field.forceActiveFocus()
        typeText("B")
        compare(validation.text, "")
    }

    function test_enterChoosesTheTrimmedAlias() {
        const session = createSession("")
        const page = createPage(session)
        const field = findChild(page, "aliasField")
        field.forceActiveFocus()
        typeText("  Alice ")
        keyClick(Qt.Key_Return)
        compare(session.player.alias, "Alice")
        compare(session.stage, GameSession.Home)
        compare(findChild(page, "aliasValidation").text, "")
    }

    function test_continueButtonChoosesTheAlias() {
        const session = createSession("")
        const page = createPage(session)
        findChild(page, "aliasField").forceActiveFocus()
        typeText("Bob")
        const button = findChild(page, "continueButton")
        mouseClick(button)
        compare(session.player.alias, "Bob")
        compare(session.stage, GameSession.Home)
    }

    function test_continueButtonWorksFromTheKeyboard() {
        const session = createSession("")
        const page = createPage(session)
        findChild(page, "aliasField").forceActiveFocus()
        typeText("Carol")
        keyClick(Qt.Key_Tab)
        const button = findChild(page, "continueButton")
        verify(button.activeFocus, "Tab moves from the field to Continue")
        keyClick(Qt.Key_Space)
        compare(session.player.alias, "Carol")
        compare(session.stage, GameSession.Home)
    }

    function test_aliasLongerThan32CharactersCannotBeTyped() {
        const session = createSession("")
        const page = createPage(session)
        const field = findChild(page, "aliasField")
        field.forceActiveFocus()
        typeText("abcdefghijklmnopqrstuvwxyz0123456789")
        compare(field.text, "abcdefghijklmnopqrstuvwxyz012345")
        keyClick(Qt.Key_Enter)
        compare(session.player.alias, "abcdefghijklmnopqrstuvwxyz012345")
    }
}

