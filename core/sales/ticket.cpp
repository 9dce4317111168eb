// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QJsonObject contentOf(const Ticket &t)
{
    QJsonArray lines;
    for (const auto &l : t.lines) {
        QJsonObject line {
            {u"position"_s, l.position},
            {u"productId"_s, l.productId},
            {u"sku"_s, l.sku},
            {u"name"_s, l.name},
            {u"barcode"_s, l.barcode},
            {u"quantityMilli"_s, l.quantityMilli},
            {u"weighed"_s, l.weighed},
            {u"unitPrice"_s, l.unitPrice.cents()},
            {u"lineDiscount"_s, l.lineDiscount.cents()},
            {u"basketDiscount"_s, l.basketDiscount.cents()},
            {u"total"_s, l.total.cents()},
            {u"vatBp"_s, l.vat.basisPoints()},
            {u"returnReason"_s, l.returnReason},
            {u"batch"_s, l.batch},
        };
        // Only on lines returned against a ticket: older tickets keep their signed form.
        if (!l.returnsOf.isEmpty())
            line.insert(u"returnsOf"_s, l.returnsOf);
        lines.append(line);
    }
    QJsonArray tenders;
    for (const auto &td : t.tenders) {
        tenders.append(QJsonObject {{u"position"_s, td.position}, {u"kind"_s, td.kind},
            {u"amount"_s, td.amount.cents()}, {u"reference"_s, td.reference}});
    }
    QJsonArray vat;
    for (const auto &v : t.vat) {
        vat.append(QJsonObject {{u"rateBp"_s, v.rate.basisPoints()}, {u"net"_s, v.net.cents()},
            {u"vat"_s, v.vat.cents()}, {u"gross"_s, v.gross.cents()}});
    }
    return QJsonObject {
        {u"format"_s, Ticket::kFormatVersion},
        {u"uuid"_s, t.uuid},
        {u"storeId"_s, t.storeId},
        {u"registerId"_s, t.registerId},
        {u"number"_s, t.number},
        {u"kind"_s, t.kind},
        {u"createdAt"_s, t.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"clerkId"_s, t.clerk.id},
        {u"clerkName"_s, t.clerk.name},
        {u"lines"_s, lines},
        {u"tenders"_s, tenders},
        {u"vat"_s, vat},
        {u"total"_s, t.total.cents()},
        {u"change"_s, t.change.cents()},
        {u"grandTotal"_s, t.grandTotal.cents()},
        {u"perpetualTotal"_s, t.perpetualTotal.cents()},
        {u"reversesUuid"_s, t.reversesUuid},
        {u"note"_s, t.note},
        {u"training"_s, t.training},
        {u"previousHash"_s, t.previousHash},
    };
}

} // namespace

QByteArray Ticket::canonical() const
{
    // QJsonObject keeps keys sorted; Compact has no whitespace; numbers here are integers.
    return QJsonDocument(contentOf(*this)).toJson(QJsonDocument::Compact);
}

QString Ticket::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QJsonObject Ticket::toJson() const
{
    QJsonObject o = contentOf(*this);
    o.insert(u"hash"_s, hash);
    if (!customerId.isEmpty())
        o.insert(u"customer"_s, customerId);
    if (!customerId.isEmpty() && (pointsEarned != 0 || pointsRedeemed != 0))
        o.insert(u"loyalty"_s, QJsonObject {{u"earned"_s, pointsEarned}, {u"redeemed"_s, pointsRedeemed}});
    if (!customerId.isEmpty() && !offers.isEmpty())
        o.insert(u"offers"_s, QJsonArray::fromStringList(offers));
    return o;
}

std::optional<Ticket> Ticket::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toInt() != kFormatVersion)
        return std::nullopt;
    Ticket t;
    t.uuid = o.value(u"uuid"_s).toString();
    t.storeId = o.value(u"storeId"_s).toString();
    t.registerId = o.value(u"registerId"_s).toString();
    t.number = o.value(u"number"_s).toInteger();
    t.kind = o.value(u"kind"_s).toString();
    t.createdAt = QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    t.clerk = {o.value(u"clerkId"_s).toString(), o.value(u"clerkName"_s).toString()};
    t.customerId = o.value(u"customer"_s).toString();
    const QJsonObject loyalty = o.value(u"loyalty"_s).toObject();
    t.pointsEarned = loyalty.value(u"earned"_s).toInteger();
    t.pointsRedeemed = loyalty.value(u"redeemed"_s).toInteger();
    for (const QJsonValue &v : o.value(u"offers"_s).toArray())
        t.offers << v.toString();
    for (const auto &v : o.value(u"lines"_s).toArray()) {
        const auto l = v.toObject();
        t.lines.append({l.value(u"position"_s).toInt(), l.value(u"productId"_s).toInteger(),
            l.value(u"sku"_s).toString(), l.value(u"name"_s).toString(), l.value(u"barcode"_s).toString(),
            l.value(u"quantityMilli"_s).toInteger(), l.value(u"weighed"_s).toBool(),
            Money::fromCents(l.value(u"unitPrice"_s).toInteger()),
            Money::fromCents(l.value(u"lineDiscount"_s).toInteger()),
            Money::fromCents(l.value(u"basketDiscount"_s).toInteger()),
            Money::fromCents(l.value(u"total"_s).toInteger()), VatRate(l.value(u"vatBp"_s).toInt()),
            l.value(u"returnReason"_s).toString(), l.value(u"batch"_s).toString(),
            l.value(u"returnsOf"_s).toString()});
    }
    for (const auto &v : o.value(u"tenders"_s).toArray()) {
        const auto td = v.toObject();
        t.tenders.append({td.value(u"position"_s).toInt(), td.value(u"kind"_s).toString(),
            Money::fromCents(td.value(u"amount"_s).toInteger()), td.value(u"reference"_s).toString()});
    }
    for (const auto &v : o.value(u"vat"_s).toArray()) {
        const auto x = v.toObject();
        t.vat.append({VatRate(x.value(u"rateBp"_s).toInt()), Money::fromCents(x.value(u"net"_s).toInteger()),
            Money::fromCents(x.value(u"vat"_s).toInteger()),
            Money::fromCents(x.value(u"gross"_s).toInteger())});
    }
    t.total = Money::fromCents(o.value(u"total"_s).toInteger());
    t.change = Money::fromCents(o.value(u"change"_s).toInteger());
    t.grandTotal = Money::fromCents(o.value(u"grandTotal"_s).toInteger());
    t.perpetualTotal = Money::fromCents(o.value(u"perpetualTotal"_s).toInteger());
    t.reversesUuid = o.value(u"reversesUuid"_s).toString();
    t.note = o.value(u"note"_s).toString();
    t.training = o.value(u"training"_s).toBool();
    t.previousHash = o.value(u"previousHash"_s).toString();
    t.hash = o.value(u"hash"_s).toString();
    if (t.uuid.isEmpty() || t.number <= 0 || !t.createdAt.isValid())
        return std::nullopt;
    return t;
}

} // namespace comptoir
