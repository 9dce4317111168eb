// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

#include <QQuickWindow>

namespace comptoir {

// Where the clerk's finger (or the mouse) last pressed the window, so that a pad or a dialog a
// tap opens never opens under that finger: the second tap of a double tap on a product sold by
// weight typed a "2" on the weight pad (0,750 kg became 20,750 kg).
class PointerTracker : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Pointer)
    QML_SINGLETON
    Q_PROPERTY(QPointF lastPress READ lastPress NOTIFY lastPressChanged)
    // How close two taps must be in time to make a double tap, in ms (the platform's setting).
    Q_PROPERTY(int doubleTapInterval READ doubleTapInterval CONSTANT)
public:
    explicit PointerTracker(QObject *parent = nullptr);

    // Follows the presses of WINDOW (the scene's coordinates).
    Q_INVOKABLE void watch(QQuickWindow *window);
    QPointF lastPress() const { return m_lastPress; }
    int doubleTapInterval() const;

    // The top-left corner for a panel of PANEL size inside AREA (both in scene coordinates)
    // that keeps a finger's width (FINGER) clear of the last press: centred if that is clear,
    // else the first clear of bottom, top, right, left, then the corners; centred when none is.
    Q_INVOKABLE QPointF placeAway(
        const QRectF &area, const QSizeF &panel, qreal margin, qreal finger = 48) const;
    static QPointF placeAway(
        const QRectF &area, const QSizeF &panel, qreal margin, qreal finger, QPointF press);

Q_SIGNALS:
    void lastPressChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QQuickWindow> m_window;
    QPointF m_lastPress {-1, -1};
};

} // namespace comptoir
