// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir::gtin {

// GS1 mod-10 check digit of `digits` (without the check digit), or -1 if not all digits.
int checkDigit(QStringView digits);

// True when the last digit of a GTIN-8/12/13/14 is the right check digit.
bool hasValidCheckDigit(QStringView code);

// `digits` followed by its check digit.
QString withCheckDigit(const QString &digits);

bool isDigits(QStringView s);

} // namespace comptoir::gtin
