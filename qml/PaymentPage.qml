// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Taking payment: quick cash amounts, a keypad for any amount, card and cheque, split
// tenders, and cancel before the sale is recorded. The sale completes by itself once paid.
Popup {
    id: page

    objectName: "paymentPage"
    visible: Counter.stage === Counter.Paying

    readonly property bool wide: parent ? parent.width > parent.height : true

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin * 2
    onOpened: {
        pad.entry = ""
        shield.arm()
    }
    background: Rectangle {
        color: Theme.background
    }

    // The second tap of a double tap on Pay must not cancel the payment.
    TapShield {
        id: shield
    }

    Shortcut {
        sequence: "F9"
        enabled: page.visible
        onActivated: Counter.payRemaining("cash")
    }
    Shortcut {
        sequence: "F10"
        enabled: page.visible && Terminal.available
        onActivated: {
            if (Terminal.pay(pad.entry))
                pad.entry = ""
        }
    }
    Shortcut {
        sequence: "Escape"
        enabled: page.visible
        onActivated: page.cancel()
    }

    // A card or cheque already taken must be given back before the payment is dropped.
    function cancel() {
        if (Counter.externalTendersText.length > 0)
            cancelDialog.open()
        else
            Counter.cancelPayment()
    }

    GridLayout {
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        // What is due and what was given.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: page.wide
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            Label {
                text: Counter.refund ? qsTr("To refund") : qsTr("To pay")
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
            }
            Label {
                objectName: "paymentDue"
                text: Counter.totalText
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Counter.refund ? Theme.danger : Theme.text
            }
            // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
            // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: tenderRows.count > 0
                Repeater {
                    id: tenderRows
                    model: Counter.tenders
                    delegate: RowLayout {
                        id: tenderRow
                        required property var modelData
                        required property int index
                        width: parent ? parent.width : 0
                        Label {
                            Layout.fillWidth: true
                            text: tenderRow.modelData.label
                            font.pixelSize: Theme.fontNormal
                        }
                        Label {
                            text: tenderRow.modelData.amountText
                            font.pixelSize: Theme.fontNormal
                        }
                        TouchButton {
                            text: "✕"
                            Accessible.name: qsTr("Remove the payment %1 %2").arg(tenderRow.modelData.label).arg(tenderRow.modelData.amountText)
                            onClicked: {
                                if (tenderRow.modelData.terminal)
                                    giveBackDialog.ask(tenderRow.index, tenderRow.modelData.amountText)
                                else
                                    Counter.removeTender(tenderRow.index)
                            }
                        }
                    }
                }
            }
            Label {
                objectName: "paymentRemaining"
                visible: Counter.tenders.length > 0
                text: qsTr("Remaining: %1").arg(Counter.remainingText)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }
            Label {
                objectName: "terminalResult"
                Layout.fillWidth: true
                visible: text.length > 0 && !Terminal.busy
                text: Terminal.resultText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Terminal.resultApproved ? Theme.pay : Theme.danger
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: Terminal.cardReceipt.length > 0
                clip: true
                Label {
                    objectName: "cardReceipt"
                    text: Terminal.cardReceipt
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
            Item {
                Layout.fillHeight: true
                visible: Terminal.cardReceipt.length === 0
            }
        }

        // How the customer pays.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            Rectangle {
                objectName: "offlineAllowance"
                Layout.fillWidth: true
                visible: Terminal.offline
                implicitHeight: allowanceLabel.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: "#fff3e0"
                border.color: Theme.warning
                Label {
                    id: allowanceLabel
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: Terminal.allowanceText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
            // The customer's loyalty points, when some may pay for this sale.
            TouchButton {
                objectName: "pointsButton"
                Layout.fillWidth: true
                visible: Counter.pointsUsable > 0
                text: Counter.pointsUsableText
                Accessible.name: qsTr("Pay with the customer's loyalty points: %1").arg(Counter.pointsUsableText)
                tint: Theme.premiumBackground
                ink: Theme.text
                onClicked: Counter.usePoints()
            }
            Label {
                objectName: "pointsLimit"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Counter.pointsLimitText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            // Items brought back: the money goes back to the card that paid for them.
            // Items returned with their ticket: straight back to the card that paid it.
            TouchButton {
                objectName: "refundToReturnTicketCard"
                Layout.fillWidth: true
                visible: Counter.refund && Terminal.available && Counter.returnTicketNumber > 0
                text: qsTr("Back to the card of ticket %1").arg(Counter.returnTicketNumber)
                Accessible.name: qsTr("Refund to the card that paid ticket %1").arg(Counter.returnTicketNumber)
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: {
                    const problem = Terminal.refundToCardOf(String(Counter.returnTicketNumber))
                    if (problem.length > 0)
                        refundProblem.text = problem
                }
            }
            Label {
                id: refundProblem
                objectName: "returnTicketRefundProblem"
                Layout.fillWidth: true
                visible: text.length > 0 && Counter.refund
                wrapMode: Text.WordWrap
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
            TouchButton {
                objectName: "refundToTicketCardButton"
                Layout.fillWidth: true
                visible: Counter.refund && Terminal.available
                text: qsTr("Back to the card of a ticket…")
                Accessible.name: qsTr("Refund to the card that paid a ticket")
                onClicked: ticketRefundDialog.open()
            }
            Label {
                visible: !Counter.refund
                text: qsTr("Cash received")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: !Counter.refund
                Repeater {
                    model: Counter.quickAmounts
                    delegate: TouchButton {
                        required property var modelData
                        required property int index
                        objectName: index === 0 ? "cashExactButton" : "cashQuick" + index
                        width: Math.max(Theme.touch * 2, implicitWidth)
                        text: index === 0 ? qsTr("Exact %1 (F9)").arg(modelData.text) : modelData.text
                        Accessible.name: qsTr("Cash %1").arg(modelData.text)
                        tint: index === 0 ? Theme.pay : Theme.surface
                        ink: index === 0 ? "white" : Theme.text
                        fontSize: Theme.fontLarge
                        onClicked: Counter.addTenderCents("cash", modelData.cents)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    Label {
                        objectName: "paymentEntry"
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        text: pad.entry.length > 0 ? pad.entry + " €" : qsTr("other amount")
                        color: pad.entry.length > 0 ? Theme.text : Theme.textMuted
                        font.pixelSize: Theme.fontLarge
                        horizontalAlignment: Text.AlignRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                TouchButton {
                    text: "C"
                    Accessible.name: qsTr("Clear the amount")
                    onClicked: pad.entry = ""
                }
            }
            NumberPad {
                id: pad
                Layout.fillWidth: true
                maxLength: 9
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacing
                TouchButton {
                    objectName: "cashButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchLarge
                    text: qsTr("Cash")
                    Accessible.name: qsTr("Pay in cash")
                    tint: Theme.pay
                    ink: "white"
                    fontSize: Theme.fontLarge
                    onClicked: {
                        if (pad.entry.length > 0 ? Counter.addTender("cash", pad.entry) : Counter.payRemaining("cash"))
                            pad.entry = ""
                    }
                }
                TouchButton {
                    objectName: "cardButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchLarge
                    text: Terminal.available ? qsTr("Card (F10)") : qsTr("Card")
                    Accessible.name: qsTr("Pay by card")
                    tint: Theme.primary
                    ink: "white"
                    fontSize: Theme.fontLarge
                    onClicked: {
                        if (!Terminal.available)
                            cardDialog.ask(pad.entry)
                        else if (Terminal.pay(pad.entry))
                            pad.entry = ""
                    }
                }
                TouchButton {
                    objectName: "chequeButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchLarge
                    text: qsTr("Cheque")
                    Accessible.name: qsTr("Pay by cheque")
                    fontSize: Theme.fontLarge
                    onClicked: {
                        if (pad.entry.length > 0 ? Counter.addTender("cheque", pad.entry) : Counter.payRemaining("cheque"))
                            pad.entry = ""
                    }
                }
            }
        }

        RowLayout {
            Layout.columnSpan: page.wide ? 2 : 1
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "cancelPaymentButton"
                Layout.fillWidth: true
                text: qsTr("Cancel payment (Esc)")
                Accessible.name: qsTr("Cancel the payment and go back to the basket")
                onClicked: page.cancel()
            }
            TouchButton {
                objectName: "validateButton"
                visible: Counter.remainingCents === 0
                Layout.fillWidth: true
                text: qsTr("Validate")
                Accessible.name: qsTr("Validate the sale")
                tint: Theme.pay
                ink: "white"
                onClicked: Counter.completeSale()
            }
        }
    }

    ConfirmDialog {
        id: cancelDialog
        objectName: "cancelPaymentDialog"
        message: qsTr("Already paid: %1. Card payments made through Comptoir are cancelled on the terminal; give back anything else (cheque, card payment keyed on a standalone terminal), then cancel the payment.").arg(Counter.externalTendersText)
        confirmText: qsTr("Given back: cancel the payment")
        onConfirmed: Counter.cancelPayment()
    }

    ConfirmDialog {
        id: giveBackDialog

        property int index: -1
        property string amount: ""
        function ask(row: int, amountText: string) {
            giveBackDialog.index = row
            giveBackDialog.amount = amountText
            giveBackDialog.open()
        }

        objectName: "giveBackDialog"
        message: qsTr("Cancel the card payment of %1 on the terminal? The customer will not be charged.").arg(giveBackDialog.amount)
        confirmText: qsTr("Cancel it on the terminal")
        onConfirmed: Counter.removeTender(giveBackDialog.index)
    }

    CardTerminalPanel {
        objectName: "cardTerminalPanel"
    }

    // The ticket whose card gets the refund: its number, as printed on the receipt.
    Popup {
        id: ticketRefundDialog

        property string problem: ""
        function submit() {
            problem = Terminal.refundToCardOf(ticketNumber.text)
            if (problem.length === 0)
                ticketRefundDialog.close()
        }

        objectName: "ticketRefundDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        modal: true
        focus: true // Escape closes it, changing nothing
        padding: Theme.margin * 2
        onOpened: {
            problem = ""
            ticketNumber.clear()
            ticketNumber.forceActiveFocus()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.margin
            Label {
                Layout.fillWidth: true
                text: qsTr("Ticket number on the customer's receipt")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
            }
            TextField {
                id: ticketNumber
                objectName: "refundTicketNumber"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("such as 000123")
                Accessible.name: qsTr("Ticket number")
                font.pixelSize: Theme.fontLarge
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                onAccepted: ticketRefundDialog.submit()
                onTextEdited: ticketRefundDialog.problem = ""
            }
            Label {
                objectName: "ticketRefundProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: ticketRefundDialog.problem
                color: Theme.danger
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The refund goes to the card that paid that ticket, up to what it paid.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "ticketRefundBack"
                    Layout.fillWidth: true
                    text: qsTr("Back")
                    Accessible.name: qsTr("Back, change nothing")
                    onClicked: ticketRefundDialog.close()
                }
                TouchButton {
                    objectName: "ticketRefundConfirm"
                    Layout.fillWidth: true
                    enabled: ticketNumber.text.length > 0
                    text: qsTr("Refund to its card")
                    Accessible.name: qsTr("Refund to the card of that ticket")
                    tint: Theme.primary
                    ink: "white"
                    onClicked: ticketRefundDialog.submit()
                }
            }
        }
    }

    // A register without a terminal of its own: the clerk confirms what the terminal said.
    ConfirmDialog {
        id: cardDialog

        property string amount: ""
        function ask(entry: string) {
            cardDialog.amount = entry
            cardDialog.open()
        }

        objectName: "cardConfirmDialog"
        message: qsTr("Was the card payment of %1 approved on the terminal?").arg(cardDialog.amount.length > 0 ? cardDialog.amount + " €" : Counter.remainingText)
        confirmText: qsTr("Approved")
        confirmTint: Theme.pay
        onConfirmed: {
            if (cardDialog.amount.length > 0 ? Counter.addTender("card", cardDialog.amount) : Counter.payRemaining("card"))
                pad.entry = ""
        }
    }
}
