// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A card payment whose outcome neither the answer nor the terminal's journal could tell.
// The clerk looks at the terminal and says what it shows; the answer is logged and the
// manager gets a follow-up.
Popup {
    id: dialog
    objectName: "unknownPaymentDialog"

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 620)
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin * 2
    visible: Terminal.asking

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: qsTr("Card payment not confirmed")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.warning
        }
        Label {
            objectName: "unknownWhy"
            Layout.fillWidth: true
            text: Terminal.questionWhy
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        Label {
            objectName: "unknownQuestion"
            Layout.fillWidth: true
            text: Terminal.questionText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: Terminal.questionHint
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "unknownNotChargedButton"
                Layout.fillWidth: true
                text: qsTr("Not accepted")
                Accessible.name: qsTr("The terminal does not show this payment as accepted")
                tint: Theme.danger
                ink: "white"
                onClicked: Terminal.answer(false)
            }
            TouchButton {
                objectName: "unknownChargedButton"
                Layout.fillWidth: true
                text: qsTr("Accepted")
                Accessible.name: qsTr("The terminal shows this payment as accepted")
                tint: Theme.pay
                ink: "white"
                onClicked: Terminal.answer(true)
            }
        }
    }
}
