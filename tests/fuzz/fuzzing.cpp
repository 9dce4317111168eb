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
    qsizetype longest = 0;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            longest = qMax(longest, ++run);
        } else if (run > 0 && (c == u' ' || c == u'-') && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
            continue; // between two groups
        } else {
            run = 0;
        }
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
