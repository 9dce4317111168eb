// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Sizes and colours of the whole UI: large touch targets (>= 48 px), type readable at arm's
// length, and colours that keep their meaning (green pays, red refuses or removes).
QtObject {
    readonly property int touch: 56
    readonly property int touchLarge: 72
    readonly property int spacing: 8
    readonly property int margin: 12
    readonly property int radius: 8

    readonly property int fontSmall: 14
    readonly property int fontNormal: 17
    readonly property int fontLarge: 22
    readonly property int fontPrice: 21 // prices on the basket's lines, read at arm's length
    // The on-screen keyboard's height while it is up (OnScreenKeyboard sets it): dialogs with a
    // text field stay above it.
    property real keyboardHeight: 0
    readonly property int fontTotal: 30
    readonly property int fontHuge: 44
    readonly property string monoFamily: "DejaVu Sans Mono"

    readonly property color background: "#eef1f5"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f7f9fb"
    readonly property color border: "#cfd6df"
    readonly property color text: "#16202c"
    readonly property color textMuted: "#556274"
    readonly property color primary: "#1d4e89"
    readonly property color primaryText: "#ffffff"
    readonly property color pay: "#2e7d32"
    readonly property color danger: "#c62828"
    readonly property color warning: "#e65100"
    readonly property color info: "#37474f"
    readonly property color selection: "#d3e4fa"
    readonly property color returnLine: "#fdecea"
    readonly property color training: "#6a1b9a"
    readonly property color premium: "#8a6d1d" // premium and VIP customers: a discreet gold
    readonly property color premiumBackground: "#fbf3dc"

    // The landscape counter's columns for a window WIDTH wide: catalog | basket | keypad.
    function counterBasketWidth(width: real): real {
        return Math.min(620, Math.max(400, width * 0.34))
    }
    function counterKeypadWidth(width: real): real {
        return Math.min(360, Math.max(290, width * 0.23))
    }
    function counterCatalogWidth(width: real): real {
        return width - counterBasketWidth(width) - counterKeypadWidth(width) - 4 * margin
    }
}
