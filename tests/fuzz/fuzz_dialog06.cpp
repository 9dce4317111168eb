// SPDX-License-Identifier: GPL-3.0-or-later
// Dialog 06, the scale's side of the line: AnswerReader over whatever the scale (or the noise on
// its cable) sends.
#include "fuzzing.h"

#include "scale/dialog06.h"

using namespace comptoir;
using dialog06::Answer;

namespace {

struct Read
{
    QList<Answer> answers;
    int errors = 0;
};

Read readAll(dialog06::AnswerReader &reader)
{
    Read out;
    for (int guard = 0; guard < 100000; ++guard) {
        auto next = reader.next();
        if (!next)
            return out;
        if (*next)
            out.answers.append(next->value());
        else
            ++out.errors;
        FUZZ_CHECK(reader.pending() <= 100000);
    }
    FUZZ_CHECK(false && "the reader never stops");
    return out;
}

void check(const Answer &a)
{
    switch (a.kind) {
    case Answer::Kind::Result:
        // Five digits of grams, six of cents: never negative, never more than the fields hold.
        FUZZ_CHECK(a.grams >= 0 && a.grams <= 99999);
        FUZZ_CHECK(a.unitPriceCents >= 0 && a.unitPriceCents <= dialog06::kMaxUnitPrice);
        FUZZ_CHECK(a.priceCents >= 0 && a.priceCents <= 999999);
        break;
    case Answer::Kind::Status:
        FUZZ_CHECK(a.status >= 0 && a.status <= 99);
        break;
    default:
        break;
    }
}

} // namespace

QList<QByteArray> comptoir::fuzz::seeds()
{
    const char esc = dialog06::ESC;
    return {
        QByteArray(1, dialog06::ACK),
        QByteArray(1, dialog06::NAK),
        QByteArray("\x02"
                   "02") +
            esc + "3" + esc + "01234" + esc + "000299" + esc + "000369" + "\x03",
        QByteArray("\x02"
                   "09") +
            esc + "20\x03",
        QByteArray("\x02"
                   "11") +
            esc + "247\x03", // the DIVA manual's example
        QByteArray("\x02"
                   "11") +
            esc + "1\x03",
    };
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire(reinterpret_cast<const char *>(data), qsizetype(size));
    dialog06::AnswerReader whole;
    whole.feed(wire);
    const Read all = readAll(whole);
    for (const Answer &a : all.answers)
        check(a);
    // Fed in two pieces, cut where the first byte says: the reader never reads more answers
    // than there are starts of an answer on the line, and never crashes on a cut frame.
    const qsizetype cut = size == 0 ? 0 : qsizetype(size) * data[0] / 255;
    dialog06::AnswerReader split;
    split.feed(wire.first(cut));
    Read first = readAll(split);
    split.feed(wire.sliced(cut));
    Read second = readAll(split);
    for (const Answer &a : first.answers + second.answers)
        check(a);
    const qsizetype starts =
        wire.count(dialog06::STX) + wire.count(dialog06::ACK) + wire.count(dialog06::NAK);
    FUZZ_CHECK(all.answers.size() + all.errors <= starts);
    FUZZ_CHECK(first.answers.size() + second.answers.size() + first.errors + second.errors <= starts);
    return 0;
}
