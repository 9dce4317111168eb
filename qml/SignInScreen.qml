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
    // A locked account: a manager unlocks it with their PIN, chosen here.
    property string unlockerId: ""
    readonly property bool unlocking: screen.chosen !== null && screen.chosen.locked
    readonly property var chosen: {
        for (const c of Staff.clerks) {
            if (c.id === screen.chosenId)
                return c
        }
        return null
    }

    parent: Overlay.overlay
    // Above any dialog that opens while nobody is signed in (a card payment's question at
    // start-up): nobody answers it before signing in.
    z: 1000
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
    onUnlockingChanged: {
        if (screen.unlocking && Staff.unlockers.length > 0)
            screen.unlockerId = Staff.unlockers[0].id
    }

    GridLayout {
        anchors.fill: parent
        columns: screen.width > screen.height ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            // Widths set, not found: wrapped texts would lay the grid out again and again.
            Layout.preferredWidth: screen.availableWidth - (screen.width > screen.height ? Math.min(Theme.touchLarge * 6, screen.availableWidth * 0.45) + Theme.margin * 2 : 0)
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
                                screen.unlockerId = Staff.unlockers.length > 0 ? Staff.unlockers[0].id : ""
                                pin.clear()
                                pin.focusField()
                            }
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.preferredWidth: screen.width > screen.height ? Math.min(Theme.touchLarge * 6, screen.availableWidth * 0.45) : screen.availableWidth
            Layout.fillHeight: true
            spacing: Theme.margin

            Label {
                objectName: "signInChosen"
                Layout.fillWidth: true
                text: !screen.chosen ? qsTr("Choose your name") : screen.unlocking ? qsTr("%1 is locked after too many wrong PINs. A manager unlocks the account with their PIN.").arg(screen.chosen.name) : qsTr("PIN of %1").arg(screen.chosen.name)
                font.pixelSize: screen.unlocking ? Theme.fontNormal : Theme.fontLarge
                color: screen.unlocking ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                visible: screen.unlocking
                spacing: Theme.spacing
                Repeater {
                    model: screen.unlocking ? Staff.unlockers : []
                    delegate: TouchButton {
                        required property var modelData
                        objectName: "unlocker_" + modelData.id
                        text: modelData.name
                        tint: modelData.id === screen.unlockerId ? Theme.selection : Theme.surface
                        Accessible.name: qsTr("Unlocked by %1").arg(modelData.name)
                        onClicked: {
                            screen.unlockerId = modelData.id
                            pin.focusField()
                        }
                    }
                }
            }
            PinEntry {
                id: pin
                Layout.fillWidth: true
                enabled: screen.chosen !== null && (!screen.unlocking || screen.unlockerId !== "")
                accessibleName: !screen.chosen ? qsTr("PIN") : screen.unlocking ? qsTr("PIN of the manager who unlocks %1").arg(screen.chosen.name) : qsTr("PIN of %1").arg(screen.chosen.name)
                onSubmitted: function (code) {
                    if (screen.unlocking)
                        Staff.unlock(screen.chosenId, screen.unlockerId, code)
                    else
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
