// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol E answers: decodeResponse() of the data of a frame. Input: one byte choosing the
// operation asked, then the answer.
#include "fuzzing.h"

#include "payment/cardmask.h"
#include "payment/protocole.h"

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray answer(char status, qint64 cents, const QByteArray &report, const QByteArray &reference)
{
    QByteArray a = "01";
    a += status;
    a += QByteArray::number(cents).rightJustified(8, '0');
    a += '1';
    if (!report.isNull())
        a += report.leftJustified(55, ' ', true);
    a += "978";
    a += reference.leftJustified(10, ' ', true);
    return a;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const TerminalOperation operation = fuzz::operationFromByte(data[0]);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Result<TerminalResult> r = protocole::decodeResponse(bytes, operation);
    if (!r.ok()) {
        FUZZ_CHECK(r.error().code == u"payment.format"_s);
        FUZZ_CHECK(!fuzz::showsCardNumber(r.error().message));
        return 0;
    }
    FUZZ_CHECK(bytes.size() == protocole::kFullAnswerSize || bytes.size() == protocole::kShortAnswerSize);
    FUZZ_CHECK(r->operation == operation);
    FUZZ_CHECK(r->outcome == TerminalOutcome::Approved || r->outcome == TerminalOutcome::Declined ||
        r->outcome == TerminalOutcome::Unknown);
    // Eight digits of amount, ten characters of reference.
    FUZZ_CHECK(r->amount.cents() >= 0 && r->amount.cents() <= 99'999'999);
    FUZZ_CHECK(r->reference.size() <= 10);
    // The card report's number never leaves unmasked.
    FUZZ_CHECK(r->maskedPan.isEmpty() || (r->maskedPan.size() >= 12 && r->maskedPan.size() <= 19));
    FUZZ_CHECK(fuzz::digitCount(r->maskedPan) <= 10);
    FUZZ_CHECK(r->maskedPan == maskPan(r->maskedPan));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->maskedPan));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->receiptText));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->detail));
    FUZZ_CHECK(!fuzz::showsCardNumber(r->reason));
    FUZZ_CHECK(bytes.size() == protocole::kFullAnswerSize || r->maskedPan.isEmpty());

    // The operation asked changes nothing but the operation reported.
    const auto other = TerminalOperation((int(operation) + 1) % (int(TerminalOperation::Batch) + 1));
    const Result<TerminalResult> o = protocole::decodeResponse(bytes, other);
    FUZZ_CHECK(o.ok() && o->operation == other);
    FUZZ_CHECK(o->outcome == r->outcome && o->amount == r->amount && o->reference == r->reference &&
        o->maskedPan == r->maskedPan && o->reason == r->reason);
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    QList<QByteArray> out;
    auto add = [&out](TerminalOperation op, const QByteArray &message) {
        out.append(char('0' + int(op)) + message);
    };
    // Full answers carry the card report, with the full card number as real terminals send it.
    add(TerminalOperation::Payment, answer('0', 1250, "4970100000000003=2812101", "0100000042"));
    add(TerminalOperation::Refund, answer('0', 99'999'999, "5017670000006700=2612101", "0100000043"));
    add(TerminalOperation::Reversal, answer('0', 1, "4000001234567899012=3012101", "0100000044"));
    add(TerminalOperation::Payment, answer('7', 1250, "4970100000000003=2812101", "0100000045"));
    add(TerminalOperation::Payment, answer('7', 0, QByteArray(55, ' '), QByteArray(10, ' ')));
    add(TerminalOperation::Payment, answer('9', 1250, "497010******0003", "0100000046"));
    // Short answers.
    add(TerminalOperation::Payment, answer('0', 1250, {}, "0100000047"));
    add(TerminalOperation::Payment, answer('7', 1250, {}, "0100000048"));
    add(TerminalOperation::Refund, answer('9', 1250, {}, "0100000049"));
    // A request where an answer was expected.
    TerminalRequest request;
    request.reference = u"0100000050"_s;
    request.amount = Money::fromCents(1250);
    add(TerminalOperation::Payment, protocole::encodeRequest(request).value());
    return out;
}
