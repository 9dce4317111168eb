// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/checkout.h"

#include <QRandomGenerator>

namespace comptoir {

class Catalog;

// Rings up random but plausible sales through the very path the GUI uses (Checkout: basket,
// tenders, journal), for load tests, crash tests and demos.
class SaleGenerator
{
public:
    // `checkout` may be null when only fill() is used.
    SaleGenerator(Checkout *checkout, const Catalog &catalog, quint32 seed);

    // Fills the basket (1..maxLines lines, some quantities, discounts, returns) and pays it:
    // first with up to `points` of the customer's loyalty points (no more than `redeemable`,
    // never more than due), the rest in cash, by card or both.
    Result<Ticket> makeSale(const Clerk &clerk, int maxLines = 8, qint64 points = 0, qint64 redeemable = 0);

    // Only fills `basket` (1..maxLines lines, some quantities, discounts, returns): the sale is
    // then paid some other way (a card terminal, in `comptoirctl sell --card-terminal`).
    Status fill(Basket &basket, int maxLines = 8);
    // A number below `bound`, from the same seeded sequence.
    quint32 roll(quint32 bound) { return m_rng.bounded(bound); }

private:
    Checkout *m_checkout;
    const Catalog &m_catalog;
    QRandomGenerator m_rng;
    qint64 m_maxId = 0;
};

} // namespace comptoir
