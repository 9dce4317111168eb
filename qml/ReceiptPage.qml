// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// After the sale: the change to give back and the receipt, as printed. The next scan starts
// the next sale by itself.
Popup {
    id: page

    objectName: "receiptPage"
    visible: Counter.stage === Counter.Receipt

    readonly property bool wide: parent ? parent.width > parent.height : true

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin * 2
    background: Rectangle {
        color: Theme.background
    }
    onOpened: shield.arm()

    // The second tap of a double tap on a cash amount must not cancel the ticket just made.
    TapShield {
        id: shield
    }

    Shortcut {
        sequences: ["F12", "Escape"]
        enabled: page.visible
        onActivated: Counter.newSale()
    }

    GridLayout {
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: page.wide
            spacing: Theme.margin

            Label {
                objectName: "receiptTitle"
                Layout.fillWidth: true
                text: Counter.lastTicketStore.length > 0
                      ? qsTr("Ticket %1 of %2, found at head office").arg(Counter.lastTicketNumber).arg(Counter.lastTicketStore)
                      : Counter.lastTicketReopened ? qsTr("Ticket %1, found in the journal").arg(Counter.lastTicketNumber)
                                                   : qsTr("Ticket %1 recorded").arg(Counter.lastTicketNumber)
                font.pixelSize: Theme.fontLarge
                color: Counter.lastTicketReopened ? Theme.text : Theme.pay
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "changeLabel"
                Layout.fillWidth: true
                visible: Counter.lastChangeCents !== 0 && !Counter.lastTicketReopened
                text: qsTr("Give back %1").arg(Counter.lastChangeText)
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Item {
                Layout.fillHeight: true
                visible: page.wide
            }
            TouchButton {
                objectName: "newSaleButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchLarge
                text: qsTr("New sale (F12)")
                Accessible.name: qsTr("Start a new sale")
                tint: Theme.pay
                ink: "white"
                fontSize: Theme.fontLarge
                onClicked: Counter.newSale()
            }
            // A ticket found again: its items come back at the price paid.
            TouchButton {
                objectName: "returnItemsButton"
                Layout.fillWidth: true
                visible: Counter.lastTicketReopened
                text: qsTr("Return items…")
                Accessible.name: qsTr("Return items of this ticket")
                enabled: Counter.lastTicketReturnable
                onClicked: returnItemsDialog.open()
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacing
                TouchButton {
                    objectName: "duplicateButton"
                    Layout.fillWidth: true
                    text: qsTr("Reprint")
                    Accessible.name: qsTr("Reprint the receipt (duplicate)")
                    enabled: Counter.lastTicketStore.length === 0 // another register's: printed there
                    onClicked: Counter.reprintLast()
                }
                TouchButton {
                    objectName: "pdfButton"
                    Layout.fillWidth: true
                    text: qsTr("PDF")
                    Accessible.name: qsTr("Save the receipt as PDF")
                    onClicked: Counter.saveReceiptPdf()
                }
                TouchButton {
                    objectName: "voidButton"
                    Layout.fillWidth: true
                    text: qsTr("Cancel ticket")
                    Accessible.name: qsTr("Cancel this ticket with a reversing ticket")
                    enabled: Counter.lastTicketCancellable
                    onClicked: voidDialog.open()
                }
            }
            // Why "Cancel ticket" is off, and what to do instead.
            Label {
                objectName: "cancelHint"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Counter.lastTicketCancelHint
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        // The receipt as the printer gets it: 42 monospace columns.
        Rectangle {
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: receiptLabel.implicitWidth + 2 * Theme.margin + 16
            Layout.fillHeight: true
            color: "white"
            border.color: Theme.border
            radius: Theme.radius
            ScrollView {
                anchors.fill: parent
                anchors.margins: Theme.margin
                Column {
                    spacing: Theme.margin
                    // Read-only text rather than a label: assistive technology reads a text
                    // document line by line (a label only offers its name).
                    TextEdit {
                        id: receiptLabel
                        objectName: "receiptText"
                        text: Counter.receiptText
                        textFormat: TextEdit.PlainText
                        readOnly: true
                        activeFocusOnPress: false // the scanner keeps the keyboard
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        color: "black"
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Receipt")
                    }
                    // The ticket's code as the paper carries it: scanned, it finds the ticket.
                    QrCodeImage {
                        objectName: "receiptQr"
                        text: Counter.receiptCode
                        visible: valid
                        modulePixels: 3
                        anchors.horizontalCenter: parent.horizontalCenter
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the ticket %1").arg(Counter.receiptCode)
                    }
                    // The card slip from the terminal (masked card number only).
                    TextEdit {
                        objectName: "cardSlip"
                        visible: Terminal.cardReceipt.length > 0
                        text: "- - - - - - - - - - - - - - - - - - - - -\n" + Terminal.cardReceipt
                        textFormat: TextEdit.PlainText
                        readOnly: true
                        activeFocusOnPress: false
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        color: "black"
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Card slip")
                    }
                }
            }
        }
    }

    ReturnItemsDialog {
        id: returnItemsDialog
    }
    ConfirmDialog {
        id: voidDialog
        objectName: "voidDialog"
        message: qsTr("Cancel ticket %1? A reversing ticket is recorded and the customer is refunded: to their card through the terminal, or in cash.").arg(Counter.lastTicketNumber)
        confirmText: qsTr("Cancel the ticket")
        onConfirmed: Counter.voidLastTicket(qsTr("Cancelled at the counter"))
    }
}
