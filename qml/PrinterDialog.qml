// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The receipt printer: its state in words and the receipts waiting for it (out of paper, cover
// open, unplugged), each with why; the clerk tries again or gives one up. Escape closes it.
Popup {
    id: dialog

    objectName: "printerDialog"
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - 2 * Theme.margin, 600)
    modal: true
    focus: true
    padding: Theme.margin * 2

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Receipt printer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            objectName: "printerStatus"
            Layout.fillWidth: true
            text: Printer.statusText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Printer.statusKey === "ready" || Printer.statusKey === "none" ? Theme.text : Theme.warning
        }
        Label {
            Layout.fillWidth: true
            visible: Printer.waiting > 0
            text: qsTr("%n receipt(s) waiting to print", "", Printer.waiting)
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        ListView {
            objectName: "printerJobs"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Printer.jobs
            delegate: RowLayout {
                id: job
                required property var modelData
                width: ListView.view.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: job.modelData.label + (job.modelData.error ? " — " + job.modelData.error : "")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontNormal
                }
                TouchButton {
                    objectName: "printerCancel_" + job.modelData.id
                    text: qsTr("Give up")
                    Accessible.name: qsTr("Do not print %1").arg(job.modelData.label)
                    onClicked: Printer.cancel(job.modelData.id)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "printerRetry"
                Layout.fillWidth: true
                visible: Printer.waiting > 0
                text: qsTr("Try again now")
                Accessible.name: qsTr("Send the waiting receipts to the printer again now")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: Printer.retry()
            }
            TouchButton {
                objectName: "printerClose"
                Layout.fillWidth: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close the printer dialog")
                onClicked: dialog.close()
            }
        }
    }
}
