// SPDX-License-Identifier: GPL-3.0-or-later
#include "closing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

bool addChecked(Money &into, Money more)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(into.cents(), more.cents(), &sum))
        return false;
    into = Money::fromCents(sum);
    return true;
}

bool addChecked(qint64 &into, qint64 more)
{
    return !__builtin_add_overflow(into, more, &into);
}

// An integer member of `o`, refused when missing or not an integer.
std::optional<qint64> integer(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const qint64 i = v.toInteger();
    if (QJsonValue(i) != v)
        return std::nullopt;
    return i;
}

} // namespace

Status ClosingFigures::add(const ClosingFigures &o)
{
    ClosingFigures sum = *this;
    bool ok = addChecked(sum.tickets, o.tickets) && addChecked(sum.sales, o.sales) &&
        addChecked(sum.cancellations, o.cancellations) && addChecked(sum.cancelled, o.cancelled) &&
        addChecked(sum.returnedLines, o.returnedLines) && addChecked(sum.returned, o.returned) &&
        addChecked(sum.discounts, o.discounts) && addChecked(sum.total, o.total) &&
        addChecked(sum.salesTotal, o.salesTotal) && addChecked(sum.refundsTotal, o.refundsTotal) &&
        addChecked(sum.drawerCounts, o.drawerCounts) && addChecked(sum.counted, o.counted) &&
        addChecked(sum.expected, o.expected) && addChecked(sum.variance, o.variance) &&
        addChecked(sum.cashIn, o.cashIn) && addChecked(sum.cashOut, o.cashOut);
    for (auto it = o.byVat.cbegin(); ok && it != o.byVat.cend(); ++it) {
        Vat &v = sum.byVat[it.key()];
        ok = addChecked(v.net, it->net) && addChecked(v.vat, it->vat) && addChecked(v.gross, it->gross);
    }
    for (auto it = o.byTender.cbegin(); ok && it != o.byTender.cend(); ++it)
        ok = addChecked(sum.byTender[it.key()], *it);
    if (!ok)
        return Error {u"closing.overflow"_s,
            QCoreApplication::translate(
                "comptoir::Closing", "The closing's totals are too large to add up. Call support.")};
    *this = std::move(sum);
    return Ok {};
}

QJsonObject ClosingFigures::toJson() const
{
    QJsonArray vat;
    for (auto it = byVat.cbegin(); it != byVat.cend(); ++it) {
        vat.append(QJsonObject {{u"rateBp"_s, it.key()}, {u"net"_s, it->net.cents()},
            {u"vat"_s, it->vat.cents()}, {u"gross"_s, it->gross.cents()}});
    }
    QJsonArray tenders;
    for (auto it = byTender.cbegin(); it != byTender.cend(); ++it)
        tenders.append(QJsonObject {{u"kind"_s, it.key()}, {u"amount"_s, it->cents()}});
    return QJsonObject {
        {u"tickets"_s, tickets},
        {u"sales"_s, sales},
        {u"cancellations"_s, cancellations},
        {u"cancelled"_s, cancelled.cents()},
        {u"returnedLines"_s, returnedLines},
        {u"returned"_s, returned.cents()},
        {u"discounts"_s, discounts.cents()},
        {u"total"_s, total.cents()},
        {u"salesTotal"_s, salesTotal.cents()},
        {u"refundsTotal"_s, refundsTotal.cents()},
        {u"vat"_s, vat},
        {u"tenders"_s, tenders},
        {u"drawer"_s,
            QJsonObject {{u"counts"_s, drawerCounts}, {u"counted"_s, counted.cents()},
                {u"expected"_s, expected.cents()}, {u"variance"_s, variance.cents()},
                {u"cashIn"_s, cashIn.cents()}, {u"cashOut"_s, cashOut.cents()}}},
    };
}

std::optional<ClosingFigures> ClosingFigures::fromJson(const QJsonObject &o)
{
    ClosingFigures f;
    const auto count = [&o](const QString &key, qint64 &into) {
        const auto v = integer(o, key);
        if (v)
            into = *v;
        return v.has_value();
    };
    const auto money = [](const QJsonObject &from, const QString &key, Money &into) {
        const auto v = integer(from, key);
        if (v)
            into = Money::fromCents(*v);
        return v.has_value();
    };
    const QJsonObject drawer = o.value(u"drawer"_s).toObject();
    if (!count(u"tickets"_s, f.tickets) || !count(u"sales"_s, f.sales) ||
        !count(u"cancellations"_s, f.cancellations) || !money(o, u"cancelled"_s, f.cancelled) ||
        !count(u"returnedLines"_s, f.returnedLines) || !money(o, u"returned"_s, f.returned) ||
        !money(o, u"discounts"_s, f.discounts) || !money(o, u"total"_s, f.total) ||
        !money(o, u"salesTotal"_s, f.salesTotal) || !money(o, u"refundsTotal"_s, f.refundsTotal) ||
        !money(drawer, u"counted"_s, f.counted) || !money(drawer, u"expected"_s, f.expected) ||
        !money(drawer, u"variance"_s, f.variance) || !money(drawer, u"cashIn"_s, f.cashIn) ||
        !money(drawer, u"cashOut"_s, f.cashOut))
        return std::nullopt;
    const auto counts = integer(drawer, u"counts"_s);
    if (!counts)
        return std::nullopt;
    f.drawerCounts = *counts;
    for (const QJsonValue &v : o.value(u"vat"_s).toArray()) {
        const QJsonObject x = v.toObject();
        const auto rate = integer(x, u"rateBp"_s);
        Vat vat;
        if (!rate || *rate < 0 || *rate > VatRate::kMaxBasisPoints || f.byVat.contains(int(*rate)) ||
            !money(x, u"net"_s, vat.net) || !money(x, u"vat"_s, vat.vat) || !money(x, u"gross"_s, vat.gross))
            return std::nullopt;
        f.byVat.insert(int(*rate), vat);
    }
    for (const QJsonValue &v : o.value(u"tenders"_s).toArray()) {
        const QJsonObject x = v.toObject();
        const QString kind = x.value(u"kind"_s).toString();
        Money amount;
        if (kind.isEmpty() || f.byTender.contains(kind) || !money(x, u"amount"_s, amount))
            return std::nullopt;
        f.byTender.insert(kind, amount);
    }
    return f;
}

QString Closing::kindKey(Kind k)
{
    switch (k) {
    case Kind::X:
        return u"x"_s;
    case Kind::Day:
        return u"day"_s;
    case Kind::Month:
        return u"month"_s;
    case Kind::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<Closing::Kind> Closing::kindFromKey(QStringView key)
{
    for (Kind k : {Kind::X, Kind::Day, Kind::Month, Kind::Year}) {
        if (key == kindKey(k))
            return k;
    }
    return std::nullopt;
}

namespace {

QJsonObject contentOf(const Closing &c)
{
    return QJsonObject {
        {u"format"_s, Closing::kFormatVersion},
        {u"uuid"_s, c.uuid},
        {u"storeId"_s, c.storeId},
        {u"registerId"_s, c.registerId},
        {u"training"_s, c.training},
        {u"number"_s, c.number},
        {u"kind"_s, Closing::kindKey(c.kind)},
        {u"period"_s, c.period},
        {u"closedAt"_s, c.closedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"clerkId"_s, c.clerk.id},
        {u"clerkName"_s, c.clerk.name},
        {u"afterTicket"_s, c.afterTicket},
        {u"lastTicket"_s, c.lastTicket},
        {u"figures"_s, c.figures.toJson()},
        {u"periodGrandTotal"_s, c.periodGrandTotal.cents()},
        {u"perpetualNet"_s, c.perpetualNet.cents()},
        {u"perpetualAbsolute"_s, c.perpetualAbsolute.cents()},
        {u"previousHash"_s, c.previousHash},
    };
}

} // namespace

QByteArray Closing::canonical() const
{
    return QJsonDocument(contentOf(*this)).toJson(QJsonDocument::Compact);
}

QString Closing::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QJsonObject Closing::toJson() const
{
    QJsonObject o = contentOf(*this);
    o.insert(u"hash"_s, hash);
    return o;
}

std::optional<Closing> Closing::fromJson(const QJsonObject &o)
{
    if (integer(o, u"format"_s) != kFormatVersion)
        return std::nullopt;
    Closing c;
    c.uuid = o.value(u"uuid"_s).toString();
    c.storeId = o.value(u"storeId"_s).toString();
    c.registerId = o.value(u"registerId"_s).toString();
    c.training = o.value(u"training"_s).toBool();
    const auto kind = kindFromKey(o.value(u"kind"_s).toString());
    const auto number = integer(o, u"number"_s);
    const auto after = integer(o, u"afterTicket"_s);
    const auto last = integer(o, u"lastTicket"_s);
    const auto grand = integer(o, u"periodGrandTotal"_s);
    const auto net = integer(o, u"perpetualNet"_s);
    const auto absolute = integer(o, u"perpetualAbsolute"_s);
    const auto figures = ClosingFigures::fromJson(o.value(u"figures"_s).toObject());
    if (!kind || !number || !after || !last || !grand || !net || !absolute || !figures)
        return std::nullopt;
    c.kind = *kind;
    c.number = *number;
    c.period = o.value(u"period"_s).toString();
    c.closedAt = QDateTime::fromString(o.value(u"closedAt"_s).toString(), Qt::ISODateWithMs);
    c.clerk = {o.value(u"clerkId"_s).toString(), o.value(u"clerkName"_s).toString()};
    c.afterTicket = *after;
    c.lastTicket = *last;
    c.figures = *figures;
    c.periodGrandTotal = Money::fromCents(*grand);
    c.perpetualNet = Money::fromCents(*net);
    c.perpetualAbsolute = Money::fromCents(*absolute);
    c.previousHash = o.value(u"previousHash"_s).toString();
    c.hash = o.value(u"hash"_s).toString();
    if (c.uuid.isEmpty() || c.number < 0 || !c.closedAt.isValid() || c.afterTicket < 0 ||
        c.lastTicket < c.afterTicket)
        return std::nullopt;
    return c;
}

} // namespace comptoir
