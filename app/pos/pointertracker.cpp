// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointertracker.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QStyleHints>
#include <QTouchEvent>

namespace comptoir {

PointerTracker::PointerTracker(QObject *parent)
    : QObject(parent)
{ }

void PointerTracker::watch(QQuickWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

int PointerTracker::doubleTapInterval() const
{
    return QGuiApplication::styleHints()->mouseDoubleClickInterval();
}

bool PointerTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin) {
        const auto *pointer = static_cast<const QPointerEvent *>(event);
        if (!pointer->points().isEmpty()) {
            m_lastPress = pointer->points().first().scenePosition();
            Q_EMIT lastPressChanged();
        }
    }
    return QObject::eventFilter(watched, event);
}

QPointF PointerTracker::placeAway(const QRectF &area, const QSizeF &panel, qreal margin, qreal finger) const
{
    return placeAway(area, panel, margin, finger, m_lastPress);
}

QPointF PointerTracker::placeAway(
    const QRectF &area, const QSizeF &panel, qreal margin, qreal finger, QPointF press)
{
    const qreal left = area.left() + margin;
    const qreal right = area.right() - margin - panel.width();
    const qreal top = area.top() + margin;
    const qreal bottom = area.bottom() - margin - panel.height();
    const qreal cx = area.left() + (area.width() - panel.width()) / 2;
    const qreal cy = area.top() + (area.height() - panel.height()) / 2;
    const QPointF candidates[] = {{cx, cy}, {cx, bottom}, {cx, top}, {right, cy}, {left, cy}, {right, bottom},
        {left, bottom}, {right, top}, {left, top}};
    if (press.x() < 0 || press.y() < 0)
        return candidates[0];
    const QRectF fingertip(press.x() - finger / 2, press.y() - finger / 2, finger, finger);
    for (const QPointF &c : candidates) {
        if (!QRectF(c, panel).intersects(fingertip))
            return c;
    }
    return candidates[0];
}

} // namespace comptoir
