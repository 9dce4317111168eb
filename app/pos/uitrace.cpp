// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitrace.h"

#include <QGuiApplication>
#include <QInputMethod>

#include <QLoggingCategory>
#include <QQuickWindow>

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

UiTrace::UiTrace(QQuickWindow *window, QObject *parent)
    : QObject(parent)
{
    if (!window)
        return;
    connect(
        window, &QQuickWindow::frameSwapped, this, [] { qCInfo(lcLanguage) << "ready: first frame shown"; },
        Qt::SingleShotConnection);
    // The on-screen keyboard coming and going (Qt Virtual Keyboard, or the platform's).
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, [] {
        qCInfo(lcLanguage) << (QGuiApplication::inputMethod()->isVisible() ? "keyboard: shown"
                                                                           : "keyboard: hidden");
    });
    const QList<QObject *> all = window->findChildren<QObject *>();
    for (QObject *o : all) {
        if (!isPopup(o) || o->objectName().isEmpty())
            continue;
        connect(o, SIGNAL(opened()), this, SLOT(popupOpened()));
        connect(o, SIGNAL(closed()), this, SLOT(popupClosed()));
    }
}

void UiTrace::popupOpened()
{
    qCInfo(lcLanguage).noquote() << "opened:" << sender()->objectName();
}

void UiTrace::popupClosed()
{
    qCInfo(lcLanguage).noquote() << "closed:" << sender()->objectName();
}

} // namespace comptoir
