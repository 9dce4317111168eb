// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The register's card terminals: health readings, the store's offline allowance, end of day
// and the card payments the manager must follow up.
Popup {
    id: dialog
    objectName: "terminalStatusDialog"

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 720)
    height: Math.min(parent.height - 2 * Theme.margin, 720)
    modal: true
    focus: true // Escape closes it, as a clerk with a keyboard expects
    padding: Theme.margin * 2

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            text: qsTr("Card terminals")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
        // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
        Column {
            Layout.fillWidth: true
            spacing: Theme.margin
            visible: terminalRows.count > 0
            Repeater {
                id: terminalRows
                model: Terminal.terminals
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    width: parent ? parent.width : 0
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: row.modelData.index === Terminal.selected ? Theme.selection : Theme.surface
                    border.color: Theme.border
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing
                        Rectangle {
                            implicitWidth: 16
                            implicitHeight: 16
                            radius: 8
                            color: row.modelData.ok ? Theme.pay : row.modelData.reachable ? Theme.warning : Theme.danger
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.modelData.label + " — " + row.modelData.state
                                font.pixelSize: Theme.fontNormal
                                font.bold: true
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: row.modelData.details
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                        TouchButton {
                            visible: row.modelData.index !== Terminal.selected
                            text: qsTr("Use")
                            Accessible.name: qsTr("Use the terminal %1 for card payments").arg(row.modelData.label)
                            onClicked: Terminal.selected = row.modelData.index
                        }
                    }
                }
            }
        }
        Label {
            objectName: "terminalAllowance"
            Layout.fillWidth: true
            visible: Terminal.offline
            text: Terminal.allowanceText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            visible: Terminal.batchText.length > 0
            text: Terminal.batchText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: Terminal.followupCount > 0 ? qsTr("%n card payment(s) to follow up", "", Terminal.followupCount) : qsTr("No card payment to follow up.")
            font.pixelSize: Theme.fontNormal
            font.bold: Terminal.followupCount > 0
            color: Terminal.followupCount > 0 ? Theme.danger : Theme.textMuted
        }
        ListView {
            objectName: "followupList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: Terminal.followups
            delegate: RowLayout {
                id: followup
                required property var modelData
                width: ListView.view.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: followup.modelData.when + " · " + followup.modelData.amountText + " · " + followup.modelData.detail
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                TouchButton {
                    text: qsTr("Done")
                    Accessible.name: qsTr("Mark the follow-up of %1 as done").arg(followup.modelData.amountText)
                    onClicked: Terminal.resolveFollowup(followup.modelData.id)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "terminalRefreshButton"
                Layout.fillWidth: true
                text: qsTr("Check now")
                Accessible.name: qsTr("Check the card terminals now")
                onClicked: Terminal.refreshHealth()
            }
            TouchButton {
                objectName: "terminalBatchButton"
                Layout.fillWidth: true
                text: qsTr("Close the day")
                Accessible.name: qsTr("Close the day on the card terminal and compare its totals")
                onClicked: Terminal.closeBatch()
            }
            TouchButton {
                objectName: "terminalCloseButton"
                Layout.fillWidth: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close the card terminal status")
                onClicked: dialog.close()
            }
        }
    }
}
