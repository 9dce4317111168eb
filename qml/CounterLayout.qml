// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

// Landscape (1280x800 and up): catalog | basket | keypad and actions; Pay under the basket.
RowLayout {
    id: layout

    readonly property int keypadWidth: Theme.counterKeypadWidth(layout.width)
    readonly property int basketWidth: Theme.counterBasketWidth(layout.width)

    objectName: "counterLayout"
    spacing: Theme.margin

    CatalogPanel {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Theme.margin
        Layout.rightMargin: 0
    }

    ColumnLayout {
        Layout.preferredWidth: layout.basketWidth + layout.keypadWidth + Theme.margin
        Layout.maximumWidth: Layout.preferredWidth
        Layout.fillHeight: true
        Layout.margins: Theme.margin
        Layout.leftMargin: 0
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            BasketPanel {
                id: basket
                Layout.preferredWidth: layout.basketWidth
                Layout.fillHeight: true
            }
            ColumnLayout {
                Layout.preferredWidth: layout.keypadWidth
                Layout.maximumWidth: layout.keypadWidth
                Layout.fillHeight: true
                spacing: Theme.spacing
                Keypad {
                    Layout.fillWidth: true
                    Layout.fillHeight: false
                    selectedRow: basket.currentRow
                }
                Item {
                    Layout.fillHeight: true
                }
                ActionBar {
                    Layout.fillWidth: true
                    Layout.fillHeight: false
                    vertical: true
                    selectedRow: basket.currentRow
                }
            }
        }
        PayButton {
            Layout.fillWidth: true
        }
    }
}
