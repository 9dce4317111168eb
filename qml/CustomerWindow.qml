// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The customer's screen: a second window, full screen on the counter's second display. What
// goes in as it goes in, the total in large type, what is left to pay, then the change, a
// thank-you and the store's message, in the customer's language. Nothing to press.
Window {
    id: customer

    objectName: "customerWindow"
    visible: true
    title: qsTr("Comptoir — customer display")
    width: 1024
    height: 600
    color: "#102a43"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 16

        Label {
            objectName: "customerStore"
            Layout.fillWidth: true
            text: CustomerDisplay.storeName
            color: "#bcccdc"
            font.pixelSize: 28
            elide: Text.ElideRight
        }
        Label {
            objectName: "customerHeadline"
            Layout.fillWidth: true
            text: CustomerDisplay.headline
            color: "white"
            font.pixelSize: CustomerDisplay.phase === CustomerDisplay.Selling ? 40 : 56
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            objectName: "customerHeadlineAmount"
            Layout.fillWidth: true
            visible: text.length > 0
            text: CustomerDisplay.phase === CustomerDisplay.ThankYou && CustomerDisplay.remainingLabel.length > 0
                  ? CustomerDisplay.remainingLabel + " " + CustomerDisplay.headlineAmount : CustomerDisplay.headlineAmount
            color: CustomerDisplay.phase === CustomerDisplay.ThankYou ? "#8ded8e" : "white"
            font.pixelSize: CustomerDisplay.phase === CustomerDisplay.Selling ? 40 : 64
            font.bold: true
            horizontalAlignment: CustomerDisplay.phase === CustomerDisplay.Selling ? Text.AlignRight : Text.AlignLeft
        }
        ListView {
            objectName: "customerLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            interactive: false
            model: CustomerDisplay.lines // newest first: index 0 at the bottom, nearest the total
            verticalLayoutDirection: ListView.BottomToTop // the newest at the bottom, nearest the total
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 16
                Label {
                    Layout.fillWidth: true
                    text: parent.modelData.name
                    color: "white"
                    font.pixelSize: 26
                    elide: Text.ElideRight
                }
                Label {
                    text: parent.modelData.quantity
                    color: "#9fb3c8"
                    font.pixelSize: 22
                }
                Label {
                    text: parent.modelData.total
                    color: "white"
                    font.pixelSize: 26
                    horizontalAlignment: Text.AlignRight
                }
            }
            onCountChanged: positionViewAtBeginning()
        }
        Item {
            Layout.fillHeight: true
            visible: CustomerDisplay.lines.length === 0
        }
        RowLayout {
            Layout.fillWidth: true
            visible: CustomerDisplay.total.length > 0
            Label {
                Layout.fillWidth: true
                text: CustomerDisplay.totalLabel
                color: "#bcccdc"
                font.pixelSize: 40
            }
            Label {
                objectName: "customerTotal"
                text: CustomerDisplay.total
                color: "white"
                font.pixelSize: 72
                font.bold: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: CustomerDisplay.phase === CustomerDisplay.Paying
            Label {
                Layout.fillWidth: true
                text: CustomerDisplay.remainingLabel
                color: "#bcccdc"
                font.pixelSize: 32
            }
            Label {
                objectName: "customerRemaining"
                text: CustomerDisplay.remaining
                color: "#ffd166"
                font.pixelSize: 48
                font.bold: true
            }
        }
        Label {
            objectName: "customerMessage"
            Layout.fillWidth: true
            visible: CustomerDisplay.phase === CustomerDisplay.ThankYou || CustomerDisplay.phase === CustomerDisplay.Welcome
            text: CustomerDisplay.message
            color: "#bcccdc"
            font.pixelSize: 26
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
