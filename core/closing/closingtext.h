// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "closing/closing.h"
#include "sales/storeprofile.h"

#include <QLocale>

namespace comptoir {

// A closing or an X report as text, the same on the screen and on the receipt printer (42 or
// 48 columns): the period, the tickets, cancellations, returns and discounts, the totals by
// VAT rate and by tender, the drawer's count and variance, the period and perpetual totals
// and the record's hash.
class ClosingText
{
public:
    static QString text(const Closing &closing, const StoreProfile &store, int columns = 42,
        const QLocale &locale = QLocale());
    // "Day closing (Z)", "Month closing", ... in the clerk's language.
    static QString title(Closing::Kind kind);
    // "8 December 2026", "December 2026", "2026".
    static QString periodText(const Closing &closing, const QLocale &locale = QLocale());
};

} // namespace comptoir
