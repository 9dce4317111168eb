// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A yes/no question with big buttons.
Popup {
    id: dialog

    property string message: ""
    property string confirmText: qsTr("Confirm")
    property color confirmTint: Theme.danger
    signal confirmed

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 520)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin
        Label {
            Layout.fillWidth: true
            text: dialog.message
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "confirmNo"
                Layout.fillWidth: true
                text: qsTr("Back")
                Accessible.name: qsTr("Back, change nothing")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "confirmYes"
                Layout.fillWidth: true
                text: dialog.confirmText
                Accessible.name: dialog.confirmText
                tint: dialog.confirmTint
                ink: "white"
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
        }
    }
}
