// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

pragma Singleton

import QtQuick
import TicTacToe.Client

// Spacing, type sizes and colours, defined once for every page. Each colour is named by its role
// and has a dark and a light value (dark ? dark : light), or one that reads in both; Appearance,
// the player's choice kept in C++, picks the theme.
QtObject {
    readonly property int spacingSmall: 6
    readonly property int spacing: 12
    readonly property int spacingLarge: 24
    readonly property int margin: 24
    readonly property int radius: 6

    readonly property int fontCaption: 13
    readonly property int fontBody: 15
    readonly property int fontSubtitle: 17
    readonly property int fontTitle: 22
    readonly property int fontHeadline: 30
    readonly property int fontMark: 56

    // Content never grows wider than this, so lines stay readable on wide windows.
    readonly property int contentMaxWidth: 1040
    readonly property int cardMinWidth: 320
    readonly property int controlHeight: 36
    // A QR code a phone reads from an arm's length: its modules a few pixels each.
    readonly property int qrCodeSize: 180
    // A board page (playing, watching, replaying) puts its panel beside the board from this width.
    readonly property int boardBesidePanelWidth: 760
    readonly property int sidePanelWidth: 360

    // The side of a board page's board: as large as the page allows, within readable bounds.
    function boardSize(availableWidth, availableHeight, besidePanel) {
        const columnWidth = Math.min(contentMaxWidth, availableWidth - 2 * margin)
        const fitted = besidePanel ? Math.min(columnWidth - sidePanelWidth - spacingLarge,
                                              availableHeight - 2 * margin)
                                   : Math.min(columnWidth, 420)
        return Math.max(216, Math.min(560, fitted))
    }

    readonly property bool dark: Appearance.dark

    readonly property color background: dark ? "#12161c" : "#eef1f5"
    readonly property color surface: dark ? "#1c232d" : "#ffffff"
    readonly property color surfaceBorder: dark ? "#364150" : "#d5dbe3"
    readonly property color text: dark ? "#e6ebf2" : "#1c2430"
    readonly property color textMuted: dark ? "#a3afbf" : "#5a6675"
    readonly property color accent: dark ? "#6ea2f5" : "#2f6fd6"
    readonly property color accentText: dark ? "#0b1526" : "#ffffff"
    readonly property color accentHovered: dark ? "#82b0f7" : "#2c68ca"
    readonly property color accentPressed: dark ? "#9cc0fa" : "#295fba"
    readonly property color accentBorder: dark ? "#4a86e8" : "#2759b2"
    // The focus ring of a highlighted button, drawn on the accent.
    readonly property color accentFocusBorder: dark ? "#ffffff" : "#1f3a5f"
    readonly property color buttonFace: dark ? "#27303c" : "#f4f6f9"
    readonly property color buttonFaceHovered: dark ? "#303a48" : "#e6e9ee"
    readonly property color buttonFacePressed: dark ? "#3a4656" : "#d4d8de"
    // A flat button sits on a coloured bar (the header, a notice): it only lightens that bar, in
    // either theme.
    readonly property color flatButtonFace: "transparent"
    readonly property color flatButtonHovered: "#26ffffff"
    readonly property color dialogShadow: dark ? "#80000000" : "#331c2430"
    // Dims the window behind a modal dialog.
    readonly property color modalOverlay: dark ? "#99000000" : "#401c2430"
    readonly property color headerBackground: dark ? "#0c1828" : "#1f3a5f"
    readonly property color headerText: dark ? "#e6ebf2" : "#ffffff"
    readonly property color headerTextMuted: dark ? "#9fb3cc" : "#c4d3e8"

    // What Fusion's controls draw with beyond the colours above: text fields, grooves, bevels.
    readonly property color fieldBackground: dark ? "#151b23" : "#ffffff"
    readonly property color placeholderText: dark ? "#7d8a9b" : "#8a95a3"
    readonly property color controlLight: dark ? "#4a5566" : "#ffffff"
    readonly property color controlMidlight: dark ? "#394353" : "#e3e7ec"
    readonly property color controlMid: dark ? "#2d3644" : "#b8c0ca"
    readonly property color controlDark: dark ? "#10141a" : "#9aa3ae"
    readonly property color controlShadow: dark ? "#000000" : "#767f8a"

    readonly property color markX: dark ? "#6ea2f5" : "#2f6fd6"
    readonly property color markO: dark ? "#f07a64" : "#d2553f"
    // A playable cell under the pointer or the keyboard's focus.
    readonly property color cellHighlight: dark ? "#24364f" : "#d3e2fa"
    readonly property color winning: dark ? "#5a4812" : "#ffe08a"
    readonly property color winningBorder: "#e0a800"

    // The hosting lobby's panel with the join links.
    readonly property color hostPanelBackground: dark ? "#172638" : "#e6effc"
    readonly property color hostPanelBorder: dark ? "#2f4f7a" : "#93b7ee"

    // The hall of fame's first three places, and the rank written on them.
    readonly property color medalGold: dark ? "#d9ad2f" : "#f2c94c"
    readonly property color medalSilver: dark ? "#a9b3bf" : "#c9d1d9"
    readonly property color medalBronze: dark ? "#c4875e" : "#e0a37a"
    readonly property color medalText: dark ? "#10151c" : "#1c2430"

    // The connection's state in the header, which is dark in both themes.
    readonly property color online: "#3fb96b"
    readonly property color connecting: "#f0b429"
    readonly property color offline: dark ? "#7b8794" : "#9aa5b1"

    readonly property color errorBackground: dark ? "#3b1d1a" : "#fdecea"
    readonly property color errorBorder: dark ? "#7c3a32" : "#e5a29b"
    readonly property color errorText: dark ? "#ffb3a7" : "#8a1c12"
    readonly property color warningBackground: dark ? "#352a12" : "#fff4dc"
    readonly property color warningBorder: dark ? "#7a6130" : "#e6c27a"
    readonly property color warningText: dark ? "#f2cf7e" : "#6b4a00"
    readonly property color noticeBackground: dark ? "#334257" : "#263445"
    readonly property color noticeText: dark ? "#f2f5f9" : "#ffffff"
}
