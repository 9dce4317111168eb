// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// A new customer, or the attached customer's details changed: contact, card, store notes,
// interests and consents. Every field is checked as it is typed, in the clerk's language;
// saving works offline (head office merges the change when it is reached).
Popup {
    id: dialog

    property bool creating: false
    property var form: ({})
    property var problems: ({})
    property string prefill: "" // what the clerk had typed in the search

    objectName: "customerEditDialog"
    parent: Overlay.overlay
    // Centred; above the on-screen keyboard while it is up (it comes with the text field).
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, Math.min((parent.height - height) / 2,
                                       parent.height - Theme.keyboardHeight - height - Theme.margin))
    width: Math.min(parent.width - 2 * Theme.margin, 680)
    height: Math.min(parent.height - Theme.keyboardHeight - 2 * Theme.margin, 860)
    modal: true
    focus: true // Escape closes it, saving nothing
    padding: Theme.margin * 2

    function load() {
        let f = Customers.form(creating)
        if (creating && prefill.length > 0) {
            if (prefill.indexOf("@") >= 0)
                f.email = prefill
            else if (/^[0-9 +.()\/-]+$/.test(prefill))
                f.phone = prefill
            else
                f.lastName = prefill
        }
        form = f
        problems = ({})
        firstName.text = f.firstName
        lastName.text = f.lastName
        phone.text = f.phone
        email.text = f.email
        card.text = f.card
        notes.text = f.notes
        marketingEmail.checked = f.marketingEmail
        marketingSms.checked = f.marketingSms
        offers.checked = f.offers
        analytics.checked = f.analytics
        interests.chosen = f.interests
    }
    function current() {
        return {
            firstName: firstName.text, lastName: lastName.text, phone: phone.text, email: email.text,
            card: card.text, notes: notes.text, interests: interests.chosen,
            marketingEmail: marketingEmail.checked, marketingSms: marketingSms.checked,
            offers: offers.checked, analytics: analytics.checked
        }
    }
    function recheck() {
        problems = Customers.check(current(), creating)
    }
    function submit() {
        recheck()
        if (Object.keys(problems).length > 0)
            return
        if (Customers.save(current(), creating))
            dialog.close()
    }

    onOpened: {
        load()
        const first = creating ? lastName : phone
        first.focusInput()
    }

    component FormField: ColumnLayout {
        id: field
        property alias label: title.text
        property alias text: input.text
        property alias inputHints: input.inputMethodHints
        property string key
        property string problem: dialog.problems[key] ?? ""
        function focusInput() { input.forceActiveFocus() }
        Layout.fillWidth: true
        spacing: 2
        Label {
            id: title
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: input
            objectName: "edit_" + field.key
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontNormal
            Accessible.name: field.label
            Accessible.description: field.problem
            onTextEdited: dialog.recheck()
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "problem_" + field.key
            Layout.fillWidth: true
            visible: field.problem.length > 0
            text: field.problem
            color: Theme.danger
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
    }

    component ConsentSwitch: Switch {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        focusPolicy: Qt.NoFocus
        Accessible.name: text
        onToggled: dialog.recheck()
        // As a finger would: flip it and say so (see TouchButton).
        function accessiblePressAction() {
            toggle()
            toggled()
        }
        function accessibleToggleAction() {
            accessiblePressAction()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: dialog.creating ? qsTr("New customer") : qsTr("Change %1's details").arg(Counter.customerName)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideRight
            property bool mayElide: true // data (names from the catalog or the customers), not a label
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: fields.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: fields
                width: parent.width
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    FormField {
                        id: firstName
                        key: "firstName"
                        label: qsTr("First name")
                    }
                    FormField {
                        id: lastName
                        key: "lastName"
                        label: qsTr("Last name")
                    }
                }
                FormField {
                    id: phone
                    key: "phone"
                    label: qsTr("Phone")
                    inputHints: Qt.ImhDialableCharactersOnly
                }
                FormField {
                    id: email
                    key: "email"
                    label: qsTr("E-mail")
                    inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                }
                FormField {
                    id: card
                    key: "card"
                    label: qsTr("Loyalty card number")
                    inputHints: Qt.ImhNoPredictiveText
                }
                FormField {
                    id: notes
                    key: "notes"
                    label: qsTr("Store notes")
                }
                Label {
                    text: qsTr("Interests (the customer chooses)")
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                Flow {
                    id: interests
                    property var chosen: []
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: Customers.interestChoices()
                        delegate: TouchButton {
                            id: chip
                            required property var modelData
                            readonly property bool on: interests.chosen.indexOf(modelData.key) >= 0
                            objectName: "interest_" + modelData.key
                            text: (on ? "✓ " : "") + modelData.text
                            tint: on ? Theme.selection : Theme.surface
                            fontSize: Theme.fontSmall
                            Accessible.name: on ? qsTr("%1: chosen, tap to remove").arg(modelData.text)
                                                : qsTr("%1: tap to add").arg(modelData.text)
                            onClicked: {
                                let list = interests.chosen.slice()
                                const at = list.indexOf(modelData.key)
                                if (at >= 0)
                                    list.splice(at, 1)
                                else
                                    list.push(modelData.key)
                                interests.chosen = list
                            }
                        }
                    }
                }
                Label {
                    text: qsTr("Consents (asked of the customer, dated today)")
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                }
                ConsentSwitch {
                    id: marketingEmail
                    objectName: "consentMarketingEmail"
                    text: qsTr("News and promotions by e-mail")
                }
                ConsentSwitch {
                    id: marketingSms
                    objectName: "consentMarketingSms"
                    text: qsTr("News and promotions by text message")
                }
                ConsentSwitch {
                    id: offers
                    objectName: "consentOffers"
                    text: qsTr("Personalised offers based on purchases")
                }
                ConsentSwitch {
                    id: analytics
                    objectName: "consentAnalytics"
                    text: qsTr("Purchases used for the chain's statistics")
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel, saving nothing")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "saveCustomer"
                Layout.fillWidth: true
                text: qsTr("Save")
                tint: Theme.pay
                ink: Theme.primaryText
                enabled: Object.keys(dialog.problems).length === 0
                Accessible.name: dialog.creating ? qsTr("Save the new customer") : qsTr("Save the changes")
                onClicked: dialog.submit()
            }
        }
    }
}
