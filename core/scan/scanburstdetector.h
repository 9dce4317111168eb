// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// Tells a keyboard-wedge scanner from a person by key timing. A scanner types a whole code in
// a few milliseconds per key and ends with Enter (or Tab); a person types slower. The first
// printable key is held back; if the next one follows within `maxKeyIntervalMs` the keys
// build a burst, otherwise they are released to whatever has keyboard focus as typing.
// Pure logic, no GUI: the app's key event filter feeds it and acts on its answers.
class ScanBurstDetector
{
public:
    struct Config
    {
        int maxKeyIntervalMs = 50; // scanners: 1-30 ms per key; people rarely under 50
        int minLength = 6; // shorter bursts are typing (a PIN, a quantity)
        bool terminatorRequired = true; // scanners without Enter/Tab suffix: set false
    };

    enum class Action {
        Pass, // nothing held: let this key through
        Hold, // key held back (part of a possible scan)
        ReleaseHeldThenHold, // the held keys were typing: release them, then hold this key
        ReleaseHeldThenPass, // release the held keys, then let this key through
        ReleaseHeld, // (timeout) release the held keys
        Scan, // a complete scan: drop the held keys and this terminator; see code()
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
    Action timeout(qint64 nowMs); // call when `deadline()` has passed

    bool holding() const { return !m_buffer.isEmpty(); }
    qint64 deadline() const { return m_lastMs + m_config.maxKeyIntervalMs; }
    const QString &held() const { return m_buffer; }
    // The code of the last Scan action.
    const QString &code() const { return m_code; }

private:
    Action releaseAnd(Action next);

    Config m_config;
    QString m_buffer;
    QString m_code;
    qint64 m_lastMs = 0;
};

} // namespace comptoir
