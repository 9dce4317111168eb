// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Comptoir.Pos

// One key of the favourites page: a favourite product (one tap sells it), a department or the
// miscellaneous key (a tap asks for the amount). While a manager edits the page, a favourite
// shows buttons to move it or take it off.
Item {
    id: tile

    required property var modelData
    required property int index
    readonly property string kind: tile.modelData.kind
    readonly property bool editing: CatalogBrowser.editingFavourites && tile.kind === "product"
    signal amountWanted(var key)

    T.AbstractButton {
        id: button
        objectName: "quickKey_" + tile.modelData.code
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        focusPolicy: Qt.NoFocus
        enabled: !tile.editing
        Accessible.name: tile.kind === "product" ? qsTr("Add %1, %2").arg(tile.modelData.name).arg(tile.modelData.priceText)
                       : tile.kind === "department" ? qsTr("Department %1: type an amount").arg(tile.modelData.name)
                       : qsTr("%1: type an amount").arg(tile.modelData.name)
        onClicked: {
            if (tile.kind === "product")
                Counter.addProduct(tile.modelData.productId)
            else
                tile.amountWanted(tile.modelData)
        }
        function accessiblePressAction() { if (enabled) clicked() } // see TouchButton

        background: Rectangle {
            radius: Theme.radius
            color: button.down ? Qt.darker(Theme.surface, 1.1)
                               : tile.kind === "product" ? Theme.surface : Theme.surfaceAlt
            border.color: tile.kind === "product" ? Theme.border : (tile.modelData.color || Theme.primary)
            border.width: tile.kind === "product" ? 1 : 2
            Rectangle {
                width: 6
                height: parent.height - 2 * Theme.radius
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                radius: 3
                color: tile.modelData.color || Theme.border
            }
        }
        contentItem: ColumnLayout {
            spacing: 2
            Text {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.spacing
                text: tile.modelData.name
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                property bool mayElide: true // data (names from the catalog or the customers), not a label
                font.pixelSize: Theme.fontSmall
                font.bold: tile.kind !== "product"
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                visible: !tile.editing
                text: tile.kind === "product" ? tile.modelData.priceText : qsTr("Amount… · VAT %1").arg(tile.modelData.vatText)
                font.pixelSize: tile.kind === "product" ? Theme.fontNormal : Theme.fontSmall
                font.bold: tile.kind === "product"
                color: tile.kind === "product" ? Theme.primary : Theme.textMuted
                horizontalAlignment: Text.AlignRight
            }
        }
    }
    // Made only while the page is edited: a page of favourites would otherwise make three
    // hidden buttons per key before the register's first frame.
    Loader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing / 2
        active: tile.editing
        Component.onCompleted: setSource("FavouriteEditKeys.qml", {favourite: tile.modelData})
    }
}
