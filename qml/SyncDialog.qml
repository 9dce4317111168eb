// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Head office sync: where the register's tickets and events are (pending, sent, acknowledged,
// set aside), the last contact and error, and a way to send again what was set aside.
Popup {
    id: dialog
    objectName: "syncDialog"

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 760)
    height: Math.min(parent.height - 2 * Theme.margin, 720)
    modal: true
    focus: true // Escape closes it, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: Sync.refreshEvents()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            text: qsTr("Head office sync")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "syncDetail"
            Layout.fillWidth: true
            text: Sync.detail
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
        ProgressBar {
            objectName: "syncReceiving"
            Layout.fillWidth: true
            visible: Sync.receivingPercent >= 0
            from: 0
            to: 100
            value: Math.max(0, Sync.receivingPercent)
            Accessible.name: qsTr("Catalogue received: %1 %").arg(Math.max(0, Sync.receivingPercent))
        }
        ListView {
            objectName: "syncEventList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: Sync.events
            delegate: Rectangle {
                id: row
                required property var modelData
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + Theme.spacing
                color: row.modelData.state === "quarantined" ? Qt.lighter(Theme.danger, 1.9) : row.modelData.state === "acked" ? Theme.surface : Qt.lighter(Theme.warning, 1.8)
                radius: Theme.radius
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.when + " · " + row.modelData.kind + " · " + row.modelData.stateText + (row.modelData.error.length > 0 ? " · " + row.modelData.error : "")
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                    TouchButton {
                        visible: row.modelData.state === "quarantined"
                        text: qsTr("Send again")
                        Accessible.name: qsTr("Send the event of %1 to head office again").arg(row.modelData.when)
                        onClicked: Sync.requeue(row.modelData.id)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "syncNowButton"
                Layout.fillWidth: true
                enabled: Sync.state !== "none"
                text: qsTr("Sync now")
                Accessible.name: qsTr("Send to head office now")
                onClicked: {
                    Sync.syncNow();
                    Sync.refreshEvents();
                }
            }
            TouchButton {
                objectName: "syncCloseButton"
                Layout.fillWidth: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close the head office sync screen")
                onClicked: dialog.close()
            }
        }
    }
}
