// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// An action the clerk's role does not allow: another clerk who may approve it types their PIN
// here, and the action goes through (both are in the event journal). Escape or Cancel gives up.
Popup {
    id: dialog
    objectName: "approvalDialog"

    // Chosen on each opening among those who may approve this action.
    property string approverId: ""

    parent: Overlay.overlay
    // Centred above the on-screen keyboard while it is up.
    x: (parent.width - width) / 2
    y: Math.max(0, (parent.height - Theme.keyboardHeight - height) / 2)
    width: Math.min(parent.width - 2 * Theme.margin, 620)
    modal: true
    focus: true
    padding: Theme.margin * 2
    visible: Staff.approvalPending
    onAboutToShow: dialog.approverId = Staff.approvers.length > 0 ? Staff.approvers[0].id : ""
    onOpened: {
        pin.clear()
        pin.focusField()
    }
    onClosed: Staff.cancelApproval()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: qsTr("Approval needed")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.warning
        }
        Label {
            objectName: "approvalText"
            Layout.fillWidth: true
            text: qsTr("%1: %2's role does not allow it. Someone who may approve it types their PIN.").arg(Staff.approvalText).arg(Staff.clerkName)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: Staff.approvers.length === 0
            text: qsTr("No clerk of this register may approve it.")
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: Staff.approvers
                delegate: TouchButton {
                    required property var modelData
                    objectName: "approver_" + modelData.id
                    text: modelData.name + " · " + (modelData.locked ? qsTr("locked") : modelData.role)
                    tint: modelData.id === dialog.approverId ? Theme.selection : Theme.surface
                    Accessible.name: qsTr("Approved by %1").arg(modelData.name)
                    onClicked: {
                        dialog.approverId = modelData.id
                        pin.focusField()
                    }
                }
            }
        }
        PinEntry {
            id: pin
            Layout.fillWidth: true
            enabled: dialog.approverId !== ""
            accessibleName: qsTr("PIN of the clerk who approves")
            onSubmitted: function (code) {
                Staff.approve(dialog.approverId, code)
                pin.clear()
            }
        }
        Label {
            objectName: "approvalError"
            Layout.fillWidth: true
            text: Staff.error
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        TouchButton {
            objectName: "approvalCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Give up the action")
            onClicked: Staff.cancelApproval()
        }
    }
}
