// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets as the checkout would hand them to the journal, for journal-level tests.
#pragma once

#include "sales/salejournal.h"

namespace comptoir::test {

// One line of `qtyMilli` at `unitCents` and `vatBp`, paid in cash (`given`, default exact).
inline TicketDraft cashSale(qint64 unitCents, qint64 qtyMilli = 1000, int vatBp = 2000, qint64 given = -1)
{
    using namespace Qt::Literals::StringLiterals;
    TicketDraft d;
    d.clerk = {u"c1"_s, u"Camille"_s};
    TicketLine l;
    l.position = 1;
    l.sku = u"A"_s;
    l.name = u"Article"_s;
    l.unitPrice = Money::fromCents(unitCents);
    l.quantityMilli = qtyMilli;
    l.vat = VatRate(vatBp);
    l.total = l.unitPrice.timesMilli(qtyMilli);
    d.lines = {l};
    const qint64 vat = VatRate(vatBp).vatOfGross(l.total.cents()).value();
    d.vat = {{VatRate(vatBp), Money::fromCents(l.total.cents() - vat), Money::fromCents(vat), l.total}};
    d.total = l.total;
    const Money paid = given < 0 ? d.total : Money::fromCents(given);
    d.tenders = {{1, u"cash"_s, paid, {}}};
    d.change = paid - d.total;
    return d;
}

} // namespace comptoir::test
