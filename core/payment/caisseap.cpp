// SPDX-License-Identifier: GPL-3.0-or-later
#include "caisseap.h"

#include "payment/cardmask.h"
#include "payment/cardvocabulary.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::caisseap {

namespace {

bool isTagChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString text(const QByteArray &v)
{
    return QString::fromLatin1(v).trimmed();
}

Error formatError(const QString &detail)
{
    return Error {u"payment.format"_s,
        QCoreApplication::translate(
            "comptoir::Payment", "The terminal sent an answer Comptoir cannot read.") +
            u" ("_s + detail + u')'};
}

} // namespace

bool Message::has(QByteArrayView tag) const
{
    for (const Record &r : m_records) {
        if (r.tag == tag)
            return true;
    }
    return false;
}

QByteArray Message::value(QByteArrayView tag) const
{
    for (const Record &r : m_records) {
        if (r.tag == tag)
            return r.value;
    }
    return {};
}

QList<QByteArray> Message::values(QByteArrayView tag) const
{
    QList<QByteArray> out;
    for (const Record &r : m_records) {
        if (r.tag == tag)
            out.append(r.value);
    }
    return out;
}

QByteArray Message::encode() const
{
    QByteArray out;
    for (const Record &r : m_records) {
        Q_ASSERT(r.tag.size() == 2 && r.value.size() <= 999);
        out.append(r.tag);
        out.append(QByteArray::number(r.value.size()).rightJustified(3, '0'));
        out.append(r.value);
    }
    return out;
}

Parse parse(QByteArrayView bytes)
{
    Parse p;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype left = bytes.size() - i;
        // Tag and length, checked as far as they have arrived.
        for (qsizetype k = 0; k < qMin<qsizetype>(left, 5); ++k) {
            const char c = bytes[i + k];
            if (k < 2 ? !isTagChar(c) : (c < '0' || c > '9')) {
                p.state = Parse::Invalid;
                p.error = u"bad record header at byte %1"_s.arg(i + k);
                return p;
            }
        }
        // From the first byte on: "A" can never become a message, it must not be waited for.
        const QByteArrayView head = bytes.sliced(i, qMin<qsizetype>(left, 2));
        if (p.message.isEmpty() && !QByteArrayView("CZ").startsWith(head)) {
            p.state = Parse::Invalid;
            p.error = u"message does not start with CZ"_s;
            return p;
        }
        if (left < 5)
            return p; // Incomplete
        const int len = bytes.sliced(i + 2, 3).toInt();
        if (left < 5 + len)
            return p; // Incomplete
        p.message.add(bytes.sliced(i, 2).toByteArray(), bytes.sliced(i + 5, len).toByteArray());
        i += 5 + len;
    }
    p.state = p.message.isEmpty() ? Parse::Incomplete : Parse::Complete;
    return p;
}

Message encodeRequest(const TerminalRequest &request, const QByteArray &ecrId)
{
    Message m;
    m.add("CZ", kVersion);
    m.add("CJ", ecrId.leftJustified(12, ' ', true));
    m.add("CA", QByteArray::number(qBound(1, request.registerNumber, 99)).rightJustified(2, '0'));
    char action = ActionDebit;
    switch (request.operation) {
    case TerminalOperation::Payment:
        action = ActionDebit;
        break;
    case TerminalOperation::Refund:
        action = ActionRefund;
        break;
    case TerminalOperation::Reversal:
        action = ActionCancel;
        break;
    case TerminalOperation::LastTransaction:
        action = ActionDuplicate;
        break;
    case TerminalOperation::Identify:
        action = ActionIdentify;
        break;
    case TerminalOperation::Batch:
        action = ActionBatch;
        break;
    }
    // CZ, CJ, CA, CB, CD and CE are mandatory in every request, an identification or a status
    // query included (terminals answer a format error without them): no amount is "00".
    const bool carriesAmount = request.operation == TerminalOperation::Payment ||
        request.operation == TerminalOperation::Refund || request.operation == TerminalOperation::Reversal;
    m.add("CB",
        carriesAmount ? QByteArray::number(qAbs(request.amount.cents())).rightJustified(2, '0')
                      : QByteArray("00"));
    m.add("CD", QByteArray(1, action));
    m.add("CE", request.currency.toLatin1());
    m.add("BA", "0");
    if (!request.reference.isEmpty())
        m.add("CF", request.reference.toLatin1().left(10));
    return m;
}

Result<TerminalResult> decodeResponse(const Message &answer, TerminalOperation operation)
{
    TerminalResult r;
    r.operation = operation;
    const QByteArray ae = answer.value("AE");
    if (ae.isEmpty())
        return formatError(u"no AE record"_s);
    r.reference = text(answer.value("CF"));
    if (const QByteArray cb = answer.value("CB"); !cb.isEmpty()) {
        if (!allDigits(cb) || cb.size() > 12)
            return formatError(u"bad CB amount"_s);
        r.amount = Money::fromCents(cb.toLongLong());
    }
    r.authorisation = text(answer.value("AC"));
    // Masked again: a terminal that sends more than 6+4 digits must not reach our storage.
    if (const QByteArray aa = answer.value("AA"); !aa.isEmpty())
        r.maskedPan = maskPan(QString::fromLatin1(aa));
    // CC is a code ("001" CB contact, "00B" CB contactless), CI the read mode ("1" contact,
    // "2" contactless...): both into the one vocabulary the rules and the reports speak.
    const QString cc = text(answer.value("CC"));
    r.application = cards::brandFromCaisseAp(cc);
    if (r.application.isEmpty())
        r.application = cards::brandFromAid(text(answer.value("AI")));
    r.entryMode = cards::entryModeFromCaisseAp(text(answer.value("CI")));
    if (r.entryMode.isEmpty())
        r.entryMode = cards::entryModeFromCaisseApApplication(cc);
    QString receipt;
    for (const QByteArray &t : answer.values("ZT") + answer.values("AK"))
        receipt += QString::fromLatin1(t);
    r.receiptText = scrubCardNumbers(receipt);
    r.storedOffline = answer.value(ext::StoredOffline) == "1";
    r.terminalReference = text(answer.value(ext::TerminalRef));

    r.model = text(answer.value(ext::Model));
    r.serial = text(answer.value(ext::Serial));
    r.softwareVersion = text(answer.value(ext::Software));
    if (const QByteArray lo = answer.value(ext::LastOnline); !lo.isEmpty())
        r.lastOnlineAuthorisation = QDateTime::fromString(QString::fromLatin1(lo), Qt::ISODateWithMs);
    if (const QByteArray sc = answer.value(ext::StoredCount); allDigits(sc))
        r.storedCount = sc.toInt();
    if (const QByteArray sa = answer.value(ext::StoredAmount); allDigits(sa))
        r.storedAmount = Money::fromCents(sa.toLongLong());
    r.network = text(answer.value(ext::Network));
    if (const QByteArray k = answer.value(ext::AcquirerLink); k == "0" || k == "1")
        r.acquirerLink = k == "1" ? 1 : 0;
    if (const QByteArray b = answer.value(ext::Battery); allDigits(b))
        r.batteryPercent = qBound(0, b.toInt(), 100);
    if (const QByteArray c = answer.value(ext::BatchCount); allDigits(c))
        r.batchCount = c.toInt();
    if (const QByteArray d = answer.value(ext::BatchDebits); allDigits(d))
        r.batchDebits = Money::fromCents(d.toLongLong());
    if (const QByteArray c = answer.value(ext::BatchCredits); allDigits(c))
        r.batchCredits = Money::fromCents(c.toLongLong());
    for (const QByteArray &f : answer.values(ext::StoredReport)) {
        const QList<QByteArray> parts = f.split(';');
        if (parts.size() < 3 || !allDigits(parts[1]))
            return formatError(u"bad ZF record"_s);
        r.storedPayments.append({text(parts[0]), Money::fromCents(parts[1].toLongLong()), text(parts[2]),
            parts.size() > 3 ? text(parts[3]) : QString()});
    }

    if (ae == "10") {
        r.outcome = TerminalOutcome::Approved;
    } else if (ae == "01") {
        const QByteArray af = answer.value("AF");
        if (af == "04" || af == "05") {
            r.outcome = TerminalOutcome::Declined;
            r.reason = af == "04" ? u"refused"_s : u"forbidden"_s;
        } else if (af == "06" || af == "11") {
            r.outcome = TerminalOutcome::Cancelled;
            r.reason = u"abandoned"_s;
        } else if (af == "08") {
            r.outcome = TerminalOutcome::Cancelled;
            r.reason = u"timeout"_s;
        } else if (af == "09" || af == "12" || af == "13") {
            r.outcome = TerminalOutcome::Failed; // refused before any card was read
            r.reason = af == "09" ? u"format"_s : af == "12" ? u"unsupported"_s : u"currency"_s;
        } else {
            r.outcome = TerminalOutcome::Declined;
            // AF is two digits; anything longer could be card data, and the reason is stored.
            r.reason = u"not-done-"_s + scrubCardNumbers(QString::fromLatin1(af));
        }
    } else if (ae == "11") {
        return formatError(u"intermediate acknowledgement where a result was expected"_s);
    } else {
        return formatError(u"unknown AE value"_s);
    }
    return r;
}

bool echoesAgree(const Message &request, const Message &answer)
{
    for (const char *tag : {"CA", "CD", "CE"}) {
        const QByteArray echoed = answer.value(tag);
        if (!echoed.isEmpty() && request.has(tag) && echoed.trimmed() != request.value(tag).trimmed())
            return false;
    }
    const QByteArray cb = answer.value("CB");
    if (!cb.isEmpty() && request.has("CB")) {
        bool okAnswer = false, okRequest = false;
        const qlonglong a = cb.toLongLong(&okAnswer);
        const qlonglong r = request.value("CB").toLongLong(&okRequest);
        if (!okAnswer || !okRequest || a != r)
            return false;
    }
    return true;
}

bool echoesReference(QStringView echoed)
{
    for (QChar c : echoed) {
        if (c != u'0' && c != u' ')
            return true;
    }
    return false;
}

} // namespace comptoir::caisseap
