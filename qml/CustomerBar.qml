// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Who the sale is for: the customer attached (a loyalty card scanned, or found by name, phone
// or e-mail), premium customers marked; or a button to find one.
Rectangle {
    id: bar

    implicitHeight: Theme.touch
    radius: Theme.radius
    color: Counter.customerPremium ? Theme.premiumBackground : Theme.surfaceAlt
    border.color: Counter.customerPremium ? Theme.premium : Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        spacing: Theme.spacing

        AbstractButton {
            objectName: "customerInfo"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Counter.hasCustomer
            focusPolicy: Qt.NoFocus // the scanner path keeps the keyboard
            Accessible.name: qsTr("Show the details of %1").arg(Counter.customerName)
            onClicked: panel.make()?.open()
            function accessiblePressAction() { if (enabled) clicked() } // see TouchButton
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    objectName: "customerSummary"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    property bool mayElide: true // data (names from the catalog or the customers), not a label
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    color: Counter.customerPremium ? Theme.premium : Theme.text
                    text: (Counter.customerPremium ? "★ " : "") + Counter.customerName
                }
                Label {
                    objectName: "customerDetail"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    property bool mayElide: true // data (names from the catalog or the customers), not a label
                    font.pixelSize: Theme.fontSmall
                    color: Counter.customerPremium ? Theme.premium : Theme.textMuted
                    // "Premium · 1 264 points (+24 to confirm)" until head office confirms
                    text: Counter.customerPremium ? Counter.customerTierText + " · " + Counter.customerPointsText
                                                  : Counter.customerPointsText
                }
            }
        }
        TouchButton {
            objectName: "detachCustomer"
            visible: Counter.hasCustomer
            text: "✕"
            Accessible.name: qsTr("Remove the customer from the sale")
            onClicked: Counter.detachCustomer()
        }
        Label {
            Layout.fillWidth: true
            visible: !Counter.hasCustomer
            text: qsTr("No customer: scan a loyalty card")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        TouchButton {
            objectName: "findCustomer"
            visible: !Counter.hasCustomer
            text: qsTr("Find a customer")
            Accessible.name: qsTr("Find a customer by name, phone or e-mail")
            onClicked: search.make()?.open()
        }
    }

    // Made after the first frame (Deferred.qml).
    Deferred {
        id: search
        source: "CustomerSearchDialog.qml"
    }
    Deferred {
        id: panel
        source: "CustomerPanel.qml"
    }
}
