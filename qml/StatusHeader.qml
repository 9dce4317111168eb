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
        onTriggered: bar.now = new Date().toLocaleTimeString(Qt.locale(Language.current === "fr" ? "fr_FR" : "en_GB"), Locale.ShortFormat)
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
            text: qsTr("%1 · Register %2 · %3").arg(Counter.storeName).arg(Counter.registerId).arg(Counter.clerkName)
            color: Theme.primaryText
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
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
