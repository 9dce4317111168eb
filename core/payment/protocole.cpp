// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocole.h"

#include "payment/cardmask.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::protocole {

namespace {

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return !v.isEmpty();
}

Error formatError(const QString &detail)
{
    return Error {u"payment.format"_s,
        QCoreApplication::translate(
            "comptoir::Payment", "The terminal sent an answer Comptoir cannot read.") +
            u" ("_s + detail + u')'};
}

} // namespace

Result<QByteArray> encodeRequest(const TerminalRequest &request, const Options &options)
{
    char type = '0';
    switch (request.operation) {
    case TerminalOperation::Payment:
        type = '0';
        break;
    case TerminalOperation::Refund:
        type = '1';
        break;
    case TerminalOperation::Reversal:
        type = '2';
        break;
    default:
        return Error {u"payment.unsupported"_s,
            QCoreApplication::translate("comptoir::Payment", "This terminal's protocol cannot do that.")};
    }
    const qint64 cents = qAbs(request.amount.cents());
    if (cents > 99'999'999) {
        return Error {u"payment.amount"_s,
            QCoreApplication::translate("comptoir::Payment", "The amount is too large for this terminal.")};
    }
    QByteArray m;
    m.reserve(kRequestSize);
    m += QByteArray::number(qBound(1, request.registerNumber, 99)).rightJustified(2, '0');
    m += QByteArray::number(cents).rightJustified(8, '0');
    m += options.fullAnswer ? '1' : '0';
    m += options.paymentMode;
    m += type;
    m += request.currency.toLatin1().left(3).rightJustified(3, '0');
    m += request.reference.toLatin1().left(10).leftJustified(10, ' ');
    m += "A010";
    m += request.forceOnline ? "B011" : "B010";
    Q_ASSERT(m.size() == kRequestSize);
    return m;
}

Result<TerminalResult> decodeResponse(QByteArrayView data, TerminalOperation operation)
{
    if (data.size() != kFullAnswerSize && data.size() != kShortAnswerSize)
        return formatError(u"answer of %1 bytes"_s.arg(data.size()));
    const bool full = data.size() == kFullAnswerSize;
    const QByteArrayView amount = data.sliced(3, 8);
    const QByteArrayView currency = data.sliced(full ? 67 : 12, 3);
    if (!allDigits(data.sliced(0, 2)) || !allDigits(amount) || !allDigits(currency))
        return formatError(u"non-numeric field"_s);

    TerminalResult r;
    r.operation = operation;
    r.amount = Money::fromCents(amount.toByteArray().toLongLong());
    r.reference = QString::fromLatin1(data.sliced(full ? 70 : 15, 10)).trimmed();
    switch (data[2]) {
    case '0':
        r.outcome = TerminalOutcome::Approved;
        break;
    case '7':
        r.outcome = TerminalOutcome::Declined;
        r.reason = u"refused"_s;
        break;
    case '9':
        // "Handled" without a verified outcome: the clerk must check the terminal's receipt.
        r.outcome = TerminalOutcome::Unknown;
        r.reason = u"unverified"_s;
        break;
    default:
        return formatError(u"unknown status"_s);
    }
    if (full) {
        // The card report can carry the full card number: only a masked form leaves here.
        // It starts with the card number, full or masked by the terminal ("497010******0003"),
        // up to a space or the track separator '='.
        const QString report = QString::fromLatin1(data.sliced(12, 55)).trimmed();
        const QString first = report.section(u' ', 0, 0).section(u'=', 0, 0);
        const QString kept = maskPan(first.left(19));
        if (kept.size() >= 12)
            r.maskedPan = kept;
    }
    return r;
}

} // namespace comptoir::protocole
