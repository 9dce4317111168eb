// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Digits, decimal comma and backspace. Edits `entry`; what it means is the caller's business.
GridLayout {
    id: pad

    property string entry: ""
    property int maxLength: 12

    columns: 3
    rowSpacing: Theme.spacing / 2
    columnSpacing: Theme.spacing / 2

    function press(key: string) {
        if (key === "⌫")
            pad.entry = pad.entry.slice(0, -1)
        else if (key === "," && pad.entry.indexOf(",") >= 0)
            return
        else if (pad.entry.length < pad.maxLength)
            pad.entry += key
    }

    Repeater {
        model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", ",", "0", "⌫"]
        delegate: TouchButton {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            fontSize: Theme.fontLarge
            Accessible.name: modelData === "⌫" ? qsTr("Delete last digit") : modelData === "," ? qsTr("Decimal comma") : modelData
            onClicked: pad.press(modelData)
        }
    }
}
