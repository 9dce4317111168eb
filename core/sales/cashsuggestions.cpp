// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashsuggestions.h"

namespace comptoir {

QList<Money> cashSuggestions(Money due, int count)
{
    QList<Money> out;
    if (due.cents() <= 0 || count <= 0)
        return out;
    out.append(due);
    for (qint64 step : {100LL, 500LL, 1000LL, 2000LL, 5000LL, 10000LL, 20000LL}) {
        const qint64 up = ((due.cents() + step - 1) / step) * step;
        const Money m = Money::fromCents(up == due.cents() ? up + step : up);
        if (step == 100 && up == due.cents())
            continue; // a whole-euro amount: the exact button already says it
        if (!out.contains(m) && m > due)
            out.append(m);
        if (out.size() >= count)
            break;
    }
    std::sort(out.begin() + 1, out.end());
    return out;
}

} // namespace comptoir
