// SPDX-License-Identifier: GPL-3.0-or-later
#include "concertframe.h"

namespace comptoir::concert {

char lrc(QByteArrayView data)
{
    char x = 0;
    for (char c : data)
        x ^= c;
    return char(x ^ ETX);
}

QByteArray frame(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + 3);
    out.append(STX);
    out.append(data);
    out.append(ETX);
    out.append(lrc(data));
    return out;
}

void FrameDecoder::reset()
{
    m_state = State::Idle;
    m_data.clear();
    m_lrc = 0;
    m_noise = false;
}

QList<FrameDecoder::Event> FrameDecoder::feed(QByteArrayView bytes)
{
    QList<Event> events;
    auto flushNoise = [&] {
        if (m_noise) {
            events.append(Event {Event::Noise, 0, {}});
            m_noise = false;
        }
    };
    for (char c : bytes) {
        switch (m_state) {
        case State::Idle:
            if (c == STX) {
                flushNoise();
                m_state = State::Data;
                m_data.clear();
                m_lrc = 0;
            } else if (c == ENQ || c == ACK || c == NAK || c == EOT) {
                flushNoise();
                events.append(Event {Event::Control, c, {}});
            } else {
                m_noise = true;
            }
            break;
        case State::Data:
            if (c == ETX) {
                m_lrc ^= c;
                m_state = State::Lrc;
            } else if (c == STX) {
                events.append(Event {Event::Truncated, 0, m_data});
                m_data.clear();
                m_lrc = 0;
            } else if (m_data.size() >= kMaxFrameData) {
                events.append(Event {Event::Overlong, 0, {}});
                m_data.clear();
                m_state = State::Overlong;
            } else {
                m_data.append(c);
                m_lrc ^= c;
            }
            break;
        case State::Lrc:
            events.append(Event {c == m_lrc ? Event::Frame : Event::BadChecksum, 0, m_data});
            m_data.clear();
            m_state = State::Idle;
            break;
        case State::Overlong:
            // Skip to the end of the runaway frame (its ETX and LRC) or the next frame.
            if (c == ETX) {
                m_state = State::OverlongLrc;
            } else if (c == STX) {
                m_state = State::Data;
                m_data.clear();
                m_lrc = 0;
            }
            break;
        case State::OverlongLrc:
            m_state = State::Idle; // the runaway frame's LRC: already reported as overlong
            break;
        }
    }
    if (m_state == State::Idle)
        flushNoise();
    return events;
}

} // namespace comptoir::concert
