// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainticket.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

bool isTicketId(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

bool isWhole(const QJsonValue &v, qint64 low, qint64 high)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= low &&
        v.toInteger() <= high;
}

} // namespace

std::optional<ChainTicket> ChainTicket::fromJson(const QJsonObject &answer, const QString &ticketId)
{
    constexpr qint64 kMaxQuantity = 1'000'000'000; // a million kg or pieces
    const auto ticket = Ticket::fromJson(answer.value(u"ticket"_s).toObject());
    if (!ticket || ticket->uuid.compare(ticketId, Qt::CaseInsensitive) != 0 || ticket->kind != u"sale"_s ||
        ticket->computeHash() != ticket->hash || ticket->lines.size() > 1000)
        return std::nullopt;
    // Bounds a refund's arithmetic holds within (TicketReturns: total × quantity in 64 bits),
    // each line once.
    constexpr qint64 kMaxCents = qint64(1) << 39;
    constexpr qint64 kMaxLineQuantity = qint64(1) << 23;
    if (std::abs(ticket->total.cents()) >= kMaxCents)
        return std::nullopt;
    QSet<int> positions;
    for (const TicketLine &l : ticket->lines) {
        if (l.position < 1 || positions.contains(l.position) ||
            std::abs(l.quantityMilli) >= kMaxLineQuantity || std::abs(l.total.cents()) >= kMaxCents ||
            std::abs(l.unitPrice.cents()) >= kMaxCents)
            return std::nullopt;
        positions.insert(l.position);
    }
    ChainTicket out;
    out.ticket = *ticket;
    out.storeId = answer.value(u"store"_s).toString();
    out.storeName = answer.value(u"store_name"_s).toString();
    out.registerId = answer.value(u"register"_s).toString();
    if (out.storeId.isEmpty() || out.storeId.size() > 64 || out.registerId.isEmpty() ||
        out.registerId.size() > 64 || out.storeName.size() > 120 || out.storeId != ticket->storeId ||
        out.registerId != ticket->registerId)
        return std::nullopt;
    const QJsonValue cancelled = answer.value(u"cancelled_by"_s);
    if (!cancelled.isNull() && !cancelled.isUndefined()) {
        if (!isTicketId(cancelled.toString()))
            return std::nullopt;
        out.elsewhere.cancelledBy = cancelled.toString();
    }
    const QJsonArray links = answer.value(u"returns"_s).toArray();
    if (links.size() > 10'000)
        return std::nullopt;
    for (const QJsonValue &v : links) {
        const QJsonObject o = v.toObject();
        if (!isTicketId(o.value(u"ticket"_s).toString()) || !isWhole(o.value(u"position"_s), 1, 100'000) ||
            !isWhole(o.value(u"returns"_s), 1, 100'000) ||
            !isWhole(o.value(u"quantity_milli"_s), -kMaxQuantity, kMaxQuantity))
            return std::nullopt;
        out.elsewhere.links.append(
            TicketLink {o.value(u"ticket"_s).toString(), int(o.value(u"position"_s).toInteger()),
                int(o.value(u"returns"_s).toInteger()), o.value(u"quantity_milli"_s).toInteger()});
    }
    return out;
}

} // namespace comptoir
