// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Numeric keypad for the selected line: quantity (or weight), price, discount %, or a code
// typed by hand when a label will not scan.
ColumnLayout {
    id: keypad

    property int selectedRow: -1
    property string mode: "quantity"
    signal applied

    objectName: "keypad"
    spacing: Theme.spacing / 2

    // Each sale starts with a clean keypad: nothing typed for the last one survives into the
    // next with OK still active.
    property int lastLineCount: 0
    Component.onCompleted: keypad.lastLineCount = Counter.lineCount
    Connections {
        target: Counter
        function onStageChanged() {
            pad.entry = ""
            keypad.mode = "quantity"
        }
        function onTotalsChanged() {
            if (Counter.lineCount === 0 && keypad.lastLineCount > 0 && keypad.mode !== "code")
                pad.entry = ""
            keypad.lastLineCount = Counter.lineCount
        }
    }

    function hint(): string {
        if (keypad.mode === "code")
            return qsTr("barcode or SKU")
        if (keypad.selectedRow < 0)
            return qsTr("select a line")
        if (keypad.mode === "quantity")
            return qsTr("quantity or kg")
        if (keypad.mode === "price")
            return qsTr("unit price")
        return qsTr("% off")
    }

    function apply() {
        let ok = false
        if (keypad.mode === "code")
            ok = Counter.handleScan(pad.entry)
        else if (keypad.mode === "quantity")
            ok = Counter.setQuantity(keypad.selectedRow, pad.entry)
        else if (keypad.mode === "price")
            ok = Counter.setUnitPrice(keypad.selectedRow, pad.entry)
        else if (keypad.mode === "discount")
            ok = Counter.setLineDiscount(keypad.selectedRow, pad.entry)
        if (ok) {
            pad.entry = ""
            keypad.applied()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        // Plain keys: a model with qsTr() in it is made again at each change of language, and
        // Qt 6.4's layouts then read the buttons it destroyed. The labels are the delegate's.
        Repeater {
            model: ["quantity", "price", "discount", "code"]
            delegate: TouchButton {
                required property string modelData
                readonly property string label: modelData === "quantity" ? qsTr("Qty")
                                              : modelData === "price" ? qsTr("Price")
                                              : modelData === "discount" ? qsTr("Disc. %")
                                              : qsTr("Code")
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                text: label
                Accessible.name: qsTr("Keypad mode: %1").arg(label)
                tint: keypad.mode === modelData ? Theme.primary : Theme.surface
                ink: keypad.mode === modelData ? Theme.primaryText : Theme.text
                fontSize: Theme.fontSmall
                onClicked: keypad.mode = modelData
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            radius: Theme.radius
            color: Theme.surfaceAlt
            border.color: Theme.border
            Label {
                objectName: "keypadEntry"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: pad.entry.length > 0 ? pad.entry : keypad.hint()
                color: pad.entry.length > 0 ? Theme.text : Theme.textMuted
                font.pixelSize: pad.entry.length > 0 ? Theme.fontLarge : Theme.fontNormal
                horizontalAlignment: Text.AlignRight
                verticalAlignment: Text.AlignVCenter
                elide: pad.entry.length > 0 ? Text.ElideLeft : Text.ElideRight
            }
        }
        TouchButton {
            objectName: "keypadClear"
            text: "C"
            Accessible.name: qsTr("Clear the keypad")
            onClicked: pad.entry = ""
        }
        TouchButton {
            objectName: "keypadOk"
            text: qsTr("OK")
            Accessible.name: qsTr("Apply the keypad entry")
            tint: Theme.primary
            ink: Theme.primaryText
            enabled: pad.entry.length > 0 && (keypad.mode === "code" || keypad.selectedRow >= 0)
            onClicked: keypad.apply()
        }
    }
    NumberPad {
        id: pad
        objectName: "keypadPad"
        Layout.fillWidth: true
        maxLength: keypad.mode === "code" ? 48 : 10
    }
}
