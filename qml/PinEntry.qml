// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A PIN typed on the keyboard or on the pad: digits only, shown as dots. `submitted` on Enter
// or OK (Enter on the on-screen keyboard while it is up). The PIN goes no further than the
// caller's call (it is never kept or logged).
ColumnLayout {
    id: entry

    property string accessibleName: qsTr("PIN")
    signal submitted(string pin)

    function clear() {
        field.clear()
    }
    function focusField() {
        field.forceActiveFocus()
    }
    function submit() {
        if (field.text.length > 0)
            entry.submitted(field.text)
    }

    spacing: Theme.spacing

    TextField {
        id: field
        objectName: "pinField"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchLarge
        echoMode: TextInput.Password
        maximumLength: 6
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontHuge
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        validator: RegularExpressionValidator {
            regularExpression: /[0-9]{0,6}/
        }
        placeholderText: qsTr("PIN")
        Accessible.name: entry.accessibleName
        onAccepted: entry.submit()
    }
    GridLayout {
        // The on-screen keyboard, when it is up, types the digits: the pad would push the
        // dialog under it.
        visible: Theme.keyboardHeight === 0
        Layout.fillWidth: true
        columns: 3
        rowSpacing: Theme.spacing / 2
        columnSpacing: Theme.spacing / 2
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: TouchButton {
                required property string modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchLarge
                text: modelData === "OK" ? qsTr("OK") : modelData
                fontSize: Theme.fontLarge
                tint: modelData === "OK" ? Theme.primary : Theme.surface
                ink: modelData === "OK" ? Theme.primaryText : Theme.text
                enabled: modelData !== "OK" || field.text.length >= 4
                Accessible.name: modelData === "⌫" ? qsTr("Delete last digit") : modelData === "OK" ? qsTr("Confirm the PIN") : modelData
                onClicked: {
                    if (modelData === "⌫")
                        field.remove(field.length - 1, field.length)
                    else if (modelData === "OK")
                        entry.submit()
                    else if (field.length < field.maximumLength)
                        field.insert(field.length, modelData)
                    field.forceActiveFocus()
                }
            }
        }
    }
}
