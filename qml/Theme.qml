// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

pragma Singleton

import QtQuick

// Spacing, type sizes and colours, defined once for every page.
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

    readonly property color background: "#eef1f5"
    readonly property color surface: "#ffffff"
    readonly property color surfaceBorder: "#d5dbe3"
    readonly property color text: "#1c2430"
    readonly property color textMuted: "#5a6675"
    readonly property color accent: "#2f6fd6"
    readonly property color buttonFace: "#f4f6f9"
    readonly property color dialogShadow: "#331c2430"
    readonly property color accentText: "#ffffff"
    readonly property color headerBackground: "#1f3a5f"
    readonly property color headerText: "#ffffff"
    readonly property color headerTextMuted: "#c4d3e8"

    readonly property color markX: "#2f6fd6"
    readonly property color markO: "#d2553f"
    readonly property color winning: "#ffe08a"
    readonly property color winningBorder: "#e0a800"

    readonly property color online: "#3fb96b"
    readonly property color connecting: "#f0b429"
    readonly property color offline: "#9aa5b1"

    readonly property color errorBackground: "#fdecea"
    readonly property color errorBorder: "#e5a29b"
    readonly property color errorText: "#8a1c12"
    readonly property color warningBackground: "#fff4dc"
    readonly property color warningBorder: "#e6c27a"
    readonly property color warningText: "#6b4a00"
    readonly property color noticeBackground: "#263445"
    readonly property color noticeText: "#ffffff"
}
