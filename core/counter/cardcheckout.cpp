// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardcheckout.h"

#include "counter/salesession.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSale)

namespace comptoir {

namespace {

Error cardError(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message};
}

} // namespace

CardCheckout::CardCheckout(SaleSession &session, PaymentService &payments)
    : m_session(session)
    , m_service(payments)
{
    connect(&m_service, &PaymentService::stageChanged, this, &CardCheckout::changed);
    connect(&m_service, &PaymentService::attemptSettled, this, &CardCheckout::settled);
    connect(&m_service, &PaymentService::attemptUnknown, this, &CardCheckout::unknown);
    connect(&m_service, &PaymentService::healthChanged, this, &CardCheckout::journalChanged);
    connect(&m_service, &PaymentService::failoverAvailable, this, [this](int next, const QString &) {
        m_failoverIndex = next;
        Q_EMIT changed();
    });
    connect(&m_service, &PaymentService::recoveryFinished, this, [this](int resolved, int unknownCount) {
        qCInfo(lcSale) << "card payments recovered:" << resolved << "resolved," << unknownCount << "unknown";
        if (m_recovering) {
            m_recovering = false;
            adoptOrphans();
        }
        Q_EMIT journalChanged();
        releaseNext();
    });
    // A reversal waits for the terminal to be free: any job ending may let the next one go.
    connect(&m_service, &PaymentService::healthChanged, this, &CardCheckout::releaseNext);
    connect(&m_service, &PaymentService::batchClosed, this, &CardCheckout::releaseNext);
    connect(&m_service, &PaymentService::batchFailed, this, &CardCheckout::releaseNext);
    connect(&m_session, &SaleSession::stageChanged, this, [this] {
        if (m_session.stage() != SaleSession::Stage::Selling)
            return;
        m_cardReceipt.clear(); // a new customer
        m_resultText.clear();
        Q_EMIT changed();
    });
}

CardCheckout::~CardCheckout() = default;

void CardCheckout::select(int index)
{
    if (index < 0 || index >= m_service.terminalCount() || index == m_selected)
        return;
    m_selected = index;
    Q_EMIT changed();
    Q_EMIT journalChanged();
}

std::optional<PaymentAttempt> CardCheckout::question() const
{
    for (qint64 id : m_questions) {
        if (auto a = m_service.journal().find(id); a && a->state == PaymentAttempt::Unknown)
            return a;
    }
    return std::nullopt;
}

void CardCheckout::setResult(const QString &text, bool approved)
{
    m_resultText = text;
    m_resultApproved = approved;
    Q_EMIT changed();
}

// ---- paying -----------------------------------------------------------------------------

Status CardCheckout::ready()
{
    if (!available())
        return cardError("card.no_terminal", tr("No card terminal is set up on this register."));
    // A health check or a reversal gives way or is waited for in the PaymentService: only an
    // attempt of this sale still at the terminal stops the clerk here.
    if (waiting()) {
        const Error e = cardError("card.busy", tr("The terminal is already working on a payment."));
        m_session.notify(e.message, SaleSession::Level::Warning, e.code);
        return e;
    }
    if (question()) {
        const Error e =
            cardError("card.question", tr("Answer the question about the previous card payment first."));
        m_session.notify(e.message, SaleSession::Level::Warning, e.code);
        return e;
    }
    if (m_session.stage() != SaleSession::Stage::Paying)
        return m_session.startPayment();
    return Ok {};
}

Status CardCheckout::pay(const QString &amountText)
{
    if (auto s = ready(); !s)
        return s;
    const Money remaining = m_session.checkout().remaining();
    Money amount = remaining.isNegative() ? -remaining : remaining;
    if (!amountText.trimmed().isEmpty()) {
        const auto parsed = Money::parse(amountText);
        if (!parsed || parsed->isNegative() || parsed->isZero()) {
            const Error e = cardError("card.amount", tr("Enter an amount such as 20 or 12,50."));
            m_session.notify(e.message, SaleSession::Level::Warning, e.code);
            return e;
        }
        amount = *parsed;
    }
    return payAmount(amount);
}

Status CardCheckout::payAmount(Money amount)
{
    const Money remaining = m_session.checkout().remaining();
    const Money due = remaining.isNegative() ? -remaining : remaining;
    if (m_session.stage() != SaleSession::Stage::Paying || amount.isZero() || due.isZero()) {
        const Error e = cardError("card.nothing_due", tr("Nothing is left to pay."));
        m_session.notify(e.message, SaleSession::Level::Info, e.code);
        return e;
    }
    if (amount > due) {
        const Error e =
            cardError("card.over", tr("A card payment cannot exceed what is due (%1).").arg(due.toString()));
        m_session.notify(e.message, SaleSession::Level::Warning, e.code);
        return e;
    }
    const TerminalOperation op =
        remaining.isNegative() ? TerminalOperation::Refund : TerminalOperation::Payment;
    return start(op, amount, m_selected, {});
}

Money CardCheckout::refundableOf(qint64 ticketNumber) const
{
    Money sum;
    for (const RefundableCard &c : m_service.journal().refundableCards(ticketNumber))
        sum += c.refundable;
    return sum;
}

Status CardCheckout::refundToCardOf(const QString &ticketNumber)
{
    if (auto s = ready(); !s)
        return s;
    const Money remaining = m_session.checkout().remaining();
    if (m_session.stage() != SaleSession::Stage::Paying || !remaining.isNegative()) {
        const Error e = cardError("card.no_refund", tr("Nothing is due back to the customer."));
        m_session.notify(e.message, SaleSession::Level::Info, e.code);
        return e;
    }
    bool ok = false;
    const QString typed = ticketNumber.trimmed();
    const qint64 number = typed.size() <= 12 ? typed.toLongLong(&ok) : 0;
    if (!ok || number <= 0) {
        const Error e = cardError(
            "card.ticket_number", tr("Type the ticket number printed on the receipt, such as 000123."));
        m_session.notify(e.message, SaleSession::Level::Warning, e.code);
        return e;
    }
    // Items returned with their ticket go back to that ticket's card only: a number typed for
    // another (or read off another store's receipt, which this register numbers differently)
    // would refund a stranger's card.
    for (const BasketLine &l : m_session.checkout().basket().lines()) {
        if (l.returnsOf.isEmpty())
            continue;
        const auto origin = m_session.checkout().journal().ticketByUuid(l.returnsOf.section(u'#', 0, 0));
        if (!origin || origin->number != number) {
            const Error e = cardError("card.other_ticket",
                origin
                    ? tr("These items come from ticket %1: the refund goes back to its card.")
                          .arg(origin->number, 6, 10, QChar(u'0'))
                    : tr("These items come from another register's ticket: refund them in cash, or by card "
                         "without a ticket."));
            m_session.notify(e.message, SaleSession::Level::Warning, e.code);
            return e;
        }
    }
    const auto cards = m_service.journal().refundableCards(number);
    if (cards.isEmpty()) {
        const Error e = cardError("card.ticket_not_card",
            tr("Ticket %1 was not paid by card on this register: refund by card without it, or in cash.")
                .arg(number, 6, 10, QChar(u'0')));
        m_session.notify(e.message, SaleSession::Level::Warning, e.code);
        return e;
    }
    for (const RefundableCard &c : cards) {
        if (c.refundable.isZero())
            continue;
        const Money due = -remaining;
        const Money amount = c.refundable < due ? c.refundable : due;
        const int index = m_service.indexOf(c.payment.terminalId);
        return start(TerminalOperation::Refund, amount, index >= 0 ? index : m_selected, c.payment.reference);
    }
    const Error e = cardError("card.ticket_refunded",
        tr("The card payments of ticket %1 were already refunded.").arg(number, 6, 10, QChar(u'0')));
    m_session.notify(e.message, SaleSession::Level::Warning, e.code);
    return e;
}

Status CardCheckout::start(TerminalOperation op, Money amount, int terminalIndex, const QString &original)
{
    m_failoverIndex = -1;
    m_resultText.clear();
    m_amount = amount;
    if (auto s = m_service.pay(op, amount, terminalIndex, m_session.basket().id(), original); !s) {
        m_session.notify(s.error().message, SaleSession::Level::Failure, s.error().code);
        setResult(s.error().message, false);
        return s;
    }
    if (auto current = m_service.currentAttempt())
        m_attemptId = current->id;
    Q_EMIT changed();
    return Ok {};
}

void CardCheckout::abort()
{
    if (waiting())
        m_service.abort();
}

Status CardCheckout::acceptFailover()
{
    if (m_failoverIndex < 0)
        return cardError("card.no_failover", tr("No other terminal is offered."));
    const int next = m_failoverIndex;
    m_failoverIndex = -1;
    m_selected = next;
    Q_EMIT journalChanged();
    Q_EMIT changed();
    if (m_session.stage() == SaleSession::Stage::Paying)
        return payAmount(m_failoverAmount);
    return Ok {};
}

void CardCheckout::dismissFailover()
{
    m_failoverIndex = -1;
    Q_EMIT changed();
}

void CardCheckout::dismissResult()
{
    m_resultText.clear();
    Q_EMIT changed();
}

QString CardCheckout::outcomeText(const PaymentAttempt &a)
{
    const QString amount = a.amount.toString();
    if (a.state == PaymentAttempt::Approved) {
        return a.offline
            ? tr("Card payment of %1 approved without the bank: stored, to be sent later.").arg(amount)
            : tr("Card payment of %1 approved.").arg(amount);
    }
    if (a.state == PaymentAttempt::Declined) {
        if (a.reason == u"unreachable"_s)
            return tr("The terminal could not reach the bank and refused %1: take another means of payment.")
                .arg(amount);
        return tr("Card refused (%1): ask for another card or another means of payment.").arg(amount);
    }
    if (a.state == PaymentAttempt::Cancelled) {
        if (a.reason == u"timeout"_s)
            return tr("The terminal gave up waiting for the card: nothing was charged.");
        return tr("Card payment cancelled: nothing was charged.");
    }
    if (a.state == PaymentAttempt::Failed) {
        if (a.reason == u"busy"_s)
            return tr("The terminal is busy: nothing was charged. Try again in a moment.");
        if (a.reason == u"cancelled"_s)
            return tr("Stopped before the terminal took it: nothing was charged.");
        if (a.reason == u"not-at-terminal"_s)
            return tr("The payment never reached the terminal: nothing was charged.");
        if (a.reason == u"encryption-key"_s)
            return tr(
                "The terminal requires the store's encryption key, which this register does not have "
                "or which the terminal refused: nothing was charged. Call IT to set the terminal's key.");
        if (a.reason == u"tls"_s || a.reason == u"unauthorised"_s)
            return tr(
                "The terminal refused the register's secure connection: nothing was charged. Call IT to "
                "check the terminal settings.");
        if (a.reason == u"format"_s || a.reason == u"unsupported"_s)
            return tr(
                "The terminal did not accept the request: nothing was charged. Try again or take another "
                "means of payment.");
        return tr("The terminal does not answer: nothing was charged. Check that it is on and connected.");
    }
    if (a.state == PaymentAttempt::Released)
        return tr("Card payment of %1 cancelled on the terminal: the customer is not charged.").arg(amount);
    return {};
}

void CardCheckout::releaseEnded(const PaymentAttempt &reversal)
{
    m_releasing.clear();
    const auto original = m_service.journal().findByReference(reversal.originalReference);
    const Money amount = original ? original->amount : reversal.amount;
    if (reversal.state == PaymentAttempt::Approved)
        m_session.notify(tr("Card payment of %1 cancelled on the terminal: the customer is not charged.")
                             .arg(amount.toString()),
            SaleSession::Level::Info);
    else if (reversal.state == PaymentAttempt::Failed)
        m_session.notify(
            tr("The terminal did not take the cancellation of the card payment of %1: it will be "
               "tried again when the register next starts.")
                .arg(amount.toString()),
            SaleSession::Level::Warning);
    else if (reversal.state != PaymentAttempt::Unknown)
        m_session.notify(
            tr("The card payment of %1 could not be cancelled on the terminal: refund it by hand; "
               "the manager has a follow-up.")
                .arg(amount.toString()),
            SaleSession::Level::Warning);
    Q_EMIT journalChanged();
    Q_EMIT attemptEnded(reversal);
    releaseNext();
}

void CardCheckout::settled(const PaymentAttempt &a)
{
    if (a.state == PaymentAttempt::Unknown) {
        // The terminal cannot be asked (protocol E has no status query): the clerk is.
        unknown(a);
        return;
    }
    if (a.operation == TerminalOperation::Reversal) {
        if (!m_releasing.isEmpty() && a.originalReference == m_releasing)
            releaseEnded(a);
        else
            releaseNext();
        return;
    }
    if (a.state == PaymentAttempt::Released) {
        m_questions.removeAll(a.id);
        if (a.reference == m_releasing) // settled at once: a reversal had gone through before
            m_releasing.clear();
        Q_EMIT journalChanged();
        Q_EMIT changed();
        releaseNext();
        return; // given back (the reversal said so)
    }
    const bool mine = a.id == m_attemptId;
    if (mine)
        m_attemptId = 0;
    if (a.state == PaymentAttempt::Approved) {
        if (!a.receipt.isEmpty())
            m_cardReceipt = m_cardReceipt.isEmpty() ? a.receipt : m_cardReceipt + u"\n\n"_s + a.receipt;
        setResult(outcomeText(a), true);
        takeApproved(a);
    } else if (mine) {
        const QString text = outcomeText(a);
        setResult(text, false);
        m_session.notify(text,
            a.state == PaymentAttempt::Released ? SaleSession::Level::Info : SaleSession::Level::Warning);
        if (a.state == PaymentAttempt::Failed)
            m_failoverAmount = a.amount;
    }
    // The answer to a question may have come from elsewhere (a later recovery).
    m_questions.removeAll(a.id);
    Q_EMIT changed();
    Q_EMIT journalChanged();
    Q_EMIT attemptEnded(a);
    if (!m_releasing.isEmpty() || !m_releases.isEmpty())
        releaseNext();
}

void CardCheckout::unknown(const PaymentAttempt &a)
{
    if (!m_questions.contains(a.id))
        m_questions.append(a.id);
    if (a.operation == TerminalOperation::Reversal && a.originalReference == m_releasing)
        m_releasing.clear(); // the clerk tells whether the cancellation went through
    if (a.id == m_attemptId)
        m_attemptId = 0;
    Q_EMIT changed();
    Q_EMIT attemptEnded(a);
    releaseNext();
}

Status CardCheckout::answer(bool charged)
{
    const auto q = question();
    if (!q)
        return cardError("card.no_question", tr("There is no card payment to answer for."));
    if (auto s = m_service.decideUnknown(q->id, charged); !s) {
        m_session.notify(s.error().message, SaleSession::Level::Failure, s.error().code);
        return s;
    }
    if (!charged) {
        m_questions.removeAll(q->id);
        setResult(tr("Recorded as not charged: take the payment again."), false);
    }
    Q_EMIT changed();
    Q_EMIT journalChanged();
    return Ok {};
}

// ---- where an approval goes -------------------------------------------------------------

bool CardCheckout::tieToRecordedTicket(const PaymentAttempt &a)
{
    const QString ticket = m_session.checkout().journal().saleTicketWithTender(a.reference);
    if (ticket.isEmpty())
        return false;
    if (a.ticketUuid.isEmpty()) {
        // The register stopped between the ticket and the link (an older version wrote them
        // apart): the ticket counts the payment, so it is the sale's.
        qCWarning(lcSale) << "card payment" << a.reference << "is counted by ticket" << ticket
                          << ": tied to it, never given back";
        if (auto s = m_service.journal().attachTicket({a.reference}, ticket); !s)
            qCWarning(lcSale) << "cannot tie card payment" << a.reference
                              << "to its ticket:" << s.error().code;
    }
    return true;
}

void CardCheckout::takeApproved(const PaymentAttempt &a)
{
    if (!a.ticketUuid.isEmpty() || m_session.hasTender(a.reference) || tieToRecordedTicket(a))
        return;
    if (!m_service.journal().reversalsOf(a.reference).isEmpty()) {
        // Being given back, or given back already: never a tender again.
        release(a.reference, u"reversal-asked"_s);
        return;
    }
    const QString kind = a.offline ? Tender::CardOffline : Tender::Card;
    const Money amount = a.operation == TerminalOperation::Refund ? -a.amount : a.amount;
    // The register stopped while the terminal worked: the restored basket is still being paid.
    // Only the sale the payment was asked for: a late approval never pays the next customer's.
    const Money remaining = m_session.checkout().remaining();
    const bool sameSale = a.saleId.isEmpty() || a.saleId == m_session.basket().id();
    const bool fits = sameSale && !m_session.basket().isEmpty() &&
        (amount.isNegative() ? remaining <= amount : (remaining >= amount && !remaining.isZero()));
    if (fits && m_session.stage() == SaleSession::Stage::Selling)
        m_session.startPayment().ok();
    if (fits && m_session.stage() == SaleSession::Stage::Paying &&
        m_session.addCardTender(kind, amount, a.reference))
        return;
    // Approved with no sale waiting for it (the register stopped in between, or the basket was
    // dropped): the customer was charged, so it is given back.
    qCWarning(lcSale) << "approved card payment without a sale:" << a.reference;
    m_session.notify(
        tr("A card payment of %1 was approved with no sale waiting for it: it is being cancelled "
           "on the terminal.")
            .arg(a.amount.toString()),
        SaleSession::Level::Warning);
    release(a.reference, u"approved-without-sale"_s);
}

void CardCheckout::release(const QString &reference, const QString &why)
{
    Q_UNUSED(why)
    if (reference.isEmpty())
        return;
    if (!m_releases.contains(reference) && reference != m_releasing)
        m_releases.append(reference);
    releaseNext();
}

void CardCheckout::releaseNext()
{
    if (!m_releasing.isEmpty() || m_releases.isEmpty())
        return;
    if (m_service.isBusy())
        return; // settled() of the running job calls again
    const QString reference = m_releases.takeFirst();
    const auto a = m_service.journal().findByReference(reference);
    if (!a || a->state != PaymentAttempt::Approved || !a->ticketUuid.isEmpty() ||
        m_session.hasTender(reference) || tieToRecordedTicket(*a)) {
        // Never give back a payment a sale uses: the last check before the terminal is asked.
        releaseNext();
        return;
    }
    m_releasing = reference;
    if (auto s = m_service.release(a->id, u"dropped-by-clerk"_s); !s) {
        m_releasing.clear();
        m_session.notify(s.error().message, SaleSession::Level::Warning, s.error().code);
        Q_EMIT journalChanged();
        releaseNext();
    } else if (!m_service.isBusy() && m_releasing == reference) {
        // Settled without the terminal (an earlier reversal had gone through): next one.
        m_releasing.clear();
        releaseNext();
    }
}

void CardCheckout::recover()
{
    m_recovering = true;
    m_service.recover();
    if (m_recovering && !m_service.isBusy()) {
        m_recovering = false;
        adoptOrphans();
    }
}

// Approved payments that no ticket uses: the register stopped between the approval and the
// tender. Taken into the restored sale when it is still being paid, tied to the ticket that
// counts them, given back otherwise.
void CardCheckout::adoptOrphans()
{
    for (const PaymentAttempt &a : m_service.journal().approvedWithoutTicket()) {
        if (a.reference == m_releasing || m_releases.contains(a.reference) ||
            m_session.hasTender(a.reference))
            continue;
        takeApproved(a);
    }
    Q_EMIT recovered();
}

Status CardCheckout::attachInTransaction(const QStringList &references, const QString &ticketUuid)
{
    return m_service.journal().attachTicket(references, ticketUuid);
}

} // namespace comptoir
