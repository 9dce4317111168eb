// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::crm {

// How customer contact details are compared: phone numbers whatever their format, e-mail
// addresses whatever their case, card numbers whatever their spacing. Names are compared by
// the search index (accents and case folded there).

// A phone number as an international digit string without "+": "06 12 34 56 78",
// "06.12.34.56.78", "+33 (0)6 12 34 56 78" and "0033612345678" all give "33612345678".
// French overseas numbers go to their own country code ("0692 12 34 56" gives
// "262692123456"). Another country's number needs its "+" or "00". Empty when the text holds
// fewer than 6 digits or anything but digits, spaces, dots, dashes, slashes, parentheses and
// a leading "+".
QString phoneKey(QStringView text);

// The key prefixes a phone number being typed may start: "06 12" gives {"33612"}; "06"
// gives {"336"} and the overseas mobiles starting 06 ({"262639", "590690", ...}). Empty when
// the text is not the start of a phone number (see phoneKey) or holds fewer than 2 digits.
QStringList phoneKeyPrefixes(QStringView text);

// A key back in the form a French clerk reads: "06 12 34 56 78", or "+44 20 7946 0958"-like
// groups for other countries.
QString formatPhone(const QString &key);

// Lower case, trimmed; empty if it is not shaped like an address (one "@", no spaces).
QString emailKey(QStringView text);

// Card numbers are digits (spaces and dashes dropped); letters are kept upper case for
// alphanumeric cards. Empty when the text holds anything else.
QString cardKey(QStringView text);

// Whether what the clerk typed looks like a phone or card number rather than a name.
bool looksNumeric(QStringView text);

} // namespace comptoir::crm
