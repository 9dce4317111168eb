// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T

// A button sized for fingers, with a semantic colour. Callers set Accessible.name. Drawn here
// whole: made on the template, not on the style's button whose drawing it would replace (the
// selling screen has some fifty of them to make before its first frame).
T.Button {
    id: control

    property color tint: Theme.surface
    property color ink: Theme.text
    property int fontSize: Theme.fontNormal

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 2 * Theme.margin)
    Layout.minimumHeight: Theme.touch
    Layout.minimumWidth: Theme.touch
    // The room around the text Qt's Fusion button kept, which these buttons were laid out with.
    padding: 4
    focusPolicy: Qt.NoFocus // touch buttons never steal the keyboard from the scanner path
    font.pixelSize: control.fontSize
    // Qt 6.4 offers assistive technology a "Press" action on every button but does nothing with
    // it: it looks for an invokable accessiblePressAction(), which Qt Quick Controls' buttons do
    // not declare. Press the button the way a finger would.
    function accessiblePressAction() {
        if (!control.enabled)
            return
        if (control.checkable)
            control.toggle()
        control.clicked()
    }

    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Qt.lighter(control.tint, 1.15) : control.down ? Qt.darker(control.tint, 1.2) : control.tint
        border.color: Theme.border
        border.width: control.tint === Theme.surface ? 1 : 0
        opacity: control.enabled ? 1 : 0.5
    }
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.ink
        opacity: control.enabled ? 1 : 0.6
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
}
