// SPDX-License-Identifier: GPL-3.0-or-later
// Caisse-AP records: parse() of what arrives on bare TCP, and decodeResponse() of the message.
// Input: one byte choosing the operation asked, then the bytes of the answer.
#include "fuzzing.h"

#include "payment/caisseap.h"
#include "payment/cardmask.h"

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;
using caisseap::Parse;

namespace {

qsizetype consumed(const caisseap::Message &m)
{
    qsizetype n = 0;
    for (const caisseap::Record &r : m.records())
        n += 5 + r.value.size();
    return n;
}

// What makes an Incomplete message Complete: the rest of the record under way (a CZ record
// when nothing has come yet), with '0' for missing length digits and 'x' for the value.
QByteArray completion(QByteArrayView bytes, const Parse &p)
{
    const QByteArrayView tail = bytes.sliced(consumed(p.message));
    QByteArray record = tail.toByteArray();
    const QByteArray tag = p.message.isEmpty() ? "CZ" : "ZZ";
    while (record.size() < 2)
        record.append(tag[record.size()]);
    while (record.size() < 5)
        record.append('0');
    const int len = record.mid(2, 3).toInt();
    if (record.size() < 5 + len)
        record.append(QByteArray(5 + len - record.size(), 'x'));
    return record.sliced(tail.size());
}

// parse() on the first n bytes of a message whose parse was p (Complete or Incomplete): never
// Invalid; Complete exactly at the end of a record, with the records so far.
void checkPrefix(QByteArrayView bytes, const Parse &p, qsizetype n)
{
    const Parse q = caisseap::parse(bytes.first(n));
    FUZZ_CHECK(q.state != Parse::Invalid);
    qsizetype end = 0;
    qsizetype records = 0;
    for (const caisseap::Record &r : p.message.records()) {
        if (end + 5 + r.value.size() > n)
            break;
        end += 5 + r.value.size();
        ++records;
    }
    FUZZ_CHECK(q.message.records() == p.message.records().first(records));
    FUZZ_CHECK(q.state == (n > 0 && n == end ? Parse::Complete : Parse::Incomplete));
}

void checkAnswer(const Result<TerminalResult> &r, const caisseap::Message &m, TerminalOperation operation)
{
    if (!r.ok()) {
        FUZZ_CHECK(r.error().code == u"payment.format"_s);
        FUZZ_CHECK(!fuzz::showsCardNumber(r.error().message));
        return;
    }
    FUZZ_CHECK(r->operation == operation);
    FUZZ_CHECK(r->outcome == TerminalOutcome::Approved || m.value("AE") == "01");
    // Card data is masked here: whatever the terminal sends, at most 6 + 4 digits of a card.
    FUZZ_CHECK(fuzz::digitCount(r->maskedPan) <= 10);
    FUZZ_CHECK(r->maskedPan == maskPan(r->maskedPan));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->maskedPan));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->receiptText));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->detail));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->reason)); // stored with the attempt
    // Amounts are digits only (CB at most 12 of them): never negative.
    FUZZ_CHECK(r->amount.cents() >= 0 && r->amount.cents() <= 999'999'999'999);
    FUZZ_CHECK(!r->storedAmount.isNegative());
    FUZZ_CHECK(!r->batchDebits.isNegative() && !r->batchCredits.isNegative());
    for (const StoredPaymentReport &s : r->storedPayments)
        FUZZ_CHECK(!s.amount.isNegative());
    FUZZ_CHECK(r->storedCount >= -1 && r->batchCount >= 0);
    FUZZ_CHECK(r->batteryPercent >= -1 && r->batteryPercent <= 100);
    FUZZ_CHECK(r->acquirerLink >= -1 && r->acquirerLink <= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const TerminalOperation operation = fuzz::operationFromByte(data[0]);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Parse p = caisseap::parse(bytes);

    switch (p.state) {
    case Parse::Complete: {
        FUZZ_CHECK(p.message.records().first().tag == "CZ");
        // Lossless: the message encodes back to the very bytes, which parse to the same message.
        const QByteArray encoded = p.message.encode();
        FUZZ_CHECK(encoded == bytes);
        const Parse again = caisseap::parse(encoded);
        FUZZ_CHECK(again.state == Parse::Complete && again.message == p.message);
        break;
    }
    case Parse::Incomplete: {
        // "A valid beginning": some bytes make it Complete.
        FUZZ_CHECK(p.error.isEmpty());
        const Parse done = caisseap::parse(QByteArray(bytes.toByteArray() + completion(bytes, p)));
        FUZZ_CHECK(done.state == Parse::Complete);
        FUZZ_CHECK(done.message.records().first(p.message.records().size()) == p.message.records());
        break;
    }
    case Parse::Invalid:
        // Nothing that follows repairs it.
        FUZZ_CHECK(!p.error.isEmpty());
        FUZZ_CHECK(caisseap::parse(QByteArray(bytes.toByteArray() + "CZ0040320")).state == Parse::Invalid);
        break;
    }
    for (const caisseap::Record &r : p.message.records()) {
        FUZZ_CHECK(r.tag.size() == 2 && r.value.size() <= 999);
    }

    if (p.state != Parse::Invalid) {
        // Every prefix is a valid beginning too: a few cuts, and every record boundary.
        checkPrefix(bytes, p, 0);
        checkPrefix(bytes, p, bytes.size() * data[0] / 255);
        if (bytes.size() > 0)
            checkPrefix(bytes, p, bytes.size() - 1);
        qsizetype end = 0;
        for (const caisseap::Record &r :
            p.message.records().first(qMin<qsizetype>(p.message.records().size(), 8))) {
            end += 5 + r.value.size();
            checkPrefix(bytes, p, end);
            checkPrefix(bytes, p, end - 1);
        }
    }

    if (!p.message.isEmpty())
        checkAnswer(caisseap::decodeResponse(p.message, operation), p.message, operation);
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    using caisseap::Message;
    QList<QByteArray> out;
    auto add = [&out](TerminalOperation op, const QByteArray &message) {
        out.append(char('0' + int(op)) + message);
    };
    // The register's requests, every operation.
    for (int op = 0; op <= int(TerminalOperation::Batch); ++op) {
        TerminalRequest r;
        r.operation = TerminalOperation(op);
        r.reference = u"0100000042"_s;
        r.amount = Money::fromCents(1250);
        add(r.operation, caisseap::encodeRequest(r).encode());
    }
    // The terminal's answers, as the simulator and real terminals send them.
    const QString pan = u"4970100000000003"_s;
    const QByteArray receipt =
        QByteArray("CARTE BANCAIRE\nTPE\n12/03/26 10:42:00\nA0000000421010\nSANS CONTACT\n") +
        maskPan(pan).toLatin1() + "\nMONTANT = 12,50 EUR\nDEBIT\nAUTO 123456\nTICKET CLIENT A CONSERVER";
    Message approved {{"CZ", caisseap::kVersion}, {"CA", "01"}, {"AE", "10"}, {"CB", "1250"}, {"CD", "0"},
        {"CE", "978"}, {"AC", "123456"}, {"AA", maskPan(pan).toLatin1()}, {"AI", "A0000000421010"},
        {"CC", "CB"}, {"CI", "L"}, {caisseap::ext::TerminalRef, "000042"}, {"ZT", receipt},
        {"CF", "0100000042"}};
    add(TerminalOperation::Payment, approved.encode());
    Message offline = approved;
    offline.add(caisseap::ext::StoredOffline, "1");
    add(TerminalOperation::Refund, offline.encode());
    // A careless terminal: full card number in AA and in the receipt.
    add(TerminalOperation::Payment,
        "CZ0040320AE00210CB0041250AA0164970100000000003"
        "ZT027CARTE 4970 1000 0000 0003\nAK0194970-1000-0000-0003CF0100100000001");
    for (const char *af : {"04", "05", "06", "07", "08", "09", "11", "12", "13", "99"}) {
        add(TerminalOperation::Payment,
            Message {{"CZ", caisseap::kVersion}, {"CA", "01"}, {"AE", "01"}, {"AF", af}, {"CF", "0100000042"}}
                .encode());
    }
    add(TerminalOperation::LastTransaction, Message {{"CZ", caisseap::kVersion}, {"AE", "11"}}.encode());
    add(TerminalOperation::Identify,
        Message {{"CZ", caisseap::kVersion}, {"CA", "01"}, {"AE", "10"}, {"CD", "I"},
            {caisseap::ext::Model, "SIM-1"}, {caisseap::ext::Serial, "0001"},
            {caisseap::ext::Software, "1.0"}, {caisseap::ext::LastOnline, "2026-03-12T10:42:00.000Z"},
            {caisseap::ext::StoredCount, "2"}, {caisseap::ext::StoredAmount, "2500"},
            {caisseap::ext::Network, "wifi"}, {caisseap::ext::Battery, "87"},
            {caisseap::ext::AcquirerLink, "0"}, {"CF", "0100000042"}}
            .encode());
    add(TerminalOperation::Batch,
        Message {{"CZ", caisseap::kVersion}, {"CA", "01"}, {"AE", "10"}, {"CD", "T"},
            {caisseap::ext::BatchCount, "3"}, {caisseap::ext::BatchDebits, "4500"},
            {caisseap::ext::BatchCredits, "1000"}, {caisseap::ext::StoredReport, "0100000001;1250;pending;"},
            {caisseap::ext::StoredReport, "0100000002;500;accepted;123456"}}
            .encode());
    return out;
}
