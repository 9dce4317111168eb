// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Items brought back with their ticket: how many of each line (never more than is left to
// return after earlier returns), and why. They go into the basket at the price the customer
// paid; paying the refund then offers the card of that ticket.
Popup {
    id: dialog

    property var lines: []
    property var chosen: ({}) // line position -> thousandths to return
    property string reason: ""
    readonly property int chosenCount: Object.keys(dialog.chosen).filter(k => dialog.chosen[k] > 0).length

    function choose(position: int, milli: int) {
        const next = Object.assign({}, dialog.chosen)
        next[position] = milli
        dialog.chosen = next
    }
    function confirm() {
        for (const line of dialog.lines) {
            const milli = dialog.chosen[line.position] || 0
            if (milli <= 0)
                continue
            const text = line.weighed ? (milli / 1000).toFixed(3).replace(".", ",") : String(milli / 1000)
            if (!Counter.returnFromTicket(line.position, text, dialog.reason))
                return
        }
        dialog.close()
    }

    objectName: "returnItemsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - 2 * Theme.margin, 720)
    modal: true
    focus: true // Escape closes it, returning nothing
    padding: Theme.margin * 2
    onAboutToShow: {
        dialog.lines = Counter.returnableLines()
        dialog.chosen = {}
        dialog.reason = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Items returned from ticket %1").arg(Counter.lastTicketNumber)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        ListView {
            id: list
            objectName: "returnLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: dialog.lines
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: row
                required property var modelData
                readonly property int milli: dialog.chosen[row.modelData.position] || 0
                width: list.width
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.name
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        font.pixelSize: Theme.fontNormal
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("sold %1 · left %2 · paid %3").arg(row.modelData.soldText).arg(row.modelData.leftText).arg(row.modelData.paidText)
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: row.modelData.leftMilli > 0 ? Theme.textMuted : Theme.warning
                    }
                }
                TouchButton {
                    visible: !row.modelData.weighed
                    text: "−"
                    enabled: row.milli > 0
                    Accessible.name: qsTr("One less %1").arg(row.modelData.name)
                    onClicked: dialog.choose(row.modelData.position, row.milli - 1000)
                }
                Label {
                    objectName: "returnCount_" + row.modelData.position
                    visible: !row.modelData.weighed
                    Layout.preferredWidth: 40
                    horizontalAlignment: Text.AlignHCenter
                    text: String(row.milli / 1000)
                    font.pixelSize: Theme.fontLarge
                    font.bold: row.milli > 0
                }
                TouchButton {
                    objectName: "returnMore_" + row.modelData.position
                    visible: !row.modelData.weighed
                    text: "+"
                    enabled: row.milli < row.modelData.leftMilli
                    Accessible.name: qsTr("One more %1").arg(row.modelData.name)
                    onClicked: dialog.choose(row.modelData.position, row.milli + 1000)
                }
                TouchButton {
                    objectName: "returnAll_" + row.modelData.position
                    visible: row.modelData.weighed
                    text: row.milli > 0 ? qsTr("✓ %1").arg(row.modelData.leftText) : row.modelData.leftText
                    enabled: row.modelData.leftMilli > 0
                    tint: row.milli > 0 ? Theme.primary : Theme.surface
                    ink: row.milli > 0 ? Theme.primaryText : Theme.text
                    Accessible.name: qsTr("Return all of %1").arg(row.modelData.name)
                    onClicked: dialog.choose(row.modelData.position, row.milli > 0 ? 0 : row.modelData.leftMilli)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Why are they returned?")
            font.pixelSize: Theme.fontNormal
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: Counter.returnReasons
                delegate: TouchButton {
                    required property string modelData
                    required property int index
                    objectName: "returnReason_" + index
                    text: modelData
                    Accessible.name: qsTr("Return reason: %1").arg(modelData)
                    tint: dialog.reason === modelData ? Theme.primary : Theme.surface
                    ink: dialog.reason === modelData ? Theme.primaryText : Theme.text
                    fontSize: Theme.fontSmall
                    onClicked: dialog.reason = modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Back")
                Accessible.name: qsTr("Back, return nothing")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "returnItemsConfirm"
                Layout.fillWidth: true
                enabled: dialog.chosenCount > 0 && dialog.reason.length > 0
                text: qsTr("Take them back")
                Accessible.name: qsTr("Take the chosen items back")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: dialog.confirm()
            }
        }
    }
}
