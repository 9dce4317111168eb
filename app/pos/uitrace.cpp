// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitrace.h"

#include "startupphase.h"

#include <QGuiApplication>
#include <QInputMethod>

#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLanguage) // "comptoir.ui"

namespace comptoir {

namespace {

bool isPopup(const QObject *o)
{
    // QtQuick.Controls' Popup (QQuickPopup) is not public C++ API: known by its class name.
    for (const QMetaObject *m = o->metaObject(); m; m = m->superClass()) {
        if (qstrcmp(m->className(), "QQuickPopup") == 0)
            return true;
    }
    return false;
}

} // namespace

UiTrace::UiTrace(QQuickWindow *window, StartupPhase *startup, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (!window)
        return;
    connect(
        window, &QQuickWindow::frameSwapped, this, [] { qCInfo(lcLanguage) << "ready: first frame shown"; },
        Qt::SingleShotConnection);
    // The on-screen keyboard coming and going (Qt Virtual Keyboard, or the platform's), and
    // whether an open dialog is left under it once the layout has followed.
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, [this, window] {
        const bool shown = QGuiApplication::inputMethod()->isVisible();
        qCInfo(lcLanguage) << (shown ? "keyboard: shown" : "keyboard: hidden");
        if (shown)
            QTimer::singleShot(0, this, [this, window] { reportCovered(window); });
    });
    const QList<QObject *> all = window->findChildren<QObject *>();
    for (QObject *o : all)
        follow(o);
    if (!startup)
        return;
    connect(startup, &StartupPhase::partMade, this, [this](QObject *part) {
        follow(part);
        for (QObject *o : part->findChildren<QObject *>())
            follow(o);
    });
    auto made = [startup] {
        if (startup->complete())
            qCInfo(lcLanguage) << "ready: every screen made";
        return startup->complete();
    };
    if (!made()) {
        auto *once = new QObject(this);
        connect(startup, &StartupPhase::completeChanged, once, [made, once] {
            if (made())
                once->deleteLater();
        });
    }
}

void UiTrace::follow(QObject *object)
{
    if (!isPopup(object) || object->objectName().isEmpty() || m_popups.contains(object))
        return;
    m_popups.append(object);
    connect(object, SIGNAL(opened()), this, SLOT(popupOpened()));
    connect(object, SIGNAL(closed()), this, SLOT(popupClosed()));
    // Made because it was wanted at once (a payment started, a weighing): it opened as it was
    // made, before it could be followed.
    if (object->property("opened").toBool())
        reportOpened(object->objectName());
}

void UiTrace::reportCovered(QQuickWindow *window)
{
    const auto *keyboard = window->findChild<QQuickItem *>(u"onScreenKeyboard"_s);
    if (!keyboard || !keyboard->isVisible())
        return;
    const QRectF keys = keyboard->mapRectToScene(QRectF(0, 0, keyboard->width(), keyboard->height()));
    for (const QPointer<QObject> &popup : std::as_const(m_popups)) {
        if (!popup || !popup->property("opened").toBool())
            continue;
        const auto *content = popup->property("contentItem").value<QQuickItem *>();
        const QQuickItem *frame = content ? content->parentItem() : nullptr;
        if (!frame)
            continue;
        const QRectF box = frame->mapRectToScene(QRectF(0, 0, frame->width(), frame->height()));
        qCInfo(lcLanguage).noquote() << "keyboard:" << popup->objectName()
                                     << (box.bottom() <= keys.top() ? "above it" : "under it");
    }
}

void UiTrace::popupOpened()
{
    reportOpened(sender()->objectName());
}

void UiTrace::reportOpened(const QString &name)
{
    qCInfo(lcLanguage).noquote() << "opened:" << name;
    // And once a frame with it is on the screen (what a screenshot of it waits for).
    if (m_window) {
        connect(
            m_window, &QQuickWindow::frameSwapped, this,
            [name] { qCInfo(lcLanguage).noquote() << "shown:" << name; }, Qt::SingleShotConnection);
        m_window->update();
    }
}

void UiTrace::popupClosed()
{
    qCInfo(lcLanguage).noquote() << "closed:" << sender()->objectName();
}

} // namespace comptoir
