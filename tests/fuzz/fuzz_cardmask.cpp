// SPDX-License-Identifier: GPL-3.0-or-later
// Card-number masking: maskPan() and scrubCardNumbers() over any text, read as UTF-8 and as
// Latin-1 (what the decoders do with terminal bytes).
#include "fuzzing.h"

#include "payment/cardmask.h"

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

void checkMaskPan(QStringView text)
{
    const QString masked = maskPan(text);
    QString kept; // what maskPan keeps: digits, and mask characters as '*'
    for (QChar c : text) {
        if (fuzz::isAsciiDigit(c))
            kept.append(c);
        else if (c == u'*' || c == u'#' || c == u'X' || c == u'x' || c == QChar(0x2022))
            kept.append(u'*');
    }
    FUZZ_CHECK(masked.size() == kept.size());
    for (qsizetype i = 0; i < masked.size(); ++i) {
        // Fewer than 10 characters: all masked. Otherwise first 6 and last 4 kept, the rest masked.
        const bool shown = kept.size() >= 10 && (i < 6 || i >= kept.size() - 4);
        FUZZ_CHECK(masked[i] == (shown ? kept[i] : u'*'));
    }
    FUZZ_CHECK(fuzz::digitCount(masked) <= 10);
    FUZZ_CHECK(maskPan(masked) == masked);
}

void checkScrub(QStringView text)
{
    const QString scrubbed = scrubCardNumbers(text);
    FUZZ_CHECK(!fuzz::showsCardNumber(scrubbed));
    FUZZ_CHECK(scrubbed.size() <= text.size());
    // Text without a card number is left alone; text with one is not.
    FUZZ_CHECK((scrubbed == text) == !fuzz::showsCardNumber(text));
    FUZZ_CHECK(scrubCardNumbers(scrubbed) == scrubbed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        checkMaskPan(text);
        checkScrub(text);
    }
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    return {
        "4970100000000003",
        "497010******0003",
        "4970 1000 0000 0003",
        "CARTE 4970-1000-0000-0003\nMONTANT = 12,50 EUR",
        "1234",
        "123456789",
        "1234567890",
        "12345678901",
        "123456789012",
        "4000001234567899012",
        "40000012345678990123",
        "1234 -5678 9012 3456",
        "1234  5678 9012 3456",
        "ticket 42 auth 123456 terminal 000042",
        "CARTE BANCAIRE\nA0000000421010\nSANS CONTACT\n497010******0003\nAUTO 123456\n",
        "Montant : 12,50 \xe2\x82\xac carte 4970\xc2\xa0"
        "1000 0000 0003 \xc3\xa9",
        "4970100000000003*",
        "--4970--1000--",
    };
}
