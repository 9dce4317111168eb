// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkout.h"

#include "common/uuidv7.h"
#include "crm/loyalty.h"
#include "sales/ticketreturns.h"
#include "storage/database.h"
#include "storage/settingstable.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

Error checkoutError(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message};
}
} // namespace

Checkout::Checkout(QSqlDatabase db, StoreProfile store, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_journal(db, store, clock)
    , m_store(db, store.registerId)
{ }

Money Checkout::paid() const
{
    Money sum;
    for (const auto &t : m_tenders)
        sum += t.amount;
    return sum;
}

Money Checkout::remaining() const
{
    const Money due = this->due();
    const Money left = due - paid();
    if (!due.isNegative() && left.isNegative())
        return {};
    return left;
}

Money Checkout::change() const
{
    const Money due = this->due();
    if (due.isNegative())
        return {};
    const Money over = paid() - due;
    return over.isNegative() ? Money() : over;
}

bool Checkout::isSettled() const
{
    if (m_basket.isEmpty())
        return false;
    const Money due = this->due();
    return due.isNegative() ? paid() == due : paid() >= due;
}

Status Checkout::addTender(const QString &kind, Money amount, const QString &reference)
{
    if (m_basket.isEmpty())
        return checkoutError(
            "checkout.empty", QCoreApplication::translate("comptoir::Checkout", "The basket is empty."));
    if (kind != Tender::Cash && kind != Tender::Card && kind != Tender::CardOffline && kind != Tender::Cheque)
        return checkoutError("checkout.tender_kind",
            QCoreApplication::translate("comptoir::Checkout", "Unknown means of payment."));
    const Money due = this->due();
    const Money left = due - paid();
    if (amount.isZero())
        return checkoutError(
            "checkout.zero", QCoreApplication::translate("comptoir::Checkout", "Enter an amount."));
    if (!due.isNegative()) {
        if (amount.isNegative())
            return checkoutError("checkout.negative",
                QCoreApplication::translate("comptoir::Checkout", "The amount must be positive."));
        if (left.cents() <= 0)
            return checkoutError("checkout.paid",
                QCoreApplication::translate("comptoir::Checkout", "The sale is already paid."));
        if (kind != Tender::Cash && amount > left)
            return checkoutError("checkout.over",
                QCoreApplication::translate("comptoir::Checkout", "Only cash can exceed the amount due (%1).")
                    .arg(left.toString()));
        if (kind == Tender::Cash && (amount - left).cents() > kMaxChangeCents)
            return checkoutError("checkout.too_much",
                QCoreApplication::translate("comptoir::Checkout", "%1 in cash for %2 due: check the amount.")
                    .arg(amount.toString(), left.toString()));
    } else {
        // A refund: the store pays the customer back, at most what it owes.
        if (!amount.isNegative())
            amount = -amount;
        if (amount < left)
            return checkoutError("checkout.refund_over",
                QCoreApplication::translate("comptoir::Checkout", "The refund cannot exceed %1.")
                    .arg((-left).toString()));
    }
    m_tenders.append({kind, amount, reference});
    return Ok {};
}

qint64 Checkout::pointsRedeemed() const
{
    qint64 points = 0;
    for (const Tender &t : m_tenders) {
        if (t.kind == Tender::Loyalty)
            points += t.reference.toLongLong();
    }
    return points;
}

Status Checkout::redeemPoints(qint64 points, qint64 redeemable)
{
    if (m_basket.isEmpty())
        return checkoutError(
            "checkout.empty", QCoreApplication::translate("comptoir::Checkout", "The basket is empty."));
    if (m_basket.customerId().isEmpty())
        return checkoutError("checkout.no_customer",
            QCoreApplication::translate(
                "comptoir::Checkout", "Attach the customer to pay with their points."));
    const crm::LoyaltyProgram program = crm::loadLoyaltyProgram(SettingsTable(m_db));
    if (!program.enabled)
        return checkoutError("checkout.no_loyalty",
            QCoreApplication::translate("comptoir::Checkout", "This store has no loyalty programme."));
    if (due().isNegative())
        return checkoutError("checkout.refund_points",
            QCoreApplication::translate("comptoir::Checkout", "A refund is not paid in points."));
    if (points <= 0)
        return checkoutError(
            "checkout.zero", QCoreApplication::translate("comptoir::Checkout", "Enter a number of points."));
    // Computed outside translate(): lupdate loops on template arguments inside its call.
    const int left = int(std::max(qint64(0), redeemable - pointsRedeemed()));
    if (points > left)
        return checkoutError("checkout.points_over",
            QCoreApplication::translate(
                "comptoir::Checkout", "No more than %Ln point(s) can be used now.", nullptr, left));
    const Money value = program.valueOf(points);
    const Money owed = due() - paid();
    if (value > owed)
        return checkoutError("checkout.over",
            QCoreApplication::translate("comptoir::Checkout",
                "%Ln point(s) are worth more than the %1 still due.", nullptr, int(points))
                .arg(std::max(owed, Money()).toString()));
    m_tenders.append({Tender::Loyalty, value, QString::number(points)});
    return Ok {};
}

Status Checkout::removeTender(int index)
{
    if (index < 0 || index >= m_tenders.size())
        return checkoutError(
            "checkout.no_tender", QCoreApplication::translate("comptoir::Checkout", "No such payment."));
    m_tenders.removeAt(index);
    return Ok {};
}

TicketDraft Checkout::draft(const Clerk &clerk) const
{
    const BasketTotals totals = m_basket.totals();
    TicketDraft d;
    d.clerk = clerk;
    int position = 1;
    for (int i = 0; i < m_basket.lines().size(); ++i) {
        const BasketLine &l = m_basket.lines()[i];
        TicketLine t;
        t.position = position++;
        t.productId = l.productId;
        t.sku = l.sku;
        t.name = l.name;
        t.barcode = l.barcode;
        t.quantityMilli = l.quantityMilli;
        t.weighed = l.weighed;
        t.unitPrice = l.unitPrice;
        t.lineDiscount = l.lineDiscount();
        t.basketDiscount = totals.basketDiscountByLine[i];
        t.total = l.total() - t.basketDiscount;
        t.vat = l.vat;
        t.returnReason = l.returnReason;
        t.batch = l.batch;
        t.returnsOf = l.returnsOf;
        d.lines.append(t);
    }
    position = 1;
    for (const Tender &t : m_tenders)
        d.tenders.append({position++, t.kind, t.amount, t.reference});
    for (const VatBreakdown &v : totals.vat)
        d.vat.append({v.rate, v.net, v.vat, v.gross});
    d.total = totals.total;
    d.change = change();
    d.customerId = m_basket.customerId();
    if (!d.customerId.isEmpty()) {
        const crm::LoyaltyProgram program = crm::loadLoyaltyProgram(SettingsTable(m_db));
        Money inPoints;
        for (const Tender &t : m_tenders) {
            if (t.kind == Tender::Loyalty)
                inPoints += t.amount;
        }
        d.pointsRedeemed = pointsRedeemed();
        d.offers = m_basket.offers();
        d.pointsEarned = program.pointsEarnedOn(d.total - inPoints);
    }
    return d;
}

namespace {

// `plain` returns every line of `original` whole, at the amounts it was sold for, and nothing else.
bool returnsWhole(const Ticket &original, const TicketDraft &plain)
{
    if (plain.lines.size() != original.lines.size() || plain.total != -original.total)
        return false;
    for (const TicketLine &sold : original.lines) {
        const QString key = TicketReturns::lineKey(original.uuid, sold.position);
        const bool returned = std::any_of(plain.lines.cbegin(), plain.lines.cend(), [&](const TicketLine &l) {
            return l.returnsOf == key && l.quantityMilli == -sold.quantityMilli && l.total == -sold.total;
        });
        if (!returned)
            return false;
    }
    return true;
}
} // namespace

Result<TicketDraft> Checkout::recordedDraft(const Clerk &clerk) const
{
    TicketDraft plain = draft(clerk);
    if (m_basket.cancels().isEmpty())
        return plain;
    const auto original = m_journal.ticketByUuid(m_basket.cancels());
    if (!original || !returnsWhole(*original, plain))
        return plain; // changed since it was opened: a return of what it holds
    auto cancellation = m_journal.voidDraft(*original, clerk, m_basket.cancelReason());
    if (!cancellation) {
        // Past midnight now: the card may be refunded already, it is a return. Cancelled or
        // returned meanwhile (a parked basket): refused, nothing is refunded twice.
        if (cancellation.error().code == u"journal.void_old"_s)
            return plain;
        return cancellation.error();
    }
    TicketDraft d = *cancellation;
    d.tenders = plain.tenders; // what was paid back, as it was paid back
    d.change = plain.change;
    return d;
}

Result<Ticket> Checkout::complete(const Clerk &clerk, const SaleJournal::Hook &inTransaction)
{
    if (m_basket.isEmpty())
        return checkoutError(
            "checkout.empty", QCoreApplication::translate("comptoir::Checkout", "The basket is empty."));
    if (!isSettled())
        return checkoutError("checkout.unpaid",
            QCoreApplication::translate("comptoir::Checkout", "%1 is still due.")
                .arg(remaining().toString()));
    Money nonCash;
    for (const auto &t : m_tenders) {
        if (t.kind != Tender::Cash)
            nonCash += t.amount;
    }
    if (!due().isNegative() && nonCash > due())
        return checkoutError("checkout.over",
            QCoreApplication::translate("comptoir::Checkout",
                "Card and cheque payments exceed the "
                "amount due: cancel the payment."));

    const auto recorded = recordedDraft(clerk);
    if (!recorded)
        return recorded.error();
    auto ticket = m_journal.record(*recorded, [&](QSqlDatabase &db, const Ticket &t) -> Status {
        if (auto s = m_store.clearCurrent(); !s)
            return s;
        return inTransaction ? inTransaction(db, t) : Status(Ok {});
    });
    if (!ticket)
        return ticket;
    m_basket.clear();
    m_tenders.clear();
    return ticket;
}

Status Checkout::save()
{
    // A customer's card is often scanned first: a basket with only a customer is kept too.
    if (m_basket.isEmpty() && m_tenders.isEmpty() && m_basket.customerId().isEmpty())
        return m_store.clearCurrent();
    QJsonArray tenders;
    for (const auto &t : m_tenders)
        tenders.append(QJsonObject {
            {u"kind"_s, t.kind}, {u"amount"_s, t.amount.cents()}, {u"reference"_s, t.reference}});
    return m_store.saveCurrent({{u"basket"_s, m_basket.toJson()}, {u"tenders"_s, tenders}});
}

bool Checkout::restore()
{
    const auto state = m_store.loadCurrent();
    if (!state)
        return false;
    auto basket = Basket::fromJson(state->value(u"basket"_s).toObject());
    if (!basket)
        return false;
    m_basket = std::move(*basket);
    m_tenders.clear();
    for (const auto &v : state->value(u"tenders"_s).toArray()) {
        const auto o = v.toObject();
        m_tenders.append({o.value(u"kind"_s).toString(), Money::fromCents(o.value(u"amount"_s).toInteger()),
            o.value(u"reference"_s).toString()});
    }
    return !m_basket.isEmpty() || !m_basket.customerId().isEmpty();
}

void Checkout::reset()
{
    m_basket.clear();
    m_tenders.clear();
}

Result<QString> Checkout::park(const Clerk &clerk, const QString &label)
{
    if (m_basket.isEmpty())
        return checkoutError(
            "checkout.empty", QCoreApplication::translate("comptoir::Checkout", "The basket is empty."));
    if (paymentStarted())
        return checkoutError("checkout.park_paying",
            QCoreApplication::translate(
                "comptoir::Checkout", "Cancel the payment before parking the basket."));
    const QString id = createUuidV7String();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = m_store.park(id, label, clerk.id, m_basket, m_clock.now()); !s)
        return s.error();
    if (auto s = m_store.clearCurrent(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_basket.clear();
    return id;
}

Status Checkout::resume(const QString &parkedId)
{
    if (!m_basket.isEmpty())
        return checkoutError("checkout.resume_busy",
            QCoreApplication::translate("comptoir::Checkout", "Finish or park the current basket first."));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto basket = m_store.takeParked(parkedId);
    if (!basket)
        return checkoutError("checkout.no_parked",
            QCoreApplication::translate("comptoir::Checkout", "This parked basket is no longer available."));
    const Basket previous = m_basket;
    m_basket = *basket;
    if (auto s = save(); !s) {
        m_basket = previous;
        return s;
    }
    if (auto s = tx.commit(); !s) {
        m_basket = previous;
        return s;
    }
    return Ok {};
}

} // namespace comptoir
