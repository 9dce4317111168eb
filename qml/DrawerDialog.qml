// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The cash drawer: the day's float, cash put in or taken out with a reason, opening it without
// a sale, and the blind count coin by coin (the amount expected is shown only once counted).
// What the clerk's role does not allow asks for an approval. Escape closes it.
Popup {
    id: dialog

    // Pieces counted per denomination (cents -> how many), as typed.
    property var pieces: ({})
    property string countedText: Drawer.countTotal(dialog.pieces)
    property bool counting: false

    objectName: "drawerDialog"
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, Math.min((parent.height - height) / 2,
                                       parent.height - Theme.keyboardHeight - height - Theme.margin))
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - Theme.keyboardHeight - 2 * Theme.margin, 720)
    modal: true
    focus: true
    padding: Theme.margin * 2
    onAboutToShow: {
        dialog.counting = false
        dialog.pieces = ({})
        amount.clear()
        reason.clear()
    }

    function setPieces(cents: int, text: string) {
        const next = Object.assign({}, dialog.pieces)
        next[String(cents)] = text.length > 0 ? parseInt(text, 10) : 0
        dialog.pieces = next
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Cash drawer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            objectName: "drawerSummary"
            Layout.fillWidth: true
            text: Drawer.summary
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
        }
        Label {
            objectName: "drawerLastCount"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Drawer.lastCount
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Drawer.lastVarianceCents === 0 ? Theme.text : Theme.warning
        }
        // Amount and reason, for the float, cash in and out, and a no-sale's reason.
        RowLayout {
            Layout.fillWidth: true
            visible: !dialog.counting
            spacing: Theme.spacing
            TextField {
                id: amount
                objectName: "drawerAmount"
                Layout.preferredWidth: Theme.touchLarge * 2.5
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Amount")
                Accessible.name: qsTr("Amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                font.pixelSize: Theme.fontLarge
            }
            TextField {
                id: reason
                objectName: "drawerReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Reason")
                Accessible.name: qsTr("Reason")
                font.pixelSize: Theme.fontNormal
            }
        }
        GridLayout {
            Layout.fillWidth: true
            visible: !dialog.counting
            columns: 2
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            TouchButton {
                objectName: "drawerFloat"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                visible: !Drawer.open
                text: qsTr("Open the day with this float")
                Accessible.name: qsTr("Open the day's drawer with the float typed")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: Drawer.openWithFloat(amount.text)
            }
            TouchButton {
                objectName: "drawerCashIn"
                Layout.fillWidth: true
                visible: Drawer.open
                text: qsTr("Cash in")
                Accessible.name: qsTr("Put the amount typed in the drawer")
                onClicked: {
                    if (Drawer.cashIn(amount.text, reason.text)) {
                        amount.clear()
                        reason.clear()
                    }
                }
            }
            TouchButton {
                objectName: "drawerCashOut"
                Layout.fillWidth: true
                visible: Drawer.open
                text: qsTr("Cash out")
                Accessible.name: qsTr("Take the amount typed out of the drawer")
                onClicked: {
                    if (Drawer.cashOut(amount.text, reason.text)) {
                        amount.clear()
                        reason.clear()
                    }
                }
            }
            TouchButton {
                objectName: "drawerNoSale"
                Layout.fillWidth: true
                text: qsTr("Open without a sale")
                Accessible.name: qsTr("Open the drawer without a sale, for the reason typed")
                onClicked: {
                    if (Drawer.noSale(reason.text))
                        reason.clear()
                }
            }
            TouchButton {
                objectName: "drawerStartCount"
                Layout.fillWidth: true
                visible: Drawer.open
                text: qsTr("Count the drawer")
                Accessible.name: qsTr("Count the drawer, coin by coin")
                onClicked: dialog.counting = true
            }
        }
        // The blind count: how many of each coin and note.
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.counting
            clip: true
            contentWidth: availableWidth
            Grid {
                width: parent.width
                columns: 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing / 2
                Repeater {
                    model: Drawer.denominations
                    delegate: Row {
                        id: denomination
                        required property var modelData
                        spacing: Theme.spacing
                        Label {
                            width: Theme.touchLarge * 1.2
                            height: Theme.touch
                            verticalAlignment: Text.AlignVCenter
                            horizontalAlignment: Text.AlignRight
                            text: denomination.modelData.label
                            font.pixelSize: Theme.fontNormal
                        }
                        TextField {
                            objectName: "count_" + denomination.modelData.cents
                            width: Theme.touchLarge * 1.4
                            height: Theme.touch
                            inputMethodHints: Qt.ImhDigitsOnly
                            validator: RegularExpressionValidator {
                                regularExpression: /[0-9]{0,6}/
                            }
                            placeholderText: "0"
                            Accessible.name: qsTr("How many of %1").arg(denomination.modelData.label)
                            font.pixelSize: Theme.fontNormal
                            onTextEdited: dialog.setPieces(denomination.modelData.cents, text)
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.counting
            Label {
                objectName: "drawerCounted"
                Layout.fillWidth: true
                text: qsTr("Counted: %1").arg(dialog.countedText)
                font.pixelSize: Theme.fontLarge
            }
            TouchButton {
                objectName: "drawerCount"
                text: qsTr("Record the count")
                Accessible.name: qsTr("Record the count and close the day's drawer")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: {
                    if (Drawer.count(dialog.pieces))
                        dialog.counting = false
                }
            }
        }
        Label {
            objectName: "drawerError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Drawer.error
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        Item {
            Layout.fillHeight: !dialog.counting
        }
        TouchButton {
            objectName: "drawerClose"
            Layout.fillWidth: true
            text: qsTr("Close")
            Accessible.name: qsTr("Close the drawer dialog")
            onClicked: dialog.close()
        }
    }
}
