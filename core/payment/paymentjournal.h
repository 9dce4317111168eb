// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "payment/offlinepolicy.h"
#include "payment/terminaltypes.h"

#include <QSqlDatabase>

namespace comptoir {

// A card payment attempt as the register remembers it.
struct PaymentAttempt
{
    // States, stored as text.
    static inline const QString Sending = QStringLiteral("sending"); // may be at the terminal
    static inline const QString Approved = QStringLiteral("approved");
    static inline const QString Declined = QStringLiteral("declined");
    static inline const QString Cancelled = QStringLiteral("cancelled");
    static inline const QString Failed = QStringLiteral("failed"); // never reached the terminal
    static inline const QString Unknown = QStringLiteral("unknown"); // the clerk must decide
    static inline const QString Released = QStringLiteral("released"); // approved, then given back

    qint64 id = 0;
    QString uuid;
    QString reference;
    QString registerId;
    QString terminalId;
    TerminalOperation operation = TerminalOperation::Payment;
    Money amount;
    QString state;
    QString reason;
    bool offline = false;
    QString authorisation;
    QString maskedPan;
    QString application;
    QString entryMode;
    QString receipt;
    QString ticketUuid;
    QString forwardStatus;
    QString originalReference; // a reversal: the payment it gives back
    QString saleId; // the basket the payment was asked for (empty: unknown, an older register)
    // The terminal's own id of the transaction (nexo POITransactionID), as it gave it: a
    // reversal names the payment this way.
    QString terminalReference;
    QString terminalTimestamp;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return state == Sending || state == Unknown; }
};

struct PaymentFollowup
{
    static inline const QString ForwardDeclined = QStringLiteral("forward-declined");
    static inline const QString Unattached = QStringLiteral("approved-without-sale");
    static inline const QString BatchDifference = QStringLiteral("batch-difference");
    static inline const QString ClerkDecided = QStringLiteral("clerk-decided-unknown");

    qint64 id = 0;
    QString uuid;
    QString kind;
    qint64 attemptId = 0;
    QString ticketUuid;
    Money amount;
    QString detail;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

// One card payment on which the terminal, the attempt journal and the tickets disagree.
struct BatchIssue
{
    qint64 attemptId = 0;
    QString ticketUuid;
    Money amount;
    QString detail; // translated, for the manager
};

struct BatchReconciliation
{
    QString terminalId;
    int terminalCount = 0;
    Money terminalDebits;
    Money terminalCredits;
    int journalCount = 0; // approved attempts
    Money journalDebits;
    Money journalCredits;
    int ticketCount = 0; // card tenders of sale tickets, for attempts on this terminal
    Money ticketDebits;
    Money ticketCredits;
    int forwardedAccepted = 0;
    int forwardedDeclined = 0;
    QList<BatchIssue> issues; // each becomes a follow-up of its own
    QStringList differences; // human-readable, one per difference
    // false: the terminal could not say its totals (terminal* are zero); the register's side
    // was closed, to be compared with the terminal's printed end-of-day report.
    bool terminalReported = true;
    qint64 lastAttemptId = 0; // the period: attempts after the previous batch's, up to this one
    bool matches() const { return differences.isEmpty(); }
};

// The 8-digit sequence of the next attempt reference, after `last` (-1: none yet). Read
// from the clock (seconds since 2025-01-01 UTC, modulo 10^8: a little over three years
// before a number comes back) and never at or below the last one issued, if that one ran
// ahead of the clock by less than a day (more than one attempt in a second). Terminals
// answer "what became of reference R" from their own memory (Caisse-AP's duplicate, nexo's
// status by ServiceID), so a reference must not come back when the register's database is
// restored from a backup: the attempts made since are no longer in it, but their seconds
// have passed. A clock set back by more than a day can still repeat a reference.
inline constexpr qint64 kReferenceSequenceSpan = 100'000'000;
qint64 nextReferenceSequence(qint64 last, qint64 secondsSinceEpoch);

// A card payment of a recorded ticket, and what of it can still go back to that card.
struct RefundableCard
{
    PaymentAttempt payment;
    Money refundable; // the payment less the refunds already made against it
};

// Card payment attempts in SQLite: written before the first byte goes to the terminal,
// updated at every step, each step also kept in an append-only log.
class PaymentJournal
{
public:
    PaymentJournal(
        QSqlDatabase db, QString registerId, int registerNumber, const Clock &clock = Clock::system());

    // A new attempt in state "sending", with its unique terminal reference. A reversal names
    // the payment it gives back.
    Result<PaymentAttempt> begin(TerminalOperation operation, Money amount, const QString &terminalId,
        const QString &originalReference = {}, const QString &saleId = {});
    // The terminal's final word on an attempt (or the recovery's).
    Status settle(qint64 attemptId, const TerminalResult &result);
    Status setState(
        qint64 attemptId, const QString &state, const QString &reason, const QString &detail = {});
    Status attachTicket(const QStringList &references, const QString &ticketUuid);

    std::optional<PaymentAttempt> find(qint64 id) const;
    std::optional<PaymentAttempt> findByReference(const QString &reference) const;
    QList<PaymentAttempt> openAttempts() const; // sending or unknown, oldest first
    // Approved payments and refunds no ticket holds and the manager has not been asked to
    // refund: the register still has to decide what becomes of them.
    QList<PaymentAttempt> approvedWithoutTicket() const;
    // The reversals asked for a payment, oldest first.
    QList<PaymentAttempt> reversalsOf(const QString &reference) const;
    // What went back, or may have, to the card of a payment through refunds naming it...
    Money refundedAgainst(const QString &paymentReference) const;
    // ...and what of the payment can still go back (never below zero).
    Money refundableOf(const PaymentAttempt &payment) const;
    // The approved card payments of ticket `number` of this register, in the order paid.
    QList<RefundableCard> refundableCards(qint64 ticketNumber) const;
    QList<PaymentAttempt> attempts(int limit = 100) const; // newest first
    QStringList log(qint64 attemptId) const; // "state: detail" lines

    OfflineExposure offlineExposure() const; // stored, not yet confirmed by the bank
    // Applies a terminal's report on stored payments; a decline raises a follow-up.
    Result<int> applyForwardReports(const QList<StoredPaymentReport> &reports);

    Status addFollowup(const QString &kind, qint64 attemptId, const QString &ticketUuid, Money amount,
        const QString &detail);
    QList<PaymentFollowup> followups(bool openOnly = true) const;
    Status resolveFollowup(qint64 id, const QString &resolution);

    // End of day: this register's approved card operations on a terminal since its last
    // batch (count, debits, credits go into `into`), and the closing kept with its differences.
    void fillJournalTotals(const QString &terminalId, BatchReconciliation &into) const;
    // The same period seen from the tickets: the card tenders of sale tickets that name an
    // attempt on this terminal, and every payment on which attempts and tickets disagree (a
    // ticket counting a payment given back or refused, an approval no ticket counts).
    void fillTicketTotals(const QString &terminalId, BatchReconciliation &into) const;
    Status recordBatch(const BatchReconciliation &batch);

    // Health readings, kept and queued for head office.
    Status recordReading(const QString &terminalId, bool reachable, const QJsonObject &reading);

private:
    Status logStep(qint64 attemptId, const QString &state, const QString &detail);
    QString now() const;

    QSqlDatabase m_db;
    QString m_registerId;
    int m_registerNumber;
    const Clock &m_clock;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::BatchReconciliation)
