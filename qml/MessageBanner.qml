// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Non-blocking messages at the bottom of the screen: scanning goes on while one shows.
// Refusals that come in a burst (several bad scans in a row) are all listed, the newest last,
// up to four; an item that goes in afterwards clears them, so an old red banner never stands
// over a good scan. A removal or a change of quantity offers "Undo" while it can be undone.
// Tap to dismiss; errors stay longer.
Rectangle {
    id: banner

    readonly property int maxLines: 4
    property var lines: []
    property int level: 0 // Counter.Level: Info, Success, Warning, Failure
    readonly property string text: lines.join("\n")

    function show(message: string, messageLevel: int) {
        const burst = banner.visible && messageLevel >= Counter.Warning && banner.level >= Counter.Warning
        let next = burst ? banner.lines.slice() : []
        next.push(message)
        banner.lines = next.slice(-banner.maxLines)
        banner.level = burst ? Math.max(banner.level, messageLevel) : messageLevel
        banner.visible = true
        hideTimer.interval = messageLevel >= Counter.Warning ? 7000 : (Counter.canUndo ? 6000 : 4000)
        hideTimer.restart()
    }
    // An item went in: refusals and warnings about earlier scans are no longer news.
    function clearProblems() {
        if (banner.visible && banner.level >= Counter.Warning)
            banner.hide()
    }
    function hide() {
        banner.visible = false
        banner.lines = []
    }

    visible: false
    radius: Theme.radius
    implicitHeight: Math.max(Theme.touch, row.implicitHeight + 2 * Theme.margin)
    color: level === Counter.Failure ? Theme.danger : level === Counter.Warning ? Theme.warning
         : level === Counter.Success ? Theme.pay : Theme.info
    Accessible.role: Accessible.AlertMessage
    Accessible.name: banner.text

    TapHandler {
        onTapped: banner.hide()
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
            // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
            Column {
                Layout.fillWidth: true
                spacing: 2
                visible: bannerLines.count > 0
                Repeater {
                    id: bannerLines
                    model: banner.lines
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: index === banner.lines.length - 1 ? "messageText" : "messageEarlier"
                        width: parent ? parent.width : 0
                        text: modelData
                        color: "white"
                        // The newest in full size; the earlier ones of a burst smaller, above it.
                        font.pixelSize: index === banner.lines.length - 1 ? Theme.fontLarge : Theme.fontNormal
                        opacity: index === banner.lines.length - 1 ? 1 : 0.85
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        TouchButton {
            objectName: "undoButton"
            visible: Counter.canUndo && banner.level < Counter.Warning
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo: %1").arg(Counter.undoText)
            onClicked: {
                Counter.undo()
            }
        }
    }
    Timer {
        id: hideTimer
        onTriggered: banner.hide()
    }
}
