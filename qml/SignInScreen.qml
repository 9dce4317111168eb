// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Nobody sells before signing in: the clerks of this register as tiles (the last one signed
// in first chosen), and their PIN on the keyboard or the pad. Covers the whole window, so
// neither the selling screen nor assistive technology reach what is behind it.
Popup {
    id: screen
    objectName: "signInScreen"

    property string chosenId: Staff.preselectedId
    readonly property var chosen: {
        for (const c of Staff.clerks) {
            if (c.id === screen.chosenId)
                return c
        }
        return null
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent.width
    height: parent.height - Theme.keyboardHeight
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    visible: !Staff.signedIn
    padding: Theme.margin * 2
    background: Rectangle {
        color: Theme.background
    }
    onOpened: {
        pin.clear()
        pin.focusField()
    }

    GridLayout {
        anchors.fill: parent
        columns: screen.width > screen.height ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Who is at the register?")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                TouchButton {
                    objectName: "signInLanguage"
                    text: Language.current === "fr" ? "EN" : "FR"
                    Accessible.name: Language.current === "fr" ? qsTr("Switch to English") : qsTr("Switch to French")
                    onClicked: Language.set(Language.current === "fr" ? "en" : "fr")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Staff.clerks.length === 0
                text: qsTr("No clerk can sign in at this register yet. A manager creates the first account with: comptoirctl clerk add --name NAME --role manager")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                color: Theme.warning
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: availableWidth
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: Staff.clerks
                        delegate: TouchButton {
                            required property var modelData
                            objectName: "clerk_" + modelData.id
                            width: Theme.touchLarge * 3
                            height: Theme.touchLarge * 1.3
                            text: modelData.name + "\n" + (modelData.locked ? qsTr("locked") : modelData.role)
                            tint: modelData.id === screen.chosenId ? Theme.selection : Theme.surface
                            ink: modelData.locked ? Theme.danger : Theme.text
                            Accessible.name: modelData.locked ? qsTr("%1, locked").arg(modelData.name) : qsTr("Sign in as %1, %2").arg(modelData.name).arg(modelData.role)
                            onClicked: {
                                screen.chosenId = modelData.id
                                pin.clear()
                                pin.focusField()
                            }
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.touchLarge * 6
            spacing: Theme.margin

            Label {
                objectName: "signInChosen"
                Layout.fillWidth: true
                text: screen.chosen ? qsTr("PIN of %1").arg(screen.chosen.name) : qsTr("Choose your name")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            PinEntry {
                id: pin
                Layout.fillWidth: true
                enabled: screen.chosen !== null
                accessibleName: screen.chosen ? qsTr("PIN of %1").arg(screen.chosen.name) : qsTr("PIN")
                onSubmitted: function (code) {
                    Staff.signIn(screen.chosenId, code)
                    pin.clear()
                    pin.focusField()
                }
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                text: Staff.error
                visible: text.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                color: Theme.danger
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
