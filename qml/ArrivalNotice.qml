// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A premium customer just checked in at the store (head office's notice, pushed over
// WebSocket): discreet, in a corner, with the offers to suggest; it goes by itself after two
// minutes or with a tap.
Rectangle {
    id: notice

    objectName: "arrivalNotice"
    readonly property var arrival: Sync.arrival
    visible: notice.arrival.customer !== undefined
    implicitWidth: 420
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.premiumBackground
    border.color: Theme.premium
    border.width: 2

    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    Timer {
        running: notice.visible
        interval: 120000
        onTriggered: Sync.dismissArrival()
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: title
                objectName: "arrivalTitle"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.premium
                text: qsTr("★ %1, %2 customer, has arrived").arg(notice.arrival.name ?? "").arg(notice.arrival.tierText ?? "")
            }
            Label {
                objectName: "arrivalOffers"
                Layout.fillWidth: true
                visible: (notice.arrival.offersText ?? "").length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                text: qsTr("To suggest: %1").arg(notice.arrival.offersText ?? "")
            }
        }
        TouchButton {
            objectName: "dismissArrival"
            text: "✕"
            Accessible.name: qsTr("Dismiss the arrival notice")
            onClicked: Sync.dismissArrival()
        }
    }
}
