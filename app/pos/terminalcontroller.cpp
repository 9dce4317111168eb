// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalcontroller.h"

#include "countercontroller.h"
#include "sales/checkout.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCounter)

namespace comptoir {

namespace {
QPointer<TerminalController> g_instance;

} // namespace

TerminalController::TerminalController(PaymentService *service, Counter *counter, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_counter(counter)
{
    connect(m_counter, &Counter::cardTendersRecorded, this, &TerminalController::recorded);
    connect(m_counter, &Counter::cardTenderDropped, this, &TerminalController::dropped);
    connect(m_counter, &Counter::stageChanged, this, [this] {
        if (m_counter->stage() != Counter::Selling)
            return;
        m_cardReceipt.clear(); // a new customer
        m_resultText.clear();
        Q_EMIT stateChanged();
    });
    if (!m_service)
        return;
    connect(m_service, &PaymentService::stageChanged, this, &TerminalController::stateChanged);
    connect(m_service, &PaymentService::attemptSettled, this, &TerminalController::settled);
    connect(m_service, &PaymentService::attemptUnknown, this, &TerminalController::unknown);
    connect(m_service, &PaymentService::healthChanged, this, &TerminalController::healthChanged);
    connect(m_service, &PaymentService::failoverAvailable, this, [this](int next, const QString &) {
        m_failoverIndex = next;
        Q_EMIT stateChanged();
    });
    connect(m_service, &PaymentService::recoveryFinished, this, [this](int resolved, int unknownCount) {
        qCInfo(lcCounter) << "card payments recovered:" << resolved << "resolved," << unknownCount
                          << "unknown";
        adoptOrphans();
        Q_EMIT healthChanged();
    });
    connect(m_service, &PaymentService::batchClosed, this, [this](const BatchReconciliation &b) {
        const QString totals = tr("%n card operation(s), debits %1, credits %2", nullptr, b.terminalCount)
                                   .arg(b.terminalDebits.toString(), b.terminalCredits.toString());
        m_batchText = b.matches()
            ? tr("End of day on %1: %2. The terminal matches the register.").arg(b.terminalId, totals)
            : tr("End of day on %1: %2. Differences: %3")
                  .arg(b.terminalId, totals, b.differences.join(u"; "_s));
        m_counter->showMessage(m_batchText, b.matches() ? Counter::Success : Counter::Warning);
        Q_EMIT batchChanged();
        Q_EMIT healthChanged();
    });
    connect(m_service, &PaymentService::batchFailed, this, [this](const QString &message) {
        m_batchText = message;
        m_counter->showMessage(message, Counter::Failure);
        Q_EMIT batchChanged();
    });
}

TerminalController::~TerminalController() = default;

TerminalController *TerminalController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void TerminalController::setInstance(TerminalController *instance)
{
    g_instance = instance;
}

// ---- what the screen shows -----------------------------------------------------------------

bool TerminalController::busy() const
{
    return m_service && m_attemptId != 0 && m_service->isBusy();
}

QString TerminalController::stageText() const
{
    if (!busy())
        return {};
    switch (m_service->stage()) {
    case TerminalStage::Idle:
    case TerminalStage::Connecting:
        return tr("Connecting to the terminal…");
    case TerminalStage::Sending:
        return tr("Sending the amount to the terminal…");
    case TerminalStage::CustomerInteraction:
        return m_counter->refund() ? tr("Present the card for the refund…") : tr("Present the card…");
    case TerminalStage::Receiving:
        return tr("The terminal is answering…");
    case TerminalStage::Recovering:
        return tr("Checking with the terminal what happened…");
    }
    return {};
}

QString TerminalController::terminalLabel() const
{
    return available() ? m_service->terminalLabel(m_selected) : QString();
}

bool TerminalController::canAbort() const
{
    // A terminal that cannot be stopped from here is stopped on its own keypad; the clerk
    // can still stop waiting, which then asks the terminal what happened.
    return busy() && m_service->stage() != TerminalStage::Recovering;
}

bool TerminalController::offline() const
{
    return available() && m_service->isOffline(m_selected);
}

QString TerminalController::allowanceText() const
{
    if (!offline())
        return {};
    const OfflineAllowance a = m_service->offlineAllowance();
    if (!a.enabled)
        return tr("The terminal cannot reach the bank and card payments without it are not allowed "
                  "in this store: take another means of payment.");
    if (a.paymentsLeft <= 0 || a.totalLeft.isZero() || a.totalLeft.isNegative())
        return tr("The terminal cannot reach the bank and the store's limit for stored card payments "
                  "is reached: take another means of payment.");
    return tr("The terminal cannot reach the bank: card payments up to %1 are stored and sent later "
              "(%n more allowed, %2 in total).",
        nullptr, a.paymentsLeft)
        .arg(a.perPayment.toString(), a.totalLeft.toString());
}

QVariantList TerminalController::terminals() const
{
    QVariantList out;
    if (!m_service)
        return out;
    const QLocale locale;
    for (int i = 0; i < m_service->terminalCount(); ++i) {
        const TerminalHealth &h = m_service->health(i);
        const TerminalResult &r = h.reading;
        QString state;
        if (!h.checked)
            state = tr("not checked yet");
        else if (!h.reachable)
            state = tr("unreachable");
        else if (h.acquirerOffline)
            state = tr("working without the bank");
        else
            state = tr("ready");
        QStringList details;
        if (!r.model.isEmpty())
            details << tr("model %1").arg(r.model);
        if (!r.serial.isEmpty())
            details << tr("serial %1").arg(r.serial);
        if (!r.softwareVersion.isEmpty())
            details << tr("software %1").arg(r.softwareVersion);
        if (!r.network.isEmpty())
            details << tr("network %1").arg(r.network);
        if (r.batteryPercent >= 0)
            details << tr("battery %1 %").arg(r.batteryPercent);
        if (r.storedCount >= 0)
            details << tr("%n stored payment(s), %1", nullptr, r.storedCount).arg(r.storedAmount.toString());
        if (r.lastOnlineAuthorisation.isValid())
            details << tr("last online authorisation %1")
                           .arg(locale.toString(
                               r.lastOnlineAuthorisation.toLocalTime(), QLocale::ShortFormat));
        out.append(QVariantMap {
            {u"index"_s, i},
            {u"label"_s, m_service->terminalLabel(i)},
            {u"id"_s, m_service->terminalId(i)},
            {u"state"_s, state},
            {u"ok"_s, h.checked && h.reachable && !h.acquirerOffline},
            {u"reachable"_s, h.reachable},
            {u"details"_s, details.join(u" · "_s)},
            {u"checkedAt"_s,
                h.checkedAt.isValid()
                    ? locale.toString(h.checkedAt.toLocalTime().time(), QLocale::ShortFormat)
                    : QString()},
        });
    }
    return out;
}

void TerminalController::select(int index)
{
    if (!available() || index < 0 || index >= m_service->terminalCount() || index == m_selected)
        return;
    m_selected = index;
    Q_EMIT healthChanged();
    Q_EMIT stateChanged();
}

QString TerminalController::healthState() const
{
    if (!available())
        return u"none"_s;
    const TerminalHealth &h = m_service->health(m_selected);
    if (h.checked && !h.reachable)
        return u"down"_s;
    if (h.acquirerOffline)
        return u"offline"_s;
    return u"ok"_s;
}

int TerminalController::followupCount() const
{
    return m_service ? int(m_service->journal().followups().size()) : 0;
}

QVariantList TerminalController::followups() const
{
    QVariantList out;
    if (!m_service)
        return out;
    const QLocale locale;
    for (const PaymentFollowup &f : m_service->journal().followups()) {
        out.append(QVariantMap {
            {u"id"_s, f.id},
            {u"kind"_s, f.kind},
            {u"amountText"_s, f.amount.toString()},
            {u"detail"_s, f.detail},
            {u"when"_s, locale.toString(f.createdAt.toLocalTime(), QLocale::ShortFormat)},
        });
    }
    return out;
}

// ---- paying ------------------------------------------------------------------------------

bool TerminalController::pay(const QString &amountText)
{
    if (!available())
        return false;
    if (busy()) {
        m_counter->showMessage(tr("The terminal is already working on a payment."), Counter::Warning);
        return false;
    }
    if (asking()) {
        m_counter->showMessage(
            tr("Answer the question about the previous card payment first."), Counter::Warning);
        return false;
    }
    if (m_counter->stage() != Counter::Paying && !m_counter->startPayment())
        return false;
    const Money remaining = m_counter->checkout().remaining();
    Money amount = remaining.isNegative() ? -remaining : remaining;
    if (!amountText.trimmed().isEmpty()) {
        const auto parsed = Money::parse(amountText);
        if (!parsed || parsed->isNegative() || parsed->isZero()) {
            m_counter->showMessage(tr("Enter an amount such as 20 or 12,50."), Counter::Warning);
            return false;
        }
        amount = *parsed;
    }
    return payAmount(amount);
}

bool TerminalController::payAmount(Money amount)
{
    const Money remaining = m_counter->checkout().remaining();
    const Money due = remaining.isNegative() ? -remaining : remaining;
    if (amount.isZero() || due.isZero()) {
        m_counter->showMessage(tr("Nothing is left to pay."), Counter::Info);
        return false;
    }
    if (amount > due) {
        m_counter->showMessage(
            tr("A card payment cannot exceed what is due (%1).").arg(due.toString()), Counter::Warning);
        return false;
    }
    const TerminalOperation op =
        remaining.isNegative() ? TerminalOperation::Refund : TerminalOperation::Payment;
    m_failoverIndex = -1;
    m_resultText.clear();
    m_amount = amount;
    if (auto s = m_service->pay(op, amount, m_selected); !s) {
        m_counter->showMessage(s.error().message, Counter::Failure);
        setResult(s.error().message, false);
        return false;
    }
    if (auto current = m_service->currentAttempt())
        m_attemptId = current->id;
    Q_EMIT stateChanged();
    return true;
}

void TerminalController::abort()
{
    if (busy())
        m_service->abort();
}

void TerminalController::acceptFailover()
{
    if (m_failoverIndex < 0)
        return;
    const int next = m_failoverIndex;
    m_failoverIndex = -1;
    m_selected = next;
    Q_EMIT healthChanged();
    if (m_counter->stage() == Counter::Paying)
        payAmount(m_failoverAmount);
}

void TerminalController::dismissFailover()
{
    m_failoverIndex = -1;
    Q_EMIT stateChanged();
}

void TerminalController::dismissResult()
{
    m_resultText.clear();
    Q_EMIT stateChanged();
}

void TerminalController::setResult(const QString &text, bool approved)
{
    m_resultText = text;
    m_resultApproved = approved;
    Q_EMIT stateChanged();
}

QString TerminalController::outcomeText(const PaymentAttempt &a) const
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

void TerminalController::settled(const PaymentAttempt &a)
{
    if (a.operation == TerminalOperation::Reversal)
        return; // reported through the original attempt
    if (a.reference == m_releasing) {
        m_releasing.clear();
        if (a.state == PaymentAttempt::Released)
            m_counter->showMessage(outcomeText(a), Counter::Info);
        else
            m_counter->showMessage(tr("The card payment of %1 could not be cancelled on the terminal: refund "
                                      "it by hand; the manager "
                                      "has a follow-up.")
                                       .arg(a.amount.toString()),
                Counter::Warning);
        releaseNext();
        Q_EMIT healthChanged();
        return;
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
        m_counter->showMessage(text, a.state == PaymentAttempt::Released ? Counter::Info : Counter::Warning);
        if (a.state == PaymentAttempt::Failed)
            m_failoverAmount = a.amount;
    }
    // The answer to a question may have come from elsewhere (a later recovery).
    m_questions.removeAll(a.id);
    if (m_question.value(u"id"_s).toLongLong() == a.id) {
        m_question.clear();
        if (!m_questions.isEmpty())
            if (auto next = m_service->journal().find(m_questions.first()))
                unknown(*next);
    }
    Q_EMIT stateChanged();
    Q_EMIT healthChanged();
}

void TerminalController::takeApproved(const PaymentAttempt &a)
{
    if (!a.ticketUuid.isEmpty() || m_counter->hasTender(a.reference))
        return;
    const QString kind = a.offline ? Tender::CardOffline : Tender::Card;
    const Money amount = a.operation == TerminalOperation::Refund ? -a.amount : a.amount;
    // The register stopped while the terminal worked: the restored basket is still being paid.
    const Money remaining = m_counter->checkout().remaining();
    const bool fits = !m_counter->checkout().basket().isEmpty() &&
        (amount.isNegative() ? remaining <= amount : (remaining >= amount && !remaining.isZero()));
    if (fits && m_counter->stage() != Counter::Paying && m_counter->stage() != Counter::Receipt)
        m_counter->startPayment();
    if (fits && m_counter->stage() == Counter::Paying && m_counter->addCardTender(kind, amount, a.reference))
        return;
    // Approved with no sale waiting for it (the register stopped in between, or the basket
    // was dropped): the customer was charged, so it is given back.
    qCWarning(lcCounter) << "approved card payment without a sale:" << a.reference;
    m_counter->showMessage(tr("A card payment of %1 was approved with no sale waiting for it: it is being "
                              "cancelled on the terminal.")
                               .arg(a.amount.toString()),
        Counter::Warning);
    dropped(a.reference);
}

void TerminalController::unknown(const PaymentAttempt &a)
{
    if (!m_questions.contains(a.id))
        m_questions.append(a.id);
    if (a.id == m_attemptId)
        m_attemptId = 0;
    if (!m_question.isEmpty() && m_question.value(u"id"_s).toLongLong() != a.id) {
        Q_EMIT stateChanged();
        return; // one question at a time
    }
    const QLocale locale;
    QString why;
    if (a.reason == u"status-unavailable"_s)
        why = tr("The terminal stopped answering during the payment and cannot tell what happened.");
    else if (a.reason == u"superseded"_s || a.reason == u"mismatch"_s)
        why = tr("The terminal answered for another transaction.");
    else if (a.reason == u"amount-mismatch"_s)
        why = tr("The terminal approved a different amount.");
    else
        why = tr("The terminal's answer was lost.");
    const bool refund = a.operation == TerminalOperation::Refund;
    m_question = QVariantMap {
        {u"id"_s, a.id},
        {u"amountText"_s, a.amount.toString()},
        {u"time"_s, locale.toString(a.createdAt.toLocalTime().time(), QLocale::ShortFormat)},
        {u"terminal"_s,
            m_service->terminalLabel(qMax(0,
                [&] {
                    for (int i = 0; i < m_service->terminalCount(); ++i)
                        if (m_service->terminalId(i) == a.terminalId)
                            return i;
                    return 0;
                }()))},
        {u"reference"_s, a.reference},
        {u"why"_s, why},
        {u"text"_s,
            (refund ? tr("Was the card refund of %1 at %2 (reference %3) accepted?")
                    : tr("Was the card payment of %1 at %2 (reference %3) accepted?"))
                .arg(a.amount.toString(),
                    locale.toString(a.createdAt.toLocalTime().time(), QLocale::ShortFormat), a.reference)},
        {u"hint"_s,
            tr("Look at the terminal's screen or its last receipt (or its journal): answer \"Accepted\" only "
               "if it "
               "shows this amount as accepted.")},
    };
    Q_EMIT stateChanged();
}

bool TerminalController::answer(bool charged)
{
    if (m_question.isEmpty())
        return false;
    const qint64 id = m_question.value(u"id"_s).toLongLong();
    const auto a = m_service->journal().find(id);
    if (auto s = m_service->decideUnknown(id, charged); !s) {
        m_counter->showMessage(s.error().message, Counter::Failure);
        return false;
    }
    if (!charged && a) {
        m_questions.removeAll(id);
        m_question.clear();
        setResult(tr("Recorded as not charged: take the payment again."), false);
        if (!m_questions.isEmpty())
            if (auto next = m_service->journal().find(m_questions.first()))
                unknown(*next);
    }
    Q_EMIT stateChanged();
    Q_EMIT healthChanged();
    return true;
}

// ---- after the sale, giving back -----------------------------------------------------------

void TerminalController::recorded(const QString &ticketUuid, const QStringList &references)
{
    if (!m_service)
        return;
    if (auto s = m_service->journal().attachTicket(references, ticketUuid); !s)
        qCWarning(lcCounter) << "cannot tie card payments to ticket" << ticketUuid << s.error().code;
    m_resultText.clear(); // the card slip stays on the receipt screen
    Q_EMIT stateChanged();
}

void TerminalController::dropped(const QString &reference)
{
    if (!m_service || reference.isEmpty())
        return;
    if (!m_releases.contains(reference) && reference != m_releasing)
        m_releases.append(reference);
    releaseNext();
}

void TerminalController::releaseNext()
{
    if (!m_releasing.isEmpty() || m_releases.isEmpty())
        return;
    if (m_service->isBusy()) {
        // After the running job (the service reports it; try again then).
        QMetaObject::invokeMethod(this, &TerminalController::releaseNext, Qt::QueuedConnection);
        return;
    }
    const QString reference = m_releases.takeFirst();
    const auto a = m_service->journal().findByReference(reference);
    if (!a) {
        releaseNext();
        return;
    }
    m_releasing = reference;
    if (auto s = m_service->release(a->id, u"dropped-by-clerk"_s); !s) {
        m_releasing.clear();
        m_counter->showMessage(s.error().message, Counter::Warning);
        Q_EMIT healthChanged();
        releaseNext();
    }
}

void TerminalController::recover()
{
    if (!m_service)
        return;
    m_service->recover();
    if (!m_service->isBusy())
        adoptOrphans();
}

// Approved payments that no ticket uses: the register stopped between the approval and the
// tender. Taken into the restored sale when it is still being paid, given back otherwise.
void TerminalController::adoptOrphans()
{
    for (const PaymentAttempt &a : m_service->journal().approvedWithoutTicket()) {
        if (a.reference == m_releasing || m_releases.contains(a.reference) ||
            m_counter->hasTender(a.reference))
            continue;
        takeApproved(a);
    }
}

void TerminalController::refreshHealth()
{
    if (m_service)
        m_service->pollHealth();
}

bool TerminalController::closeBatch()
{
    if (!available() || m_service->isBusy()) {
        m_counter->showMessage(
            tr("The terminal is busy: close the day when no payment is running."), Counter::Warning);
        return false;
    }
    m_batchText = tr("Closing the day on the terminal…");
    Q_EMIT batchChanged();
    m_service->closeBatch(m_selected);
    return true;
}

bool TerminalController::resolveFollowup(int id)
{
    if (!m_service)
        return false;
    if (auto s = m_service->journal().resolveFollowup(id, u"done"_s); !s) {
        m_counter->showMessage(s.error().message, Counter::Failure);
        return false;
    }
    Q_EMIT healthChanged();
    return true;
}

void TerminalController::refreshTexts()
{
    Q_EMIT stateChanged();
    Q_EMIT healthChanged();
}

} // namespace comptoir
