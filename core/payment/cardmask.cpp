// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmask.h"

namespace comptoir {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QString maskPan(QStringView digits)
{
    QString d; // digits and mask characters already there
    for (QChar c : digits) {
        if (isDigit(c) || c == u'*')
            d.append(c);
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
        if (!isDigit(text[i])) {
            out.append(text[i++]);
            continue;
        }
        // A run of digits with single spaces or dashes between groups.
        qsizetype end = i;
        qsizetype lastDigit = i;
        int count = 0;
        while (end < text.size()) {
            if (isDigit(text[end])) {
                ++count;
                lastDigit = end;
                ++end;
            } else if ((text[end] == u' ' || text[end] == u'-') && end + 1 < text.size() &&
                isDigit(text[end + 1])) {
                ++end;
            } else {
                break;
            }
        }
        const QStringView run = text.sliced(i, lastDigit - i + 1);
        if (count >= 12 && count <= 19) {
            out.append(maskPan(run));
        } else if (count > 19) {
            out.append(QString(count, u'*')); // nothing that long belongs on a receipt
        } else {
            out.append(run);
        }
        i = lastDigit + 1;
    }
    return out;
}

} // namespace comptoir
