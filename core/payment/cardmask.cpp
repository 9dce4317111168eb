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

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A card number's check digit (ISO/IEC 7812, Luhn) and a first digit of the card industries
// (2 to 6: Mastercard, American Express, Visa, Maestro, Discover, UnionPay...).
bool looksLikeCard(QStringView digits)
{
    if (digits.isEmpty() || digits[0] < u'2' || digits[0] > u'6')
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
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
    bool letterBefore = false; // the last thing written before the next group is a letter
    qsizetype i = 0;
    while (i < text.size()) {
        if (digitAt(text, i).length == 0) {
            // Any escape ("%20", "%3D", "%E3") stays whole: its characters are neither the
            // number's digits nor letters it could be glued to.
            const bool escape =
                text[i] == u'%' && i + 2 < text.size() && isHex(text[i + 1]) && isHex(text[i + 2]);
            const qsizetype n = escape ? 3 : 1;
            out.append(text.sliced(i, n));
            letterBefore = !escape && isLetter(text[i]);
            i += n;
            continue;
        }
        // A group: digits, up to three separators between two of them.
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
            qsizetype gap = at;
            for (int n = 0; n < 3; ++n) {
                const qsizetype sep = separatorAt(text, gap);
                if (sep == 0)
                    break;
                gap += sep;
            }
            if (gap == at || digitAt(text, gap).length == 0)
                break;
            at = gap;
        }
        const bool glued = letterBefore || (end < text.size() && isLetter(text[end]));
        // Glued to letters, a group is an identifier (an AID, a transaction id)... unless it is
        // a card number all the same: track data ("%B4970...^"), "4970...D2512".
        const bool card = digits.size() >= 12 && digits.size() <= 19 && looksLikeCard(digits);
        if ((glued && !card) || digits.size() < 12) {
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
        letterBefore = false;
        i = end;
    }
    return out;
}

} // namespace comptoir
