// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Articles, discount, VAT per rate and the total due, computed by the core to the cent.
ColumnLayout {
    id: totals

    spacing: 2

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.border
    }
    RowLayout {
        Layout.fillWidth: true
        visible: Counter.basketDiscountText.length > 0
        Label {
            Layout.fillWidth: true
            text: qsTr("Subtotal %1 · Basket discount").arg(Counter.subtotalText)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label {
            objectName: "basketDiscountText"
            text: Counter.basketDiscountText
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
        }
    }
    // A long basket keeps its lines in view: the VAT in one row (per rate on the receipt and
    // the payment screen).
    readonly property bool vatFolded: Counter.vatRows.length > 1 && Counter.lineCount > 6
    RowLayout {
        Layout.fillWidth: true
        visible: totals.vatFolded
        Label {
            objectName: "vatFolded"
            Layout.fillWidth: true
            text: qsTr("VAT at %n rate(s)", "", Counter.vatRows.length)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label {
            text: Counter.vatTotalText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    // A positioner holds what the model makes, not the layout: Qt 6.4's layouts read a
    // delegate already destroyed when they lay out while a Repeater rebuilds (a crash).
    Column {
        Layout.fillWidth: true
        spacing: 2
        visible: vatRows.count > 0
        Repeater {
            id: vatRows
            model: totals.vatFolded ? [] : Counter.vatRows
            delegate: RowLayout {
                id: vatRow
                required property var modelData
                width: parent ? parent.width : 0
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 VAT %2 on %3").arg(vatRow.modelData.code).arg(vatRow.modelData.rate).arg(vatRow.modelData.net)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    text: vatRow.modelData.vat
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: Counter.articleCount >= 0 ? qsTr("%n article(s)", "", Counter.articleCount)
                                            : qsTr("%n article(s) returned", "", -Counter.articleCount)
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }
        Label {
            objectName: "totalText"
            text: Counter.totalText
            font.pixelSize: Theme.fontTotal
            font.bold: true
            color: Counter.refund ? Theme.danger : Theme.text
            Accessible.name: qsTr("Total %1").arg(Counter.totalText)
        }
    }
}
