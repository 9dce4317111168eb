// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// Non-blocking messages at the bottom of the screen: scanning goes on while one shows.
// Tap to dismiss; errors stay longer.
Rectangle {
    id: banner

    property string text: ""
    property int level: 0 // Counter.Level: Info, Success, Warning, Failure

    function show(message: string, messageLevel: int) {
        banner.text = message
        banner.level = messageLevel
        banner.visible = true
        hideTimer.interval = messageLevel >= 2 ? 7000 : 4000
        hideTimer.restart()
    }

    visible: false
    radius: Theme.radius
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + 2 * Theme.margin)
    color: level === 3 ? Theme.danger : level === 2 ? Theme.warning : level === 1 ? Theme.pay : Theme.info
    Accessible.role: Accessible.AlertMessage
    Accessible.name: banner.text

    Label {
        id: label
        objectName: "messageText"
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: banner.text
        color: "white"
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
    TapHandler {
        onTapped: banner.visible = false
    }
    Timer {
        id: hideTimer
        onTriggered: banner.visible = false
    }
}
