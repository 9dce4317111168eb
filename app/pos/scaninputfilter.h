// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/scanburstdetector.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWindow>

namespace comptoir {

// Application-wide key filter for keyboard-wedge scanners. It sees every key before any
// item does (the search field included), asks ScanBurstDetector whether the keys form a
// scan, and either emits scanned() or hands the held keys back, in order, to the window they
// were meant for. Typing is delayed by at most one key interval.
class ScanInputFilter : public QObject
{
    Q_OBJECT
public:
    explicit ScanInputFilter(ScanBurstDetector::Config config = {}, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &code);

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 scanCode;
        quint32 virtualKey;
        quint32 nativeModifiers;
    };

    void apply(ScanBurstDetector::Action action, QWindow *window, QKeyEvent *event, bool *consume);
    void releaseHeld();
    void onTimeout();
    void armTimer(qint64 inMs);
    qint64 timestampOf(const QKeyEvent *event) const;

    ScanBurstDetector m_detector;
    QList<HeldKey> m_held;
    QPointer<QWindow> m_window;
    QList<int> m_swallowedReleases; // keys whose press we held: their release is ours too
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastEventTs = 0;
    qint64 m_lastWallMs = 0;
    qint64 m_timerDueWallMs = 0;
    bool m_replaying = false;
};

} // namespace comptoir
