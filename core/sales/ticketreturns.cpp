// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketreturns.h"

#include "money/money.h"
#include "sales/receipt.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

Error returnError(const char *code, const QString &message)
{
    return Error {u"returns."_s + QLatin1StringView(code), message};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::TicketReturns", text);
}

// total × part / whole, rounded half away from zero, without overflow for any amount and
// quantity a ticket may hold (|total| < 2^40 cents, quantities < 2^24 thousandths).
qint64 share(qint64 total, qint64 part, qint64 whole)
{
    return divRoundHalfAway(total * part, whole);
}

} // namespace

TicketReturns::TicketReturns(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString TicketReturns::lineKey(const QString &uuid, int position)
{
    return uuid + u'#' + QString::number(position);
}

Result<QList<TicketReturns::Line>> TicketReturns::lines(
    const Ticket &ticket, const Elsewhere *elsewhere) const
{
    if (ticket.kind != u"sale"_s)
        return returnError(
            "not_a_sale", tr("Ticket %1 is a cancellation: nothing to return.").arg(ticket.number));
    QSqlQuery cancelled(m_db);
    cancelled.prepare(u"SELECT 1 FROM tickets WHERE reverses_uuid = ?"_s);
    cancelled.addBindValue(ticket.uuid);
    if (!cancelled.exec())
        return Database::errorFrom(cancelled.lastError(), u"reading the ticket's cancellation"_s);
    const bool wasCancelled = cancelled.next() || (elsewhere && !elsewhere->cancelledBy.isEmpty());
    // Returns name the line; a cancelled return names it too, with the opposite sign. Each
    // returning line once, whether this journal or head office (or both) know it.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT t.uuid, l.position, l.returns_of, l.quantity_milli FROM ticket_lines l "
              "JOIN tickets t ON t.id = l.ticket_id WHERE l.returns_of >= ? AND l.returns_of < ?"_s);
    q.addBindValue(QString(ticket.uuid + u'#'));
    q.addBindValue(QString(ticket.uuid + u'$'));
    if (!q.exec())
        return Database::errorFrom(q.lastError(), u"reading the ticket's returns"_s);
    QHash<QString, Link> seen; // by returning line
    while (q.next()) {
        const Link link {q.value(0).toString(), q.value(1).toInt(),
            q.value(2).toString().section(u'#', 1).toInt(), q.value(3).toLongLong()};
        seen.insert(lineKey(link.ticketId, link.position), link);
    }
    if (elsewhere) {
        for (const Link &link : elsewhere->links)
            seen.insert(lineKey(link.ticketId, link.position), link);
    }
    QHash<int, qint64> returned; // by line of `ticket`
    for (const Link &link : std::as_const(seen))
        returned[link.returns] -= link.quantityMilli;
    QList<Line> out;
    for (const TicketLine &l : ticket.lines) {
        if (l.quantityMilli <= 0)
            continue; // a line the customer brought back on that ticket
        // Never less than nothing nor more than was sold, whatever the links say.
        Line line {l,
            wasCancelled ? l.quantityMilli
                         : std::clamp<qint64>(returned.value(l.position), 0, l.quantityMilli)};
        out.append(line);
    }
    return out;
}

Result<Money> TicketReturns::refund(const Ticket &ticket, int position, qint64 quantityMilli,
    qint64 pendingMilli, const Elsewhere *elsewhere) const
{
    auto all = lines(ticket, elsewhere);
    if (!all)
        return all.error();
    for (const Line &l : std::as_const(*all)) {
        if (l.sold.position != position)
            continue;
        const qint64 left = l.returnableMilli() - pendingMilli;
        if (quantityMilli <= 0)
            return returnError("quantity", tr("Return at least one."));
        if (!l.sold.weighed && quantityMilli % 1000 != 0)
            return returnError(
                "quantity", tr("%1 was sold by the piece: return whole pieces.").arg(l.sold.name));
        if (quantityMilli > left)
            return returnError("too_many",
                left <= 0 ? tr("All of %1 has been returned already.").arg(l.sold.name)
                          : tr("Only %1 of %2 is left to return on this ticket.")
                                .arg(ReceiptRenderer::quantityText(left, l.sold.weighed, QLocale()))
                                .arg(l.sold.name));
        const qint64 before = l.returnedMilli + pendingMilli;
        const qint64 total = l.sold.total.cents();
        return Money::fromCents(share(total, before + quantityMilli, l.sold.quantityMilli) -
            share(total, before, l.sold.quantityMilli));
    }
    return returnError("no_line", tr("Ticket %1 has no such line.").arg(ticket.number));
}

} // namespace comptoir
