// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

ToolBar {
    id: bar

    property string now: ""

    implicitHeight: Theme.touch + Theme.spacing
    background: Rectangle {
        color: Theme.primary
    }

    Timer {
        interval: 1000
        running: true
        repeat: true
        triggeredOnStart: true
        onTriggered: bar.now = Language.clock()
    }

    Deferred {
        id: terminalStatus
        source: "TerminalStatusDialog.qml"
    }

    Deferred {
        id: syncStatus
        source: "SyncDialog.qml"
    }

    Deferred {
        id: drawerDialog
        source: "DrawerDialog.qml"
    }

    Deferred {
        id: closingDialog
        source: "ClosingDialog.qml"
    }

    Deferred {
        id: printerDialog
        source: "PrinterDialog.qml"
    }

    // A new sale waits for the Z of an earlier business day, or the first clerk of the day
    // signed in while it is due: the closings open.
    Connections {
        target: Closings
        function onClosingNeeded() {
            closingDialog.make()?.open()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        Label {
            text: "Comptoir"
            color: Theme.primaryText
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · Register %2").arg(Counter.storeName).arg(Counter.registerId)
            color: Theme.primaryText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            property bool mayElide: true // data (names from the catalog or the customers), not a label
        }
        Rectangle {
            visible: Counter.training
            radius: Theme.radius
            color: Theme.training
            implicitWidth: trainingLabel.implicitWidth + 2 * Theme.spacing
            implicitHeight: trainingLabel.implicitHeight + Theme.spacing
            Label {
                id: trainingLabel
                anchors.centerIn: parent
                text: qsTr("TRAINING")
                color: "white"
                font.bold: true
                font.pixelSize: Theme.fontSmall
            }
        }
        TouchButton {
            objectName: "terminalStatusButton"
            visible: Terminal.healthState !== "none"
            text: (Terminal.healthState === "ok" ? "● " : Terminal.healthState === "offline" ? "◐ " : "○ ") + qsTr("Card") + (Terminal.followupCount > 0 ? " (" + Terminal.followupCount + ")" : "")
            Accessible.name: Terminal.healthState === "ok" ? qsTr("Card terminal ready: show the terminals") : Terminal.healthState === "offline" ? qsTr("Card terminal without the bank: show the terminals") : qsTr("Card terminal unreachable: show the terminals")
            tint: Terminal.healthState === "ok" ? Qt.lighter(Theme.primary, 1.3) : Terminal.healthState === "offline" ? Theme.warning : Theme.danger
            ink: Theme.primaryText
            onClicked: terminalStatus.make()?.open()
        }
        TouchButton {
            objectName: "syncStatusButton"
            // ● in sync, ◐ tickets waiting (head office unreachable), ○ problem or not set up
            // in plain words: "Head office: offline for 12 min, 3 sales to send"
            text: (Sync.state === "online" ? "● " : Sync.state === "offline" ? "◐ " : "○ ") + Sync.statusText
            Layout.maximumWidth: bar.width * 0.4
            Accessible.name: Sync.summary
            tint: Sync.state === "online" ? Qt.lighter(Theme.primary, 1.3) : Sync.state === "offline" ? Theme.warning : Sync.state === "degraded" ? Theme.danger : Qt.lighter(Theme.primary, 1.15)
            ink: Theme.primaryText
            onClicked: syncStatus.make()?.open()
        }
        TouchButton {
            objectName: "drawerButton"
            text: qsTr("Drawer")
            Accessible.name: Drawer.open ? qsTr("Cash drawer: cash in or out, no-sale, count") : qsTr("Cash drawer: not open, give its float")
            tint: Drawer.open ? Qt.lighter(Theme.primary, 1.3) : Theme.warning
            ink: Theme.primaryText
            onClicked: drawerDialog.make()?.open()
        }
        TouchButton {
            objectName: "printerButton"
            visible: Printer.configured
            // ● ready, ◐ paper low, ○ cannot print (the receipts wait)
            text: (Printer.statusKey === "ready" ? "● " : Printer.statusKey === "paper-low" ? "◐ " : "○ ") + qsTr("Printer") + (Printer.waiting > 0 ? " (" + Printer.waiting + ")" : "")
            Accessible.name: qsTr("Receipt printer: %1").arg(Printer.statusText)
            tint: Printer.statusKey === "ready" ? Qt.lighter(Theme.primary, 1.3) : Printer.statusKey === "paper-low" ? Theme.warning : Theme.danger
            ink: Theme.primaryText
            onClicked: printerDialog.make()?.open()
        }
        TouchButton {
            objectName: "closingsButton"
            text: qsTr("Closings")
            Accessible.name: Closings.dayToClose.length > 0 ? qsTr("Closings: the day of %1 waits for its Z").arg(Closings.dayToClose) : qsTr("Closings: X report, day closing (Z)")
            tint: Closings.dayToClose.length > 0 ? Theme.warning : Qt.lighter(Theme.primary, 1.3)
            ink: Theme.primaryText
            onClicked: closingDialog.make()?.open()
        }
        TouchButton {
            objectName: "clerkButton"
            text: Staff.clerkName
            Layout.maximumWidth: bar.width * 0.2
            Accessible.name: qsTr("%1 is signed in: sign out to switch clerks").arg(Staff.clerkName)
            tint: Qt.lighter(Theme.primary, 1.3)
            ink: Theme.primaryText
            onClicked: Staff.signOut()
        }
        Label {
            text: bar.now
            color: Theme.primaryText
            font.pixelSize: Theme.fontNormal
        }
        TouchButton {
            objectName: "languageButton"
            text: Language.current === "fr" ? "EN" : "FR"
            Accessible.name: Language.current === "fr" ? qsTr("Switch to English") : qsTr("Switch to French")
            tint: Qt.lighter(Theme.primary, 1.3)
            ink: Theme.primaryText
            onClicked: Language.set(Language.current === "fr" ? "en" : "fr")
        }
    }
}
