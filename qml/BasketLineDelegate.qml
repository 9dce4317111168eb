// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Comptoir.Pos

// One basket line: name, quantity × price, total; − and + for pieces; returns in red.
Rectangle {
    id: line

    required property int index
    required property string name
    required property string quantityText
    required property string unitPriceText
    required property string totalText
    required property string discountText
    required property bool isReturn
    required property string returnReason
    required property bool weighed
    required property string vatCode
    required property string detail
    required property int pieces
    property bool selected: false

    signal select

    // Compact when not selected (48 px, a finger's width), a finger's height with its − and +
    // when selected, where a long name wraps to two lines.
    implicitHeight: Math.max(line.selected ? Theme.touch + Theme.spacing : 48, content.implicitHeight + Theme.spacing / 2)
    radius: Theme.radius / 2
    color: selected ? Theme.selection : isReturn ? Theme.returnLine : "transparent"
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, quantity %2, %3").arg(line.name).arg(line.quantityText).arg(line.totalText)
    Accessible.selectable: true
    Accessible.selected: line.selected
    Accessible.onPressAction: line.select()

    TapHandler {
        onTapped: line.select()
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                objectName: "lineName"
                Layout.fillWidth: true
                text: line.name
                wrapMode: Text.Wrap
                // Two lines where the detail below says nothing the total does not (one piece at
                // its price), and on the selected line; one line otherwise, so ten lines show.
                maximumLineCount: line.selected || !detailLabel.visible ? 2 : 1
                elide: Text.ElideRight
                property bool mayElide: true // data (names from the catalog or the customers), not a label
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }
            Text {
                id: detailLabel
                Layout.fillWidth: true
                visible: line.selected || line.isReturn || line.weighed || line.pieces !== 1
                         || line.discountText.length > 0 || line.detail.length > 0
                text: (line.isReturn ? qsTr("Return (%1) · ").arg(line.returnReason) : "")
                      + qsTr("%1 × %2").arg(line.quantityText).arg(line.unitPriceText)
                      + (line.discountText.length > 0 ? " · " + line.discountText : "")
                      + (line.detail.length > 0 ? " · " + line.detail : "")
                elide: Text.ElideRight
                property bool mayElide: true // data (names from the catalog or the customers), not a label
                font.pixelSize: Theme.fontSmall
                color: line.isReturn ? Theme.danger : Theme.textMuted
            }
        }
        // "−" only where it cannot take the line out: a stray tap on a line of one piece would
        // delete it ("Remove" does that, and can be undone).
        TouchButton {
            objectName: "lessButton"
            visible: line.selected && !line.weighed && line.pieces > 1
            text: "−"
            Accessible.name: qsTr("One less %1").arg(line.name)
            onClicked: Counter.changeQuantity(line.index, -1)
        }
        // Not on lines whose quantity is not the clerk's to change (a label's price, an amount
        // typed on a key, items returned with their ticket).
        TouchButton {
            visible: line.selected && !line.weighed && line.pieces > 0
            text: "+"
            Accessible.name: qsTr("One more %1").arg(line.name)
            onClicked: Counter.changeQuantity(line.index, 1)
        }
        Text {
            objectName: "lineTotal"
            Layout.minimumWidth: 110
            text: line.totalText + " " + line.vatCode
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontPrice
            font.bold: true
            color: line.isReturn ? Theme.danger : Theme.text
        }
    }
}
