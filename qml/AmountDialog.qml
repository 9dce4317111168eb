// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A department key or the miscellaneous key: the clerk types the amount (and, for
// miscellaneous, picks the VAT rate); the line goes in at that amount. Escape or "Cancel"
// adds nothing.
Popup {
    id: dialog

    property string code: ""
    property string name: ""
    property string vatText: ""
    property bool misc: false
    property int vatBp: -1

    function ask(key: var) {
        dialog.code = key.code
        dialog.name = key.name
        dialog.vatText = key.vatText
        dialog.misc = key.kind === "misc"
        dialog.vatBp = -1
        dialog.open()
    }

    objectName: "amountDialog"
    parent: Overlay.overlay
    width: Math.min(parent.width - 2 * Theme.margin, 520)
    modal: true
    focus: true
    padding: Theme.margin * 2
    // Never under the finger that tapped the key: a double tap would type on the pad.
    onAboutToShow: {
        const at = Pointer.placeAway(Qt.rect(0, 0, parent.width, parent.height),
                                     Qt.size(width, implicitHeight), Theme.margin)
        x = at.x
        y = at.y
    }
    onOpened: pad.entry = ""

    function add() {
        if (pad.entry.length > 0 && Counter.sellAmount(dialog.code, pad.entry, dialog.vatBp)) {
            pad.entry = ""
            dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin
        focus: true
        // A keyboard at the counter types the amount too.
        Keys.onPressed: event => {
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                pad.press(String(event.key - Qt.Key_0))
            } else if (event.key === Qt.Key_Comma || event.key === Qt.Key_Period) {
                pad.press(",")
            } else if (event.key === Qt.Key_Backspace) {
                pad.press("⌫")
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                dialog.add()
            } else {
                return
            }
            event.accepted = true
        }

        Label {
            objectName: "amountTitle"
            Layout.fillWidth: true
            text: dialog.misc ? dialog.name : qsTr("Department %1").arg(dialog.name)
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: !dialog.misc
            text: qsTr("VAT %1").arg(dialog.vatText)
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }
        // Miscellaneous: the rate of what is sold (the store's misc rate until one is picked).
        Flow {
            Layout.fillWidth: true
            visible: dialog.misc
            spacing: Theme.spacing / 2
            Repeater {
                model: dialog.misc ? Counter.vatChoices() : []
                delegate: TouchButton {
                    required property var modelData
                    readonly property bool chosen: dialog.vatBp < 0 ? modelData.text === dialog.vatText
                                                                     : modelData.bp === dialog.vatBp
                    objectName: "amountVat" + modelData.bp
                    text: modelData.text
                    Accessible.name: qsTr("VAT %1").arg(modelData.text)
                    tint: chosen ? Theme.primary : Theme.surface
                    ink: chosen ? Theme.primaryText : Theme.text
                    onClicked: dialog.vatBp = modelData.bp
                }
            }
        }
        Label {
            objectName: "amountEntry"
            Layout.fillWidth: true
            text: (pad.entry.length > 0 ? pad.entry : "0") + " €"
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: pad.entry.length > 0 ? Theme.text : Theme.textMuted
            Accessible.name: qsTr("Amount typed: %1 €").arg(pad.entry.length > 0 ? pad.entry : "0")
        }
        NumberPad {
            id: pad
            objectName: "amountPad"
            Layout.fillWidth: true
            maxLength: 9
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "amountCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel: add nothing")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "amountAdd"
                Layout.fillWidth: true
                enabled: pad.entry.length > 0
                text: qsTr("Add")
                Accessible.name: qsTr("Add this amount to the sale")
                tint: Theme.primary
                ink: "white"
                onClicked: dialog.add()
            }
        }
    }
}
