// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanburstdetector.h"

#include <algorithm>

namespace comptoir {

qint64 ScanBurstDetector::allowedGap() const
{
    // A scanner without a suffix ends its codes with silence: no pause can be told from it.
    if (proven() && m_config.terminatorRequired)
        return m_config.stallMs;
    return m_config.maxKeyIntervalMs + m_config.graceMs;
}

void ScanBurstDetector::start(QChar c, qint64 t)
{
    m_buffer = c;
    m_lastMs = t;
    m_fastGaps = 0;
    m_slowGaps = 0;
    // A key at scanner speed after a scan's terminator continues the scanner's proof.
    m_proven = m_config.provenLength <= 1 || t - m_lastScanMs <= m_config.maxKeyIntervalMs;
    m_rechecks = 0;
    m_quietStart = t - m_lastTypedMs >= m_config.quietMs;
}

ScanBurstDetector::Action ScanBurstDetector::releaseAnd(Action next, qint64 typedAtMs)
{
    m_buffer.clear();
    m_lastTypedMs = typedAtMs;
    return next;
}

ScanBurstDetector::Action ScanBurstDetector::printable(QChar c, qint64 t)
{
    if (m_buffer.isEmpty()) {
        start(c, t);
        return Action::Hold;
    }
    const qint64 gap = t - m_lastMs;
    if (gap <= m_config.maxKeyIntervalMs) {
        if (++m_fastGaps + 1 >= m_config.provenLength) {
            // At scanner speed again: a scanner, whose pauses so far were the machine's. It may
            // pause again (a starved machine pauses, then hands over the queued keys at once).
            m_proven = true;
            m_slowGaps = 0;
        }
    } else if (gap <= allowedGap() && m_slowGaps < allowedSlowGaps()) {
        ++m_slowGaps; // the machine, not the scanner, paused
        m_fastGaps = 0;
    } else {
        // Typing from the moment it stopped being a possible scan: a scan starts only quietMs
        // after that (the rest of a code cut by a long stall is typing too).
        releaseAnd(Action::ReleaseHeldThenHold, deadline());
        start(c, t);
        return Action::ReleaseHeldThenHold;
    }
    m_buffer += c;
    m_lastMs = t;
    m_rechecks = 0;
    return Action::Hold;
}

ScanBurstDetector::Action ScanBurstDetector::terminator(qint64 t)
{
    if (m_buffer.isEmpty())
        return Action::Pass;
    const qint64 gap = t - m_lastMs;
    const bool inTime =
        gap <= m_config.maxKeyIntervalMs || (gap <= allowedGap() && m_slowGaps < allowedSlowGaps());
    if (inTime && m_quietStart && m_buffer.size() >= m_config.minLength) {
        m_code = m_buffer;
        m_buffer.clear();
        m_lastScanMs = t;
        return Action::Scan;
    }
    // The terminator ends what was held, typed or a half code: the next burst starts afresh.
    // (Were it counted as typing, scans following each other closely would all be typing once
    // one of them was.)
    releaseAnd(Action::ReleaseHeldThenPass, t);
    m_lastTypedMs = t - m_config.quietMs;
    return Action::ReleaseHeldThenPass;
}

ScanBurstDetector::Action ScanBurstDetector::otherKey(qint64 t)
{
    if (m_buffer.isEmpty())
        return Action::Pass;
    return releaseAnd(Action::ReleaseHeldThenPass, t);
}

ScanBurstDetector::Action ScanBurstDetector::timeout(qint64 now, qint64 lateMs)
{
    if (m_buffer.isEmpty() || now <= deadline())
        return Action::Pass;
    if (lateMs > m_config.lateMs && m_rechecks < m_config.maxRechecks) {
        // The GUI thread was busy when the deadline passed: keys typed in time may still be
        // queued behind the timer. Judge once they had their chance.
        ++m_rechecks;
        return Action::Recheck;
    }
    if (!m_config.terminatorRequired && m_quietStart && m_buffer.size() >= m_config.minLength) {
        m_code = m_buffer;
        m_buffer.clear();
        return Action::Scan;
    }
    return releaseAnd(Action::ReleaseHeld, std::min(now, deadline()));
}

} // namespace comptoir
