// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// What the card terminal is doing while the customer pays: the amount, the instruction that
// follows the terminal's state, a way to stop waiting, and, when the terminal did not take the
// payment, the offer of the next terminal.
Popup {
    id: panel

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin * 2
    visible: Terminal.busy || Terminal.failoverLabel.length > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: Terminal.terminalLabel
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "terminalAmount"
            Layout.fillWidth: true
            text: Terminal.amountText
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Counter.refund ? Theme.danger : Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: Terminal.busy
            visible: Terminal.busy
        }
        Label {
            objectName: "terminalStage"
            Layout.fillWidth: true
            visible: Terminal.busy
            text: Terminal.stageText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primary
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            visible: Terminal.busy && Terminal.canAbort && !Terminal.recovering
            text: qsTr("The customer can also cancel on the terminal's keypad.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
        }
        TouchButton {
            objectName: "terminalAbortButton"
            Layout.fillWidth: true
            visible: Terminal.busy
            enabled: Terminal.canAbort
            text: Terminal.recovering ? qsTr("Stop waiting and decide") : qsTr("Stop waiting")
            Accessible.name: Terminal.recovering
                             ? qsTr("Stop asking the terminal and decide with the customer")
                             : qsTr("Stop waiting for the card terminal")
            onClicked: Terminal.abort()
        }

        // The terminal did not take the payment: nothing was charged; another one may.
        Label {
            objectName: "failoverText"
            Layout.fillWidth: true
            visible: !Terminal.busy && Terminal.failoverLabel.length > 0
            text: Terminal.resultText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.warning
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !Terminal.busy && Terminal.failoverLabel.length > 0
            spacing: Theme.spacing
            TouchButton {
                objectName: "failoverNoButton"
                Layout.fillWidth: true
                text: qsTr("Another means of payment")
                Accessible.name: qsTr("Do not try another terminal")
                onClicked: Terminal.dismissFailover()
            }
            TouchButton {
                objectName: "failoverButton"
                Layout.fillWidth: true
                text: qsTr("Try on %1").arg(Terminal.failoverLabel)
                Accessible.name: qsTr("Try the payment on the terminal %1").arg(Terminal.failoverLabel)
                tint: Theme.primary
                ink: "white"
                onClicked: Terminal.acceptFailover()
            }
        }
    }
}
