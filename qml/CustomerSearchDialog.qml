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
    // Centred; above the on-screen keyboard while it is up (it comes with the text field).
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, Math.min((parent.height - height) / 2,
                                       parent.height - Theme.keyboardHeight - height - Theme.margin))
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - Theme.keyboardHeight - 2 * Theme.margin, 620)
    modal: true
    focus: true // Escape closes it, changing nothing, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: {
        query.clear()
        query.forceActiveFocus()
        Customers.searchHeadOffice("") // nothing from a previous search
    }

    // Nothing on this register once the clerk pauses: head office is asked by itself.
    Timer {
        id: fallback
        interval: 600
        onTriggered: {
            if (Customers.headOffice && results.count === 0 && query.text.trim().length >= 3)
                Customers.searchHeadOffice(query.text)
        }
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
            onTextChanged: {
                results.model = text.trim().length > 0 ? Counter.searchCustomers(text) : []
                Customers.searchHeadOffice("")
                fallback.restart()
            }
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
                visible: results.count === 0 && query.text.trim().length > 0 && Customers.remoteState === "idle"
                text: qsTr("No customer found on this register.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
            }
        }
        // Not on this register: head office knows every customer of the chain.
        Label {
            objectName: "remoteText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Customers.remoteText
            color: Customers.remoteState === "unreachable" || Customers.remoteState === "failed" ? Theme.warning
                                                                                                  : Theme.textMuted
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            id: remote
            objectName: "remoteResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 3 * (Theme.touch + spacing))
            visible: count > 0
            clip: true
            spacing: Theme.spacing / 2
            model: Customers.remoteResults
            delegate: TouchButton {
                required property var modelData
                width: remote.width
                tint: modelData.premium ? Theme.premiumBackground : Theme.surfaceAlt
                ink: modelData.premium ? Theme.premium : Theme.text
                text: "⌂ " + (modelData.premium ? "★ " : "") + modelData.name + (modelData.detail ? "  ·  " + modelData.detail : "")
                Accessible.name: qsTr("Choose %1, found at head office").arg(modelData.name)
                onClicked: Customers.chooseFromHeadOffice(modelData.id)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "searchHeadOffice"
                Layout.fillWidth: true
                visible: Customers.headOffice
                enabled: query.text.trim().length >= 2 && Customers.remoteState !== "searching"
                text: qsTr("Search at head office")
                Accessible.name: qsTr("Search this customer at head office")
                onClicked: Customers.searchHeadOffice(query.text)
            }
            TouchButton {
                objectName: "newCustomer"
                Layout.fillWidth: true
                text: qsTr("New customer")
                Accessible.name: qsTr("Create a new customer")
                onClicked: {
                    creator.prefill = query.text.trim()
                    creator.open()
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

    CustomerEditDialog {
        id: creator
        creating: true
    }
}
