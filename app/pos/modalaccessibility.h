// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace comptoir::pos {

// What assistive technology sees of a window. Qt Quick lists every item of a window, even those
// under a modal popup (the payment screen over the sale, a dialog over the payment screen), so a
// screen reader could read and press controls the clerk cannot reach. Installed once, this puts
// an interface of ours in front of every Qt Quick window: while a modal popup is open, the window
// exposes that popup only, the topmost one; otherwise exactly what Qt Quick exposes. Items get
// Qt Quick's interface with their disabled state told (Qt 6.4 reports a disabled control as
// enabled).
void installModalAccessibility();

// The topmost open modal popup of a window (its QQuickPopup), or nullptr.
QObject *topModalPopup(QQuickWindow *window);

// The items a window exposes at its root, in Qt Quick's order.
QList<QQuickItem *> accessibleRootItems(QQuickWindow *window);

} // namespace comptoir::pos
