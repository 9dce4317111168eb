// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentjournal.h"

#include "common/uuidv7.h"
#include "payment/cardmask.h"
#include "storage/database.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

constexpr auto kColumns =
    "id, uuid, reference, register_id, terminal_id, operation, amount_cents, state, reason, "
    "offline, authorisation, masked_pan, application, entry_mode, receipt, ticket_uuid, "
    "forward_status, created_at, updated_at, original_reference, sale_id, terminal_reference, "
    "terminal_timestamp";

TerminalOperation operationFrom(const QString &s)
{
    if (s == u"refund"_s)
        return TerminalOperation::Refund;
    if (s == u"reversal"_s)
        return TerminalOperation::Reversal;
    return TerminalOperation::Payment;
}

PaymentAttempt attemptFrom(const QSqlQuery &q)
{
    PaymentAttempt a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.reference = q.value(2).toString();
    a.registerId = q.value(3).toString();
    a.terminalId = q.value(4).toString();
    a.operation = operationFrom(q.value(5).toString());
    a.amount = Money::fromCents(q.value(6).toLongLong());
    a.state = q.value(7).toString();
    a.reason = q.value(8).toString();
    a.offline = q.value(9).toBool();
    a.authorisation = q.value(10).toString();
    a.maskedPan = q.value(11).toString();
    a.application = q.value(12).toString();
    a.entryMode = q.value(13).toString();
    a.receipt = q.value(14).toString();
    a.ticketUuid = q.value(15).toString();
    a.forwardStatus = q.value(16).toString();
    a.createdAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    a.originalReference = q.value(19).toString();
    a.saleId = q.value(20).toString();
    a.terminalReference = q.value(21).toString();
    a.terminalTimestamp = q.value(22).toString();
    return a;
}

QString stateFor(TerminalOutcome outcome)
{
    switch (outcome) {
    case TerminalOutcome::Approved:
        return PaymentAttempt::Approved;
    case TerminalOutcome::Declined:
        return PaymentAttempt::Declined;
    case TerminalOutcome::Cancelled:
        return PaymentAttempt::Cancelled;
    case TerminalOutcome::Failed:
        return PaymentAttempt::Failed;
    case TerminalOutcome::Unknown:
        return PaymentAttempt::Unknown;
    }
    return PaymentAttempt::Unknown;
}

// Empty, never NULL: the columns are NOT NULL and a null QString binds as NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

qint64 nextReferenceSequence(qint64 last, qint64 secondsSinceEpoch)
{
    constexpr qint64 kEpoch = 1'735'689'600; // 2025-01-01T00:00:00Z
    constexpr qint64 kMaxAhead = 86'400;
    const qint64 clock = (((secondsSinceEpoch - kEpoch) % kReferenceSequenceSpan) + kReferenceSequenceSpan) %
        kReferenceSequenceSpan;
    if (last < 0 || last >= kReferenceSequenceSpan)
        return clock;
    const qint64 ahead = (last - clock + kReferenceSequenceSpan) % kReferenceSequenceSpan;
    return ahead < kMaxAhead ? (last + 1) % kReferenceSequenceSpan : clock;
}

PaymentJournal::PaymentJournal(QSqlDatabase db, QString registerId, int registerNumber, const Clock &clock)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
    , m_registerNumber(qBound(1, registerNumber, 99))
    , m_clock(clock)
{ }

QString PaymentJournal::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Status PaymentJournal::logStep(qint64 attemptId, const QString &state, const QString &detail)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO payment_attempt_log (attempt_id, at, state, detail) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(attemptId);
    q.addBindValue(now());
    q.addBindValue(state);
    q.addBindValue(text(scrubCardNumbers(detail)));
    return exec(q, "logging a card payment step");
}

Result<PaymentAttempt> PaymentJournal::begin(TerminalOperation operation, Money amount,
    const QString &terminalId, const QString &originalReference, const QString &saleId)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QSqlQuery next(m_db);
    next.prepare(u"SELECT COALESCE(MAX(id), 0) + 1, "
                 "(SELECT reference FROM payment_attempts ORDER BY id DESC LIMIT 1) FROM payment_attempts"_s);
    if (auto s = exec(next, "numbering a card payment"); !s)
        return s.error();
    next.next();
    PaymentAttempt a;
    a.id = next.value(0).toLongLong();
    bool numeric = false;
    const qint64 last = next.value(1).toString().mid(2).toLongLong(&numeric);
    next.finish();
    a.uuid = createUuidV7String();
    // Register number and a sequence: unique per register, 10 digits, as protocol E's
    // private field allows.
    qint64 sequence = nextReferenceSequence(numeric ? last : -1, m_clock.now().toSecsSinceEpoch());
    const auto referenceOf = [this](qint64 n) {
        return u"%1%2"_s.arg(m_registerNumber, 2, 10, QChar(u'0')).arg(n, 8, 10, QChar(u'0'));
    };
    // A clock set back by more than a day may land on a reference still in the journal.
    QSqlQuery taken(m_db);
    taken.prepare(u"SELECT 1 FROM payment_attempts WHERE reference = ?"_s);
    for (int tries = 0;; ++tries) {
        taken.bindValue(0, referenceOf(sequence));
        if (auto s = exec(taken, "numbering a card payment"); !s)
            return s.error();
        if (!taken.next())
            break;
        taken.finish();
        if (tries == 10'000)
            return Error {u"payment.reference"_s,
                QCoreApplication::translate("comptoir::PaymentJournal",
                    "No free card payment reference: check the register's clock.")};
        sequence = (sequence + 1) % kReferenceSequenceSpan;
    }
    taken.finish();
    a.reference = referenceOf(sequence);
    a.registerId = m_registerId;
    a.terminalId = terminalId;
    a.operation = operation;
    a.amount = Money::fromCents(qAbs(amount.cents()));
    a.state = PaymentAttempt::Sending;
    a.originalReference = originalReference;
    a.saleId = saleId;
    a.createdAt = a.updatedAt = m_clock.now().toUTC();
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO payment_attempts (id, uuid, reference, register_id, terminal_id, operation, "
        u"amount_cents, "
        "state, created_at, updated_at, original_reference, sale_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(a.uuid);
    q.addBindValue(a.reference);
    q.addBindValue(a.registerId);
    q.addBindValue(a.terminalId);
    q.addBindValue(toString(operation));
    q.addBindValue(a.amount.cents());
    q.addBindValue(a.state);
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(text(originalReference));
    q.addBindValue(text(saleId));
    if (auto s = exec(q, "recording a card payment"); !s)
        return s.error();
    if (auto s = logStep(a.id, a.state,
            u"%1 %2 on %3%4"_s.arg(toString(operation))
                .arg(a.amount.cents())
                .arg(terminalId, originalReference.isEmpty() ? QString() : u" of "_s + originalReference));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return a;
}

Status PaymentJournal::settle(qint64 attemptId, const TerminalResult &r)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QString state = stateFor(r.outcome);
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE payment_attempts SET state = ?, reason = ?, offline = ?, authorisation = ?, masked_pan = ?, "
        "application = ?, entry_mode = ?, receipt = ?, forward_status = ?, updated_at = ?, "
        "terminal_reference = CASE WHEN ? = '' THEN terminal_reference ELSE ? END, "
        "terminal_timestamp = CASE WHEN ? = '' THEN terminal_timestamp ELSE ? END WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(text(r.reason));
    q.addBindValue(r.storedOffline && r.approved() ? 1 : 0);
    q.addBindValue(text(r.authorisation));
    q.addBindValue(r.maskedPan.isEmpty() ? u""_s : maskPan(r.maskedPan));
    q.addBindValue(text(r.application));
    q.addBindValue(text(r.entryMode));
    q.addBindValue(text(scrubCardNumbers(r.receiptText)));
    q.addBindValue(r.storedOffline && r.approved() ? u"pending"_s : u""_s);
    q.addBindValue(now());
    // Kept once known: a later answer without it (a reversal's, a failed lookup's) keeps it.
    const QString terminalRef = text(scrubCardNumbers(r.terminalReference)).left(64);
    const QString terminalStamp = text(r.terminalTimestamp).left(40);
    q.addBindValue(terminalRef);
    q.addBindValue(terminalRef);
    q.addBindValue(terminalStamp);
    q.addBindValue(terminalStamp);
    q.addBindValue(attemptId);
    if (auto s = exec(q, "recording the terminal's answer"); !s)
        return s;
    if (auto s = logStep(attemptId, state,
            QString(r.reason + u' ' + r.detail + (r.storedOffline ? u" stored offline"_s : QString()))
                .trimmed());
        !s)
        return s;
    return tx.commit();
}

Status PaymentJournal::setState(
    qint64 attemptId, const QString &state, const QString &reason, const QString &detail)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE payment_attempts SET state = ?, reason = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(text(reason));
    q.addBindValue(now());
    q.addBindValue(attemptId);
    if (auto s = exec(q, "updating a card payment"); !s)
        return s;
    if (auto s = logStep(attemptId, state, QString(reason + u' ' + detail).trimmed()); !s)
        return s;
    return tx.commit();
}

Status PaymentJournal::attachTicket(const QStringList &references, const QString &ticketUuid)
{
    for (const QString &ref : references) {
        QSqlQuery q(m_db);
        // Only an approved payment no ticket holds yet: a payment given back, refused or
        // already counted by another ticket cannot pay for this one.
        q.prepare(u"UPDATE payment_attempts SET ticket_uuid = ?, updated_at = ? WHERE reference = ? "
                  "AND state = 'approved' AND ticket_uuid IS NULL AND operation IN ('payment', 'refund')"_s);
        q.addBindValue(ticketUuid);
        q.addBindValue(now());
        q.addBindValue(ref);
        if (auto s = exec(q, "tying a card payment to its ticket"); !s)
            return s;
        if (q.numRowsAffected() != 1) {
            const auto a = findByReference(ref);
            return Error {u"payment.not_attachable"_s,
                QCoreApplication::translate("comptoir::PaymentJournal",
                    "Card payment %1 can no longer pay for this sale (%2): cancel the payment and take it "
                    "again.")
                    .arg(ref,
                        !a ? QCoreApplication::translate(
                                 "comptoir::PaymentJournal", "unknown to this register")
                            : !a->ticketUuid.isEmpty()
                            ? QCoreApplication::translate(
                                  "comptoir::PaymentJournal", "another ticket counts it")
                            : QCoreApplication::translate("comptoir::PaymentJournal", "its state is %1")
                                  .arg(a->state))};
        }
        if (auto s = logStep(findByReference(ref)->id, u"ticket"_s, ticketUuid); !s)
            return s;
    }
    return Ok {};
}

std::optional<PaymentAttempt> PaymentJournal::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM payment_attempts WHERE id = ?"_s.arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return attemptFrom(q);
}

std::optional<PaymentAttempt> PaymentJournal::findByReference(const QString &reference) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM payment_attempts WHERE reference = ?"_s.arg(QLatin1String(kColumns)));
    q.addBindValue(reference);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return attemptFrom(q);
}

QList<PaymentAttempt> PaymentJournal::openAttempts() const
{
    QList<PaymentAttempt> out;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT %1 FROM payment_attempts WHERE state IN ('sending', 'unknown') ORDER BY id"_s.arg(
            QLatin1String(kColumns)))) {
        while (q.next())
            out.append(attemptFrom(q));
    }
    return out;
}

QList<PaymentAttempt> PaymentJournal::approvedWithoutTicket() const
{
    QList<PaymentAttempt> out;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT %1 FROM payment_attempts a WHERE state = 'approved' AND ticket_uuid IS NULL AND "
               u"operation IN "
               "('payment', 'refund') AND NOT EXISTS (SELECT 1 FROM payment_followups f WHERE f.attempt_id = "
               "a.id "
               "AND f.kind = 'approved-without-sale') ORDER BY id"_s.arg(QLatin1String(kColumns)))) {
        while (q.next())
            out.append(attemptFrom(q));
    }
    return out;
}

QList<PaymentAttempt> PaymentJournal::reversalsOf(const QString &reference) const
{
    QList<PaymentAttempt> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM payment_attempts WHERE operation = 'reversal' AND original_reference = ? "
              "ORDER BY id"_s.arg(QLatin1String(kColumns)));
    q.addBindValue(reference);
    if (q.exec()) {
        while (q.next())
            out.append(attemptFrom(q));
    }
    return out;
}

Money PaymentJournal::refundedAgainst(const QString &paymentReference) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COALESCE(SUM(amount_cents), 0) FROM payment_attempts WHERE operation = 'refund' "
              "AND original_reference = ? AND state IN ('sending', 'unknown', 'approved')"_s);
    q.addBindValue(paymentReference);
    if (!q.exec() || !q.next())
        return {};
    return Money::fromCents(q.value(0).toLongLong());
}

Money PaymentJournal::refundableOf(const PaymentAttempt &payment) const
{
    const Money given = refundedAgainst(payment.reference);
    return given >= payment.amount ? Money {} : payment.amount - given;
}

QList<RefundableCard> PaymentJournal::refundableCards(qint64 ticketNumber) const
{
    QList<RefundableCard> out;
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT %1 FROM payment_attempts WHERE operation = 'payment' AND state = 'approved' "
        "AND reference IN (SELECT tt.reference FROM ticket_tenders tt JOIN tickets t ON t.id = tt.ticket_id "
        "WHERE t.number = ? AND t.register_id = ? AND t.kind = 'sale' "
        "AND tt.kind IN ('card', 'card-offline')) ORDER BY id"_s.arg(QLatin1String(kColumns)));
    q.addBindValue(ticketNumber);
    q.addBindValue(m_registerId);
    if (!q.exec())
        return out;
    while (q.next()) {
        RefundableCard c;
        c.payment = attemptFrom(q);
        out << c;
    }
    for (RefundableCard &c : out) {
        c.refundable = refundableOf(c.payment);
    }
    return out;
}

QList<PaymentAttempt> PaymentJournal::attempts(int limit) const
{
    QList<PaymentAttempt> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM payment_attempts ORDER BY id DESC LIMIT ?"_s.arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(attemptFrom(q));
    }
    return out;
}

QStringList PaymentJournal::log(qint64 attemptId) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT at, state, detail FROM payment_attempt_log WHERE attempt_id = ? ORDER BY id"_s);
    q.addBindValue(attemptId);
    if (q.exec()) {
        while (q.next())
            out << QString(
                q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString())
                       .trimmed();
    }
    return out;
}

OfflineExposure PaymentJournal::offlineExposure() const
{
    OfflineExposure e;
    QSqlQuery q(m_db);
    if (q.exec(
            u"SELECT count(*), COALESCE(sum(amount_cents), 0) FROM payment_attempts "
            "WHERE state = 'approved' AND offline = 1 AND forward_status = 'pending' AND operation = 'payment'"_s) &&
        q.next()) {
        e.count = q.value(0).toInt();
        e.total = Money::fromCents(q.value(1).toLongLong());
    }
    return e;
}

Result<int> PaymentJournal::applyForwardReports(const QList<StoredPaymentReport> &reports)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    int changed = 0;
    for (const StoredPaymentReport &r : reports) {
        if (r.status != u"accepted"_s && r.status != u"declined"_s)
            continue;
        const auto a = findByReference(r.reference);
        if (!a || a->forwardStatus != u"pending"_s)
            continue; // unknown to this register, or already known
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE payment_attempts SET forward_status = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(r.status);
        q.addBindValue(now());
        q.addBindValue(a->id);
        if (auto s = exec(q, "recording a forwarded payment"); !s)
            return s.error();
        if (auto s = logStep(a->id, u"forward-"_s + r.status, r.authorisation); !s)
            return s.error();
        if (r.status == u"declined"_s) {
            const QString detail = u"Stored card payment %1 of %2 declined by the bank when forwarded"_s.arg(
                a->reference, a->amount.toString(QLocale::c()));
            if (auto s =
                    addFollowup(PaymentFollowup::ForwardDeclined, a->id, a->ticketUuid, a->amount, detail);
                !s)
                return s.error();
        }
        ++changed;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Status PaymentJournal::addFollowup(
    const QString &kind, qint64 attemptId, const QString &ticketUuid, Money amount, const QString &detail)
{
    if (attemptId > 0) {
        // One open follow-up per payment and kind: the manager refunds once.
        QSqlQuery open(m_db);
        open.prepare(
            u"SELECT 1 FROM payment_followups WHERE attempt_id = ? AND kind = ? AND resolved_at IS NULL"_s);
        open.addBindValue(attemptId);
        open.addBindValue(kind);
        if (open.exec() && open.next())
            return Ok {};
    }
    const QString uuid = createUuidV7String();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO payment_followups (uuid, kind, attempt_id, ticket_uuid, amount_cents, detail, "
              u"created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(uuid);
    q.addBindValue(kind);
    q.addBindValue(attemptId > 0 ? QVariant(attemptId) : QVariant());
    q.addBindValue(ticketUuid.isEmpty() ? QVariant() : QVariant(ticketUuid));
    q.addBindValue(amount.cents());
    q.addBindValue(text(detail));
    q.addBindValue(now());
    if (auto s = exec(q, "raising a follow-up for the manager"); !s)
        return s;
    const QJsonObject payload {{u"uuid"_s, uuid}, {u"kind"_s, kind}, {u"register_id"_s, m_registerId},
        {u"ticket_uuid"_s, ticketUuid}, {u"amount_cents"_s, amount.cents()}, {u"detail"_s, detail}};
    return Outbox(m_db).append(uuid, u"payment-followup"_s, m_registerId, m_clock.now(),
        QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QList<PaymentFollowup> PaymentJournal::followups(bool openOnly) const
{
    QList<PaymentFollowup> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, uuid, kind, COALESCE(attempt_id, 0), COALESCE(ticket_uuid, ''), amount_cents, "
                u"detail, "
                "created_at, resolved_at FROM payment_followups %1 ORDER BY id"_s.arg(
                    openOnly ? u"WHERE resolved_at IS NULL"_s : QString())))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(), Money::fromCents(q.value(5).toLongLong()),
            q.value(6).toString(), QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

Status PaymentJournal::resolveFollowup(qint64 id, const QString &resolution)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE payment_followups SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"_s);
    q.addBindValue(now());
    q.addBindValue(resolution);
    q.addBindValue(id);
    return exec(q, "closing a follow-up");
}

namespace {

// The attempts of the period a batch closes: after the last attempt the previous batch of that
// terminal counted, up to the last one when this batch is counted. Ids, not times: a payment
// begun in the same millisecond as a close belongs to exactly one period.
QString periodOf(const QString &alias)
{
    return u"%1id > COALESCE((SELECT max(last_attempt_id) FROM terminal_batches WHERE terminal_id = ?), 0) "
           "AND %1id <= ?"_s.arg(alias);
}

} // namespace

void PaymentJournal::fillJournalTotals(const QString &terminalId, BatchReconciliation &into) const
{
    if (into.lastAttemptId == 0) {
        QSqlQuery last(m_db);
        if (last.exec(u"SELECT COALESCE(max(id), 0) FROM payment_attempts"_s) && last.next())
            into.lastAttemptId = last.value(0).toLongLong();
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*), COALESCE(sum(CASE WHEN operation = 'payment' THEN amount_cents END), 0), "
              "COALESCE(sum(CASE WHEN operation = 'refund' THEN amount_cents END), 0) FROM payment_attempts "
              "WHERE terminal_id = ? AND state = 'approved' AND operation IN ('payment', 'refund') AND "_s +
        periodOf({}));
    q.addBindValue(terminalId);
    q.addBindValue(terminalId);
    q.addBindValue(into.lastAttemptId);
    if (q.exec() && q.next()) {
        into.journalCount = q.value(0).toInt();
        into.journalDebits = Money::fromCents(q.value(1).toLongLong());
        into.journalCredits = Money::fromCents(q.value(2).toLongLong());
    }
}

void PaymentJournal::fillTicketTotals(const QString &terminalId, BatchReconciliation &into) const
{
    // Sales, and cancellations that refunded a card through the terminal (a cancellation of an
    // older version repeated its sale's payment, negated: never a terminal's refund).
    const QString since = periodOf(u"a."_s);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*), COALESCE(sum(CASE WHEN tt.amount_cents > 0 THEN tt.amount_cents END), 0), "
              "COALESCE(sum(CASE WHEN tt.amount_cents < 0 THEN -tt.amount_cents END), 0) "
              "FROM payment_attempts a JOIN ticket_tenders tt ON tt.reference = a.reference "
              "AND tt.kind IN ('card', 'card-offline') JOIN tickets t ON t.id = tt.ticket_id "
              "AND (t.kind = 'sale' OR (t.kind = 'void' AND a.operation = 'refund')) "
              "WHERE a.terminal_id = ? AND a.operation IN ('payment', 'refund') AND "_s +
        since);
    q.addBindValue(terminalId);
    q.addBindValue(terminalId);
    q.addBindValue(into.lastAttemptId);
    if (q.exec() && q.next()) {
        into.ticketCount = q.value(0).toInt();
        into.ticketDebits = Money::fromCents(q.value(1).toLongLong());
        into.ticketCredits = Money::fromCents(q.value(2).toLongLong());
    }
    // A ticket counts a payment the terminal does not have as approved.
    QSqlQuery counted(m_db);
    counted.prepare(u"SELECT a.id, a.reference, a.amount_cents, a.state, t.uuid, t.number "
                    "FROM payment_attempts a JOIN ticket_tenders tt ON tt.reference = a.reference "
                    "AND tt.kind IN ('card', 'card-offline') JOIN tickets t ON t.id = tt.ticket_id "
                    "AND (t.kind = 'sale' OR (t.kind = 'void' AND a.operation = 'refund')) "
                    "WHERE a.terminal_id = ? AND a.state <> 'approved' AND "_s +
        since + u" ORDER BY a.id"_s);
    counted.addBindValue(terminalId);
    counted.addBindValue(terminalId);
    counted.addBindValue(into.lastAttemptId);
    if (counted.exec()) {
        while (counted.next()) {
            const Money amount = Money::fromCents(counted.value(2).toLongLong());
            into.issues.append({counted.value(0).toLongLong(), counted.value(4).toString(), amount,
                QCoreApplication::translate("comptoir::PaymentJournal",
                    "Ticket %1 counts card payment %2 of %3, but the register has it as %4: the customer may "
                    "have "
                    "been refunded while the sale says paid by card.")
                    .arg(counted.value(5).toString(), counted.value(1).toString(), amount.toString(),
                        counted.value(3).toString())});
        }
    }
    // An approval no ticket counts and nobody gave back.
    QSqlQuery loose(m_db);
    loose.prepare(u"SELECT a.id, a.reference, a.amount_cents FROM payment_attempts a "
                  "WHERE a.terminal_id = ? AND a.state = 'approved' AND a.operation IN ('payment', 'refund') "
                  "AND a.ticket_uuid IS NULL AND NOT EXISTS (SELECT 1 FROM ticket_tenders tt "
                  "WHERE tt.reference = a.reference AND tt.kind IN ('card', 'card-offline')) "
                  "AND NOT EXISTS (SELECT 1 FROM payment_attempts r WHERE r.operation = 'reversal' "
                  "AND r.original_reference = a.reference AND r.state IN ('sending', 'unknown', 'approved')) "
                  "AND NOT EXISTS (SELECT 1 FROM payment_followups f WHERE f.attempt_id = a.id "
                  "AND f.kind = 'approved-without-sale' AND f.resolved_at IS NULL) "
                  "AND "_s +
        since + u" ORDER BY a.id"_s);
    loose.addBindValue(terminalId);
    loose.addBindValue(terminalId);
    loose.addBindValue(into.lastAttemptId);
    if (loose.exec()) {
        while (loose.next()) {
            const Money amount = Money::fromCents(loose.value(2).toLongLong());
            into.issues.append({loose.value(0).toLongLong(), {}, amount,
                QCoreApplication::translate("comptoir::PaymentJournal",
                    "Card payment %1 of %2 was approved at the terminal but no ticket counts it: refund the "
                    "customer or find the sale.")
                    .arg(loose.value(1).toString(), amount.toString())});
        }
    }
}

Status PaymentJournal::recordBatch(const BatchReconciliation &b)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO terminal_batches (terminal_id, closed_at, terminal_count, terminal_debits_cents, "
        "terminal_credits_cents, journal_count, journal_debits_cents, journal_credits_cents, differences, "
        "ticket_count, ticket_debits_cents, ticket_credits_cents, terminal_reported, last_attempt_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(b.terminalId);
    q.addBindValue(now());
    q.addBindValue(b.terminalCount);
    q.addBindValue(b.terminalDebits.cents());
    q.addBindValue(b.terminalCredits.cents());
    q.addBindValue(b.journalCount);
    q.addBindValue(b.journalDebits.cents());
    q.addBindValue(b.journalCredits.cents());
    q.addBindValue(text(b.differences.join(u'\n')));
    q.addBindValue(b.ticketCount);
    q.addBindValue(b.ticketDebits.cents());
    q.addBindValue(b.ticketCredits.cents());
    q.addBindValue(b.terminalReported ? 1 : 0);
    q.addBindValue(b.lastAttemptId);
    if (auto s = exec(q, "recording the end-of-day card batch"); !s)
        return s;
    for (const BatchIssue &issue : b.issues) {
        if (auto s = addFollowup(PaymentFollowup::BatchDifference, issue.attemptId, issue.ticketUuid,
                issue.amount, u"End of day on %1: "_s.arg(b.terminalId) + issue.detail);
            !s)
            return s;
    }
    QStringList totals = b.differences; // the payments of their own have their own follow-up
    for (const BatchIssue &issue : b.issues)
        totals.removeAll(issue.detail);
    if (!totals.isEmpty()) {
        if (auto s = addFollowup(PaymentFollowup::BatchDifference, 0, {}, b.terminalDebits - b.journalDebits,
                u"End of day on %1: "_s.arg(b.terminalId) + totals.join(u"; "_s));
            !s)
            return s;
    }
    return tx.commit();
}

Status PaymentJournal::recordReading(const QString &terminalId, bool reachable, const QJsonObject &reading)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QString json = QString::fromUtf8(QJsonDocument(reading).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO terminal_readings (terminal_id, at, reachable, reading) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(terminalId);
    q.addBindValue(now());
    q.addBindValue(reachable ? 1 : 0);
    q.addBindValue(json);
    if (auto s = exec(q, "recording a terminal reading"); !s)
        return s;
    QJsonObject payload = reading;
    payload.insert(u"terminal_id"_s, terminalId);
    payload.insert(u"register_id"_s, m_registerId);
    payload.insert(u"reachable"_s, reachable);
    payload.insert(u"at"_s, now());
    if (auto s = Outbox(m_db).append(createUuidV7String(), u"terminal-reading"_s, m_registerId, m_clock.now(),
            QJsonDocument(payload).toJson(QJsonDocument::Compact));
        !s)
        return s;
    return tx.commit();
}

} // namespace comptoir
