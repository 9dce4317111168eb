// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The selling screen. The same panels, arranged for a landscape counter PC or a portrait
// tablet; only one arrangement exists at a time.
Item {
    id: page

    property bool tablet: false

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
