// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Any ticket of this register: the latest at once, or found by its number, its day, its
// amount or the last four digits of the card that paid it (a receipt scanned opens its ticket
// directly). A ticket opens on the receipt screen: printed again as a duplicate, or cancelled
// if it is of today.
Popup {
    id: dialog

    property var found: ({ tickets: [] })

    function refresh() {
        dialog.found = Counter.findTickets(query.text)
    }

    objectName: "ticketsDialog"
    parent: Overlay.overlay
    // Centred; above the on-screen keyboard while it is up (it comes with the text field).
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, Math.min((parent.height - height) / 2,
                                       parent.height - Theme.keyboardHeight - height - Theme.margin))
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - Theme.keyboardHeight - 2 * Theme.margin, 680)
    modal: true
    focus: true // Escape closes it, changing nothing
    padding: Theme.margin * 2
    onOpened: {
        query.clear()
        dialog.refresh()
        query.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Tickets of this register")
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        TextField {
            id: query
            objectName: "ticketQuery"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Number, day (25/11), amount (12,50) or card *1234")
            Accessible.name: qsTr("Find a ticket")
            font.pixelSize: Theme.fontNormal
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextEdited: dialog.refresh()
        }
        Label {
            objectName: "ticketQueryProblem"
            Layout.fillWidth: true
            visible: (dialog.found.problem || "").length > 0
            text: dialog.found.problem || ""
            wrapMode: Text.WordWrap
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            visible: !(dialog.found.problem) && (dialog.found.tickets || []).length === 0
            text: (dialog.found.elsewhere || "").length > 0 ? qsTr("Not a ticket of this register.")
                                                            : qsTr("No ticket found.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontNormal
        }
        // A receipt code of another register: head office has every ticket of the chain.
        TouchButton {
            objectName: "chainTicketButton"
            Layout.fillWidth: true
            visible: (dialog.found.elsewhere || "").length > 0
            text: qsTr("Find it at head office")
            Accessible.name: qsTr("Find this ticket at head office")
            onClicked: {
                if (Counter.findTicketInChain(dialog.found.elsewhere))
                    dialog.close()
            }
        }
        ListView {
            id: list
            objectName: "ticketList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: dialog.found.tickets || []
            ScrollBar.vertical: ScrollBar {}
            delegate: TouchButton {
                required property var modelData
                objectName: "ticket_" + modelData.number
                width: list.width
                text: (modelData.kind === "void" ? qsTr("No. %1 · %2 · %3 · cancellation") : modelData.cancelled ? qsTr("No. %1 · %2 · %3 · cancelled") : qsTr("No. %1 · %2 · %3"))
                      .arg(modelData.number).arg(modelData.when).arg(modelData.total)
                      + (modelData.tenders.length > 0 ? " · " + modelData.tenders : "")
                Accessible.name: qsTr("Open ticket %1 of %2, %3").arg(modelData.number).arg(modelData.when).arg(modelData.total)
                fontSize: Theme.fontSmall
                enabled: Counter.lineCount === 0
                onClicked: {
                    if (Counter.showTicket(modelData.uuid))
                        dialog.close()
                }
            }
        }
        TouchButton {
            Layout.fillWidth: true
            text: qsTr("Close")
            Accessible.name: qsTr("Close")
            onClicked: dialog.close()
        }
    }
}
