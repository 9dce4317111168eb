// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Find a customer as they answer: a few letters of a name, a phone number in any format, an
// e-mail address or a card number. A tap attaches them to the sale.
Popup {
    id: dialog

    objectName: "customerSearchDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - 2 * Theme.margin, 620)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: {
        query.clear()
        query.forceActiveFocus()
    }

    Connections {
        target: Counter
        function onCustomerChanged() {
            if (Counter.hasCustomer)
                dialog.close() // chosen here, or the card scanned meanwhile
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Find a customer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        TextField {
            id: query
            objectName: "customerQuery"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Name, phone, e-mail or card number")
            Accessible.name: qsTr("Customer search")
            font.pixelSize: Theme.fontNormal
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: results.model = text.trim().length > 0 ? Counter.searchCustomers(text) : []
        }
        ListView {
            id: results
            objectName: "customerResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: []
            delegate: TouchButton {
                required property var modelData
                width: results.width
                tint: modelData.premium ? Theme.premiumBackground : Theme.surface
                ink: modelData.premium ? Theme.premium : Theme.text
                text: (modelData.premium ? "★ " : "") + modelData.name + (modelData.detail ? "  ·  " + modelData.detail : "")
                Accessible.name: qsTr("Choose %1").arg(modelData.name)
                onClicked: {
                    if (Counter.attachCustomer(modelData.id))
                        dialog.close()
                }
            }
            Label {
                anchors.centerIn: parent
                visible: results.count === 0 && query.text.trim().length > 0
                text: qsTr("No customer found on this register.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
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
