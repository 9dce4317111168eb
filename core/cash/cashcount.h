// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QJsonObject>
#include <QMap>

#include <array>
#include <optional>

namespace comptoir {

// The euro's coins and notes in cents, smallest first (the 500 € note is no longer issued but
// still legal tender).
inline constexpr std::array<int, 15> kEuroDenominations {
    1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000};

// What a clerk counted in the drawer, denomination by denomination.
struct CashCount
{
    static constexpr qint64 MaxPieces = 100'000; // of one denomination: more is a typing error

    QMap<int, qint64> pieces; // cents -> how many

    // The sum; none when a count is negative, too large or of a denomination that is not euro.
    std::optional<Money> total() const;
    // {"5000": 2, "200": 13}: keys are denominations in cents, values whole numbers of pieces.
    static Result<CashCount> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const CashCount &, const CashCount &) = default;
};

} // namespace comptoir
