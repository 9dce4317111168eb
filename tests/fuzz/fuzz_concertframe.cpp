// SPDX-License-Identifier: GPL-3.0-or-later
// The Concert link layer: FrameDecoder::feed() over whatever arrives on the line.
#include "fuzzing.h"

#include "payment/concertframe.h"

using namespace comptoir;
using Event = concert::FrameDecoder::Event;

namespace {

// Stray bytes are reported at the end of each feed() (so they reach the log at once): a split
// inside noise reports it twice. Within one feed() two Noise events are never adjacent.
QList<Event> mergeNoise(const QList<Event> &events)
{
    QList<Event> out;
    for (const Event &e : events) {
        if (e.kind == Event::Noise && !out.isEmpty() && out.back().kind == Event::Noise)
            continue;
        out.append(e);
    }
    return out;
}

bool isControl(char c)
{
    return c == concert::ENQ || c == concert::ACK || c == concert::NAK || c == concert::EOT;
}

void checkEvent(const Event &e, QByteArrayView wire)
{
    switch (e.kind) {
    case Event::Control:
        FUZZ_CHECK(isControl(e.control));
        FUZZ_CHECK(e.data.isEmpty());
        break;
    case Event::Frame: {
        FUZZ_CHECK(e.data.size() <= concert::kMaxFrameData);
        const QByteArray framed = concert::frame(e.data);
        FUZZ_CHECK(QByteArrayView(wire).indexOf(framed) >= 0); // it came off the line as is
        // Re-framed, it decodes to itself.
        concert::FrameDecoder again;
        const QList<Event> once = again.feed(framed);
        FUZZ_CHECK(once.size() == 1 && once[0].kind == Event::Frame && once[0].data == e.data);
        FUZZ_CHECK(!again.inFrame());
        break;
    }
    case Event::BadChecksum:
    case Event::Truncated:
        FUZZ_CHECK(e.data.size() <= concert::kMaxFrameData);
        FUZZ_CHECK(!e.data.contains(concert::STX) && !e.data.contains(concert::ETX));
        FUZZ_CHECK(e.control == 0);
        break;
    case Event::Overlong:
    case Event::Noise:
        FUZZ_CHECK(e.data.isEmpty() && e.control == 0);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView wire(reinterpret_cast<const char *>(data), qsizetype(size));

    concert::FrameDecoder whole;
    const QList<Event> events = whole.feed(wire);
    FUZZ_CHECK(mergeNoise(events) == events);
    for (const Event &e : events)
        checkEvent(e, wire);

    // Split at a point chosen by the first byte: the same events.
    const qsizetype cut = size == 0 ? 0 : qsizetype(size) * data[0] / 255;
    concert::FrameDecoder split;
    QList<Event> pieces = split.feed(wire.first(cut));
    pieces += split.feed(wire.sliced(cut));
    FUZZ_CHECK(mergeNoise(pieces) == events);
    FUZZ_CHECK(split.inFrame() == whole.inFrame());

    // One byte at a time, as a slow serial line delivers it.
    concert::FrameDecoder bytewise;
    QList<Event> trickle;
    for (qsizetype i = 0; i < wire.size(); ++i)
        trickle += bytewise.feed(wire.sliced(i, 1));
    FUZZ_CHECK(mergeNoise(trickle) == events);

    // reset() forgets everything.
    split.reset();
    FUZZ_CHECK(!split.inFrame());
    FUZZ_CHECK(split.feed(wire) == events);

    // Between frames, the next good frame comes through alone.
    if (!whole.inFrame()) {
        const QList<Event> next = whole.feed(concert::frame("CZ0040320"));
        FUZZ_CHECK(next.size() == 1 && next[0].kind == Event::Frame && next[0].data == "CZ0040320");
    }
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    const QByteArray enq(1, concert::ENQ), ack(1, concert::ACK), nak(1, concert::NAK), eot(1, concert::EOT);
    QList<QByteArray> out;
    // What caisseap::encodeRequest() and protocole::encodeRequest() make (tst_concertcodecs), and
    // a terminal's answer: literal, so this target needs concertframe.cpp only.
    const QByteArray request =
        "CZ0040320CJ012COMPTOIR-POSCA00203CB0041250CD0010CE003978BA0010CF0100100000042";
    const QByteArray answer =
        "CZ0040320CA00201AE00210CB0041250AC006123456AA016497010******0003CF0100100000042";
    const QByteArray protocolE = "0100001250110978"
                                 "0100000042"
                                 "A010B010";
    // The register's side and the terminal's side of a transaction.
    out.append(enq + concert::frame(request) + eot);
    out.append(ack + concert::frame(answer) + ack + eot);
    out.append(enq + ack + concert::frame(request) + nak + concert::frame(request) + ack + eot);
    out.append(enq + concert::frame(protocolE) + eot);
    // LRCs that are STX and ETX themselves.
    for (char wanted : {concert::STX, concert::ETX}) {
        for (int c = 0x20; c < 0x7f; ++c) {
            const QByteArray data = "CZ0040320" + QByteArray(1, char(c));
            if (concert::lrc(data) == wanted) {
                out.append(concert::frame(data) + concert::frame("next"));
                break;
            }
        }
    }
    // What goes wrong on a line.
    QByteArray bad = concert::frame("HELLO");
    bad.back() = char(bad.back() ^ 1);
    out.append("\xff\xfe" + bad + "junk" + concert::frame("OK"));
    out.append("\x02"
               "ABC" +
        concert::frame("DEF"));
    out.append("\x02" + QByteArray(600, 'x') + "\x03Z" + concert::frame("GOOD"));
    out.append(concert::frame(QByteArray(concert::kMaxFrameData, 'y')) +
        concert::frame(QByteArray(concert::kMaxFrameData + 1, 'z')) + enq);
    return out;
}
