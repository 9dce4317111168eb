// SPDX-License-Identifier: GPL-3.0-or-later
#include "modalaccessibility.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <private/qaccessiblequickitem_p.h>
#include <private/qquickitem_p.h>

#include <algorithm>

namespace comptoir::pos {

namespace {

// Qt Quick puts an item in the accessibility tree once it carries an Accessible attached object
// (QML's "Accessible.*", or a control that creates one) that is not ignored. The attached object
// is a child QObject of its item.
bool exposed(const QQuickItem *item)
{
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return !child->property("ignored").toBool();
    }
    return false;
}

// Qt Quick's rule for the children of an item in the tree: an exposed child item is a child; the
// children of an item that is not exposed take its place.
void exposedDescendants(const QQuickItem *item, QList<QQuickItem *> &out)
{
    for (QQuickItem *child : item->childItems()) {
        if (exposed(child))
            out.append(child);
        else
            exposedDescendants(child, out);
    }
}

QList<QQuickItem *> exposedFrom(QQuickItem *item)
{
    QList<QQuickItem *> out;
    if (exposed(item))
        out.append(item);
    else
        exposedDescendants(item, out);
    return out;
}

// The visual item of a popup: its content item's parent (Qt Quick Controls' popup item).
QQuickItem *popupItem(const QObject *popup)
{
    auto *content = popup->property("contentItem").value<QQuickItem *>();
    return content ? content->parentItem() : nullptr;
}

class WindowAccessible : public QAccessibleObject
{
public:
    explicit WindowAccessible(QQuickWindow *window)
        : QAccessibleObject(window)
    { }

    QWindow *window() const override { return quickWindow(); }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(qApp); }
    QAccessible::Role role() const override { return QAccessible::Window; }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.active = quickWindow() == QGuiApplication::focusWindow();
        state.invisible = !quickWindow()->isVisible();
        return state;
    }

    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? quickWindow()->title() : QString();
    }

    QRect rect() const override
    {
        const QQuickWindow *w = quickWindow();
        return {w->x(), w->y(), w->width(), w->height()};
    }

    int childCount() const override { return int(accessibleRootItems(quickWindow()).size()); }

    QAccessibleInterface *child(int index) const override
    {
        const QList<QQuickItem *> items = accessibleRootItems(quickWindow());
        if (index < 0 || index >= items.size())
            return nullptr;
        return QAccessible::queryAccessibleInterface(items.at(index));
    }

    int indexOfChild(const QAccessibleInterface *iface) const override
    {
        if (!iface)
            return -1;
        return int(accessibleRootItems(quickWindow()).indexOf(qobject_cast<QQuickItem *>(iface->object())));
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QList<QQuickItem *> items = accessibleRootItems(quickWindow());
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            QAccessibleInterface *candidate = QAccessible::queryAccessibleInterface(*it);
            if (!candidate)
                continue;
            if (QAccessibleInterface *inner = candidate->childAt(x, y))
                return inner;
            if (candidate->rect().contains(x, y))
                return candidate;
        }
        return nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        QObject *focus = quickWindow()->focusObject();
        if (!focus)
            return nullptr;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focus);
        if (!iface || iface == this || !iface->focusChild())
            return iface;
        return iface->focusChild();
    }

private:
    QQuickWindow *quickWindow() const { return static_cast<QQuickWindow *>(object()); }
};

QAccessibleInterface *windowFactory(const QString &, QObject *object)
{
    if (auto *window = qobject_cast<QQuickWindow *>(object))
        return new WindowAccessible(window);
    return nullptr;
}

// Qt Quick's own interface for an item, plus what Qt 6.4 leaves out of its state: a disabled
// control ("Cancel ticket" greyed out) reads as enabled and sensitive to a screen reader, which
// then offers a "Press" that does nothing. Qt 6.4 is fixed for this product (Debian 12), so its
// interface class is used as it is, through its private header.
class EnabledAwareItem : public QAccessibleQuickItem
{
public:
    explicit EnabledAwareItem(QQuickItem *item)
        : QAccessibleQuickItem(item)
    {
        // Assistive technology hears of the change as of any other state change.
        QObject::connect(item, &QQuickItem::enabledChanged, item, [item] {
            QAccessible::State changed;
            changed.disabled = true;
            QAccessibleStateChangeEvent event(item, changed);
            QAccessible::updateAccessibility(&event);
        });
    }

    QAccessible::State state() const override
    {
        QAccessible::State st = QAccessibleQuickItem::state();
        if (!item()->isEnabled()) {
            st.disabled = true;
            st.focusable = false;
        }
        return st;
    }
};

QAccessibleInterface *itemFactory(const QString &, QObject *object)
{
    if (!object || !object->isQuickItemType())
        return nullptr;
    auto *item = static_cast<QQuickItem *>(object);
    if (!QQuickItemPrivate::get(item)->isAccessible)
        return nullptr; // not in the tree, as Qt Quick decides
    return new EnabledAwareItem(item);
}

} // namespace

QObject *topModalPopup(QQuickWindow *window)
{
    if (!window)
        return nullptr;
    QObject *top = nullptr;
    qreal topZ = 0;
    qsizetype topIndex = -1;
    const QList<QObject *> objects = window->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (!object->inherits("QQuickPopup") || !object->property("modal").toBool() ||
            !object->property("opened").toBool())
            continue;
        QQuickItem *item = popupItem(object);
        if (!item || !item->parentItem())
            continue;
        // The overlay stacks its popups by z, then by the order they were shown.
        const qreal z = item->z();
        const qsizetype index = item->parentItem()->childItems().indexOf(item);
        if (!top || z > topZ || (z == topZ && index > topIndex)) {
            top = object;
            topZ = z;
            topIndex = index;
        }
    }
    return top;
}

QList<QQuickItem *> accessibleRootItems(QQuickWindow *window)
{
    if (!window || !window->contentItem())
        return {};
    if (QObject *popup = topModalPopup(window)) {
        if (QQuickItem *item = popupItem(popup))
            return exposedFrom(item);
    }
    QList<QQuickItem *> out;
    exposedDescendants(window->contentItem(), out);
    return out;
}

void installModalAccessibility()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(windowFactory);
    QAccessible::installFactory(itemFactory);
}

} // namespace comptoir::pos
