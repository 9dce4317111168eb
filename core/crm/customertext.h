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

// Lower case without accents: "Élodie" gives "elodie", "Œillet" gives "oeillet".
QString foldText(QStringView text);

// Head office's customer search (hqcustomers.h) without a full-text engine: each customer is
// indexed under a few terms of ASCII letters and digits only, each starting with its kind:
// "n" a word of the name (folded), "p" the phone key, "e" the e-mail address's letters and
// digits, "c" a card. Such terms sort the same under every database collation, so a prefix is
// the half-open range [prefix, prefixEnd(prefix)).
QStringList searchTerms(const QString &displayName, const QString &firstName, const QString &lastName,
    const QString &phone, const QString &email, const QStringList &cards);

// What a search text asks for: customers matching every term of one of the groups. A name
// gives one group, a word per term ("mart elo" finds Élodie Martin); a number gives a group
// per phone prefix and one for the card; an e-mail address one group. Terms shorter than 3
// characters (kind included) are left out. Empty when nothing can be searched.
QList<QStringList> searchTermGroups(QStringView text);

// The first term after every term starting with `prefix` ([0-9a-z] only); empty when there
// is none ("zz").
QString prefixEnd(const QString &prefix);

} // namespace comptoir::crm
