// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmask.h"

namespace comptoir {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isMask(QChar c)
{
    return c == u'*' || c == u'#' || c == u'X' || c == u'x' || c == QChar(0x2022) /* • */;
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

// A digit written at `i` ("7" or "%37"): its value and length, or length 0.
struct Digit
{
    QChar value;
    qsizetype length = 0;
};

Digit digitAt(QStringView t, qsizetype i)
{
    if (i >= t.size())
        return {};
    if (isDigit(t[i]))
        return {t[i], 1};
    if (t[i] == u'%' && i + 2 < t.size() && t[i + 1] == u'3' && isDigit(t[i + 2]))
        return {t[i + 2], 3};
    return {};
}

// A separator between groups of digits at `i` (" ", "-", ".", "+", no-break space, "%20",
// "%2D", "%2E", "%2B"): its length, or 0.
qsizetype separatorAt(QStringView t, qsizetype i)
{
    if (i >= t.size())
        return 0;
    const QChar c = t[i];
    if (c == u' ' || c == u'-' || c == u'.' || c == u'+' || c == QChar(0x00a0))
        return 1;
    if (c == u'%' && i + 2 < t.size() && t[i + 1] == u'2') {
        const QChar d = t[i + 2].toUpper();
        if (d == u'0' || d == u'D' || d == u'E' || d == u'B')
            return 3;
    }
    return 0;
}

} // namespace

QString maskPan(QStringView digits)
{
    QString d; // digits and mask characters already there, in place
    for (QChar c : digits) {
        if (isDigit(c))
            d.append(c);
        else if (isMask(c))
            d.append(u'*');
    }
    if (d.size() < 10)
        return QString(d.size(), u'*');
    for (qsizetype i = 6; i < d.size() - 4; ++i)
        d[i] = u'*';
    return d;
}

QString scrubCardNumbers(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (digitAt(text, i).length == 0) {
            // An escaped separator stays whole: its digits ("%20") are not the number's.
            const qsizetype n = text[i] == u'%' ? separatorAt(text, i) : 1;
            out.append(text.sliced(i, qMax<qsizetype>(1, n)));
            i += qMax<qsizetype>(1, n);
            continue;
        }
        // A group: digits, a single separator allowed between two of them.
        QString digits;
        qsizetype end = i; // one past the last digit
        qsizetype at = i;
        while (true) {
            const Digit d = digitAt(text, at);
            if (d.length == 0)
                break;
            digits.append(d.value);
            at += d.length;
            end = at;
            if (digitAt(text, at).length > 0)
                continue;
            const qsizetype sep = separatorAt(text, at);
            if (sep == 0 || digitAt(text, at + sep).length == 0)
                break;
            at += sep;
        }
        // A letter right before the group, not the last character of an escape ("%2D").
        const bool encodedBefore = i >= 3 && text[i - 3] == u'%' &&
            (separatorAt(text, i - 3) == 3 || digitAt(text, i - 3).length == 3);
        const bool glued =
            (i > 0 && !encodedBefore && isLetter(text[i - 1])) || (end < text.size() && isLetter(text[end]));
        if (glued || digits.size() < 12) {
            out.append(text.sliced(i, end - i)); // as written
        } else if (digits.size() <= 19) {
            QString masked = maskPan(digits);
            // After a lone '%' the first digit would make an escape ("%3" + "2" reads as a
            // digit) and join what came before: it is masked too.
            if (out.endsWith(u'%'))
                masked[0] = u'*';
            out.append(masked);
        } else {
            out.append(QString(digits.size(), u'*')); // nothing that long belongs on a receipt
        }
        i = end;
    }
    return out;
}

} // namespace comptoir
