// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace comptoir {
class StartupPhase;
}

namespace comptoir {

// Says in the log (category comptoir.ui) what the screen does: the first frame shown, each
// popup or dialog opened and closed, by object name. Support staff read it after a call;
// the GUI walkthroughs wait on it instead of waiting a fixed time. The popups made after the
// first frame (STARTUP) are followed as they come, and "ready: every screen made" says when
// the last one is.
class UiTrace : public QObject
{
    Q_OBJECT
public:
    UiTrace(QQuickWindow *window, StartupPhase *startup, QObject *parent = nullptr);

private Q_SLOTS:
    void popupOpened();
    void popupClosed();

private:
    void reportCovered(QQuickWindow *window); // "keyboard: <dialog> above it" or "under it"
    void follow(QObject *object);
    void reportOpened(const QString &name); // "opened:", then "shown:" once on the screen
    QList<QPointer<QObject>> m_popups;
    QPointer<QQuickWindow> m_window;
};

} // namespace comptoir
