// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basket/discount.h"
#include "catalog/product.h"
#include "common/result.h"
#include "sales/ticket.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace comptoir {

struct ScanResult;

struct BasketLine
{
    QString id; // stable within the basket, for models and edits
    qint64 productId = 0;
    QString sku;
    QString name;
    QString barcode;
    Money unitPrice; // tax included; per kilogram when weighed
    qint64 quantityMilli = 1000; // thousandths: 1000 = 1 piece or 1 kg; negative = returned
    bool weighed = false;
    VatRate vat;
    Discount discount;
    QString returnReason; // set for returned goods (quantity < 0)
    QString batch; // GS1 (10), kept for traceability
    QDate expiry; // GS1 (17)
    bool priceOverridden = false;
    bool priceEmbedded = false; // price came from a scale label / GS1 (392x)
    bool openAmount = false; // an amount typed on a department or miscellaneous key
    // Returned against an earlier ticket (sales/ticketreturns.h): that line, "<uuid>#<position>",
    // and what the customer gets back for it (negative), as the customer paid it.
    QString returnsOf;
    Money returnTotal;

    bool isReturn() const { return quantityMilli < 0; }
    Money gross() const { return unitPrice.timesMilli(quantityMilli); }
    Money lineDiscount() const; // >= 0, only on sold lines
    Money total() const { return gross() - lineDiscount(); }

    QJsonObject toJson() const;
    static BasketLine fromJson(const QJsonObject &o);

    friend bool operator==(const BasketLine &, const BasketLine &) = default;
};

struct VatBreakdown
{
    VatRate rate;
    Money gross; // tax included
    Money net; // tax excluded
    Money vat;

    friend bool operator==(const VatBreakdown &, const VatBreakdown &) = default;
};

struct BasketTotals
{
    Money linesTotal; // after line discounts, before the basket discount
    Money lineDiscounts; // sum of line discounts (informative)
    Money basketDiscount; // allocated over sold lines
    Money total; // what the customer pays (negative: what the store refunds)
    QList<Money> basketDiscountByLine; // same order as lines
    QList<VatBreakdown> vat; // by rate, highest rate first
    qint64 articleCount = 0; // pieces sold minus pieces returned; weighed lines count as one
};

// The customer's basket before payment: lines, discounts, returns, and exact totals.
//
// Rounding rule (README, "Money and VAT"): amounts are integer cents; every rounding is half
// away from zero. A line total is unit price × quantity, rounded once, minus its discount
// (rounded once). A basket discount is spread over the sold lines in proportion to their
// totals, remainders going to the largest fractions (ties: first line). VAT is computed once
// per rate on the sum of the final line totals of that rate: vat = gross × r / (1 + r).
class Basket
{
public:
    static constexpr qint64 kMaxQuantityMilli = 9'999'000; // 9999 pieces
    static constexpr qint64 kMaxUnitPriceCents = 9'999'999; // 99 999,99 €

    Basket();

    const QString &id() const { return m_id; }
    const QList<BasketLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int indexOf(const QString &lineId) const;
    const Discount &basketDiscount() const { return m_basketDiscount; }
    // The customer the sale is for (head office's id), empty for none.
    const QString &customerId() const { return m_customerId; }
    void setCustomer(const QString &customerId) { m_customerId = customerId; }
    // The personalised offers (coupons) applied to this basket (crm/offers.h), by id.
    const QStringList &offers() const { return m_offers; }
    void addOffer(const QString &offerId)
    {
        if (!m_offers.contains(offerId))
            m_offers.append(offerId);
    }

    // This basket cancels a ticket of the day whole (its lines are that ticket's, returned in
    // full): it is recorded as that ticket's cancellation, with the refunds it was paid back
    // by (SaleSession::voidLastTicket for a ticket paid by card). Empty otherwise.
    const QString &cancels() const { return m_cancels; }
    const QString &cancelReason() const { return m_cancelReason; }
    void setCancellation(const QString &ticketUuid, const QString &reason)
    {
        m_cancels = ticketUuid;
        m_cancelReason = reason;
    }

    // Adds a product (merging with an identical plain line). A scan result brings an embedded
    // price or weight, a batch and an expiry date. Returns the id of the line that changed.
    Result<QString> addProduct(
        const Product &product, qint64 quantityMilli = 1000, const ScanResult *scan = nullptr);
    // An amount typed on a department or miscellaneous key (quick keys): a line of its own, one
    // piece at that amount, no product behind it.
    Result<QString> addOpenAmount(const QString &sku, const QString &name, Money amount, VatRate vat);
    // Items brought back with their ticket: `quantityMilli` of that ticket's line `sold`, for
    // `refund` (positive, from TicketReturns), a line of its own that keeps the ticket's price.
    Result<QString> addTicketReturn(const QString &ticketUuid, const TicketLine &sold, qint64 quantityMilli,
        Money refund, const QString &reason);
    Status setQuantity(const QString &lineId, qint64 quantityMilli);
    Status setUnitPrice(const QString &lineId, Money price);
    Status setLineDiscount(const QString &lineId, Discount discount);
    Status markReturn(const QString &lineId, const QString &reason);
    Status removeLine(const QString &lineId);
    Status setBasketDiscount(Discount discount);
    void clear();

    BasketTotals totals() const;

    // What a clerk types as a quantity: whole pieces ("3"), or kilograms with up to three
    // decimals for weighed goods ("0,750", "1.2"). Returns thousandths, > 0.
    static std::optional<qint64> parseQuantity(QStringView text, bool weighed);

    QJsonObject toJson() const;
    static std::optional<Basket> fromJson(const QJsonObject &o);

private:
    BasketLine *line(const QString &lineId);
    QString nextLineId();

    QString m_id;
    QList<BasketLine> m_lines;
    Discount m_basketDiscount;
    QString m_customerId;
    QStringList m_offers;
    QString m_cancels;
    QString m_cancelReason;
    int m_nextLine = 1;
};

} // namespace comptoir
