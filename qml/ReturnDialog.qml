// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Turns the selected line into a returned item; a reason is required.
Popup {
    id: dialog

    property int row: -1

    function openFor(r: int) {
        dialog.row = r
        dialog.open()
    }

    objectName: "returnDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 480)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Why is the item returned?")
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.WordWrap
        }
        // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
        // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
        Column {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: reasonKeys.count > 0
            Repeater {
                id: reasonKeys
                model: Counter.returnReasons
                delegate: TouchButton {
                    required property string modelData
                    width: parent ? parent.width : 0
                    text: modelData
                    Accessible.name: qsTr("Return reason: %1").arg(modelData)
                    onClicked: {
                        if (Counter.markReturn(dialog.row, modelData))
                            dialog.close()
                    }
                }
            }
        }
        TouchButton {
            Layout.fillWidth: true
            text: qsTr("Back")
            Accessible.name: qsTr("Back, change nothing")
            onClicked: dialog.close()
        }
    }
}
