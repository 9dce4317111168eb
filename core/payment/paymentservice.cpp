// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcPayment)

namespace comptoir {

namespace {

bool linkFailure(const QString &reason)
{
    return reason == u"unreachable"_s || reason == u"busy"_s || reason == u"link"_s;
}

} // namespace

PaymentService::PaymentService(
    PaymentJournal &journal, OfflinePolicyEngine policy, int registerNumber, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_policy(std::move(policy))
    , m_registerNumber(registerNumber)
{
    connect(&m_healthTimer, &QTimer::timeout, this, &PaymentService::pollHealth);
}

PaymentService::~PaymentService() = default;

void PaymentService::addTerminal(const QString &id, const QString &label, PaymentTerminal *terminal)
{
    terminal->setParent(this);
    const int index = int(m_terminals.size());
    Entry e;
    e.id = id;
    e.label = label;
    e.terminal = terminal;
    e.health.terminalId = id;
    e.health.label = label;
    m_terminals.append(e);
    connect(terminal, &PaymentTerminal::finished, this,
        [this, index](const TerminalResult &r) { finished(index, r); });
    connect(terminal, &PaymentTerminal::stageChanged, this, [this, index](TerminalStage stage) {
        if (m_current && m_current->index == index && m_current->job != Job::Health &&
            m_current->job != Job::Batch)
            Q_EMIT stageChanged(stage);
    });
}

QString PaymentService::terminalLabel(int index) const
{
    return index >= 0 && index < m_terminals.size() ? m_terminals[index].label : QString();
}

QString PaymentService::terminalId(int index) const
{
    return index >= 0 && index < m_terminals.size() ? m_terminals[index].id : QString();
}

PaymentTerminal *PaymentService::terminal(int index) const
{
    return index >= 0 && index < m_terminals.size() ? m_terminals[index].terminal : nullptr;
}

int PaymentService::indexOf(const QString &terminalId) const
{
    for (int i = 0; i < m_terminals.size(); ++i) {
        if (m_terminals[i].id == terminalId)
            return i;
    }
    return -1;
}

std::optional<PaymentAttempt> PaymentService::currentAttempt() const
{
    if (m_waiting)
        return m_waiting->attempt;
    if (m_current && (m_current->job == Job::Transaction || m_current->job == Job::Recovery))
        return m_current->attempt;
    return std::nullopt;
}

TerminalStage PaymentService::stage() const
{
    if (m_waiting)
        return TerminalStage::Connecting;
    if (!m_current || m_current->job == Job::Health || m_current->job == Job::Batch)
        return TerminalStage::Idle;
    if (m_current->job == Job::Recovery)
        return TerminalStage::Recovering; // also between two questions
    return m_terminals[m_current->index].terminal->stage();
}

bool PaymentService::isOffline(int index) const
{
    return index >= 0 && index < m_terminals.size() && m_terminals[index].health.acquirerOffline;
}

OfflineAllowance PaymentService::offlineAllowance() const
{
    return m_policy.allowance(m_journal.offlineExposure());
}

bool PaymentService::canAbortRunning() const
{
    return m_current && m_terminals[m_current->index].terminal->canAbortRunning();
}

TerminalRequest PaymentService::request(TerminalOperation operation, const PaymentAttempt &attempt) const
{
    TerminalRequest r;
    r.operation = operation;
    r.reference = attempt.reference;
    r.amount = attempt.amount;
    r.registerNumber = m_registerNumber;
    r.about = attempt.operation;
    if (attempt.operation == TerminalOperation::Refund && !attempt.originalReference.isEmpty()) {
        // A refund to the card of an earlier payment: named as the terminal named it.
        r.originalReference = attempt.originalReference;
        if (const auto original = m_journal.findByReference(attempt.originalReference)) {
            r.originalTerminalReference = original->terminalReference;
            r.originalTerminalTimestamp = original->terminalTimestamp;
        }
    }
    return r;
}

void PaymentService::startJob(Current job, const TerminalRequest &request)
{
    const int index = job.index;
    m_current = std::move(job);
    m_terminals[index].terminal->start(request);
}

Status PaymentService::pay(TerminalOperation operation, Money amount, int terminalIndex,
    const QString &saleId, const QString &originalReference)
{
    // A health check gives way: at once when its request has not left, or when it runs on
    // another terminal. One the payment's terminal already has is answered first: asked
    // something else meanwhile, a terminal busy with it would drop the payment.
    if (m_current && m_current->job == Job::Health && !m_waiting &&
        (m_current->index != terminalIndex || !m_terminals[m_current->index].terminal->requestDelivered()))
        m_terminals[m_current->index].terminal->abort();
    const bool afterHealth = m_current && m_current->job == Job::Health && !m_waiting;
    if (isBusy() && !afterHealth) {
        return Error {u"payment.busy"_s,
            QCoreApplication::translate("comptoir::PaymentService",
                "The terminal is still busy with the previous operation. Wait a moment.")};
    }
    if (terminalIndex < 0 || terminalIndex >= m_terminals.size()) {
        return Error {u"payment.no_terminal"_s,
            QCoreApplication::translate("comptoir::PaymentService",
                "No card terminal is set up on this register. Take another payment method.")};
    }
    if (amount.isZero() || amount.isNegative())
        return Error {u"payment.amount"_s,
            QCoreApplication::translate("comptoir::PaymentService", "There is nothing to pay by card.")};
    if (!originalReference.isEmpty()) {
        const auto original = m_journal.findByReference(originalReference);
        if (operation != TerminalOperation::Refund || !original ||
            original->operation != TerminalOperation::Payment || original->state != PaymentAttempt::Approved)
            return Error {u"payment.refund_original"_s,
                QCoreApplication::translate("comptoir::PaymentService",
                    "That card payment cannot be refunded: it was not approved.")};
        const Money left = m_journal.refundableOf(*original);
        const Money given = original->amount - left;
        if (amount > left)
            return Error {u"payment.refund_over"_s,
                QCoreApplication::translate("comptoir::PaymentService",
                    "At most %1 can go back to the card of that payment (%2 paid, %3 already refunded).")
                    .arg(left.toString(), original->amount.toString(), given.toString())};
    }
    if (isOffline(terminalIndex)) {
        if (auto s = m_policy.checkRequest(operation, amount, m_journal.offlineExposure()); !s)
            return s;
    }
    // Recorded before the first byte leaves for the terminal.
    auto attempt =
        m_journal.begin(operation, amount, m_terminals[terminalIndex].id, originalReference, saleId);
    if (!attempt)
        return attempt.error();
    if (afterHealth) {
        m_waiting = Current {Job::Transaction, terminalIndex, attempt.value(), true};
        const qint64 id = attempt->id;
        QTimer::singleShot(kHealthGiveWayMs, this, [this, id] {
            // The health answer is late: the terminal is asked for the payment all the same
            // (a lost payment is recovered like any other).
            if (m_waiting && m_waiting->attempt.id == id && m_current && m_current->job == Job::Health)
                m_terminals[m_current->index].terminal->abort();
        });
        Q_EMIT stageChanged(TerminalStage::Connecting);
        return Ok {};
    }
    startJob({Job::Transaction, terminalIndex, attempt.value(), true}, request(operation, attempt.value()));
    return Ok {};
}

void PaymentService::abort()
{
    if (m_waiting) {
        // Never left the register: nothing was charged.
        const PaymentAttempt attempt = m_waiting->attempt;
        m_waiting.reset();
        TerminalResult r;
        r.operation = attempt.operation;
        r.outcome = TerminalOutcome::Failed;
        r.reason = u"cancelled"_s;
        r.detail = u"stopped before the terminal took it"_s;
        r.reference = attempt.reference;
        r.amount = attempt.amount;
        m_journal.settle(attempt.id, r).ok();
        Q_EMIT attemptSettled(m_journal.find(attempt.id).value_or(attempt));
        return;
    }
    if (m_current && m_current->job == Job::Transaction)
        m_terminals[m_current->index].terminal->abort();
    if (m_current && m_current->job == Job::Recovery && !m_recovering && !m_current->stopped) {
        // The clerk stops waiting for the terminal to tell what happened: the outcome goes to
        // the clerk, who checks the terminal's screen or receipt with the customer.
        m_current->stopped = true;
        PaymentTerminal *terminal = m_terminals[m_current->index].terminal;
        if (terminal->stage() == TerminalStage::Idle) // between two questions
            reportUnknown(m_current->attempt.id, u"status-unavailable"_s);
        else
            terminal->abort(); // its end reports the attempt unknown
    }
}

void PaymentService::finished(int index, const TerminalResult &result)
{
    if (!m_current || m_current->index != index)
        return;
    switch (m_current->job) {
    case Job::Transaction:
        finishTransaction(result);
        break;
    case Job::Recovery:
        finishRecovery(result);
        break;
    case Job::Health:
        finishHealth(index, result); // starts a waiting payment before it says anything
        break;
    case Job::Batch:
        finishBatch(index, result);
        break;
    case Job::Release:
        // A reversal whose answer was lost is asked about like a payment: giving money back
        // twice is as wrong as charging twice.
        if (!askLastTransaction(result)) {
            const PaymentAttempt reversal = m_current->attempt;
            settleAndReport(reversal, result);
            if (m_recovering) // a recovered approval the store's rules refused was given back
                QMetaObject::invokeMethod(this, &PaymentService::recoverNext, Qt::QueuedConnection);
        }
        break;
    }
}

bool PaymentService::askLastTransaction(const TerminalResult &r)
{
    Entry &entry = m_terminals[m_current->index];
    if (r.outcome != TerminalOutcome::Unknown ||
        !entry.terminal->supports(TerminalOperation::LastTransaction))
        return false;
    // Never charge twice, never lose an approval: ask the terminal before anything else.
    m_journal
        .setState(m_current->attempt.id, PaymentAttempt::Sending, u"recovering"_s, r.reason + u' ' + r.detail)
        .ok();
    m_current->job = Job::Recovery;
    // An answer that did not match our request proves the terminal confused: its journal
    // cannot tell that ours never ran, so only a match resolves it.
    m_current->newestForTerminal = r.reason != u"mismatch"_s && r.reason != u"amount-mismatch"_s;
    entry.terminal->start(request(TerminalOperation::LastTransaction, m_current->attempt));
    return true;
}

// A reversal ended: the payment it named is given back, or the manager is told it is not.
void PaymentService::reversalEnded(const PaymentAttempt &reversal)
{
    const auto original = m_journal.findByReference(reversal.originalReference);
    if (!original || original->state != PaymentAttempt::Approved)
        return;
    if (reversal.state == PaymentAttempt::Approved) {
        m_journal
            .setState(original->id, PaymentAttempt::Released,
                original->reason.isEmpty() ? u"released"_s : original->reason,
                u"reversed by "_s + reversal.reference)
            .ok();
        if (!original->ticketUuid.isEmpty()) {
            // Never meant to happen (a payment a ticket counts is never given back), but if
            // it did, the sale is now unpaid: the manager must know.
            m_journal
                .addFollowup(PaymentFollowup::BatchDifference, original->id, original->ticketUuid,
                    original->amount,
                    u"Card payment %1 of %2 counted by a ticket was reversed by the terminal: the sale is "
                    u"unpaid."_s.arg(original->reference, original->amount.toString(QLocale::c())))
                .ok();
        }
        if (auto released = m_journal.find(original->id))
            Q_EMIT attemptSettled(*released);
    } else if (reversal.state == PaymentAttempt::Declined || reversal.state == PaymentAttempt::Cancelled) {
        // Refused by the terminal. One that never reached it (failed) is tried again by the
        // next recovery instead: a manager refunding by hand while a later reversal goes
        // through would give the money back twice.
        m_journal
            .addFollowup(PaymentFollowup::Unattached, original->id, {}, original->amount,
                u"Card payment %1 of %2 approved but not used by any sale, and the terminal could not "
                u"reverse it: refund the customer."_s.arg(
                    original->reference, original->amount.toString(QLocale::c())))
            .ok();
        Q_EMIT healthChanged(indexOf(original->terminalId));
    }
}

void PaymentService::finishTransaction(const TerminalResult &r)
{
    const Current cur = *m_current;
    Entry &entry = m_terminals[cur.index];
    if (askLastTransaction(r))
        return;
    if (r.outcome == TerminalOutcome::Failed && linkFailure(r.reason)) {
        entry.health.reachable = false;
        entry.health.checked = true;
        entry.health.checkedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT healthChanged(cur.index);
    }
    if (r.approved()) {
        entry.health.reachable = true;
        if (entry.health.acquirerOffline != r.storedOffline) {
            entry.health.acquirerOffline = r.storedOffline;
            Q_EMIT healthChanged(cur.index);
        }
    }
    if (refusedByPolicy(cur, r))
        return;
    settleAndReport(cur.attempt, r);
    if (r.outcome == TerminalOutcome::Failed && linkFailure(r.reason) && m_terminals.size() > 1) {
        const int next = (cur.index + 1) % int(m_terminals.size());
        Q_EMIT failoverAvailable(next, m_terminals[next].label);
    }
}

bool PaymentService::refusedByPolicy(const Current &cur, const TerminalResult &r)
{
    if (!r.approved() || !r.storedOffline || cur.attempt.operation != TerminalOperation::Payment)
        return false;
    const Status allowed = m_policy.checkApproval(r);
    if (allowed)
        return false;
    // Approved by the terminal against the store's rules: taken back at once.
    TerminalResult kept = r;
    kept.reason = u"offline-policy"_s;
    m_journal.settle(cur.attempt.id, kept).ok();
    m_current.reset();
    qCWarning(lcPayment) << "offline approval outside the store's rules:" << allowed.error().code;
    if (!release(cur.attempt.id, allowed.error().message).ok()) {
        if (auto a = m_journal.find(cur.attempt.id))
            Q_EMIT attemptSettled(*a);
    }
    return true;
}

void PaymentService::startWaiting()
{
    if (!m_waiting || m_current)
        return;
    const Current next = *m_waiting;
    m_waiting.reset();
    startJob(next, request(next.attempt.operation, next.attempt));
}

void PaymentService::finishRecovery(const TerminalResult &r)
{
    // The terminal still works on it (a customer at the keypad, a reversal being done): nexo
    // says so; a Caisse-AP or Concert terminal drops the question or does not take it.
    const bool stillWorking = (r.outcome == TerminalOutcome::Unknown &&
                                  (r.reason == u"in-progress"_s || r.reason == u"link-lost"_s)) ||
        (r.outcome == TerminalOutcome::Failed && r.reason == u"busy"_s);
    // Right after a payment, a terminal out of reach is most likely restarting (it drops
    // everything then): it is asked again once back. At start-up it may be switched off for
    // the day, so what it cannot answer goes to the clerk at once.
    const bool restarting = !m_recovering && r.outcome == TerminalOutcome::Failed &&
        (r.reason == u"link"_s || r.reason == u"unreachable"_s);
    if (m_current->stopped) {
        reportUnknown(m_current->attempt.id, u"status-unavailable"_s);
        return;
    }
    if ((stillWorking || restarting) && m_current->inProgressAsks < kMaxInProgressAsks) {
        // Its outcome is not known yet, and nothing may be concluded. Ask again in a moment.
        ++m_current->inProgressAsks;
        const int index = m_current->index;
        const PaymentAttempt attempt = m_current->attempt;
        QTimer::singleShot(kInProgressRetryMs, this, [this, index, attempt] {
            if (m_current && m_current->job == Job::Recovery && m_current->attempt.id == attempt.id)
                m_terminals[index].terminal->start(request(TerminalOperation::LastTransaction, attempt));
        });
        return;
    }
    const Current cur = *m_current;
    const bool asked = r.outcome != TerminalOutcome::Failed && r.outcome != TerminalOutcome::Unknown;
    if (r.outcome == TerminalOutcome::Failed && r.reason == u"not-at-terminal"_s &&
        r.reference == cur.attempt.reference) {
        // A terminal that looks transactions up by our reference (nexo TransactionStatus) says
        // it never had this one.
        TerminalResult x = r;
        x.operation = cur.attempt.operation;
        x.detail = u"the terminal has no transaction %1"_s.arg(r.reference);
        settleAndReport(cur.attempt, x);
    } else if (!asked) {
        reportUnknown(cur.attempt.id, u"status-unavailable"_s);
    } else if (r.reference == cur.attempt.reference) {
        if (r.approved() && r.amount != cur.attempt.amount) {
            reportUnknown(cur.attempt.id, u"amount-mismatch"_s);
        } else {
            TerminalResult x = r;
            x.operation = cur.attempt.operation;
            if (x.reason.isEmpty())
                x.reason = u"recovered"_s;
            x.detail = u"resolved by the terminal's last transaction"_s;
            if (!refusedByPolicy(cur, x))
                settleAndReport(cur.attempt, x);
        }
    } else if (cur.newestForTerminal) {
        // The terminal's last transaction is an older one: ours never ran there.
        TerminalResult x;
        x.operation = cur.attempt.operation;
        x.outcome = TerminalOutcome::Failed;
        x.reason = u"not-at-terminal"_s;
        x.detail =
            u"the terminal's last transaction is %1"_s.arg(r.reference.isEmpty() ? u"none"_s : r.reference);
        settleAndReport(cur.attempt, x);
    } else {
        reportUnknown(cur.attempt.id, u"superseded"_s);
    }
    if (m_recovering)
        QMetaObject::invokeMethod(this, &PaymentService::recoverNext, Qt::QueuedConnection);
}

void PaymentService::settleAndReport(const PaymentAttempt &attempt, const TerminalResult &r)
{
    m_current.reset();
    if (auto s = m_journal.settle(attempt.id, r); !s)
        qCWarning(lcPayment) << "cannot record the terminal's answer:" << s.error().code;
    PaymentAttempt a = m_journal.find(attempt.id).value_or(attempt);
    if (a.state == PaymentAttempt::Sending) {
        // The disk refused the update: report what the terminal said all the same.
        a.state = r.outcome == TerminalOutcome::Approved ? PaymentAttempt::Approved
            : r.outcome == TerminalOutcome::Declined     ? PaymentAttempt::Declined
            : r.outcome == TerminalOutcome::Cancelled    ? PaymentAttempt::Cancelled
            : r.outcome == TerminalOutcome::Failed       ? PaymentAttempt::Failed
                                                         : PaymentAttempt::Unknown;
    }
    Q_EMIT attemptSettled(a);
    if (a.operation == TerminalOperation::Reversal)
        reversalEnded(a);
}

void PaymentService::reportUnknown(qint64 attemptId, const QString &reason)
{
    m_current.reset();
    m_journal.setState(attemptId, PaymentAttempt::Unknown, reason).ok();
    if (auto a = m_journal.find(attemptId))
        Q_EMIT attemptUnknown(*a);
}

void PaymentService::recover()
{
    if (m_recovering || m_current)
        return;
    const QList<PaymentAttempt> open = m_journal.openAttempts();
    m_recoveryQueue.clear();
    m_recoveredResolved = 0;
    m_recoveredUnknown = 0;
    QHash<QString, qint64> newest;
    for (const PaymentAttempt &a : open)
        newest[a.terminalId] = qMax(newest.value(a.terminalId), a.id);
    for (const PaymentAttempt &a : open) {
        const int index = indexOf(a.terminalId);
        m_recoveryQueue.append({Job::Recovery, index, a, newest.value(a.terminalId) == a.id});
    }
    m_recovering = true;
    qCInfo(lcPayment) << "recovering" << open.size() << "open card payment attempt(s)";
    recoverNext();
}

void PaymentService::recoverNext()
{
    if (m_current)
        return; // a reversal runs: it asks again when it ends
    while (!m_recoveryQueue.isEmpty()) {
        Current next = m_recoveryQueue.takeFirst();
        if (next.index < 0 ||
            !m_terminals[next.index].terminal->supports(TerminalOperation::LastTransaction)) {
            reportUnknown(next.attempt.id, next.index < 0 ? u"terminal-gone"_s : u"no-status-query"_s);
            ++m_recoveredUnknown;
            continue;
        }
        ++m_recoveredResolved;
        const TerminalRequest r = request(TerminalOperation::LastTransaction, next.attempt);
        startJob(std::move(next), r);
        return;
    }
    m_recovering = false;
    Q_EMIT recoveryFinished(m_recoveredResolved, m_recoveredUnknown);
}

Status PaymentService::decideUnknown(qint64 attemptId, bool charged)
{
    const auto a = m_journal.find(attemptId);
    if (!a || a->state != PaymentAttempt::Unknown)
        return Error {u"payment.not_unknown"_s,
            QCoreApplication::translate(
                "comptoir::PaymentService", "This card payment has already been settled.")};
    if (charged) {
        TerminalResult r;
        r.operation = a->operation;
        r.outcome = TerminalOutcome::Approved;
        r.reason = u"clerk-confirmed"_s;
        r.amount = a->amount;
        if (auto s = m_journal.settle(a->id, r); !s)
            return s;
        if (auto s = m_journal.addFollowup(PaymentFollowup::ClerkDecided, a->id, {}, a->amount,
                u"Card payment %1 of %2: outcome unknown, the clerk confirmed the terminal's receipt"_s.arg(
                    a->reference, a->amount.toString(QLocale::c())));
            !s)
            return s;
    } else if (auto s = m_journal.setState(a->id,
                   // A cancellation the terminal shows no trace of never happened: the payment
                   // is still to be given back (a failed reversal is tried again, a refused one
                   // goes to the manager).
                   a->operation == TerminalOperation::Reversal ? PaymentAttempt::Failed
                                                               : PaymentAttempt::Declined,
                   u"clerk-confirmed-not-charged"_s);
               !s) {
        return s;
    }
    if (auto settled = m_journal.find(attemptId)) {
        Q_EMIT attemptSettled(*settled);
        if (settled->operation == TerminalOperation::Reversal)
            reversalEnded(*settled);
    }
    return Ok {};
}

Status PaymentService::release(qint64 attemptId, const QString &why)
{
    const auto a = m_journal.find(attemptId);
    if (!a || a->state != PaymentAttempt::Approved)
        return Error {u"payment.not_approved"_s,
            QCoreApplication::translate(
                "comptoir::PaymentService", "This card payment cannot be given back.")};
    // Never twice: a reversal already accepted settles it, one still unresolved holds it.
    for (const PaymentAttempt &r : m_journal.reversalsOf(a->reference)) {
        if (r.state == PaymentAttempt::Approved) {
            reversalEnded(r);
            return Ok {};
        }
        if (r.isOpen())
            return Error {u"payment.reversal_pending"_s,
                QCoreApplication::translate("comptoir::PaymentService",
                    "A cancellation of this card payment is still being checked with the terminal.")};
        if (r.state == PaymentAttempt::Declined || r.state == PaymentAttempt::Cancelled)
            // The terminal refused it and the manager refunds by hand: a later reversal going
            // through would give the money back twice.
            return Error {u"payment.release_manual"_s,
                QCoreApplication::translate("comptoir::PaymentService",
                    "The card payment could not be cancelled on the terminal: the manager will refund it.")};
    }
    const int index = indexOf(a->terminalId);
    if (a->operation == TerminalOperation::Refund) {
        // A refund cannot be taken back on the terminal: Caisse-AP's and protocol E's
        // cancellation is of the last debit of that amount (someone else's payment). The customer
        // has the money: the manager decides.
        m_journal
            .addFollowup(PaymentFollowup::Unattached, a->id, {}, -a->amount,
                u"Card refund %1 of %2 approved but not used by any sale: the customer was refunded (%3)."_s
                    .arg(a->reference, a->amount.toString(QLocale::c()), why))
            .ok();
        return Error {u"payment.release_manual"_s,
            QCoreApplication::translate("comptoir::PaymentService",
                "A card refund cannot be cancelled on the terminal: the manager has a follow-up.")};
    }
    if (index < 0 || m_current || !m_terminals[index].terminal->supports(TerminalOperation::Reversal)) {
        m_journal
            .addFollowup(PaymentFollowup::Unattached, a->id, {}, a->amount,
                u"Card payment %1 of %2 approved but not used by any sale: refund the customer (%3)."_s.arg(
                    a->reference, a->amount.toString(QLocale::c()), why))
            .ok();
        return Error {u"payment.release_manual"_s,
            QCoreApplication::translate("comptoir::PaymentService",
                "The card payment could not be cancelled on the terminal: the manager will refund it.")};
    }
    m_journal.setState(a->id, PaymentAttempt::Approved, why, u"reversal requested"_s).ok();
    auto reversal = m_journal.begin(TerminalOperation::Reversal, a->amount, a->terminalId, a->reference);
    if (!reversal)
        return reversal.error();
    Current job {Job::Release, index, reversal.value(), true};
    TerminalRequest r = request(TerminalOperation::Reversal, reversal.value());
    r.originalReference = a->reference;
    r.originalTerminalReference = a->terminalReference;
    r.originalTerminalTimestamp = a->terminalTimestamp;
    startJob(job, r);
    return Ok {};
}

void PaymentService::setHealthInterval(int ms)
{
    if (ms <= 0)
        m_healthTimer.stop();
    else
        m_healthTimer.start(ms);
}

void PaymentService::pollHealth()
{
    if (m_current || m_recovering)
        return;
    for (int i = 0; i < m_terminals.size(); ++i) {
        Entry &e = m_terminals[i];
        // Oldest reading first, one terminal at a time.
        if (!e.terminal->supports(TerminalOperation::Identify))
            continue;
        int oldest = i;
        for (int j = 0; j < m_terminals.size(); ++j) {
            if (m_terminals[j].health.checkedAt < m_terminals[oldest].health.checkedAt)
                oldest = j;
        }
        TerminalRequest r;
        r.operation = TerminalOperation::Identify;
        r.registerNumber = m_registerNumber;
        startJob({Job::Health, oldest, {}, true}, r);
        return;
    }
}

void PaymentService::finishHealth(int index, const TerminalResult &r)
{
    m_current.reset();
    // The payment that waited for this answer goes first: whatever the health signals set
    // off (a queued reversal) finds the terminal busy with it.
    startWaiting();
    Entry &e = m_terminals[index];
    // Any answer says the terminal is there: a standard Caisse-AP terminal may refuse the
    // identification it does not know (AE 01) and still take payments.
    const bool reachable =
        r.approved() || r.outcome == TerminalOutcome::Declined || r.outcome == TerminalOutcome::Cancelled;
    if (r.reason == u"cancelled"_s || r.reason == u"abandoned-by-clerk"_s)
        return; // gave way to a payment: no reading
    const bool wasOffline = e.health.acquirerOffline;
    const bool wasReachable = e.health.reachable;
    const int storedBefore = e.health.reading.storedCount;
    e.health.checked = true;
    e.health.reachable = reachable;
    e.health.failure = reachable ? QString() : r.reason;
    e.health.checkedAt = QDateTime::currentDateTimeUtc();
    if (r.approved()) {
        e.health.reading = r;
        if (r.acquirerLink >= 0)
            e.health.acquirerOffline = r.acquirerLink == 0;
    }
    const bool changed = wasOffline != e.health.acquirerOffline || wasReachable != reachable ||
        storedBefore != e.health.reading.storedCount;
    if (wasOffline != e.health.acquirerOffline || wasReachable != reachable)
        qCInfo(lcPayment).noquote() << "terminal" << e.id << "health:"
                                    << (!reachable                        ? "unreachable"
                                               : e.health.acquirerOffline ? "reachable, without its bank"
                                                                          : "reachable, with its bank");
    if (changed) {
        QJsonObject reading {{u"model"_s, r.model}, {u"serial"_s, r.serial},
            {u"software"_s, r.softwareVersion}, {u"network"_s, r.network}, {u"battery"_s, r.batteryPercent},
            {u"acquirer_offline"_s, e.health.acquirerOffline}, {u"stored_count"_s, r.storedCount},
            {u"stored_cents"_s, r.storedAmount.cents()},
            {u"last_online_authorisation"_s, r.lastOnlineAuthorisation.toString(Qt::ISODateWithMs)},
            {u"failure"_s, reachable ? QString() : r.reason}};
        m_journal.recordReading(e.id, reachable, reading).ok();
    }
    Q_EMIT healthChanged(index);
}

void PaymentService::closeBatch(int terminalIndex)
{
    if (isBusy() || terminalIndex < 0 || terminalIndex >= m_terminals.size()) {
        Q_EMIT batchFailed(QCoreApplication::translate("comptoir::PaymentService",
            "The terminal is busy. Close the day once the current payment is over."));
        return;
    }
    if (!m_terminals[terminalIndex].terminal->supports(TerminalOperation::Batch)) {
        closeWithoutTerminal(terminalIndex);
        return;
    }
    TerminalRequest r;
    r.operation = TerminalOperation::Batch;
    r.registerNumber = m_registerNumber;
    startJob({Job::Batch, terminalIndex, {}, true}, r);
}

void PaymentService::recordBatch(BatchReconciliation &b)
{
    // Each payment the tickets and the journal disagree on is named, and becomes a follow-up.
    for (const BatchIssue &issue : std::as_const(b.issues))
        b.differences << issue.detail;
    if (auto s = m_journal.recordBatch(b); !s)
        qCWarning(lcPayment) << "cannot record the batch:" << s.error().code;
    Q_EMIT batchClosed(b);
}

void PaymentService::closeWithoutTerminal(int index)
{
    // The terminal cannot say its totals (protocol E; a standard Caisse-AP terminal refuses the
    // request): the day is closed on the register's side, the journal against the tickets, and
    // the clerk compares the result with the terminal's own end-of-day receipt.
    BatchReconciliation b;
    b.terminalId = m_terminals[index].id;
    b.terminalReported = false;
    m_journal.fillJournalTotals(b.terminalId, b);
    m_journal.fillTicketTotals(b.terminalId, b);
    if (b.journalDebits != b.ticketDebits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card payments: %1 in the journal, %2 in the tickets.")
                             .arg(b.journalDebits.toString(), b.ticketDebits.toString());
    if (b.journalCredits != b.ticketCredits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card refunds: %1 in the journal, %2 in the tickets.")
                             .arg(b.journalCredits.toString(), b.ticketCredits.toString());
    recordBatch(b);
}

void PaymentService::finishBatch(int index, const TerminalResult &r)
{
    m_current.reset();
    if (r.outcome == TerminalOutcome::Failed && r.reason == u"unsupported"_s) {
        qCInfo(lcPayment) << "terminal" << m_terminals[index].id << "does not report its totals:" << r.reason
                          << r.detail;
        closeWithoutTerminal(index);
        return;
    }
    if (!r.approved()) {
        Q_EMIT batchFailed(QCoreApplication::translate("comptoir::PaymentService",
            "The terminal did not give its end-of-day totals. Check it and try again."));
        return;
    }
    BatchReconciliation b;
    b.terminalId = m_terminals[index].id;
    b.terminalCount = r.batchCount;
    b.terminalDebits = r.batchDebits;
    b.terminalCredits = r.batchCredits;
    m_journal.fillJournalTotals(b.terminalId, b);
    m_journal.fillTicketTotals(b.terminalId, b);
    for (const StoredPaymentReport &s : r.storedPayments) {
        if (s.status == u"accepted"_s)
            ++b.forwardedAccepted;
        else if (s.status == u"declined"_s)
            ++b.forwardedDeclined;
    }
    if (auto applied = m_journal.applyForwardReports(r.storedPayments); !applied)
        qCWarning(lcPayment) << "cannot record forwarded payments:" << applied.error().code;
    if (b.terminalCount != b.journalCount)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "%1 card operation(s) at the terminal, %2 in the register's journal.")
                             .arg(b.terminalCount)
                             .arg(b.journalCount);
    if (b.terminalDebits != b.journalDebits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card payments: %1 at the terminal, %2 in the journal.")
                             .arg(b.terminalDebits.toString(), b.journalDebits.toString());
    if (b.terminalCredits != b.journalCredits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card refunds: %1 at the terminal, %2 in the journal.")
                             .arg(b.terminalCredits.toString(), b.journalCredits.toString());
    // The tickets are what the sales say was paid by card: the terminal must match them too.
    if (b.terminalDebits != b.ticketDebits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card payments: %1 at the terminal, %2 in the tickets.")
                             .arg(b.terminalDebits.toString(), b.ticketDebits.toString());
    if (b.terminalCredits != b.ticketCredits)
        b.differences << QCoreApplication::translate(
            "comptoir::PaymentService", "Card refunds: %1 at the terminal, %2 in the tickets.")
                             .arg(b.terminalCredits.toString(), b.ticketCredits.toString());
    recordBatch(b);
}

} // namespace comptoir
