// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the libFuzzer entry points, invariant checks that abort
// (so libFuzzer, or the replay test, keeps the input), and card-number detectors.
#pragma once

#include "payment/terminaltypes.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Called by libFuzzer (and by the replay main) before anything else: handles --write-seeds DIR.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

// An invariant of a decoder. Kept in release builds, unlike Q_ASSERT.
#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            comptoir::fuzz::fail(#cond, __FILE__, __LINE__);                                                 \
    } while (false)

namespace comptoir::fuzz {

[[noreturn]] void fail(const char *what, const char *file, int line);

// Valid inputs made with the real encoders, the starting corpus. Each target defines it.
QList<QByteArray> seeds();
// Writes seeds() into dir, one file each, named by SHA-1 like libFuzzer's corpus files.
bool writeSeeds(const QString &dir);

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
qsizetype digitCount(QStringView text);
// The longest card-number-like group (cardmask.h's definition: digits, possibly percent-encoded,
// single separators between groups, not glued to letters), counted in digits.
qsizetype longestCardNumberRun(QStringView text);
inline bool showsCardNumber(QStringView text)
{
    return longestCardNumberRun(text) >= 12;
}

// The operation a decoder is told it answers, chosen by an input byte.
inline TerminalOperation operationFromByte(uint8_t b)
{
    return TerminalOperation(b % (int(TerminalOperation::Batch) + 1));
}

} // namespace comptoir::fuzz
