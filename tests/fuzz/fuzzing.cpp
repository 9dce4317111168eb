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
    // digit, a separator, an escape, a letter, anything else); a card number is then a run of
    // digit tokens with up to three separators between digits, either not touching a letter,
    // or of 12 to 19 digits starting with 2 to 6 and passing Luhn's check.
    enum Kind { DigitToken, Separator, Escape, Letter, Other };
    struct Token
    {
        Kind kind;
        QChar digit;
    };
    QList<Token> tokens;
    const auto isHex = [](QChar c) {
        return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        const auto at = [&](qsizetype k) {
            return k < text.size() ? text[k] : QChar();
        };
        const QChar second = at(i + 1).toUpper(), third = at(i + 2).toUpper();
        if (isAsciiDigit(c)) {
            tokens << Token {DigitToken, c};
            i += 1;
        } else if (c == u'%' && second == u'3' && isAsciiDigit(third)) {
            tokens << Token {DigitToken, third};
            i += 3;
        } else if (c == u'%' && second == u'2' &&
            (third == u'0' || third == u'D' || third == u'E' || third == u'B')) {
            tokens << Token {Separator, {}};
            i += 3;
        } else if (c == u'%' && isHex(second) && isHex(third)) {
            tokens << Token {Escape, {}};
            i += 3;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'+' || c == QChar(0x00a0)) {
            tokens << Token {Separator, {}};
            i += 1;
        } else {
            tokens << Token {c.isLetter() ? Letter : Other, {}};
            i += 1;
        }
    }
    const auto luhn = [](const QString &d) {
        int sum = 0;
        bool twice = false;
        for (qsizetype i = d.size() - 1; i >= 0; --i) {
            int v = d[i].unicode() - u'0';
            if (twice) {
                v *= 2;
                if (v > 9)
                    v -= 9;
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    };
    qsizetype longest = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        if (tokens[i].kind != DigitToken) {
            ++i;
            continue;
        }
        const bool letterBefore = i > 0 && tokens[i - 1].kind == Letter;
        QString digits;
        qsizetype j = i;
        while (j < tokens.size()) {
            if (tokens[j].kind == DigitToken) {
                digits += tokens[j].digit;
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < tokens.size() && k - j < 3 && tokens[k].kind == Separator)
                ++k;
            if (k > j && k < tokens.size() && tokens[k].kind == DigitToken) {
                j = k;
                continue;
            }
            break;
        }
        const bool letterAfter = j < tokens.size() && tokens[j].kind == Letter;
        const bool card = digits.size() >= 12 && digits.size() <= 19 && digits[0] >= u'2' &&
            digits[0] <= u'6' && luhn(digits);
        if ((!letterBefore && !letterAfter) || card)
            longest = qMax(longest, qsizetype(digits.size()));
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
