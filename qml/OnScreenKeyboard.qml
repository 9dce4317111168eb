// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Comptoir.Pos as Pos // its Language, not the virtual keyboard's

// The on-screen keyboard of touch-only counters and tablets (Qt Virtual Keyboard): French AZERTY
// or English, following the clerk's language, at the bottom of the window while a text field is
// edited (search, customer form, a price), over the dialogs too. Loaded only when asked for
// (comptoir --virtual-keyboard), so counters with a keyboard never load the module.
InputPanel {
    id: panel

    function follow() {
        VirtualKeyboardSettings.locale = Pos.Language.current === "fr" ? "fr_FR" : "en_GB"
    }

    objectName: "onScreenKeyboard"
    parent: Overlay.overlay
    z: 100000
    width: parent ? parent.width : 0
    y: panel.active && parent ? parent.height - panel.height : (parent ? parent.height : 0)
    visible: panel.active

    // Dialogs with a text field move up above the keys (Theme.keyboardHeight).
    Binding {
        target: Theme
        property: "keyboardHeight"
        value: panel.active ? panel.height : 0
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.locale = Pos.Language.current === "fr" ? "fr_FR" : "en_GB"
        VirtualKeyboardSettings.activeLocales = ["fr_FR", "en_GB"]
    }
    onActiveChanged: {
        if (panel.active)
            panel.follow()
    }
    Connections {
        target: Pos.Language
        function onChanged() {
            panel.follow()
        }
    }
}
