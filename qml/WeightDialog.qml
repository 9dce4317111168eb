// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A product sold by weight is not in the basket until its weight is known: the scale weighs it
// (its status, its refusals, "weigh again"), or the clerk types the weight on the pad. Escape or
// "Leave it" leaves it out; a scan of anything else goes on without it.
Popup {
    id: dialog
    objectName: "weightDialog"

    readonly property bool onScale: Counter.weighingOnScale

    parent: Overlay.overlay
    width: Math.min(parent.width - 2 * Theme.margin, 520)
    modal: true
    focus: true
    padding: Theme.margin * 2
    visible: Counter.weighing
    // Never under the finger that tapped the product: a double tap would type on the pad.
    onAboutToShow: {
        const at = Pointer.placeAway(Qt.rect(0, 0, parent.width, parent.height),
                                     Qt.size(width, implicitHeight), Theme.margin)
        x = at.x
        y = at.y
    }
    onOpened: pad.entry = ""
    onClosed: {
        if (Counter.weighing)
            Counter.dropWeighing()
    }

    function add() {
        if (pad.entry.length > 0 && Counter.enterWeight(pad.entry))
            pad.entry = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin
        focus: true
        // A keyboard at the counter types the weight too.
        Keys.onPressed: event => {
            if (dialog.onScale) {
                // Enter weighs again once the scale refused (the load set right meanwhile).
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && Counter.weighingFailed) {
                    Counter.weighAgain()
                    event.accepted = true
                }
                return
            }
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
            objectName: "weighingTitle"
            Layout.fillWidth: true
            text: Counter.weighingName
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: Counter.weighingUnitPrice
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }
        Label {
            objectName: "weighingStatus"
            Layout.fillWidth: true
            visible: dialog.onScale
            text: Counter.weighingStatus
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            color: Counter.weighingFailed ? Theme.danger : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "weighingNet"
            Layout.fillWidth: true
            visible: !dialog.onScale && Counter.weighingTareGrams > 0
            text: qsTr("Net weight, without its %1 g container").arg(Counter.weighingTareGrams)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        Label {
            objectName: "weightEntry"
            Layout.fillWidth: true
            visible: !dialog.onScale
            text: (pad.entry.length > 0 ? pad.entry : "0") + " kg"
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: pad.entry.length > 0 ? Theme.text : Theme.textMuted
            Accessible.name: qsTr("Weight typed: %1 kg").arg(pad.entry.length > 0 ? pad.entry : "0")
        }
        NumberPad {
            id: pad
            objectName: "weightPad"
            Layout.fillWidth: true
            visible: !dialog.onScale
            maxLength: 7
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "weighingLeave"
                Layout.fillWidth: true
                text: qsTr("Leave it")
                Accessible.name: qsTr("Leave the item out of the sale")
                onClicked: Counter.dropWeighing()
            }
            TouchButton {
                objectName: "weighByHand"
                Layout.fillWidth: true
                visible: dialog.onScale
                text: qsTr("Type the weight")
                Accessible.name: qsTr("Type the weight instead of weighing on the scale")
                onClicked: Counter.weighByHand()
            }
            TouchButton {
                objectName: "weighAgain"
                Layout.fillWidth: true
                visible: Counter.hasScale && (!dialog.onScale || Counter.weighingFailed)
                text: qsTr("Weigh again")
                Accessible.name: qsTr("Weigh the item on the scale again")
                tint: Theme.primary
                ink: "white"
                onClicked: Counter.weighAgain()
            }
            TouchButton {
                objectName: "weightAdd"
                Layout.fillWidth: true
                visible: !dialog.onScale
                enabled: pad.entry.length > 0
                text: qsTr("Add")
                Accessible.name: qsTr("Add the item at the weight typed")
                tint: Theme.primary
                ink: "white"
                onClicked: dialog.add()
            }
        }
    }
}
