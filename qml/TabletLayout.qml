// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Portrait (800x1280): catalog on top, basket below, actions and pay at thumb height; the
// keypad opens as a sheet when needed.
ColumnLayout {
    id: layout

    objectName: "tabletLayout"
    spacing: Theme.spacing

    CatalogPanel {
        id: catalog
        Layout.fillWidth: true
        // The grid keeps as much height as before the categories took one row: the basket gets
        // the rest, 8 lines at 800x1280.
        Layout.preferredHeight: layout.height * 0.35
        Layout.fillHeight: false // nested layouts fill by default: the basket gets the rest
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        compact: true
    }
    BasketPanel {
        id: basket
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 240
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
    }
    ActionBar {
        Layout.fillWidth: true
        Layout.fillHeight: false
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
        selectedRow: basket.currentRow
        showKeypadButton: true
        onKeypadRequested: keypadSheet.open()
    }
    PayButton {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.topMargin: 0
    }

    Popup {
        id: keypadSheet
        objectName: "keypadSheet"
        parent: Overlay.overlay
        modal: true
        focus: true // Escape closes it, changing nothing
        width: parent.width
        padding: Theme.margin
        // At the bottom, at thumb height, unless the finger that opened it is there: then at
        // the top (a double tap on "Keypad" would type on it).
        onAboutToShow: {
            const bottom = parent.height - implicitHeight
            x = 0
            y = Pointer.lastPress.y >= bottom - Theme.touch ? 0 : bottom
        }
        Keypad {
            width: parent.width
            selectedRow: basket.currentRow
            onApplied: keypadSheet.close()
        }
    }
}
