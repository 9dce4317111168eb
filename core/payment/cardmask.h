// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// Card numbers never go further than the driver that receives them. A terminal may hand us
// a full PAN (protocol E's card report, a careless receipt text): these mask it at once.

// First 6 and last 4 digits at most, the rest as '*': "497010******0003". A number a terminal
// already masked keeps its mask where it is, whatever the character ('*', '#', 'X', '•'):
// "497010######0003" gives "497010******0003", never "4970100003". Anything that is not a
// plausible card number (fewer than 10 characters) comes back fully masked.
QString maskPan(QStringView digits);

// Replaces every card number in a text by its masked form (digits only, no separators): a
// group of 12 to 19 digits, as it may be written on a receipt, in a log or in a URL-encoded
// field: groups separated by up to three spaces, no-break spaces, dashes, dots or '+', digits
// and separators possibly percent-encoded ("%34%39", "%20"). A longer group is masked entirely.
// A group glued to letters is part of an identifier and stays (an AID "A0000000421010", an
// Adyen transaction id "4r7i001556529591000.8515565295894301"), unless it is a card number
// all the same: 12 to 19 digits, a card industry's first digit (2 to 6) and a valid Luhn
// check digit, as in track data ("%B4970...^DOE") or "4970...D2512".
QString scrubCardNumbers(QStringView text);

} // namespace comptoir
