// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A discount on the whole basket, as a percentage or an amount (0 removes it).
Popup {
    id: dialog

    property bool percent: true

    objectName: "basketDiscountDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 420)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: pad.entry = ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Discount on the basket")
            font.pixelSize: Theme.fontLarge
        }
        RowLayout {
            Layout.fillWidth: true
            TouchButton {
                Layout.fillWidth: true
                text: "%"
                Accessible.name: qsTr("Discount as a percentage")
                tint: dialog.percent ? Theme.primary : Theme.surface
                ink: dialog.percent ? Theme.primaryText : Theme.text
                onClicked: dialog.percent = true
            }
            TouchButton {
                Layout.fillWidth: true
                text: "€"
                Accessible.name: qsTr("Discount as an amount")
                tint: dialog.percent ? Theme.surface : Theme.primary
                ink: dialog.percent ? Theme.text : Theme.primaryText
                onClicked: dialog.percent = false
            }
        }
        Label {
            objectName: "basketDiscountEntry"
            Layout.fillWidth: true
            text: (pad.entry.length > 0 ? pad.entry : "0") + (dialog.percent ? " %" : " €")
            font.pixelSize: Theme.fontHuge
            horizontalAlignment: Text.AlignRight
        }
        NumberPad {
            id: pad
            Layout.fillWidth: true
            maxLength: 8
        }
        RowLayout {
            Layout.fillWidth: true
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Back")
                Accessible.name: qsTr("Back, change nothing")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "applyBasketDiscount"
                Layout.fillWidth: true
                text: qsTr("Apply")
                Accessible.name: qsTr("Apply the basket discount")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: {
                    if (Counter.setBasketDiscount(pad.entry, dialog.percent))
                        dialog.close()
                }
            }
        }
    }
}
