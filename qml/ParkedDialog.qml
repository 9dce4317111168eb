// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Park the current basket (a customer fetching something) or resume a parked one.
Popup {
    id: dialog

    objectName: "parkedDialog"
    parent: Overlay.overlay
    // Centred; above the on-screen keyboard while it is up (it comes with the text field).
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, Math.min((parent.height - height) / 2,
                                       parent.height - Theme.keyboardHeight - height - Theme.margin))
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    height: Math.min(parent.height - Theme.keyboardHeight - 2 * Theme.margin, 620)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: label.clear()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: Counter.lineCount > 0
            text: qsTr("Park the current basket (%1)").arg(Counter.totalText)
            font.pixelSize: Theme.fontLarge
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Counter.lineCount > 0
            TextField {
                id: label
                objectName: "parkLabel"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Name (optional): customer, phone…")
                Accessible.name: qsTr("Name of the parked basket")
                font.pixelSize: Theme.fontNormal
            }
            TouchButton {
                objectName: "confirmPark"
                text: qsTr("Park")
                Accessible.name: qsTr("Park the basket")
                tint: Theme.primary
                ink: Theme.primaryText
                onClicked: {
                    if (Counter.park(label.text))
                        dialog.close()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: Counter.parkedCount > 0 ? qsTr("Parked baskets") : qsTr("No parked basket.")
            font.pixelSize: Theme.fontLarge
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Counter.parkedBaskets
            delegate: TouchButton {
                required property var modelData
                width: list.width
                // Qt leaves %n as is for a negative count: a parked return counts what comes back.
                text: (modelData.articles >= 0 ? qsTr("%1 · %2 · %n article(s) · %3", "", modelData.articles)
                                               : qsTr("%1 · %2 · %n article(s) returned · %3", "", -modelData.articles))
                      .arg(modelData.label).arg(modelData.time).arg(modelData.totalText)
                Accessible.name: qsTr("Resume %1").arg(modelData.label)
                enabled: Counter.lineCount === 0
                onClicked: {
                    if (Counter.resume(modelData.id))
                        dialog.close()
                }
            }
        }
        TouchButton {
            Layout.fillWidth: true
            text: qsTr("Close")
            Accessible.name: qsTr("Close")
            onClicked: dialog.close()
        }
    }
}
