// SPDX-License-Identifier: GPL-3.0-or-later
#include "closingtext.h"

#include "sales/receipt.h"
#include "sales/receiptlines.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ClosingText", text);
}

} // namespace

QString ClosingText::title(Closing::Kind kind)
{
    switch (kind) {
    case Closing::Kind::X:
        return tr("X report");
    case Closing::Kind::Day:
        return tr("Day closing (Z)");
    case Closing::Kind::Month:
        return tr("Month closing");
    case Closing::Kind::Year:
        return tr("Year closing");
    }
    return {};
}

QString ClosingText::periodText(const Closing &c, const QLocale &locale)
{
    if (c.kind == Closing::Kind::Year)
        return c.period;
    if (c.kind == Closing::Kind::Month) {
        const QDate first = QDate::fromString(c.period + u"-01"_s, Qt::ISODate);
        return first.isValid()
            ? locale.standaloneMonthName(first.month()) + u' ' + QString::number(first.year())
            : c.period;
    }
    const QDate day = QDate::fromString(c.period, Qt::ISODate);
    return day.isValid() ? locale.toString(day, QLocale::LongFormat) : c.period;
}

QString ClosingText::text(const Closing &c, const StoreProfile &store, int columns, const QLocale &loc)
{
    const auto amount = [&loc](Money m) {
        return m.toPlainString(loc);
    };
    const auto count = [&loc](qint64 n) {
        return loc.toString(n);
    };
    const ClosingFigures &f = c.figures;
    ReceiptLines out(columns);
    if (c.training) {
        out.center(tr("*** TRAINING MODE ***"));
        out.center(tr("Training figures, never real sales"));
    }
    out.center(store.storeName);
    if (!store.siret.isEmpty())
        out.center(tr("SIRET %1").arg(store.siret));
    out.rule(u'=');
    out.center(c.kind == Closing::Kind::X ? title(c.kind).toUpper()
                                          : tr("%1 No. %2").arg(title(c.kind).toUpper()).arg(c.number));
    out.center(periodText(c, loc));
    out.rule(u'=');
    out.row(
        tr("Register %1").arg(c.registerId), loc.toString(c.closedAt.toLocalTime(), u"dd/MM/yyyy HH:mm"_s));
    out.left(tr("Clerk: %1").arg(c.clerk.name));
    if (c.lastTicket > c.afterTicket)
        out.left(tr("Tickets %1 to %2").arg(c.afterTicket + 1).arg(c.lastTicket));
    else
        out.left(tr("No ticket"));
    out.rule();
    out.row(tr("Tickets"), count(f.tickets));
    out.row(tr("Sales"), amount(f.salesTotal));
    out.row(tr("Refunds"), amount(f.refundsTotal));
    out.row(tr("Cancellations: %1").arg(count(f.cancellations)), amount(f.cancelled));
    out.row(tr("Returned lines: %1").arg(count(f.returnedLines)), amount(f.returned));
    out.row(tr("Discounts"), amount(f.discounts));
    out.rule();
    out.row(tr("PERIOD TOTAL"), amount(f.total));
    out.rule();
    out.left(tr("By VAT rate"));
    for (auto it = f.byVat.cbegin(); it != f.byVat.cend(); ++it) {
        const QString rate = loc.toString(it.key() / 100.0, 'f', 2) + u" %"_s;
        out.row(u"  "_s + tr("%1 incl. VAT").arg(rate), amount(it->gross));
        out.row(u"    "_s + tr("of which VAT"), amount(it->vat));
    }
    out.left(tr("By tender"));
    for (auto it = f.byTender.cbegin(); it != f.byTender.cend(); ++it)
        out.row(u"  "_s + ReceiptRenderer::tenderLabel(it.key()), amount(*it));
    if (f.drawerCounts > 0 || !f.cashIn.isZero() || !f.cashOut.isZero()) {
        out.rule();
        out.left(tr("Cash drawer"));
        if (!f.cashIn.isZero())
            out.row(u"  "_s + tr("Cash in"), amount(f.cashIn));
        if (!f.cashOut.isZero())
            out.row(u"  "_s + tr("Cash out"), amount(f.cashOut));
        if (f.drawerCounts > 0) {
            out.row(u"  "_s + tr("Counted (%1 count(s))").arg(count(f.drawerCounts)), amount(f.counted));
            out.row(u"  "_s + tr("Expected"), amount(f.expected));
            out.row(u"  "_s + tr("Variance"), amount(f.variance));
        }
    }
    out.rule();
    out.row(tr("Year to date"), amount(c.periodGrandTotal));
    out.row(tr("Perpetual total"), amount(c.perpetualNet));
    out.row(tr("Perpetual total (absolute)"), amount(c.perpetualAbsolute));
    if (c.kind != Closing::Kind::X) {
        out.rule();
        out.left(tr("Fingerprint %1").arg(c.hash.left(16)));
    } else {
        out.rule();
        out.center(tr("Nothing is closed by an X report"));
    }
    return out.text();
}

} // namespace comptoir
