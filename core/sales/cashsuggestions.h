// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QList>

namespace comptoir {

// Quick-amount buttons for cash: the exact amount, then what customers hand over (the next
// euro, then the next 5, 10, 20, 50, 100 and 200 € above the amount due), at most `count`.
QList<Money> cashSuggestions(Money due, int count = 5);

} // namespace comptoir
