// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// An item that would sell at 0.00 (a €0.00 price label, a product without a price) is not in
// the basket yet: the clerk gives its price, sells it free, or leaves it.
Popup {
    id: dialog
    objectName: "zeroPriceDialog"

    parent: Overlay.overlay
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    modal: true
    focus: true // Escape leaves the item out, as "Leave it" does
    padding: Theme.margin * 2
    visible: Counter.holding
    // Away from the finger that scanned or tapped, and above the on-screen keyboard once the
    // price field brings it up.
    function place() {
        const at = Pointer.placeAway(Qt.rect(0, 0, parent.width, parent.height - Theme.keyboardHeight),
                                     Qt.size(width, implicitHeight), Theme.margin)
        x = at.x
        y = at.y
    }
    onAboutToShow: place()
    Connections {
        target: Theme
        function onKeyboardHeightChanged() {
            if (dialog.visible)
                dialog.place()
        }
    }
    onOpened: {
        price.clear()
        price.forceActiveFocus()
    }
    onClosed: {
        if (Counter.holding)
            Counter.dropHeld()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            objectName: "zeroPriceQuestion"
            Layout.fillWidth: true
            text: Counter.heldQuestion
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Its price, as on the shelf:")
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        TextField {
            id: price
            objectName: "zeroPriceEntry"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("such as 4,99")
            Accessible.name: qsTr("Price of %1").arg(Counter.heldName)
            font.pixelSize: Theme.fontLarge
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: {
                if (text.length > 0)
                    Counter.priceHeld(text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "zeroPriceLeave"
                Layout.fillWidth: true
                text: qsTr("Leave it")
                Accessible.name: qsTr("Leave the item out of the sale")
                onClicked: Counter.dropHeld()
            }
            TouchButton {
                objectName: "zeroPriceFree"
                Layout.fillWidth: true
                text: qsTr("Sell it free")
                Accessible.name: qsTr("Sell the item free")
                onClicked: Counter.sellHeldFree()
            }
            TouchButton {
                objectName: "zeroPriceSet"
                Layout.fillWidth: true
                enabled: price.text.length > 0
                text: qsTr("At this price")
                Accessible.name: qsTr("Sell the item at the price typed")
                tint: Theme.primary
                ink: "white"
                onClicked: Counter.priceHeld(price.text)
            }
        }
    }
}
