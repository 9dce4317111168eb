// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace comptoir::concert {

// Control characters of the Concert link layer (serial lines, and TCP in "framed" mode).
inline constexpr char STX = 0x02;
inline constexpr char ETX = 0x03;
inline constexpr char EOT = 0x04;
inline constexpr char ENQ = 0x05;
inline constexpr char ACK = 0x06;
inline constexpr char NAK = 0x15;

inline constexpr int kMaxFrameData = 512;

// XOR of every byte after STX up to and including ETX.
char lrc(QByteArrayView dataWithoutEtx);
// STX data ETX LRC
QByteArray frame(QByteArrayView data);

// Incremental decoder of what arrives on the line: control characters and framed messages,
// whatever way the bytes are split. The byte after ETX is always the LRC, even when it is
// 0x02 or 0x03. A frame that breaks off (a new STX inside it) or grows past 512 bytes is
// reported and skipped; stray bytes between frames are reported as noise.
class FrameDecoder
{
public:
    struct Event
    {
        enum Kind { Control, Frame, BadChecksum, Truncated, Overlong, Noise };
        Kind kind;
        char control = 0; // Control
        QByteArray data; // Frame (without STX/ETX/LRC), BadChecksum (what was received)
        friend bool operator==(const Event &, const Event &) = default;
    };

    QList<Event> feed(QByteArrayView bytes);
    void reset();
    bool inFrame() const { return m_state != State::Idle; }

private:
    enum class State { Idle, Data, Lrc, Overlong, OverlongLrc };
    State m_state = State::Idle;
    QByteArray m_data;
    char m_lrc = 0;
    bool m_noise = false;
};

} // namespace comptoir::concert
