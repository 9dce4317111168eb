// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QJsonObject>

namespace comptoir {

// A discount on a line or on the whole basket: a percentage (in basis points) or an amount.
struct Discount
{
    enum class Kind { None, Percent, Amount };

    Kind kind = Kind::None;
    qint64 value = 0; // basis points for Percent (1000 = 10 %), cents for Amount

    static Discount percent(qint64 basisPoints) { return {Kind::Percent, basisPoints}; }
    static Discount amount(Money m) { return {Kind::Amount, m.cents()}; }

    bool isNone() const { return kind == Kind::None || value == 0; }
    // The discount on `base` (>= 0), never more than base.
    Money on(Money base) const;

    QJsonObject toJson() const;
    static Discount fromJson(const QJsonObject &o);

    friend bool operator==(const Discount &, const Discount &) = default;
};

} // namespace comptoir
