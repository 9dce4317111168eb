// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupphase.h"

#include <QQuickWindow>

namespace comptoir {

StartupPhase::StartupPhase(QObject *parent)
    : QObject(parent)
{ }

void StartupPhase::watch(QQuickWindow *window)
{
    if (!window || m_released)
        return;
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (!m_inSlices) {
        m_inSlices = true;
        Q_EMIT inSlicesChanged();
    }
    // Queued: the threaded render loop swaps on its render thread.
    connect(
        window, &QQuickWindow::frameSwapped, this, [this] { setReleased(); },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void StartupPhase::release()
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    if (m_inSlices && !m_released) {
        m_inSlices = false;
        Q_EMIT inSlicesChanged();
    }
    setReleased();
}

void StartupPhase::expect()
{
    setPending(m_pending + 1);
}

void StartupPhase::made(QObject *part, bool expected)
{
    if (part)
        Q_EMIT partMade(part);
    if (expected)
        setPending(std::max(0, m_pending - 1));
}

void StartupPhase::setReleased()
{
    if (m_released)
        return;
    const bool wasComplete = complete();
    m_released = true;
    Q_EMIT releasedChanged();
    if (complete() != wasComplete)
        Q_EMIT completeChanged();
}

void StartupPhase::setPending(int pending)
{
    const bool wasComplete = complete();
    m_pending = pending;
    if (complete() != wasComplete)
        Q_EMIT completeChanged();
}

} // namespace comptoir
