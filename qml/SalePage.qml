// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The selling screen. The same panels, arranged for a landscape counter PC or a portrait
// tablet; only one arrangement exists at a time.
Item {
    id: page

    property bool tablet: false
    // Where messages may go on a counter PC without hiding the basket or the Pay button.
    readonly property real catalogWidth: Theme.counterCatalogWidth(width)

    Loader {
        anchors.fill: parent
        active: !page.tablet
        sourceComponent: CounterLayout {}
    }
    Loader {
        anchors.fill: parent
        active: page.tablet
        sourceComponent: TabletLayout {}
    }
}
