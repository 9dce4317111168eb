// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninputfilter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcWedge, "comptoir.scan.wedge", QtInfoMsg)

namespace comptoir {

using Action = ScanBurstDetector::Action;

ScanInputFilter::ScanInputFilter(ScanBurstDetector::Config config, QObject *parent)
    : QObject(parent)
    , m_detector(config)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScanInputFilter::onTimeout);
}

qint64 ScanInputFilter::timestampOf(const QKeyEvent *event) const
{
    // Window-system timestamps tell when the key was typed, even if the GUI thread was busy
    // when it was delivered; synthetic events without one fall back to the arrival time.
    return event->timestamp() ? qint64(event->timestamp()) : m_clock.elapsed();
}

bool ScanInputFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying)
        return false;
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin || type == QEvent::TabletPress) {
        // A person typed, then tapped "Save": the keys held back go out first, in their order.
        if (!m_held.isEmpty() && qobject_cast<QWindow *>(watched)) {
            m_detector.otherKey(m_lastEventTs);
            releaseHeld();
        }
        return false;
    }
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    auto *window = qobject_cast<QWindow *>(watched);
    if (!window) // items get the event after their window: judge it once, at the window
        return false;
    auto *key = static_cast<QKeyEvent *>(event);

    if (event->type() == QEvent::KeyRelease) {
        const int i = int(m_swallowedReleases.indexOf(key->key()));
        if (i >= 0) {
            m_swallowedReleases.removeAt(i);
            return true;
        }
        return false;
    }
    if (key->isAutoRepeat())
        return false;

    const qint64 t = timestampOf(key);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = key->text();
    const bool modifierOnly = key->key() == Qt::Key_Shift || key->key() == Qt::Key_Control ||
        key->key() == Qt::Key_Alt || key->key() == Qt::Key_AltGr || key->key() == Qt::Key_Meta ||
        key->key() == Qt::Key_CapsLock;
    if (modifierOnly)
        return false; // scanners press Shift for capitals and, on AZERTY, for digits

    bool consume = false;
    // Scanners end with CR (Return), LF or Tab; an LF arrives as its own key with text "\n".
    const bool terminator = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
        key->key() == Qt::Key_Tab || text == u"\r"_s || text == u"\n"_s || text == u"\t"_s;
    if (terminator && mods == Qt::NoModifier) {
        apply(m_detector.terminator(t), window, key, &consume);
    } else if (mods == Qt::NoModifier && text.size() == 1 && text.at(0).isPrint()) {
        apply(m_detector.printable(text.at(0), t), window, key, &consume);
    } else if (mods == Qt::NoModifier && text.size() == 1 && text.at(0) == QChar(0x1D)) {
        apply(m_detector.printable(text.at(0), t), window, key, &consume); // GS from a GS1-aware wedge
    } else {
        apply(m_detector.otherKey(t), window, key, &consume);
    }
    return consume;
}

void ScanInputFilter::apply(Action action, QWindow *window, QKeyEvent *event, bool *consume)
{
    auto hold = [&] {
        m_window = window;
        m_held.append({event->key(), event->modifiers(), event->text(), event->nativeScanCode(),
            event->nativeVirtualKey(), event->nativeModifiers()});
        m_swallowedReleases.append(event->key());
        if (m_swallowedReleases.size() > 64) // releases lost with a focus change: forget them
            m_swallowedReleases.removeFirst();
        m_lastEventTs = timestampOf(event);
        m_lastWallMs = m_clock.elapsed();
        armTimer(m_detector.deadline() - m_lastEventTs + 1);
        *consume = true;
    };
    switch (action) {
    case Action::Pass:
        *consume = false;
        break;
    case Action::Hold:
        hold();
        break;
    case Action::ReleaseHeldThenHold:
        releaseHeld();
        hold();
        break;
    case Action::ReleaseHeldThenPass:
    case Action::ReleaseHeld:
        releaseHeld();
        *consume = false;
        break;
    case Action::Recheck:
        break; // timeout() only
    case Action::Scan:
        m_timer.stop();
        m_held.clear();
        m_swallowedReleases.append(event->key());
        *consume = true;
        qCDebug(lcWedge) << "scan of" << m_detector.code().size() << "characters";
        Q_EMIT scanned(m_detector.code());
        break;
    }
}

void ScanInputFilter::releaseHeld()
{
    m_timer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    if (!m_window || held.isEmpty())
        return;
    qCDebug(lcWedge) << "released" << held.size() << "key(s) as typing; last key at" << m_lastEventTs
                     << "wall" << m_lastWallMs << "now" << m_clock.elapsed();
    // Hand the keys back as the person typed them; their releases now belong to the items.
    m_replaying = true;
    for (const HeldKey &k : held) {
        m_swallowedReleases.removeOne(k.key);
        QKeyEvent press(
            QEvent::KeyPress, k.key, k.modifiers, k.scanCode, k.virtualKey, k.nativeModifiers, k.text);
        QCoreApplication::sendEvent(m_window, &press);
        QKeyEvent release(
            QEvent::KeyRelease, k.key, k.modifiers, k.scanCode, k.virtualKey, k.nativeModifiers, k.text);
        QCoreApplication::sendEvent(m_window, &release);
    }
    m_replaying = false;
}

void ScanInputFilter::armTimer(qint64 inMs)
{
    inMs = qMax<qint64>(1, inMs);
    m_timerDueWallMs = m_clock.elapsed() + inMs;
    m_timer.start(int(inMs));
}

void ScanInputFilter::onTimeout()
{
    const qint64 wall = m_clock.elapsed();
    // Translate wall time into the events' time base.
    const qint64 now = m_lastEventTs + (wall - m_lastWallMs);
    const Action a = m_detector.timeout(now, wall - m_timerDueWallMs);
    if (a == Action::Scan) {
        m_held.clear();
        Q_EMIT scanned(m_detector.code());
    } else if (a == Action::ReleaseHeld) {
        releaseHeld();
    } else if (a == Action::Recheck) {
        // The GUI thread was busy: let the event loop deliver the keys typed meanwhile.
        qCDebug(lcWedge) << "late by" << wall - m_timerDueWallMs << "ms: keys may be queued, asking again";
        armTimer(5);
    } else if (m_detector.holding()) {
        armTimer(m_detector.deadline() - now + 1);
    }
}

} // namespace comptoir
