// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace comptoir::crm {

// A personalised offer (a coupon) as head office publishes it in the offers feed:
//   {"title": "-10 % sur l'épicerie fine", "description": "...",
//    "starts_at": "2026-01-01T00:00:00.000Z", "ends_at": "...",
//    "single_use": true,                       // once per customer, across the chain
//    "target": {"interests": ["fine-food"],     // any of them (opt-in segments)
//               "tiers": ["premium", "vip"],    // any of them
//               "bought": {"skus": ["VIN-0001"], "within_days": 60}},
//    "reward": {"percent_off": 10, "category": "epicerie"}      // on those lines
//           | {"percent_off": 10, "skus": ["VIN-0001"]}
//           | {"percent_off": 5}                               // on every line
//           | {"amount_off_cents": 500, "min_basket_cents": 3000}}  // off the basket
// Every condition of the target must hold; an empty target is every consenting customer.
struct Offer
{
    QString id;
    QString title;
    QString description;
    QDateTime startsAt; // invalid: no start
    QDateTime endsAt; // invalid: no end
    bool singleUse = true;
    QStringList interests;
    QStringList tiers;
    QStringList boughtSkus;
    int boughtWithinDays = 0;
    int percentOff = 0; // 1..100
    QString category; // of the lines a percentage applies to; with skus empty too: all lines
    QStringList skus;
    qint64 amountOffCents = 0;
    qint64 minBasketCents = 0;

    // Error "offer.invalid" naming what is wrong.
    static Result<Offer> fromJson(const QString &id, const QJsonObject &o);
};

} // namespace comptoir::crm
