// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sales/chainticket.h"
#include "sales/ticket.h"

#include <QSqlDatabase>

namespace comptoir {

// What may still be returned of a ticket, line by line, and what each return refunds.
//
// Items come back at the price the customer paid: the line's total after its own and its share
// of the basket discount. A part of a line refunds its share of that total, computed on the
// quantity returned so far, so that returns in several goes add up to the line's total to the
// cent, never more: refund(k) = round(total × (before + k) / sold) − round(total × before / sold).
// Never more than was sold is returned, whatever the number of returns; a cancelled ticket has
// nothing left to return.
class TicketReturns
{
public:
    struct Line
    {
        TicketLine sold;
        qint64 returnedMilli = 0; // by earlier returns (a cancelled return gives it back)
        qint64 returnableMilli() const { return sold.quantityMilli - returnedMilli; }
    };

    using Link = TicketLink;
    using Elsewhere = ChainKnowledge;

    explicit TicketReturns(QSqlDatabase db);

    // The sold lines of `ticket` (a sale) with what was already returned of each: by this
    // register's tickets and, with `elsewhere`, by every register of the chain (a line known to
    // both counts once).
    Result<QList<Line>> lines(const Ticket &ticket, const Elsewhere *elsewhere = nullptr) const;

    // The refund for `quantityMilli` more of line `position`, when `pendingMilli` of it wait in
    // the basket already; refused when it is more than what is left.
    Result<Money> refund(const Ticket &ticket, int position, qint64 quantityMilli, qint64 pendingMilli = 0,
        const Elsewhere *elsewhere = nullptr) const;

    static QString lineKey(const QString &uuid, int position);

private:
    QSqlDatabase m_db;
};

} // namespace comptoir
