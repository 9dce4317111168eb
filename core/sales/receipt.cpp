// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"

#include "print/escpos.h"
#include "sales/receiptlines.h"
#include "sales/ticketquery.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString amount(Money m, const QLocale &locale)
{
    return m.toPlainString(locale);
}

} // namespace

QString ReceiptRenderer::tenderLabel(const QString &kind)
{
    if (kind == u"cash"_s)
        return QCoreApplication::translate("comptoir::Receipt", "Cash");
    if (kind == u"card"_s)
        return QCoreApplication::translate("comptoir::Receipt", "Card");
    if (kind == u"card-offline"_s)
        return QCoreApplication::translate("comptoir::Receipt", "Card (offline)");
    if (kind == u"cheque"_s)
        return QCoreApplication::translate("comptoir::Receipt", "Cheque");
    if (kind == u"loyalty"_s)
        return QCoreApplication::translate("comptoir::Receipt", "Loyalty points");
    return kind;
}

QString ReceiptRenderer::quantityText(qint64 quantityMilli, bool weighed, const QLocale &locale)
{
    if (weighed)
        return locale.toString(double(quantityMilli) / 1000.0, 'f', 3) + u" kg"_s;
    return locale.toString(quantityMilli / 1000);
}

QString ReceiptRenderer::text(const Ticket &t, const StoreProfile &store, const ReceiptOptions &o)
{
    const QLocale &loc = o.locale;
    ReceiptLines out(o.columns);

    if (t.training) {
        out.center(QCoreApplication::translate("comptoir::Receipt", "*** TRAINING MODE ***"));
        out.center(QCoreApplication::translate("comptoir::Receipt", "NOT A VALID RECEIPT"));
    }
    if (o.duplicateNumber > 0)
        out.center(QCoreApplication::translate("comptoir::Receipt", "*** DUPLICATA No. %1 ***")
                       .arg(o.duplicateNumber));
    out.center(store.storeName);
    for (const QString &a : store.address)
        out.center(a);
    if (!store.phone.isEmpty())
        out.center(QCoreApplication::translate("comptoir::Receipt", "Tel. %1").arg(store.phone));
    if (!store.siret.isEmpty())
        out.center(QCoreApplication::translate("comptoir::Receipt", "SIRET %1").arg(store.siret));
    if (!store.vatNumber.isEmpty())
        out.center(QCoreApplication::translate("comptoir::Receipt", "VAT No. %1").arg(store.vatNumber));
    out.rule();
    const auto originText = [&](const QString &uuid) {
        const auto it = o.originNumbers.constFind(uuid);
        return it == o.originNumbers.cend() ? QString() : u"%1"_s.arg(*it, 6, 10, QLatin1Char('0'));
    };
    if (t.kind == u"void"_s) {
        out.center(QCoreApplication::translate("comptoir::Receipt", "CANCELLATION"));
        if (const QString of = originText(t.reversesUuid); !of.isEmpty())
            out.center(QCoreApplication::translate("comptoir::Receipt", "of ticket %1").arg(of));
    }
    const QDateTime local = t.createdAt.toLocalTime();
    out.row(
        QCoreApplication::translate("comptoir::Receipt", "Ticket %1").arg(t.number, 6, 10, QLatin1Char('0')),
        QCoreApplication::translate("comptoir::Receipt", "Register %1").arg(t.registerId));
    out.row(loc.toString(local, u"dd/MM/yyyy HH:mm:ss"_s),
        QCoreApplication::translate("comptoir::Receipt", "Clerk: %1").arg(t.clerk.name));
    out.rule();

    for (const TicketLine &l : t.lines) {
        const QString code = u" "_s + l.vat.code();
        const bool simple = !l.weighed && std::abs(l.quantityMilli) == 1000 && l.lineDiscount.isZero();
        const QString from = l.returnsOf.isEmpty() ? QString() : originText(l.returnsOf.section(u'#', 0, 0));
        if (!from.isEmpty()) {
            out.left(QCoreApplication::translate("comptoir::Receipt", "RETURN, ticket %1: %2")
                         .arg(from, l.returnReason));
            const QString place = o.originPlaces.value(l.returnsOf.section(u'#', 0, 0));
            if (!place.isEmpty())
                out.left(QCoreApplication::translate("comptoir::Receipt", "of %1").arg(place));
        } else if (!l.returnReason.isEmpty())
            out.left(QCoreApplication::translate("comptoir::Receipt", "RETURN: %1").arg(l.returnReason));
        if (simple && l.quantityMilli > 0) {
            out.row(l.name, amount(l.unitPrice.timesMilli(l.quantityMilli), loc) + code);
        } else {
            out.left(l.name);
            const QString unit = l.weighed
                ? QCoreApplication::translate("comptoir::Receipt", "%1/kg").arg(amount(l.unitPrice, loc))
                : amount(l.unitPrice, loc);
            out.row(u"  "_s + quantityText(l.quantityMilli, l.weighed, loc) + u" x "_s + unit,
                amount(l.unitPrice.timesMilli(l.quantityMilli), loc) + code);
        }
        if (!l.lineDiscount.isZero())
            out.row(u"  "_s + QCoreApplication::translate("comptoir::Receipt", "Discount"),
                amount(-l.lineDiscount, loc) + u"  "_s);
        if (!l.batch.isEmpty())
            out.left(u"  "_s + QCoreApplication::translate("comptoir::Receipt", "Batch %1").arg(l.batch));
    }
    out.rule();

    Money basketDiscount;
    Money linesBeforeBasket;
    for (const TicketLine &l : t.lines) {
        basketDiscount += l.basketDiscount;
        linesBeforeBasket += l.total + l.basketDiscount;
    }
    if (!basketDiscount.isZero()) {
        out.row(QCoreApplication::translate("comptoir::Receipt", "Subtotal"),
            amount(linesBeforeBasket, loc) + u"  "_s);
        out.row(QCoreApplication::translate("comptoir::Receipt", "Basket discount"),
            amount(-basketDiscount, loc) + u"  "_s);
    }
    out.row(QCoreApplication::translate("comptoir::Receipt", "TOTAL incl. VAT"), t.total.toString(loc));
    out.rule();

    // VAT table: code, rate, excl. VAT, VAT, incl. VAT
    const int w = (o.columns - 10) / 3;
    auto vatRow = [&](const QString &a, const QString &b, const QString &c, const QString &d,
                      const QString &e) {
        out.raw(a.leftJustified(2, QLatin1Char(' ')) + b.leftJustified(8, QLatin1Char(' ')) +
            c.rightJustified(w, QLatin1Char(' ')) + d.rightJustified(w, QLatin1Char(' ')) +
            e.rightJustified(o.columns - 10 - 2 * w, QLatin1Char(' ')));
    };
    vatRow(QString(), QCoreApplication::translate("comptoir::Receipt", "VAT"),
        QCoreApplication::translate("comptoir::Receipt", "Excl."),
        QCoreApplication::translate("comptoir::Receipt", "VAT"),
        QCoreApplication::translate("comptoir::Receipt", "Incl."));
    for (const TicketVat &v : t.vat)
        vatRow(QString(v.rate.code()), v.rate.toString(loc), amount(v.net, loc), amount(v.vat, loc),
            amount(v.gross, loc));
    out.rule();

    for (const TicketTender &td : t.tenders) {
        QString label = tenderLabel(td.kind);
        if (td.kind == u"loyalty"_s)
            label += u" "_s + QCoreApplication::translate("comptoir::Receipt", "(%1 pts)").arg(td.reference);
        else if (!td.reference.isEmpty())
            label += u" "_s + td.reference;
        out.row(label, amount(td.amount, loc) + u"  "_s);
    }
    if (!t.change.isZero())
        out.row(QCoreApplication::translate("comptoir::Receipt", "Change"), amount(t.change, loc) + u"  "_s);
    qint64 articles = 0;
    for (const TicketLine &l : t.lines)
        articles += l.weighed ? (l.quantityMilli < 0 ? -1 : 1) : l.quantityMilli / 1000;
    // Qt leaves %n as is for a negative count: a return counts what came back.
    out.left(articles >= 0
            ? QCoreApplication::translate("comptoir::Receipt", "%n article(s)", nullptr, int(articles))
            : QCoreApplication::translate(
                  "comptoir::Receipt", "%n article(s) returned", nullptr, int(-articles)));
    if (!t.note.isEmpty())
        out.left(QCoreApplication::translate("comptoir::Receipt", "Reason: %1").arg(t.note));
    if (t.pointsEarned != 0) {
        // Signed: a refund takes points back. The balance is head office's, not printed here.
        out.left(QCoreApplication::translate("comptoir::Receipt", "Loyalty points earned: %1")
                     .arg(loc.toString(t.pointsEarned)));
    }
    out.rule();
    out.left(QCoreApplication::translate("comptoir::Receipt", "Signature %1").arg(t.shortHash()));
    // What a scanner reads to find the ticket again (returns, reprints): TicketQuery.
    out.left(TicketQuery::receiptCode(t.uuid));
    if (!store.receiptFooter.isEmpty()) {
        out.blank();
        out.center(store.receiptFooter);
    }
    if (o.duplicateNumber > 0)
        out.center(QCoreApplication::translate("comptoir::Receipt", "*** DUPLICATA No. %1 ***")
                       .arg(o.duplicateNumber));
    if (t.training)
        out.center(QCoreApplication::translate("comptoir::Receipt", "*** TRAINING MODE ***"));
    return out.text();
}

QByteArray ReceiptRenderer::escPos(const QString &text, const QString &code, bool openDrawer)
{
    EscPos out;
    out.initialize();
    if (openDrawer)
        out.pulse(); // first: the change is ready while the receipt prints
    out.text(text);
    if (!code.isEmpty()) {
        // The ticket's code, scanned to find it again (a return, a duplicate).
        out.align(EscPos::Align::Center)
            .qrCode(code.toLatin1(), 6, 'M')
            .line(code)
            .align(EscPos::Align::Left);
    }
    out.feed(3).cut(true);
    return out.bytes();
}

} // namespace comptoir
