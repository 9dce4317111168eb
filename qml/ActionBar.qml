// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Comptoir.Pos

// What a clerk does to a basket besides adding items: return, remove, discount, park,
// resume, cancel.
GridLayout {
    id: bar

    property int selectedRow: -1
    property bool vertical: false
    property bool showKeypadButton: false
    signal keypadRequested

    columns: vertical ? 2 : 4
    rowSpacing: Theme.spacing / 2
    columnSpacing: Theme.spacing / 2

    TouchButton {
        objectName: "returnButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Return")
        Accessible.name: qsTr("Return the selected item")
        fontSize: Theme.fontSmall
        enabled: bar.selectedRow >= 0
        onClicked: returnDialog.make()?.openFor(bar.selectedRow)
    }
    TouchButton {
        objectName: "removeLineButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Remove")
        Accessible.name: qsTr("Remove the selected line")
        fontSize: Theme.fontSmall
        enabled: bar.selectedRow >= 0
        onClicked: Counter.removeLine(bar.selectedRow)
    }
    TouchButton {
        objectName: "basketDiscountButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Discount")
        Accessible.name: qsTr("Discount on the whole basket")
        fontSize: Theme.fontSmall
        enabled: Counter.lineCount > 0
        onClicked: discountDialog.make()?.open()
    }
    TouchButton {
        objectName: "parkButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: Counter.lineCount > 0 ? qsTr("Park") : qsTr("Parked (%1)").arg(Counter.parkedCount)
        Accessible.name: Counter.lineCount > 0 ? qsTr("Park this basket") : qsTr("Parked baskets")
        fontSize: Theme.fontSmall
        enabled: Counter.lineCount > 0 || Counter.parkedCount > 0
        onClicked: parkedDialog.make()?.open()
    }
    TouchButton {
        objectName: "cancelSaleButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Cancel sale")
        Accessible.name: qsTr("Cancel the whole sale")
        fontSize: Theme.fontSmall
        enabled: Counter.lineCount > 0
        onClicked: cancelDialog.make()?.open()
    }
    TouchButton {
        objectName: "reprintButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Tickets")
        Accessible.name: qsTr("Find a ticket to print again, cancel or return")
        fontSize: Theme.fontSmall
        enabled: Counter.lineCount === 0
        onClicked: ticketsDialog.make()?.open()
    }
    TouchButton {
        objectName: "keypadButton"
        visible: bar.showKeypadButton
        Layout.fillWidth: true
        Layout.preferredWidth: 10 // equal columns
        text: qsTr("Keypad")
        Accessible.name: qsTr("Open the keypad")
        fontSize: Theme.fontSmall
        onClicked: bar.keypadRequested()
    }

    // Made after the first frame (Deferred.qml).
    Deferred {
        id: returnDialog
        source: "ReturnDialog.qml"
    }
    Deferred {
        id: discountDialog
        source: "BasketDiscountDialog.qml"
    }
    Deferred {
        id: ticketsDialog
        source: "TicketsDialog.qml"
    }
    Deferred {
        id: parkedDialog
        source: "ParkedDialog.qml"
    }
    Deferred {
        id: cancelDialog
        sourceComponent: ConfirmDialog {
            objectName: "cancelSaleDialog"
            message: qsTr("Cancel this sale? The basket will be emptied.")
            confirmText: qsTr("Cancel the sale")
            onConfirmed: Counter.cancelSale()
        }
    }
}
