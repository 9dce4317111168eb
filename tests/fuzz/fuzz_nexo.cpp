// SPDX-License-Identifier: GPL-3.0-or-later
// nexo JSON answers and requests: decodeResponse() as the register reads a terminal, and
// sim::decodeRequest() as the simulator reads the register. Input: one byte choosing the operation
// asked, then the message.
#include "fuzzing.h"

#include "nexomessages.h"
#include "payment/cardmask.h"
#include "payment/nexo.h"

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

void checkNoCardNumber(const TerminalResult &r)
{
    for (const QString *field :
        {&r.maskedPan, &r.receiptText, &r.detail, &r.reason, &r.reference, &r.authorisation, &r.application,
            &r.entryMode, &r.terminalReference, &r.model, &r.serial, &r.softwareVersion, &r.network})
        FUZZ_CHECK(!fuzz::showsCardNumber(*field));
    for (const StoredPaymentReport &s : r.storedPayments) {
        FUZZ_CHECK(!fuzz::showsCardNumber(s.reference));
        FUZZ_CHECK(!fuzz::showsCardNumber(s.authorisation));
        FUZZ_CHECK(!s.amount.isNegative());
    }
}

sim::IncomingRequest paymentRequest(const QString &serviceId)
{
    sim::IncomingRequest in;
    in.category = u"Payment"_s;
    in.ids = {u"CAISSE-01"_s, u"P400"_s, serviceId};
    in.transactionId = serviceId;
    return in;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const TerminalOperation operation = fuzz::operationFromByte(data[0]);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    const Result<TerminalResult> r = nexo::decodeResponse(bytes, operation);
    if (!r.ok()) {
        FUZZ_CHECK(r.error().code == u"nexo.format"_s);
        FUZZ_CHECK(!fuzz::showsCardNumber(r.error().message));
    } else {
        FUZZ_CHECK(r->operation == operation || operation == TerminalOperation::LastTransaction);
        checkNoCardNumber(*r);
        FUZZ_CHECK(fuzz::digitCount(r->maskedPan) <= 10);
        FUZZ_CHECK(r->maskedPan == maskPan(r->maskedPan));
        FUZZ_CHECK(!r->amount.isNegative() && !r->storedAmount.isNegative());
        FUZZ_CHECK(!r->batchDebits.isNegative() && !r->batchCredits.isNegative());
        FUZZ_CHECK(r->batteryPercent >= -1 && r->batteryPercent <= 100);
        FUZZ_CHECK(r->storedCount >= -1);
        FUZZ_CHECK(r->acquirerLink >= -1 && r->acquirerLink <= 1);
        FUZZ_CHECK(!r->storedOffline || r->approved());

        // What the register understood, written back by a terminal, reads the same.
        if ((operation == TerminalOperation::Payment || operation == TerminalOperation::Refund) &&
            r->approved() && r->reference.size() <= nexo::kMaxServiceId) {
            const QByteArray again = sim::encodeResponse(paymentRequest(r->reference), *r,
                {true, false, r->terminalReference, QDateTime::fromSecsSinceEpoch(0, Qt::UTC)});
            const Result<TerminalResult> back = nexo::decodeResponse(again, TerminalOperation::Payment);
            FUZZ_CHECK(back.ok());
            FUZZ_CHECK(back->outcome == TerminalOutcome::Approved);
            FUZZ_CHECK(back->amount == r->amount);
            // Written as Adyen writes it ("497010 **** 0003"): the first six and last four digits.
            const auto digitsOf = [](const QString &s) {
                QString d;
                for (const QChar c : s) {
                    if (c.isDigit())
                        d += c;
                }
                return d;
            };
            const QString sent = digitsOf(r->maskedPan.isEmpty() ? u"497010######0003"_s : r->maskedPan);
            // or none at all when the terminal's own mask was malformed (masking more is safe).
            const QString kept = digitsOf(back->maskedPan);
            FUZZ_CHECK(
                kept.isEmpty() || kept == (sent.size() >= 10 ? sent.left(6) + sent.right(4) : sent.right(4)));
            FUZZ_CHECK(back->authorisation == r->authorisation);
            FUZZ_CHECK(back->storedOffline == r->storedOffline);
            FUZZ_CHECK(back->reference == r->reference);
        }
    }

    // The same bytes as a request, the way the simulator reads the register.
    const Result<sim::IncomingRequest> in = sim::decodeRequest(bytes);
    if (in.ok()) {
        FUZZ_CHECK(!in->ids.serviceId.isEmpty() && in->ids.serviceId.size() <= nexo::kMaxServiceIdRead);
        FUZZ_CHECK(!in->amount.isNegative());
        FUZZ_CHECK(!in->abort || !in->referencedServiceId.isEmpty());
    } else {
        FUZZ_CHECK(in.error().code == u"nexo.format"_s);
    }

    // Amounts as text: whatever parses prints back to the same value.
    const qsizetype cut = qMin<qsizetype>(bytes.size(), 24);
    if (const auto amount = nexo::parseAmount(bytes.first(cut)))
        FUZZ_CHECK(nexo::parseAmount(nexo::formatAmount(*amount)) == amount);
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    QList<QByteArray> out;
    auto add = [&out](TerminalOperation op, const QByteArray &message) {
        out.append(char('0' + int(op)) + message);
    };
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    // Requests of every kind, made by the real encoder.
    for (int op = 0; op <= int(TerminalOperation::Batch); ++op) {
        TerminalRequest request;
        request.operation = TerminalOperation(op);
        request.reference = u"0100000042"_s;
        request.originalReference = u"0100000041"_s;
        request.amount = Money::fromCents(1250);
        add(request.operation,
            nexo::encodeRequest(request, {u"CAISSE-01"_s, u"P400"_s, u"0100000042"_s}, when));
    }
    add(TerminalOperation::Payment,
        nexo::encodeAbort({u"CAISSE-01"_s, u"P400"_s, u"9000000001"_s}, u"0100000042"_s));

    // Answers: approved (online and stored), declined, busy; a status, a diagnosis, a batch.
    TerminalResult paid;
    paid.operation = TerminalOperation::Payment;
    paid.outcome = TerminalOutcome::Approved;
    paid.amount = Money::fromCents(1250);
    paid.authorisation = u"123456"_s;
    paid.maskedPan = u"497010******0003"_s;
    paid.application = u"CB"_s;
    paid.entryMode = u"contactless"_s;
    paid.receiptText = u"CARTE BANCAIRE\nMONTANT = 12,50 EUR\nAUTO 123456"_s;
    paid.reference = u"0100000042"_s;
    const sim::ResponseOptions options {true, false, u"000042"_s, when};
    add(TerminalOperation::Payment, sim::encodeResponse(paymentRequest(u"0100000042"_s), paid, options));
    TerminalResult stored = paid;
    stored.storedOffline = true;
    add(TerminalOperation::Payment, sim::encodeResponse(paymentRequest(u"0100000043"_s), stored, options));
    for (const auto &[outcome, reason] : {std::pair {TerminalOutcome::Declined, u"refused"_s},
             {TerminalOutcome::Cancelled, u"aborted"_s}, {TerminalOutcome::Failed, u"busy"_s}}) {
        TerminalResult failed = paid;
        failed.outcome = outcome;
        failed.reason = reason;
        add(TerminalOperation::Payment,
            sim::encodeResponse(paymentRequest(u"0100000044"_s), failed, options));
    }
    sim::IncomingRequest status;
    status.category = u"TransactionStatus"_s;
    status.operation = TerminalOperation::LastTransaction;
    status.ids = {u"CAISSE-01"_s, u"P400"_s, u"9000000002"_s};
    status.referencedServiceId = u"0100000042"_s;
    add(TerminalOperation::LastTransaction, sim::encodeResponse(status, paid, options));
    add(TerminalOperation::LastTransaction, sim::encodeResponse(status, paid, {false, false, {}, when}));
    sim::IncomingRequest diagnosis = status;
    diagnosis.category = u"Diagnosis"_s;
    diagnosis.operation = TerminalOperation::Identify;
    TerminalResult health;
    health.outcome = TerminalOutcome::Approved;
    health.model = u"SIM-Desk/5000"_s;
    health.serial = u"SIM0000001"_s;
    health.acquirerLink = 0;
    health.storedCount = 2;
    health.storedAmount = Money::fromCents(5100);
    health.batteryPercent = 87;
    add(TerminalOperation::Identify, sim::encodeResponse(diagnosis, health));
    sim::IncomingRequest batch = status;
    batch.category = u"Reconciliation"_s;
    batch.operation = TerminalOperation::Batch;
    TerminalResult totals;
    totals.outcome = TerminalOutcome::Approved;
    totals.batchCount = 3;
    totals.batchDebits = Money::fromCents(7600);
    totals.storedPayments = {{u"0100000043"_s, Money::fromCents(1250), u"declined"_s, {}}};
    add(TerminalOperation::Batch, sim::encodeResponse(batch, totals));
    return out;
}
