// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanburstdetector.h"

namespace comptoir {

ScanBurstDetector::Action ScanBurstDetector::releaseAnd(Action next)
{
    m_buffer.clear();
    return next;
}

ScanBurstDetector::Action ScanBurstDetector::printable(QChar c, qint64 t)
{
    if (m_buffer.isEmpty()) {
        m_buffer = c;
        m_lastMs = t;
        return Action::Hold;
    }
    if (t - m_lastMs > m_config.maxKeyIntervalMs) {
        releaseAnd(Action::ReleaseHeldThenHold);
        m_buffer = c;
        m_lastMs = t;
        return Action::ReleaseHeldThenHold;
    }
    m_buffer += c;
    m_lastMs = t;
    return Action::Hold;
}

ScanBurstDetector::Action ScanBurstDetector::terminator(qint64 t)
{
    if (m_buffer.isEmpty())
        return Action::Pass;
    if (t - m_lastMs <= m_config.maxKeyIntervalMs && m_buffer.size() >= m_config.minLength) {
        m_code = m_buffer;
        m_buffer.clear();
        return Action::Scan;
    }
    return releaseAnd(Action::ReleaseHeldThenPass);
}

ScanBurstDetector::Action ScanBurstDetector::otherKey(qint64)
{
    if (m_buffer.isEmpty())
        return Action::Pass;
    return releaseAnd(Action::ReleaseHeldThenPass);
}

ScanBurstDetector::Action ScanBurstDetector::timeout(qint64 now)
{
    if (m_buffer.isEmpty() || now - m_lastMs <= m_config.maxKeyIntervalMs)
        return Action::Pass;
    if (!m_config.terminatorRequired && m_buffer.size() >= m_config.minLength) {
        m_code = m_buffer;
        m_buffer.clear();
        return Action::Scan;
    }
    return releaseAnd(Action::ReleaseHeld);
}

} // namespace comptoir
