// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Comptoir.Pos

// One product in the grid: tap to add it to the basket.
Item {
    id: tile

    required property int productId
    required property string name
    required property string priceText
    required property string color
    required property bool soldByWeight
    required property string image // file URL, or empty
    required property string sku
    required property bool favourite // on the favourites page

    T.AbstractButton {
        id: button
        objectName: "product_" + tile.sku
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        focusPolicy: Qt.NoFocus
        Accessible.name: CatalogBrowser.editingFavourites
                         ? (tile.favourite ? qsTr("Remove %1 from the favourites").arg(tile.name)
                                           : qsTr("Add %1 to the favourites").arg(tile.name))
                         : qsTr("Add %1, %2").arg(tile.name).arg(tile.priceText)
        // While the favourites are edited, a tap puts the product on the page or takes it off.
        onClicked: CatalogBrowser.editingFavourites ? CatalogBrowser.toggleFavourite(tile.sku)
                                                    : Counter.addProduct(tile.productId)
        function accessiblePressAction() { if (enabled) clicked() } // see TouchButton

        background: Rectangle {
            radius: Theme.radius
            color: button.down ? Qt.darker(Theme.surface, 1.1) : Theme.surface
            border.color: Theme.border
            Rectangle {
                width: 6
                height: parent.height - 2 * Theme.radius
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                radius: 3
                color: tile.color.length > 0 ? tile.color : Theme.border
            }
        }
        contentItem: ColumnLayout {
            spacing: 2
            Image {
                Layout.fillWidth: true
                Layout.preferredHeight: tile.height * 0.4
                Layout.leftMargin: Theme.spacing
                visible: tile.image.length > 0
                source: tile.image
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize.height: 96
            }
            Text {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.spacing
                text: tile.name
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                property bool mayElide: true // data (names from the catalog or the customers), not a label
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                text: (CatalogBrowser.editingFavourites ? (tile.favourite ? "★ " : "☆ ") : "") + tile.priceText
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
