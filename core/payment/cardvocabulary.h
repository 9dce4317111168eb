// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One vocabulary for card brands and entry modes, whatever wrote them: Adyen's nexo
// ("mc", "visadebit", "amex_applepay"; "Tapped", "ICC"), Caisse-AP's codes (CC "00B", CI "2"),
// an AID ("A0000000421010"), or a store manager's setting ("MASTERCARD", "Carte Bancaire",
// "chip and PIN"). The offline rules, the journal and the reports all speak it.
namespace comptoir::cards {

// Brands: "cartebancaire", "visa", "mc", "maestro", "amex", "cup", "diners", "discover", "jcb",
// "bcmc", "cofinoga", "franfinance", "accord", "cpei", "cmcicpay", "cheque"; anything else as
// written, lower case and without spaces (so that rules still compare like with like); empty
// for nothing.
QString brand(QStringView anyName);
// Caisse-AP's CC application code ("001" CB contact, "00B" CB contactless, "002" Amex, ...).
QString brandFromCaisseAp(QStringView cc);
// From an EMV application identifier (RID and PIX).
QString brandFromAid(QStringView aid);

// Entry modes: "chip", "contactless", "swipe", "manual", "file" (card on file), "scanned",
// "mobile" (a phone), or empty when not said.
QString entryMode(QStringView anyName);
// Caisse-AP's CI read mode: "0" indifferent (not said), "1" contact, "2" contactless,
// "3" magnetic stripe, "4" manual entry.
QString entryModeFromCaisseAp(QStringView ci);
// The entry mode an application code implies (CB and Amex contactless), or empty.
QString entryModeFromCaisseApApplication(QStringView cc);
// Back to nexo's EntryModeType, for a simulator that answers in nexo.
QString nexoEntryMode(QStringView mode);

} // namespace comptoir::cards
