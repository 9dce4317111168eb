// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Closings: the X report at any time, the day closing (Z), confirmed before it is made since
// nothing undoes it, and the last closing. Opens by itself when a new sale waits for the Z of
// an earlier business day. The report is the text the receipt printer prints. What the
// clerk's role does not allow asks for an approval. Escape closes it.
Popup {
    id: dialog

    // The Z was asked once: the next press makes it.
    property bool confirming: false

    objectName: "closingDialog"
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.margin, 720)
    height: parent.height - 2 * Theme.margin
    modal: true
    focus: true
    padding: Theme.margin * 2
    onAboutToShow: dialog.confirming = false

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Closings")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            objectName: "closingDayToClose"
            Layout.fillWidth: true
            visible: Closings.dayToClose.length > 0
            text: qsTr("The day of %1 is not closed: close it (Z) before the next sale.").arg(Closings.dayToClose)
            wrapMode: Text.WordWrap
            color: Theme.warning
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "closingX"
                Layout.fillWidth: true
                text: qsTr("X report")
                Accessible.name: qsTr("Show the X report: the figures since the last day closing")
                onClicked: {
                    dialog.confirming = false
                    Closings.xReport()
                }
            }
            TouchButton {
                objectName: "closingZ"
                Layout.fillWidth: true
                text: dialog.confirming ? qsTr("Confirm the Z") : qsTr("Close the day (Z)")
                Accessible.name: dialog.confirming ? qsTr("Confirm: close the day now, for good") : qsTr("Close the day (Z)")
                tint: dialog.confirming ? Theme.danger : Theme.primary
                ink: Theme.primaryText
                onClicked: {
                    if (!dialog.confirming) {
                        dialog.confirming = true
                        return
                    }
                    dialog.confirming = false
                    Closings.closeDay()
                }
            }
            TouchButton {
                objectName: "closingLast"
                Layout.fillWidth: true
                text: qsTr("Last closing")
                Accessible.name: qsTr("Show the last closing made")
                onClicked: {
                    dialog.confirming = false
                    Closings.showLast()
                }
            }
        }
        Label {
            objectName: "closingConfirmHint"
            Layout.fillWidth: true
            visible: dialog.confirming
            text: qsTr("A closing is final: the day's figures are recorded and nothing changes them. Press again to close.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
        }
        Label {
            objectName: "closingError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Closings.error
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        Label {
            Layout.fillWidth: true
            visible: Closings.reportTitle.length > 0
            text: Closings.reportTitle
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            font.bold: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            // Read-only text rather than a label: assistive technology reads a text document
            // line by line (a label only offers its name).
            TextEdit {
                objectName: "closingReport"
                width: parent.width
                text: Closings.reportText
                textFormat: TextEdit.PlainText
                readOnly: true
                activeFocusOnPress: false // the scanner keeps the keyboard
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontNormal
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Closing report")
            }
        }
        TouchButton {
            objectName: "closingPrint"
            Layout.fillWidth: true
            visible: Printer.configured && Closings.reportText.length > 0
            text: qsTr("Print")
            Accessible.name: qsTr("Print the report shown")
            onClicked: Printer.printText(Closings.reportKind, Closings.reportTitle, Closings.reportText)
        }
        TouchButton {
            objectName: "closingClose"
            Layout.fillWidth: true
            text: qsTr("Close")
            Accessible.name: qsTr("Close the closings dialog")
            onClicked: dialog.close()
        }
    }
}
