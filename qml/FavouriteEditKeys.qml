// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Comptoir.Pos

// The keys a manager edits the favourites page with, under each favourite: move it earlier or
// later, or take it off the page.
RowLayout {
    id: keys

    // The favourite: its code and name (CatalogBrowser.quickKeys).
    required property var favourite

    spacing: 2
    TouchButton {
        Layout.fillWidth: true
        text: "◀"
        Accessible.name: qsTr("Move %1 earlier").arg(keys.favourite.name)
        onClicked: CatalogBrowser.moveFavourite(keys.favourite.code, -1)
    }
    TouchButton {
        objectName: "unfavourite_" + keys.favourite.code
        Layout.fillWidth: true
        text: "✕"
        tint: Theme.danger
        ink: "white"
        Accessible.name: qsTr("Remove %1 from the favourites").arg(keys.favourite.name)
        onClicked: CatalogBrowser.toggleFavourite(keys.favourite.code)
    }
    TouchButton {
        Layout.fillWidth: true
        text: "▶"
        Accessible.name: qsTr("Move %1 later").arg(keys.favourite.name)
        onClicked: CatalogBrowser.moveFavourite(keys.favourite.code, 1)
    }
}
