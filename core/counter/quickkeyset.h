// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/vatrate.h"

#include <QJsonObject>
#include <QStringList>

namespace comptoir {

// The favourites page: the store's favourite products in the order head office or the store
// manager put them, a key per department (a category with a VAT rate of its own) and a
// "miscellaneous" key, so most sales take one tap per item.
//
// Head office sets them per store as master data (setting `counter.quick_keys`):
//   {"favourites": ["BOUL-0001", ...], "open_amount_max_cents": 50000, "misc_vat_bp": 2000}
// A manager may change the favourites at the register; head office's next version of the
// setting replaces the register's edits (the setting is head office's to set).
struct QuickKeySet
{
    static constexpr auto kSettingKey = "counter.quick_keys";
    static constexpr int kMaxFavourites = 48;
    static constexpr qint64 kDefaultOpenAmountMaxCents = 50000; // 500,00 €
    static constexpr qint64 kMaxOpenAmountMaxCents = 9'999'999;

    QStringList favourites; // SKUs, each once
    qint64 openAmountMaxCents = kDefaultOpenAmountMaxCents; // a department or misc key, at most
    VatRate miscVat = VatRate::standard();
    bool editedAtRegister = false; // a manager changed head office's list here

    QJsonObject toJson() const;
    // Strict: unknown SKUs are fine (they may come later), malformed ones are not.
    static Result<QuickKeySet> fromJson(const QJsonObject &o);

    friend bool operator==(const QuickKeySet &, const QuickKeySet &) = default;
};

} // namespace comptoir
