// SPDX-License-Identifier: GPL-3.0-or-later
#include "offers.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

Error refused(const char *text)
{
    return Error {u"offer.refused"_s, QCoreApplication::translate("comptoir::OfferBook", text)};
}

const QString kPersonalisedOffers = u"personalised-offers"_s;

} // namespace

OfferBook::OfferBook(QSqlDatabase db, const Catalog &catalog)
    : m_db(std::move(db))
    , m_catalog(catalog)
{ }

QList<Offer> OfferBook::all() const
{
    QList<Offer> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, body FROM offers ORDER BY id"_s))
        return out;
    while (q.next()) {
        // An offer the register cannot read is one it does not make.
        if (auto offer = Offer::fromJson(
                q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()))
            out.append(offer.value());
    }
    return out;
}

std::optional<Offer> OfferBook::byId(const QString &id) const
{
    for (const Offer &o : all()) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

CustomerHistory OfferBook::historyOf(const Customer &customer) const
{
    CustomerHistory h;
    for (const auto &[sku, at] : customer.purchases)
        h.lastBought.insert(sku, at);
    for (const QString &id : customer.usedOffers)
        h.usedOffers.insert(id);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT l.sku, max(t.created_at) FROM ticket_customers c JOIN tickets t ON t.uuid = c.ticket_uuid "
        "JOIN ticket_lines l ON l.ticket_id = t.id "
        "WHERE c.customer_id = ? AND t.kind = 'sale' AND l.quantity_milli > 0 GROUP BY l.sku"_s);
    q.addBindValue(customer.id);
    if (q.exec()) {
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            auto it = h.lastBought.find(q.value(0).toString());
            if (it == h.lastBought.end())
                h.lastBought.insert(q.value(0).toString(), at);
            else if (at > *it)
                *it = at;
        }
    }
    q.finish();
    q.prepare(
        u"SELECT o.offer_id FROM ticket_offers o JOIN ticket_customers c ON c.ticket_uuid = o.ticket_uuid "
        "WHERE c.customer_id = ?"_s);
    q.addBindValue(customer.id);
    if (q.exec()) {
        while (q.next())
            h.usedOffers.insert(q.value(0).toString());
    }
    return h;
}

bool OfferBook::targets(
    const Offer &offer, const Customer &customer, const CustomerHistory &history, const QDateTime &now)
{
    if (!customer.consentsTo(kPersonalisedOffers))
        return false;
    if ((offer.startsAt.isValid() && now < offer.startsAt) || (offer.endsAt.isValid() && now > offer.endsAt))
        return false;
    if (offer.singleUse && history.usedOffers.contains(offer.id))
        return false;
    if (!offer.interests.isEmpty() &&
        std::none_of(offer.interests.cbegin(), offer.interests.cend(),
            [&](const QString &i) { return customer.interests.contains(i); }))
        return false;
    if (!offer.tiers.isEmpty() && !offer.tiers.contains(tierName(customer.tier)))
        return false;
    if (!offer.boughtSkus.isEmpty()) {
        const QDateTime since = now.addDays(-offer.boughtWithinDays);
        const bool bought =
            std::any_of(offer.boughtSkus.cbegin(), offer.boughtSkus.cend(), [&](const QString &sku) {
                const auto it = history.lastBought.constFind(sku);
                return it != history.lastBought.cend() && *it >= since;
            });
        if (!bought)
            return false;
    }
    return true;
}

QList<int> OfferBook::matchingLines(const Offer &offer, const Basket &basket) const
{
    QList<int> rows;
    for (int i = 0; i < basket.lines().size(); ++i) {
        const BasketLine &l = basket.lines()[i];
        if (l.isReturn())
            continue;
        bool matches = offer.skus.isEmpty() && offer.category.isEmpty();
        if (!matches && offer.skus.contains(l.sku))
            matches = true;
        if (!matches && !offer.category.isEmpty()) {
            const auto product = m_catalog.productById(l.productId);
            matches = product && product->categoryCode == offer.category;
        }
        if (matches)
            rows.append(i);
    }
    return rows;
}

QList<OfferMatch> OfferBook::applicable(
    const Customer &customer, const Basket &basket, const QDateTime &now) const
{
    QList<OfferMatch> out;
    if (!customer.consentsTo(kPersonalisedOffers))
        return out; // not even looked at
    const QList<Offer> offers = all();
    if (offers.isEmpty())
        return out;
    const CustomerHistory history = historyOf(customer);
    const Money total = basket.totals().total;
    for (const Offer &offer : offers) {
        if (basket.offers().contains(offer.id) || !targets(offer, customer, history, now))
            continue;
        if (offer.amountOffCents > 0) {
            if (total.cents() >= std::max(offer.minBasketCents, offer.amountOffCents) &&
                basket.basketDiscount().isNone())
                out.append({offer, {}});
            continue;
        }
        QList<int> rows = matchingLines(offer, basket);
        rows.removeIf([&](int row) { return !basket.lines()[row].discount.isNone(); });
        if (!rows.isEmpty())
            out.append({offer, rows});
    }
    return out;
}

Status OfferBook::apply(
    const Customer &customer, Basket &basket, const QString &offerId, const QDateTime &now) const
{
    if (basket.customerId() != customer.id)
        return refused(QT_TRANSLATE_NOOP("comptoir::OfferBook", "Attach the customer first."));
    for (const OfferMatch &m : applicable(customer, basket, now)) {
        if (m.offer.id != offerId)
            continue;
        if (m.offer.amountOffCents > 0) {
            if (auto s = basket.setBasketDiscount(Discount::amount(Money::fromCents(m.offer.amountOffCents)));
                !s)
                return s;
        } else {
            for (int row : m.lines) {
                if (auto s = basket.setLineDiscount(
                        basket.lines()[row].id, Discount::percent(m.offer.percentOff * 100));
                    !s)
                    return s;
            }
        }
        basket.addOffer(offerId);
        return Ok {};
    }
    return refused(
        QT_TRANSLATE_NOOP("comptoir::OfferBook", "This offer does not apply to this customer and basket."));
}

} // namespace comptoir::crm
