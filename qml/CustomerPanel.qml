// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The attached customer, as the clerk needs them at the counter: card, contact, points,
// what they agreed to (the latest say per purpose and channel) and what interests them.
Popup {
    id: dialog

    property var customer: ({})

    objectName: "customerPanel"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - 2 * Theme.margin, 680)
    modal: true
    focus: true // Escape closes it, as a clerk with a keyboard expects
    padding: Theme.margin * 2
    onOpened: {
        customer = Counter.customerDetails()
        Customers.loadHistory()
    }

    Connections {
        target: Counter
        function onCustomerChanged() {
            if (dialog.opened && Counter.hasCustomer)
                dialog.customer = Counter.customerDetails() // saved, or head office's record came
        }
    }

    component Field: RowLayout {
        property alias label: name.text
        property alias value: content.text
        Layout.fillWidth: true
        visible: content.text.length > 0
        spacing: Theme.spacing
        Label {
            id: name
            Layout.preferredWidth: 150
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            id: content
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontNormal
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "panelName"
            Layout.fillWidth: true
            text: (dialog.customer.premium ? "★ " : "") + (dialog.customer.name ?? "")
            color: dialog.customer.premium ? Theme.premium : Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideRight
            property bool mayElide: true // data (names from the catalog or the customers), not a label
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.customer.premium ? qsTr("%1 customer").arg(dialog.customer.tierText) : ""
            color: Theme.premium
            font.pixelSize: Theme.fontNormal
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: details.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: details
                width: parent.width
                spacing: Theme.spacing

                Field {
                    label: qsTr("Points")
                    value: Counter.customerPointsText
                }
                Field {
                    label: qsTr("Loyalty card")
                    value: (dialog.customer.cards ?? []).join(", ")
                }
                Field {
                    label: qsTr("Phone")
                    value: dialog.customer.phone ?? ""
                }
                Field {
                    label: qsTr("E-mail")
                    value: dialog.customer.email ?? ""
                }
                Field {
                    label: qsTr("Store notes")
                    value: dialog.customer.notes ?? ""
                }
                Label {
                    text: qsTr("Consents")
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                Label {
                    visible: (dialog.customer.consents ?? []).length === 0
                    text: qsTr("None given: no marketing, no personalised offers.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
                // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
                Column {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: consentRows.count > 0
                    Repeater {
                        id: consentRows
                        model: dialog.customer.consents ?? []
                        delegate: Label {
                            required property var modelData
                            width: parent ? parent.width : 0
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: modelData.granted ? Theme.text : Theme.textMuted
                            text: (modelData.granted ? qsTr("✓ %1 (agreed on %2)") : qsTr("✗ %1 (refused on %2)"))
                                  .arg(modelData.text).arg(modelData.date)
                        }
                    }
                }
                Label {
                    text: qsTr("History")
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                Label {
                    objectName: "historyText"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: Customers.historyText
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    visible: Customers.history.length === 0
                    text: qsTr("No purchase recorded yet.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
                // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
                Column {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: purchases.count > 0
                    Repeater {
                        id: purchases
                        model: Customers.history
                        delegate: RowLayout {
                            id: purchase
                            required property var modelData
                            width: parent ? parent.width : 0
                            spacing: Theme.spacing
                            Label {
                                objectName: "channel_" + purchase.modelData.channel
                                Layout.preferredWidth: 90
                                horizontalAlignment: Text.AlignHCenter
                                text: purchase.modelData.channelText
                                font.pixelSize: Theme.fontSmall
                                color: Theme.primaryText
                                background: Rectangle {
                                    radius: Theme.radius / 2
                                    color: purchase.modelData.channel === "online" ? Theme.training : Theme.primary
                                }
                            }
                            Label {
                                objectName: "purchase"
                                Layout.fillWidth: true
                                text: purchase.modelData.text
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            Label {
                                visible: text.length > 0
                                text: purchase.modelData.points
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
                Label {
                    text: qsTr("Interests")
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    visible: (dialog.customer.interests ?? []).length > 0
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: dialog.customer.interests ?? []
                        delegate: Rectangle {
                            id: interest
                            required property string modelData
                            radius: height / 2
                            color: Theme.surfaceAlt
                            border.color: Theme.border
                            implicitWidth: chip.implicitWidth + 2 * Theme.margin
                            implicitHeight: chip.implicitHeight + Theme.spacing
                            Label {
                                id: chip
                                anchors.centerIn: parent
                                text: interest.modelData
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "pendingText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Customers.pendingText
            color: Theme.warning
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "editCustomer"
                Layout.fillWidth: true
                text: qsTr("Change details")
                Accessible.name: qsTr("Change the customer's details")
                onClicked: editor.open()
            }
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close the customer's details")
                onClicked: dialog.close()
            }
        }
    }

    CustomerEditDialog {
        id: editor
        creating: false
    }
}
