// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the counter when the register cannot start (damaged database, disk full,
// database from a newer Comptoir): the clerk sees why and whom to call; nothing is deleted.
ApplicationWindow {
    id: window

    property string message: ""

    width: 1024
    height: 640
    visible: true
    title: qsTr("Comptoir cannot start")
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.margin, 760)
        spacing: Theme.margin * 2

        Label {
            Layout.fillWidth: true
            text: qsTr("Comptoir cannot start")
            font.pixelSize: Theme.fontTotal
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "startupErrorMessage"
            Layout.fillWidth: true
            text: window.message
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("No sale has been lost: the data stays on this register. Call your IT support and give them this message.")
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        TouchButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: qsTr("Close Comptoir")
            onClicked: Qt.quit()
        }
    }
}
