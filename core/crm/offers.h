// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basket/basket.h"
#include "common/result.h"
#include "crm/customer.h"
#include "crm/offer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace comptoir {
class Catalog;
}

namespace comptoir::crm {

// What the register knows of a customer's purchases and offers used: head office's record
// ("purchases": [{"sku", "at"}], "used_offers": [ids]) and this register's own tickets.
struct CustomerHistory
{
    QHash<QString, QDateTime> lastBought; // SKU -> latest purchase
    QSet<QString> usedOffers;
};

struct OfferMatch
{
    Offer offer;
    QList<int> lines; // basket rows the percentage applies to (a basket amount: none)
};

// The offers the register holds (the offers feed), evaluated for the attached customer and
// the basket. Only for customers who agreed to personalised offers (consent
// "personalised-offers"); without it, nothing is even looked at.
class OfferBook
{
public:
    OfferBook(QSqlDatabase db, const Catalog &catalog);

    QList<Offer> all() const;
    std::optional<Offer> byId(const QString &id) const;
    CustomerHistory historyOf(const Customer &customer) const;

    // The offers targeted at `customer` (consenting) now, not used yet, whose reward finds
    // something in `basket`; those already applied to the basket are left out.
    QList<OfferMatch> applicable(const Customer &customer, const Basket &basket, const QDateTime &now) const;

    // Applies `offerId` to `basket`: a percentage as a line discount on each matching line
    // without one, an amount as the basket discount. Refused when it does not apply now.
    Status apply(
        const Customer &customer, Basket &basket, const QString &offerId, const QDateTime &now) const;

    // Pure: whether `offer` targets the customer with that history at `now`.
    static bool targets(
        const Offer &offer, const Customer &customer, const CustomerHistory &history, const QDateTime &now);

private:
    QList<int> matchingLines(const Offer &offer, const Basket &basket) const;

    QSqlDatabase m_db;
    const Catalog &m_catalog;
};

} // namespace comptoir::crm
