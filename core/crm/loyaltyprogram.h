// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QJsonObject>

#include <optional>

namespace comptoir::crm {

// The chain's loyalty rules, set by head office (setting "loyalty.program"):
//   {"points_per_euro": 1, "point_value_cents": 5}
// A ticket earns points_per_euro points per whole euro the customer paid other than with
// points; a refund takes them back the same way. A point redeemed pays point_value_cents.
struct LoyaltyProgram
{
    static inline const QString kSettingKey = QStringLiteral("loyalty.program");

    bool enabled = false;
    qint64 pointsPerEuro = 1;
    qint64 pointValueCents = 1;

    // Error "loyalty.program" naming the bad field.
    static Result<LoyaltyProgram> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    // From the register's setting (compact JSON); missing or unreadable: switched off.
    static LoyaltyProgram fromSetting(const QString &json);

    // Points earned on `paid` (cents, excluding points): whole euros, truncated towards zero,
    // so a refund of what earned N points takes back N.
    qint64 pointsEarnedOn(Money paid) const;
    Money valueOf(qint64 points) const { return Money::fromCents(points * pointValueCents); }
    // The points `amount` stands for, when it is a whole number of them.
    std::optional<qint64> pointsFor(Money amount) const;
};

} // namespace comptoir::crm
