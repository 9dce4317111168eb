// SPDX-License-Identifier: GPL-3.0-or-later
#include "salegenerator.h"

#include "crm/loyalty.h"
#include "storage/settingstable.h"

#include "catalog/catalog.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

SaleGenerator::SaleGenerator(Checkout *checkout, const Catalog &catalog, quint32 seed)
    : m_checkout(checkout)
    , m_catalog(catalog)
    , m_rng(seed)
{
    m_maxId = catalog.productCount();
}

Status SaleGenerator::fill(Basket &basket, int maxLines)
{
    if (m_maxId == 0)
        return Error {u"generator.empty"_s, u"the catalog is empty"_s};
    const int lines = 1 + int(m_rng.bounded(quint32(qMax(1, maxLines))));
    for (int i = 0; i < lines; ++i) {
        const qint64 id = 1 + qint64(m_rng.bounded(quint64(m_maxId)));
        const auto product = m_catalog.productById(id);
        if (!product || product->price.isZero())
            continue;
        qint64 qty = 1000;
        if (product->soldByWeight)
            qty = 100 + qint64(m_rng.bounded(1900u)); // 0.100 to 2.000 kg
        else if (m_rng.bounded(5u) == 0)
            qty = 1000 * (2 + qint64(m_rng.bounded(3u)));
        auto lineId = basket.addProduct(*product, qty);
        if (!lineId)
            continue;
        if (m_rng.bounded(20u) == 0)
            (void)basket.setLineDiscount(*lineId, Discount::percent(1000));
        else if (m_rng.bounded(40u) == 0 && basket.lines().size() > 1)
            (void)basket.markReturn(*lineId, u"Défectueux"_s);
    }
    if (basket.isEmpty())
        return Error {u"generator.no_lines"_s, u"no product could be added"_s};
    if (m_rng.bounded(15u) == 0)
        (void)basket.setBasketDiscount(Discount::percent(500));
    return Ok {};
}

Result<Ticket> SaleGenerator::makeSale(const Clerk &clerk, int maxLines, qint64 points, qint64 redeemable)
{
    Q_ASSERT(m_checkout);
    if (auto s = fill(m_checkout->basket(), maxLines); !s)
        return s.error();

    if (points > 0 && m_checkout->due().cents() > 0) {
        const auto program = crm::loadLoyaltyProgram(SettingsTable(m_checkout->database()));
        points = std::min(
            {points, redeemable, m_checkout->due().cents() / std::max<qint64>(1, program.pointValueCents)});
        if (points > 0) {
            if (auto s = m_checkout->redeemPoints(points, redeemable); !s)
                return s.error();
        }
    }
    const Money due = m_checkout->remaining();
    if (m_checkout->isSettled()) {
        // paid in points
    } else if (m_checkout->due().isNegative() || m_checkout->due().isZero()) {
        if (!due.isZero()) {
            if (auto s = m_checkout->addTender(Tender::Cash, due); !s)
                return s.error();
        }
    } else {
        switch (m_rng.bounded(3u)) {
        case 0: { // cash, rounded up to the next 5 euros
            const qint64 given = ((due.cents() + 499) / 500) * 500;
            if (auto s = m_checkout->addTender(Tender::Cash, Money::fromCents(given)); !s)
                return s.error();
            break;
        }
        case 1:
            if (auto s = m_checkout->addTender(Tender::Card, due); !s)
                return s.error();
            break;
        default: { // split: part by card, the rest in cash
            const Money card = Money::fromCents(due.cents() / 2);
            if (!card.isZero()) {
                if (auto s = m_checkout->addTender(Tender::Card, card); !s)
                    return s.error();
            }
            if (auto s = m_checkout->addTender(Tender::Cash, m_checkout->remaining()); !s)
                return s.error();
        }
        }
    }
    return m_checkout->complete(clerk);
}

} // namespace comptoir
