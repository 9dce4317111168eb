// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Comptoir.Pos

// A popup or screen that is not on the selling screen (the payment and receipt screens, the
// dialogs): made once the selling screen's first frame is shown, between frames, so the
// register is ready to scan sooner (Startup). Given by `source` when it is a file of its own, so
// that even its type is read then. make() makes it at once when it is wanted sooner; `needed`
// makes it at once when its state is already there (a payment left open before a restart).
Loader {
    id: part

    property bool needed: false
    // Counted by Startup until made.
    property bool expected: false

    // A layout the part sits in keeps no room for it: popups place themselves.
    visible: false
    active: part.needed || Startup.released
    asynchronous: Startup.inSlices && !part.needed

    // The part, made now if it is not yet.
    function make() {
        if (part.status !== Loader.Ready) {
            part.asynchronous = false
            part.active = true
        }
        return part.item
    }

    Component.onCompleted: {
        if (part.status !== Loader.Ready) {
            part.expected = true
            Startup.expect()
        }
    }
    onLoaded: {
        Startup.made(part.item, part.expected)
        part.expected = false
    }
    onStatusChanged: {
        // A part that cannot be made (a broken install) is said in the log and no longer
        // awaited; its button does nothing (make() returns null).
        if (part.status === Loader.Error && part.expected) {
            console.error("comptoir: cannot make", part.source)
            Startup.made(null, true)
            part.expected = false
        }
    }
    Component.onDestruction: {
        if (part.expected)
            Startup.made(null, true)
    }
}
