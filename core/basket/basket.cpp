// SPDX-License-Identifier: GPL-3.0-or-later
#include "basket.h"

#include "common/uuidv7.h"
#include "scan/barcodedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

Error basketError(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message};
}

Error noSuchLine()
{
    return basketError("basket.no_line",
        QCoreApplication::translate("comptoir::Basket", "This line is no longer in the basket."));
}
} // namespace

Money BasketLine::lineDiscount() const
{
    // A return against a ticket refunds what was paid: the gap to the ticket's price is the
    // discounts the customer had then.
    if (!returnsOf.isEmpty())
        return gross() - returnTotal;
    return isReturn() ? Money() : discount.on(gross());
}

QJsonObject BasketLine::toJson() const
{
    QJsonObject o {{u"id"_s, id}, {u"productId"_s, productId}, {u"sku"_s, sku}, {u"name"_s, name},
        {u"barcode"_s, barcode}, {u"unitPrice"_s, unitPrice.cents()}, {u"qtyMilli"_s, quantityMilli},
        {u"weighed"_s, weighed}, {u"vatBp"_s, vat.basisPoints()}, {u"priceOverridden"_s, priceOverridden},
        {u"priceEmbedded"_s, priceEmbedded}};
    if (openAmount)
        o.insert(u"openAmount"_s, true);
    if (!returnsOf.isEmpty()) {
        o.insert(u"returnsOf"_s, returnsOf);
        o.insert(u"returnTotal"_s, returnTotal.cents());
    }
    if (!discount.isNone())
        o.insert(u"discount"_s, discount.toJson());
    if (!returnReason.isEmpty())
        o.insert(u"returnReason"_s, returnReason);
    if (!batch.isEmpty())
        o.insert(u"batch"_s, batch);
    if (expiry.isValid())
        o.insert(u"expiry"_s, expiry.toString(Qt::ISODate));
    return o;
}

BasketLine BasketLine::fromJson(const QJsonObject &o)
{
    BasketLine l;
    l.id = o.value(u"id"_s).toString();
    l.productId = o.value(u"productId"_s).toInteger();
    l.sku = o.value(u"sku"_s).toString();
    l.name = o.value(u"name"_s).toString();
    l.barcode = o.value(u"barcode"_s).toString();
    l.unitPrice = Money::fromCents(o.value(u"unitPrice"_s).toInteger());
    l.quantityMilli = o.value(u"qtyMilli"_s).toInteger();
    l.weighed = o.value(u"weighed"_s).toBool();
    l.vat = VatRate(o.value(u"vatBp"_s).toInt());
    l.discount = Discount::fromJson(o.value(u"discount"_s).toObject());
    l.returnReason = o.value(u"returnReason"_s).toString();
    l.batch = o.value(u"batch"_s).toString();
    l.expiry = QDate::fromString(o.value(u"expiry"_s).toString(), Qt::ISODate);
    l.priceOverridden = o.value(u"priceOverridden"_s).toBool();
    l.priceEmbedded = o.value(u"priceEmbedded"_s).toBool();
    l.openAmount = o.value(u"openAmount"_s).toBool();
    l.returnsOf = o.value(u"returnsOf"_s).toString();
    l.returnTotal = Money::fromCents(o.value(u"returnTotal"_s).toInteger());
    return l;
}

Basket::Basket()
    : m_id(createUuidV7String())
{ }

int Basket::indexOf(const QString &lineId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].id == lineId)
            return i;
    }
    return -1;
}

BasketLine *Basket::line(const QString &lineId)
{
    const int i = indexOf(lineId);
    return i < 0 ? nullptr : &m_lines[i];
}

QString Basket::nextLineId()
{
    return QString::number(m_nextLine++);
}

Result<QString> Basket::addProduct(const Product &product, qint64 quantityMilli, const ScanResult *scan)
{
    if (!product.active)
        return basketError("basket.inactive",
            QCoreApplication::translate("comptoir::Basket", "%1 is no longer sold.").arg(product.name));
    if (quantityMilli == 0 || std::abs(quantityMilli) > kMaxQuantityMilli)
        return basketError(
            "basket.quantity", QCoreApplication::translate("comptoir::Basket", "Quantity out of range."));
    if (!product.vat.isValid() || product.price.isNegative() || product.price.cents() > kMaxUnitPriceCents)
        return basketError("basket.catalog",
            QCoreApplication::translate("comptoir::Basket",
                "%1 cannot be sold: its VAT rate or its price in the catalog is not valid. Tell head office.")
                .arg(product.name));

    BasketLine l;
    l.productId = product.id;
    l.sku = product.sku;
    l.name = product.name;
    l.unitPrice = product.price;
    l.quantityMilli = quantityMilli;
    l.vat = product.vat;
    l.weighed = product.soldByWeight;
    if (scan) {
        l.barcode = scan->lookupCode;
        l.batch = scan->batch;
        l.expiry = scan->expiry;
        if (scan->priceCents) { // the label's price is the line total
            l.unitPrice = Money::fromCents(*scan->priceCents);
            l.quantityMilli = 1000;
            l.weighed = false;
            l.priceEmbedded = true;
        } else if (scan->weightGrams && product.soldByWeight) {
            // A weight only prices goods sold by weight; on a piece (a GS1 (310x) on a
            // packaged item) it is information, and the item counts as one piece.
            if (*scan->weightGrams <= 0 || *scan->weightGrams > kMaxQuantityMilli)
                return basketError("basket.weight",
                    QCoreApplication::translate("comptoir::Basket", "The label's weight is not plausible."));
            l.quantityMilli = *scan->weightGrams;
            l.weighed = true;
        }
    } else if (!product.barcodes.isEmpty()) {
        l.barcode = product.barcodes.first();
    }
    const bool mergeable = !l.weighed && !l.priceEmbedded && l.batch.isEmpty() && !l.expiry.isValid();
    if (mergeable) {
        for (auto &existing : m_lines) {
            if (existing.productId == l.productId && existing.unitPrice == l.unitPrice && !existing.weighed &&
                !existing.priceEmbedded && existing.discount.isNone() && !existing.isReturn() &&
                quantityMilli > 0 && existing.batch.isEmpty() && !existing.priceOverridden) {
                if (existing.quantityMilli + quantityMilli > kMaxQuantityMilli)
                    return basketError("basket.quantity",
                        QCoreApplication::translate("comptoir::Basket", "Quantity out of range."));
                existing.quantityMilli += quantityMilli;
                return existing.id;
            }
        }
    }
    l.id = nextLineId();
    m_lines.append(l);
    return l.id;
}

Result<QString> Basket::addOpenAmount(const QString &sku, const QString &name, Money amount, VatRate vat)
{
    if (amount.isNegative() || amount.isZero() || amount.cents() > kMaxUnitPriceCents || !vat.isValid())
        return basketError(
            "basket.price", QCoreApplication::translate("comptoir::Basket", "Price out of range."));
    BasketLine l;
    l.sku = sku;
    l.name = name;
    l.unitPrice = amount;
    l.quantityMilli = 1000;
    l.vat = vat;
    l.priceEmbedded = true;
    l.openAmount = true;
    l.id = nextLineId();
    m_lines.append(l);
    return l.id;
}

Result<QString> Basket::addTicketReturn(const QString &ticketUuid, const TicketLine &sold,
    qint64 quantityMilli, Money refund, const QString &reason)
{
    if (quantityMilli <= 0 || quantityMilli > sold.quantityMilli || quantityMilli > kMaxQuantityMilli ||
        refund.isNegative() || refund.cents() > kMaxUnitPriceCents * (kMaxQuantityMilli / 1000) ||
        !sold.vat.isValid())
        return basketError(
            "basket.quantity", QCoreApplication::translate("comptoir::Basket", "Quantity out of range."));
    if (reason.trimmed().isEmpty())
        return basketError("basket.return_reason",
            QCoreApplication::translate("comptoir::Basket", "Give the reason for the return."));
    BasketLine l;
    l.productId = sold.productId;
    l.sku = sold.sku;
    l.name = sold.name;
    l.barcode = sold.barcode;
    l.unitPrice = sold.unitPrice;
    l.quantityMilli = -quantityMilli;
    l.weighed = sold.weighed;
    l.vat = sold.vat;
    l.returnReason = reason.trimmed();
    l.batch = sold.batch;
    l.priceEmbedded = true; // its price is the ticket's
    l.returnsOf = ticketUuid + u'#' + QString::number(sold.position);
    l.returnTotal = -refund;
    l.id = nextLineId();
    m_lines.append(l);
    return l.id;
}

Status Basket::setQuantity(const QString &lineId, qint64 quantityMilli)
{
    BasketLine *l = line(lineId);
    if (!l)
        return noSuchLine();
    if (quantityMilli == 0)
        return basketError("basket.quantity_zero",
            QCoreApplication::translate("comptoir::Basket", "A quantity of zero: remove the line instead."));
    if (std::abs(quantityMilli) > kMaxQuantityMilli)
        return basketError(
            "basket.quantity", QCoreApplication::translate("comptoir::Basket", "Quantity out of range."));
    if (!l->weighed && quantityMilli % 1000 != 0)
        return basketError("basket.quantity_whole",
            QCoreApplication::translate("comptoir::Basket", "%1 is sold by the piece: enter a whole number.")
                .arg(l->name));
    if (!l->returnsOf.isEmpty())
        return basketError("basket.quantity_ticket",
            QCoreApplication::translate("comptoir::Basket",
                "Returned with its ticket: remove the line and return the quantity again."));
    if (l->openAmount && std::abs(quantityMilli) != 1000)
        return basketError("basket.quantity_amount",
            QCoreApplication::translate(
                "comptoir::Basket", "An amount typed on a key: tap the key again for another one."));
    if (l->priceEmbedded && std::abs(quantityMilli) != 1000)
        return basketError("basket.quantity_label",
            QCoreApplication::translate(
                "comptoir::Basket", "This item is priced by its label: scan each item."));
    if (quantityMilli < 0 && !l->isReturn())
        return basketError("basket.return_reason",
            QCoreApplication::translate(
                "comptoir::Basket", "Use Return to take an item back (a reason is needed)."));
    // A return line stays a return: the sign is kept.
    l->quantityMilli = l->isReturn() ? -std::abs(quantityMilli) : quantityMilli;
    return Ok {};
}

Status Basket::setUnitPrice(const QString &lineId, Money price)
{
    BasketLine *l = line(lineId);
    if (!l)
        return noSuchLine();
    if (price.isNegative() || price.cents() > kMaxUnitPriceCents)
        return basketError(
            "basket.price", QCoreApplication::translate("comptoir::Basket", "Price out of range."));
    if (l->openAmount)
        return basketError("basket.price_amount",
            QCoreApplication::translate("comptoir::Basket", "Remove the line and type the amount again."));
    if (l->priceEmbedded)
        return basketError("basket.price_label",
            QCoreApplication::translate("comptoir::Basket", "This item is priced by its label."));
    l->unitPrice = price;
    l->priceOverridden = true;
    return Ok {};
}

Status Basket::setLineDiscount(const QString &lineId, Discount discount)
{
    BasketLine *l = line(lineId);
    if (!l)
        return noSuchLine();
    if (l->isReturn())
        return basketError("basket.discount_return",
            QCoreApplication::translate("comptoir::Basket", "A returned item cannot be discounted."));
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 10000))
        return basketError(
            "basket.discount", QCoreApplication::translate("comptoir::Basket", "Discount out of range."));
    if (discount.kind == Discount::Kind::Amount && discount.value > l->gross().cents())
        return basketError("basket.discount",
            QCoreApplication::translate("comptoir::Basket", "The discount is larger than the line."));
    l->discount = discount;
    return Ok {};
}

Status Basket::markReturn(const QString &lineId, const QString &reason)
{
    BasketLine *l = line(lineId);
    if (!l)
        return noSuchLine();
    if (reason.trimmed().isEmpty())
        return basketError("basket.return_reason",
            QCoreApplication::translate("comptoir::Basket", "Choose the reason for the return."));
    l->quantityMilli = -std::abs(l->quantityMilli);
    l->returnReason = reason.trimmed();
    l->discount = {};
    return Ok {};
}

Status Basket::removeLine(const QString &lineId)
{
    const int i = indexOf(lineId);
    if (i < 0)
        return noSuchLine();
    m_lines.removeAt(i);
    return Ok {};
}

Status Basket::setBasketDiscount(Discount discount)
{
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 10000))
        return basketError(
            "basket.discount", QCoreApplication::translate("comptoir::Basket", "Discount out of range."));
    m_basketDiscount = discount;
    return Ok {};
}

void Basket::clear()
{
    m_lines.clear();
    m_basketDiscount = {};
    m_customerId.clear();
    m_offers.clear();
    m_cancels.clear();
    m_cancelReason.clear();
    m_id = createUuidV7String();
    m_nextLine = 1;
}

BasketTotals Basket::totals() const
{
    BasketTotals t;
    const int n = int(m_lines.size());
    QList<qint64> lineTotals(n);
    qint64 soldSum = 0;
    for (int i = 0; i < n; ++i) {
        const BasketLine &l = m_lines[i];
        lineTotals[i] = l.total().cents();
        t.linesTotal += l.total();
        t.lineDiscounts += l.lineDiscount();
        if (lineTotals[i] > 0)
            soldSum += lineTotals[i];
        if (l.weighed)
            t.articleCount += l.isReturn() ? -1 : 1;
        else
            t.articleCount += l.quantityMilli / 1000;
    }

    // Spread the basket discount over the sold lines (largest remainder method).
    t.basketDiscountByLine = QList<Money>(n);
    const qint64 discount = m_basketDiscount.on(Money::fromCents(soldSum)).cents();
    if (discount > 0 && soldSum > 0) {
        qint64 given = 0;
        QList<std::pair<qint64, int>> remainders; // (remainder, index)
        for (int i = 0; i < n; ++i) {
            if (lineTotals[i] <= 0)
                continue;
            const qint64 product = discount * lineTotals[i];
            const qint64 share = product / soldSum;
            t.basketDiscountByLine[i] = Money::fromCents(share);
            given += share;
            remainders.append({product % soldSum, i});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qint64 k = 0; k < discount - given; ++k) {
            const int i = remainders[k % remainders.size()].second;
            t.basketDiscountByLine[i] += Money::fromCents(1);
        }
    }
    t.basketDiscount = Money::fromCents(discount);

    std::map<int, qint64, std::greater<>> grossByRate;
    for (int i = 0; i < n; ++i) {
        const qint64 final = lineTotals[i] - t.basketDiscountByLine[i].cents();
        grossByRate[m_lines[i].vat.basisPoints()] += final;
        t.total += Money::fromCents(final);
    }
    for (const auto &[bp, gross] : grossByRate) {
        const VatRate rate(bp);
        // Rates are checked when a line is added (addProduct, addAmount): always valid here.
        const qint64 vat = rate.vatOfGross(gross).value_or(0);
        t.vat.append({rate, Money::fromCents(gross), Money::fromCents(gross - vat), Money::fromCents(vat)});
    }
    return t;
}

std::optional<qint64> Basket::parseQuantity(QStringView text, bool weighed)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype sep = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == u',' || c == u'.') {
            if (sep >= 0)
                return std::nullopt;
            sep = i;
        } else if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    const QString units = sep < 0 ? t : t.left(sep);
    QString decimals = sep < 0 ? QString() : t.mid(sep + 1);
    if ((!weighed && sep >= 0) || decimals.size() > 3 || units.size() > 7 ||
        (units.isEmpty() && decimals.isEmpty()))
        return std::nullopt;
    while (decimals.size() < 3)
        decimals.append(u'0');
    const qint64 milli = units.toLongLong() * 1000 + decimals.toLongLong();
    if (milli <= 0 || milli > kMaxQuantityMilli)
        return std::nullopt;
    return milli;
}

QJsonObject Basket::toJson() const
{
    QJsonArray lines;
    for (const auto &l : m_lines)
        lines.append(l.toJson());
    QJsonObject o {{u"id"_s, m_id}, {u"lines"_s, lines}, {u"nextLine"_s, m_nextLine}};
    if (!m_basketDiscount.isNone())
        o.insert(u"discount"_s, m_basketDiscount.toJson());
    if (!m_customerId.isEmpty())
        o.insert(u"customer"_s, m_customerId);
    if (!m_offers.isEmpty())
        o.insert(u"offers"_s, QJsonArray::fromStringList(m_offers));
    if (!m_cancels.isEmpty()) {
        o.insert(u"cancels"_s, m_cancels);
        o.insert(u"cancelReason"_s, m_cancelReason);
    }
    return o;
}

std::optional<Basket> Basket::fromJson(const QJsonObject &o)
{
    if (!o.value(u"lines"_s).isArray() || o.value(u"id"_s).toString().isEmpty())
        return std::nullopt;
    Basket b;
    b.m_id = o.value(u"id"_s).toString();
    for (const auto &v : o.value(u"lines"_s).toArray()) {
        BasketLine l = BasketLine::fromJson(v.toObject());
        // A saved basket is a file like any other: what no clerk could have made is refused.
        if (l.id.isEmpty() || l.quantityMilli == 0 || std::abs(l.quantityMilli) > kMaxQuantityMilli ||
            !l.vat.isValid() || std::abs(l.unitPrice.cents()) > kMaxUnitPriceCents ||
            std::abs(l.returnTotal.cents()) > kMaxUnitPriceCents * (kMaxQuantityMilli / 1000))
            return std::nullopt;
        b.m_lines.append(l);
    }
    b.m_basketDiscount = Discount::fromJson(o.value(u"discount"_s).toObject());
    b.m_customerId = o.value(u"customer"_s).toString();
    b.m_cancels = o.value(u"cancels"_s).toString();
    b.m_cancelReason = o.value(u"cancelReason"_s).toString();
    for (const QJsonValue &v : o.value(u"offers"_s).toArray())
        b.addOffer(v.toString());
    b.m_nextLine = std::max(o.value(u"nextLine"_s).toInt(), int(b.m_lines.size()) + 1);
    return b;
}

} // namespace comptoir
