// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// The basket's lines and its totals. The last line touched (scanned, tapped, edited) is
// selected, so the keypad and actions apply to it.
Rectangle {
    id: panel

    readonly property int currentRow: list.count > 0 ? list.currentIndex : -1

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        CustomerBar {
            Layout.fillWidth: true
        }
        OfferStrip {
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "basketList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Counter.basket
            spacing: 0
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Basket")
            delegate: BasketLineDelegate {
                width: list.width
                selected: ListView.isCurrentItem
                onSelect: list.currentIndex = index
                // Selected, a line grows (its detail, its − and + keys) once laid out: it is
                // kept whole in view then, not only where it was placed before it grew.
                onHeightChanged: if (selected) keepInView.restart()
            }

            // So does the list when the totals under it grow (the VAT folded into one row).
            onHeightChanged: keepInView.restart()
            // Once the change is laid out (the next turn of the event loop).
            Timer {
                id: keepInView
                interval: 0
                onTriggered: list.keepCurrentInView()
            }
            function keepCurrentInView() {
                if (currentIndex < 0)
                    return
                forceLayout() // its new height in the content's, or the end cannot be reached
                positionViewAtIndex(currentIndex, ListView.Contain)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: list.count === 0
                text: qsTr("Scan an item or tap a product to start a sale.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
            }
        }

        Connections {
            target: Counter
            function onLineTouched(row: int) {
                if (row >= 0) {
                    list.currentIndex = row
                    // The line selected before shrank and this one grew: lay the lines out
                    // again before placing it, or a gap is left where the old one was.
                    list.forceLayout()
                    list.positionViewAtIndex(row, ListView.Contain)
                }
            }
        }

        TotalsPanel {
            Layout.fillWidth: true
        }
    }
}
