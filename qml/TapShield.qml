// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Comptoir.Pos

// Makes a double tap harmless: the second tap of a double tap on the button that opened a
// screen (Pay, say) would land on whatever the new screen has there (Cancel payment). Armed
// when the screen opens, for the system's double-tap interval, it takes presses within a
// finger's reach of where that first tap was, and only there: a tap elsewhere, a key, or
// assistive technology go through at once.
MouseArea {
    id: shield

    property point at: Qt.point(-10000, -10000)

    function arm() {
        if (Pointer.lastPress.x < 0 || !shield.parent)
            return
        shield.at = shield.parent.mapFromItem(null, Pointer.lastPress.x, Pointer.lastPress.y)
        guard.restart()
    }

    objectName: "tapShield"
    x: shield.at.x - Theme.touch
    y: shield.at.y - Theme.touch
    width: 2 * Theme.touch
    height: 2 * Theme.touch
    z: 10000
    enabled: guard.running
    visible: guard.running

    Timer {
        id: guard
        interval: Pointer.doubleTapInterval
    }
}
