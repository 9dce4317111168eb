// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// Card numbers never go further than the driver that receives them. A terminal may hand us
// a full PAN (protocol E's card report, a careless receipt text): these mask it at once.

// First 6 and last 4 digits at most, the rest as '*': "497010******0003". Anything that is
// not a plausible card number (fewer than 10 digits) comes back fully masked.
QString maskPan(QStringView digits);

// Replaces every run of 12 to 19 digits (spaces and dashes allowed between groups) in a text
// by its masked form. For receipt text and anything a terminal sends that could be logged.
QString scrubCardNumbers(QStringView text);

} // namespace comptoir
