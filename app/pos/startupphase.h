// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QQuickWindow;

namespace comptoir {

// The register's screens in two steps: the selling screen first, ready to scan, then the parts
// that are not on it (the payment and receipt screens, the dialogs: Deferred.qml) once its first
// frame is on the screen, in slices between frames. A part wanted sooner is made at once.
class StartupPhase : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Startup)
    QML_SINGLETON
    // Parts may be made: the watched window's first frame is shown, or release() was called.
    Q_PROPERTY(bool released READ released NOTIFY releasedChanged)
    // They are made in slices between frames (a window is watched), else at once. Known from
    // watch() on, before they are released.
    Q_PROPERTY(bool inSlices READ inSlices NOTIFY inSlicesChanged)
    // Released, and every part expected is made.
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
public:
    explicit StartupPhase(QObject *parent = nullptr);

    // Releases the parts once WINDOW has shown its first frame.
    Q_INVOKABLE void watch(QQuickWindow *window);
    // Releases them now, made at once (a component tested on its own).
    Q_INVOKABLE void release();
    // A part exists that is not made yet; made() follows, with EXPECTED true, when it is (or
    // with a null PART when it went away unmade).
    Q_INVOKABLE void expect();
    Q_INVOKABLE void made(QObject *part, bool expected);

    bool released() const { return m_released; }
    bool inSlices() const { return m_inSlices; }
    bool complete() const { return m_released && m_pending == 0; }

Q_SIGNALS:
    void releasedChanged();
    void inSlicesChanged();
    void completeChanged();
    // PART (a popup, a page) now exists: UiTrace follows its opening and closing.
    void partMade(QObject *part);

private:
    void setReleased();
    void setPending(int pending);

    QPointer<QQuickWindow> m_window;
    bool m_released = false;
    bool m_inSlices = false;
    int m_pending = 0;
};

} // namespace comptoir
