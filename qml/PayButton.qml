// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Comptoir.Pos

TouchButton {
    objectName: "payButton"
    implicitHeight: Theme.touchLarge
    enabled: Counter.lineCount > 0
    tint: Counter.refund ? Theme.warning : Theme.pay
    ink: "white"
    fontSize: Theme.fontLarge
    font.bold: true
    text: Counter.refund ? qsTr("Refund %1").arg(Counter.totalText) : qsTr("Pay %1").arg(Counter.totalText)
    Accessible.name: text
    onClicked: Counter.startPayment()
}
