// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace comptoir::fuzz {

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

bool writeSeeds(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return false;
    }
    const QList<QByteArray> all = seeds();
    for (const QByteArray &seed : all) {
        const QString name =
            QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(seed) != seed.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return false;
        }
    }
    std::printf("%lld seeds in %s\n", static_cast<long long>(all.size()), qPrintable(dir));
    return true;
}

qsizetype digitCount(QStringView text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += isAsciiDigit(c) ? 1 : 0;
    return n;
}

qsizetype longestCardNumberRun(QStringView text)
{
    // Written afresh from cardmask.h's definition: the text is first read into tokens (a
    // digit, a separator, anything else), each remembering whether it is a letter; a card
    // number is then a run of digit tokens with single separators between them, not touching a
    // letter on either side.
    enum Kind { DigitToken, Separator, Letter, Other };
    QList<Kind> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        const auto hexAt = [&](qsizetype k) {
            return k < text.size() ? text[k].toUpper() : QChar();
        };
        if (isAsciiDigit(c)) {
            tokens << DigitToken;
            i += 1;
        } else if (c == u'%' && hexAt(i + 1) == u'3' && isAsciiDigit(hexAt(i + 2))) {
            tokens << DigitToken;
            i += 3;
        } else if (c == u'%' && hexAt(i + 1) == u'2' &&
            (hexAt(i + 2) == u'0' || hexAt(i + 2) == u'D' || hexAt(i + 2) == u'E' || hexAt(i + 2) == u'B')) {
            tokens << Separator;
            i += 3;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'+' || c == QChar(0x00a0)) {
            tokens << Separator;
            i += 1;
        } else {
            tokens << (c.isLetter() ? Letter : Other);
            i += 1;
        }
    }
    qsizetype longest = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        if (tokens[i] != DigitToken) {
            ++i;
            continue;
        }
        const bool letterBefore = i > 0 && tokens[i - 1] == Letter;
        qsizetype digits = 0;
        qsizetype j = i;
        while (j < tokens.size()) {
            if (tokens[j] == DigitToken) {
                ++digits;
                ++j;
            } else if (tokens[j] == Separator && j + 1 < tokens.size() && tokens[j + 1] == DigitToken) {
                ++j;
            } else {
                break;
            }
        }
        const bool letterAfter = j < tokens.size() && tokens[j] == Letter;
        if (!letterBefore && !letterAfter)
            longest = qMax(longest, digits);
        i = j;
    }
    return longest;
}

} // namespace comptoir::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int i = 1; i + 1 < *argc; ++i) {
        if (std::strcmp((*argv)[i], "--write-seeds") == 0)
            std::exit(comptoir::fuzz::writeSeeds(QString::fromLocal8Bit((*argv)[i + 1])) ? EXIT_SUCCESS
                                                                                         : EXIT_FAILURE);
    }
    return 0;
}
