// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/customerview.h"

#include "counter/salesession.h"
#include "sales/receipt.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
// The customer's texts, for lupdate; translated at run time into the customer's language.
[[maybe_unused]] const char *const kTexts[] = {
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Welcome"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Total"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "To pay"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Left to pay"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Your change"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Thank you, goodbye!"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "To refund"),
    QT_TRANSLATE_NOOP("comptoir::CustomerView", "Refunded"),
};
constexpr int kShownLines = 8;
} // namespace

CustomerView::CustomerView(QLocale locale, Translate translate)
    : m_locale(std::move(locale))
    , m_translate(std::move(translate))
{ }

QString CustomerView::money(Money amount) const
{
    return amount.toString(m_locale);
}

QString CustomerView::poleLine(const QString &left, const QString &right, int width)
{
    const int room = qMax(0, width - int(right.size()) - (right.isEmpty() ? 0 : 1));
    QString out = left.left(room).leftJustified(room, u' ');
    if (!right.isEmpty())
        out += u' ' + right;
    return out.left(width).leftJustified(width, u' ');
}

QString CustomerView::poleCentred(const QString &text, int width)
{
    const QString cut = text.trimmed().left(width);
    const int before = (width - int(cut.size())) / 2;
    return QString(QString(before, u' ') + cut).leftJustified(width, u' ');
}

CustomerScreen CustomerView::screen(const SaleSession &session) const
{
    CustomerScreen s;
    s.message = session.store().receiptFooter;
    s.totalLabel = t("Total");
    const auto &lines = session.basket().lines();
    const qsizetype first = qMax<qsizetype>(0, lines.size() - kShownLines);
    for (qsizetype i = first; i < lines.size(); ++i) {
        const BasketLine &l = lines[i];
        CustomerScreen::Line line;
        line.name = l.name;
        if (l.weighed || std::abs(l.quantityMilli) != 1000)
            line.quantity = ReceiptRenderer::quantityText(l.quantityMilli, l.weighed, m_locale);
        line.total = money(l.total());
        s.lines.append(line);
    }
    const Money total = session.totals().total;
    s.total = money(total);
    const bool refund = total.isNegative();

    switch (session.stage()) {
    case SaleSession::Stage::Selling:
        if (lines.isEmpty()) {
            s.phase = CustomerScreen::Phase::Welcome;
            s.headline = t("Welcome");
            s.pole[0] = poleCentred(session.store().storeName);
            s.pole[1] = poleCentred(t("Welcome"));
            s.lines.clear();
            s.total.clear();
            return s;
        }
        s.phase = CustomerScreen::Phase::Selling;
        s.headline = lines.last().name;
        s.headlineAmount = money(lines.last().total());
        s.pole[0] = poleLine(s.headline, s.headlineAmount);
        s.pole[1] = poleLine(t("Total"), s.total);
        return s;
    case SaleSession::Stage::Paying: {
        s.phase = CustomerScreen::Phase::Paying;
        s.headline = refund ? t("To refund") : t("To pay");
        s.headlineAmount = money(refund ? -total : total);
        const Money remaining = session.checkout().remaining();
        s.remainingLabel = t("Left to pay");
        s.remaining = money(remaining);
        s.pole[0] = poleLine(s.headline, s.headlineAmount);
        s.pole[1] = poleLine(t("Left to pay"), s.remaining);
        return s;
    }
    case SaleSession::Stage::Receipt: {
        s.phase = CustomerScreen::Phase::ThankYou;
        const auto &ticket = session.lastTicket();
        s.lines.clear(); // the basket is the next sale's now: the ticket's total is what counts
        s.headline = t("Thank you, goodbye!");
        if (ticket) {
            s.total = money(ticket->total);
            if (ticket->total.isNegative()) {
                s.totalLabel = t("Refunded");
                s.total = money(-ticket->total);
            }
            if (!ticket->change.isZero())
                s.headlineAmount = money(ticket->change);
        }
        s.remainingLabel = s.headlineAmount.isEmpty() ? QString() : t("Your change");
        s.remaining = s.headlineAmount;
        s.pole[0] = s.headlineAmount.isEmpty() ? poleLine(s.totalLabel, s.total)
                                               : poleLine(t("Your change"), s.headlineAmount);
        s.pole[1] = poleCentred(s.headline);
        return s;
    }
    }
    return s;
}

} // namespace comptoir
