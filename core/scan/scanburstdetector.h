// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// Tells a keyboard-wedge scanner from a person by key timing. A scanner types a whole code in
// a few milliseconds per key and ends with Enter (or Tab); a person types slower. The first
// printable key is held back; if the next ones follow at scanner speed the keys build a burst,
// otherwise they are released to whatever has keyboard focus as typing.
//
// A busy machine stretches and bunches key timings: the scanner does not stop, but the keys
// reach the register late, or its clock reads them late. So:
// - a burst that has shown scanner speed (`provenLength` keys, which no person types) survives
//   up to two pauses of at most `stallMs` in a row (scanners with an Enter or Tab suffix only:
//   without one, silence ends the code); `provenLength` keys at scanner speed again allow two
//   more. An unproven burst survives a single pause of at most `maxKeyIntervalMs + graceMs`;
// - a burst whose first key follows a scan's terminator at scanner speed is that scanner going
//   on (no person answers a scanner's Enter within `maxKeyIntervalMs`): it is proven from its
//   first key, so a stall right after that key does not cut it;
// - a scan starts after `quietMs` without typing: the rest of a code whose beginning went out
//   as typing is typing too, never a scan of half a code (a misread, or the wrong article).
//   An Enter or Tab ends it: the next burst may be a scan at once;
// - a timer that fires late (the GUI thread was busy) does not decide: the keys typed meanwhile
//   may still wait behind it (Action::Recheck).
// Pure logic, no GUI: the app's key event filter feeds it and acts on its answers.
class ScanBurstDetector
{
public:
    struct Config
    {
        int maxKeyIntervalMs = 50; // scanners: 1-30 ms per key; people rarely under 50
        int minLength = 6; // shorter bursts are typing (a PIN, a quantity)
        bool terminatorRequired = true; // scanners without Enter/Tab suffix: set false
        int graceMs = 30; // an unproven burst waits this much longer before it is typing
        int stallMs = 400; // the longest pause inside a burst proven to be a scanner
        int provenLength = 4; // keys at scanner speed in a row: no person types so
        int quietMs = 150; // a scan starts at least this long after the last key typed
        int lateMs = 20; // a timer this late means the GUI thread was busy
        int maxRechecks = 25; // how many times a late timer lets queued keys through first
    };

    enum class Action {
        Pass, // nothing held: let this key through
        Hold, // key held back (part of a possible scan)
        ReleaseHeldThenHold, // the held keys were typing: release them, then hold this key
        ReleaseHeldThenPass, // release the held keys, then let this key through
        ReleaseHeld, // (timeout) release the held keys
        Scan, // a complete scan: drop the held keys and this terminator; see code()
        Recheck, // (timeout) the timer fired late: let queued keys arrive, then ask again
    };

    ScanBurstDetector() = default;
    explicit ScanBurstDetector(Config config)
        : m_config(config)
    { }

    const Config &config() const { return m_config; }
    void setConfig(Config config) { m_config = config; }

    Action printable(QChar c, qint64 timestampMs);
    Action terminator(qint64 timestampMs); // Enter, Return or Tab
    Action otherKey(qint64 timestampMs); // arrows, Backspace, Escape, function keys...
    // Call when `deadline()` has passed. `lateMs`: how much later than asked the caller's
    // timer fired (0 when it cannot tell).
    Action timeout(qint64 nowMs, qint64 lateMs = 0);

    bool holding() const { return !m_buffer.isEmpty(); }
    // When the held keys become typing if no key comes (in the keys' time base).
    qint64 deadline() const { return m_lastMs + allowedGap(); }
    const QString &held() const { return m_buffer; }
    // The code of the last Scan action.
    const QString &code() const { return m_code; }
    // The held keys have been typed at scanner speed, `provenLength` keys in a row, at some
    // point: a scanner, not a person. It stays so for the rest of the burst.
    bool proven() const { return m_proven; }

private:
    qint64 allowedGap() const;
    int allowedSlowGaps() const { return proven() ? 2 : 1; }
    void start(QChar c, qint64 t);
    Action releaseAnd(Action next, qint64 typedAtMs);

    Config m_config;
    QString m_buffer;
    QString m_code;
    qint64 m_lastMs = 0;
    qint64 m_lastTypedMs = -1'000'000; // the last key that went out as typing
    qint64 m_lastScanMs = -1'000'000; // the terminator of the last scan
    int m_fastGaps = 0; // in a row
    int m_slowGaps = 0;
    bool m_proven = false;
    bool m_quietStart = true;
    int m_rechecks = 0;
};

} // namespace comptoir
