// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The personalised offers of the attached customer that apply to the basket now, each applied
// with a tap; and those already applied. Nothing shows for a customer who did not agree to
// personalised offers.
ColumnLayout {
    id: strip

    spacing: Theme.spacing / 2
    visible: Counter.offers.length > 0 || Counter.appliedOffers.length > 0

    // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
    // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
    Column {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        visible: offerKeys.count > 0
        Repeater {
            id: offerKeys
            model: Counter.offers
            delegate: TouchButton {
                id: offerButton
                required property var modelData
                required property int index
                objectName: "applyOffer" + index
                width: parent ? parent.width : 0
                implicitHeight: Theme.touch
                tint: Theme.premiumBackground
                ink: Theme.text
                fontSize: Theme.fontSmall
                text: qsTr("Offer: %1 (%2) · Apply").arg(offerButton.modelData.title).arg(offerButton.modelData.detail)
                Accessible.name: qsTr("Apply the offer %1, %2").arg(offerButton.modelData.title).arg(offerButton.modelData.detail)
                onClicked: Counter.applyOffer(offerButton.modelData.id)
            }
        }
    }
    Label {
        objectName: "appliedOffers"
        Layout.fillWidth: true
        visible: Counter.appliedOffers.length > 0
        text: qsTr("Offer applied: %1").arg(Counter.appliedOffersText)
        elide: Text.ElideRight
        property bool mayElide: true // data (names from the catalog or the customers), not a label
        font.pixelSize: Theme.fontSmall
        color: Theme.premium
    }
}
