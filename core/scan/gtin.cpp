// SPDX-License-Identifier: GPL-3.0-or-later
#include "gtin.h"

namespace comptoir::gtin {

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int checkDigit(QStringView digits)
{
    if (!isDigits(digits))
        return -1;
    // Weights 3,1,3,1... from the rightmost data digit.
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += (digits[i].unicode() - u'0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView code)
{
    if (code.size() < 2 || !isDigits(code))
        return false;
    return checkDigit(code.left(code.size() - 1)) == code.back().unicode() - u'0';
}

QString withCheckDigit(const QString &digits)
{
    const int c = checkDigit(digits);
    return c < 0 ? QString() : digits + QChar(char16_t(u'0' + c));
}

} // namespace comptoir::gtin
