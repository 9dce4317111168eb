// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexo.h"

#include "payment/cardmask.h"
#include "payment/cardvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::nexo {

namespace {

constexpr std::array kAmountKeys {
    "RequestedAmount", "AuthorizedAmount", "ReversedAmount", "TransactionAmount", "StoredAmount"};

bool isAmountKey(QByteArrayView key)
{
    return std::any_of(kAmountKeys.begin(), kAmountKeys.end(), [key](const char *k) { return key == k; });
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// End of the JSON string starting at `from` (a '"'): the index of its closing quote, or -1.
qsizetype stringEnd(QByteArrayView s, qsizetype from)
{
    bool escaped = false;
    for (qsizetype j = from + 1; j < s.size(); ++j) {
        if (escaped)
            escaped = false;
        else if (s[j] == '\\')
            escaped = true;
        else if (s[j] == '"')
            return j;
    }
    return -1;
}

enum class AmountForm { QuoteNumbers, UnquoteStrings };

// Walks the JSON text, string-aware, and rewrites the value of every amount member: a bare
// number becomes a string of the same characters (reading), or a string holding one of our
// formatted amounts becomes the bare number (writing). Nothing else is touched. An amount
// member whose value is not a number (a string, true, an object) is renamed "!Name" when
// reading, so that it counts as missing.
QByteArray rewriteAmounts(QByteArrayView in, AmountForm form)
{
    QByteArray out;
    out.reserve(in.size() + 32);
    qsizetype i = 0;
    while (i < in.size()) {
        if (in[i] != '"') {
            out += in[i++];
            continue;
        }
        const qsizetype end = stringEnd(in, i);
        if (end < 0) {
            out += in.sliced(i); // unterminated: the JSON parser reports it
            break;
        }
        const QByteArrayView key = in.sliced(i + 1, end - i - 1);
        out += in.sliced(i, end - i + 1);
        i = end + 1;
        if (!isAmountKey(key))
            continue;
        qsizetype k = i;
        while (k < in.size() && isSpace(in[k]))
            ++k;
        if (k >= in.size() || in[k] != ':')
            continue;
        ++k;
        while (k < in.size() && isSpace(in[k]))
            ++k;
        if (form == AmountForm::QuoteNumbers) {
            if (k < in.size() && in[k] != '-' && (in[k] < '0' || in[k] > '9')) {
                // Not a number: renamed, so the amount reads as missing rather than as text.
                out.insert(out.size() - key.size() - 1, '!');
                continue;
            }
            const qsizetype start = k;
            while (k < in.size() && isNumberChar(in[k]))
                ++k;
            if (k == start)
                continue;
            out += in.sliced(i, start - i);
            out += '"';
            out += in.sliced(start, k - start);
            out += '"';
            i = k;
        } else if (k < in.size() && in[k] == '"') {
            const qsizetype valueEnd = stringEnd(in, k);
            if (valueEnd < 0)
                continue;
            const QByteArrayView value = in.sliced(k + 1, valueEnd - k - 1);
            if (!parseAmount(value))
                continue;
            out += in.sliced(i, k - i);
            out += value;
            i = valueEnd + 1;
        }
    }
    return out;
}

QString text(const QJsonValue &v, qsizetype max = 256)
{
    // Whatever a terminal puts in a free field is scrubbed of card numbers before we keep it.
    // Trimmed after the cut too: a cut inside a run of blanks would leave some at the end.
    return scrubCardNumbers(v.toString().trimmed().left(max).trimmed());
}

Error formatError(const QString &detail)
{
    return Error {u"nexo.format"_s, detail};
}

QString currencyCode(const QString &numeric)
{
    return numeric == u"978"_s ? u"EUR"_s : numeric;
}

QJsonObject header(const QString &category, const Ids &ids, const QString &type)
{
    return QJsonObject {{u"ProtocolVersion"_s, QString::fromLatin1(kProtocolVersion)},
        {u"MessageClass"_s, u"Service"_s}, {u"MessageCategory"_s, category}, {u"MessageType"_s, type},
        {u"SaleID"_s, ids.saleId}, {u"ServiceID"_s, ids.serviceId}, {u"POIID"_s, ids.poiId}};
}

// An amount member as toJson() expects it.
QJsonValue amount(Money m)
{
    return QString::fromLatin1(formatAmount(m));
}

std::optional<Money> amountOf(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return parseAmount(v.toString().toLatin1());
}

// An optional, non-negative amount member: absent is fine, present and not an amount is not.
Result<std::optional<Money>> optionalAmount(const QJsonObject &o, const QString &key)
{
    if (o.contains(u'!' + key))
        return formatError(u"%1 is not a number"_s.arg(key));
    if (!o.contains(key))
        return std::optional<Money>();
    const auto a = amountOf(o.value(key));
    if (!a || a->isNegative())
        return formatError(u"bad %1"_s.arg(key));
    return a;
}

struct Condition
{
    const char *nexo;
    TerminalOutcome outcome;
    const char *reason;
};

// How each nexo ErrorCondition ends a request. "Failed" ones never charged anything.
constexpr Condition kConditions[] {
    {"Refusal", TerminalOutcome::Declined, "refused"},
    {"WrongPIN", TerminalOutcome::Declined, "refused"},
    {"InvalidCard", TerminalOutcome::Declined, "refused"},
    {"PaymentRestriction", TerminalOutcome::Declined, "forbidden"},
    {"NotAllowed", TerminalOutcome::Declined, "forbidden"},
    {"UnreachableHost", TerminalOutcome::Declined, "unreachable"},
    {"Cancel", TerminalOutcome::Cancelled, "abandoned"},
    {"Aborted", TerminalOutcome::Cancelled, "aborted"},
    {"Busy", TerminalOutcome::Failed, "busy"},
    {"DeviceOut", TerminalOutcome::Failed, "busy"},
    {"LoggedOut", TerminalOutcome::Failed, "busy"},
    {"UnavailableDevice", TerminalOutcome::Failed, "busy"},
    {"UnavailableService", TerminalOutcome::Failed, "unsupported"},
    {"MessageFormat", TerminalOutcome::Failed, "format"},
    {"NotFound", TerminalOutcome::Failed, "not-at-terminal"},
    {"InProgress", TerminalOutcome::Unknown, "in-progress"},
};

QString conditionFor(const TerminalResult &r)
{
    if (r.reason == u"timeout"_s)
        return u"Cancel"_s;
    for (const Condition &c : kConditions) {
        if (c.outcome == r.outcome && QLatin1StringView(c.reason) == r.reason)
            return QString::fromLatin1(c.nexo);
    }
    switch (r.outcome) {
    case TerminalOutcome::Declined:
        return u"Refusal"_s;
    case TerminalOutcome::Cancelled:
        return u"Cancel"_s;
    case TerminalOutcome::Failed:
        return u"UnavailableService"_s;
    default:
        return u"InProgress"_s;
    }
}

void readResponse(const QJsonObject &response, TerminalResult &r)
{
    const QString result = response.value(u"Result"_s).toString();
    if (result == u"Success"_s || result == u"Partial"_s) {
        r.outcome = TerminalOutcome::Approved;
        return;
    }
    const QString condition = response.value(u"ErrorCondition"_s).toString();
    r.detail = u"nexo "_s + text(response.value(u"ErrorCondition"_s), 32);
    for (const Condition &c : kConditions) {
        if (condition == QLatin1StringView(c.nexo)) {
            r.outcome = c.outcome;
            r.reason = QString::fromLatin1(c.reason);
            return;
        }
    }
    r.outcome = TerminalOutcome::Declined;
    r.reason = u"not-done-"_s + text(condition, 32);
}

// A nexo boolean: Adyen sends JSON booleans, and strings ("true") in some answers.
bool flag(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

Status readPayment(const QJsonObject &body, TerminalResult &r)
{
    const QJsonObject result = body.value(u"PaymentResult"_s).toObject();
    const QJsonObject card =
        result.value(u"PaymentInstrumentData"_s).toObject().value(u"CardData"_s).toObject();
    if (const QString pan = card.value(u"MaskedPan"_s).toString(); !pan.isEmpty())
        r.maskedPan = maskPan(pan.left(32));
    // Adyen's brand codes ("mc", "visadebit") and nexo's entry modes ("Tapped", "ICC") into
    // the register's one vocabulary.
    r.application = cards::brand(text(card.value(u"PaymentBrand"_s), 32));
    const QJsonValue mode = card.value(u"EntryMode"_s);
    r.entryMode = cards::entryMode(text(mode.isArray() ? mode.toArray().first() : mode, 32));
    if (result.contains(u"OnlineFlag"_s))
        r.storedOffline = r.approved() && !flag(result.value(u"OnlineFlag"_s), true);
    const auto authorised = optionalAmount(result.value(u"AmountsResp"_s).toObject(), u"AuthorizedAmount"_s);
    if (!authorised)
        return authorised.error();
    if (authorised.value())
        r.amount = *authorised.value();
    else if (r.approved())
        return formatError(u"approved without AuthorizedAmount"_s);
    r.authorisation = text(result.value(u"PaymentAcquirerData"_s).toObject().value(u"ApprovalCode"_s), 16);
    r.terminalReference = text(
        body.value(u"POIData"_s).toObject().value(u"POITransactionID"_s).toObject().value(u"TransactionID"_s),
        32);
    QStringList lines;
    for (const QJsonValue &doc : body.value(u"PaymentReceipt"_s).toArray()) {
        const QJsonObject d = doc.toObject();
        if (d.value(u"DocumentQualifier"_s).toString() != u"CustomerReceipt"_s)
            continue;
        for (const QJsonValue &line : d.value(u"OutputContent"_s).toObject().value(u"OutputText"_s).toArray())
            lines << text(line.toObject().value(u"Text"_s), 64);
    }
    r.receiptText = scrubCardNumbers(lines.join(u'\n').left(2000));
    return Ok {};
}

Status readDiagnosis(const QJsonObject &body, TerminalResult &r)
{
    const QJsonObject status = body.value(u"POIStatus"_s).toObject();
    const QJsonArray hosts = body.value(u"HostStatus"_s).toArray();
    if (!hosts.isEmpty()) {
        bool any = false;
        for (const QJsonValue &h : hosts)
            any = any || h.toObject().value(u"IsReachableFlag"_s).toBool();
        r.acquirerLink = any ? 1 : 0;
    } else if (status.contains(u"CommunicationOKFlag"_s)) {
        r.acquirerLink = status.value(u"CommunicationOKFlag"_s).toBool() ? 1 : 0;
    }
    const QJsonObject data = body.value(u"POITerminalData"_s).toObject();
    r.serial = text(data.value(u"POISerialNumber"_s), 64);
    r.model = text(data.value(u"Model"_s), 64);
    r.softwareVersion = text(data.value(u"SoftwareVersion"_s), 64);
    r.network = text(data.value(u"Network"_s), 16);
    if (data.contains(u"BatteryLevel"_s))
        r.batteryPercent = qBound(0, data.value(u"BatteryLevel"_s).toInt(), 100);
    const QJsonObject offline = body.value(u"OfflineStatus"_s).toObject();
    if (offline.contains(u"StoredCount"_s))
        r.storedCount = qMax(0, offline.value(u"StoredCount"_s).toInt());
    const auto stored = optionalAmount(offline, u"StoredAmount"_s);
    if (!stored)
        return stored.error();
    r.storedAmount = stored.value().value_or(Money());
    if (const QString last = offline.value(u"LastOnlineAuthorisation"_s).toString(); !last.isEmpty())
        r.lastOnlineAuthorisation = QDateTime::fromString(last, Qt::ISODateWithMs);
    return Ok {};
}

Status readReconciliation(const QJsonObject &body, TerminalResult &r)
{
    for (const QJsonValue &t : body.value(u"TransactionTotals"_s).toArray()) {
        for (const QJsonValue &p : t.toObject().value(u"PaymentTotals"_s).toArray()) {
            const QJsonObject o = p.toObject();
            const auto a = amountOf(o.value(u"TransactionAmount"_s));
            const int count = o.value(u"TransactionCount"_s).toInt(-1);
            if (!a || a->isNegative() || count < 0)
                return formatError(u"bad PaymentTotals"_s);
            r.batchCount += count;
            if (o.value(u"TransactionType"_s).toString() == u"Credit"_s)
                r.batchCredits += *a;
            else
                r.batchDebits += *a;
        }
    }
    for (const QJsonValue &s : body.value(u"StoredPayments"_s).toArray()) {
        const QJsonObject o = s.toObject();
        const auto a = amountOf(o.value(u"TransactionAmount"_s));
        const QString status = o.value(u"Status"_s).toString();
        if (!a || a->isNegative() ||
            (status != u"pending"_s && status != u"accepted"_s && status != u"declined"_s))
            return formatError(u"bad StoredPayments entry"_s);
        r.storedPayments.append(
            {text(o.value(u"TransactionID"_s), 32), *a, status, text(o.value(u"ApprovalCode"_s), 16)});
    }
    return Ok {};
}

QString bodyName(const QString &category, const char *suffix)
{
    return category + QLatin1StringView(suffix);
}

} // namespace

QByteArray formatAmount(Money amount)
{
    const qint64 c = amount.cents();
    const quint64 abs = c < 0 ? quint64(0) - quint64(c) : quint64(c);
    QByteArray s = QByteArray::number(abs / 100) + '.' + QByteArray::number(abs % 100).rightJustified(2, '0');
    return c < 0 ? '-' + s : s;
}

std::optional<Money> parseAmount(QByteArrayView text)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (negative)
        ++i;
    qint64 units = 0;
    qsizetype intDigits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (++intDigits > 15)
            return std::nullopt;
        units = units * 10 + (text[i] - '0');
        ++i;
    }
    if (intDigits == 0)
        return std::nullopt;
    qint64 cents = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        qsizetype decimals = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (decimals < 2)
                cents = cents * 10 + (text[i] - '0');
            else if (text[i] != '0')
                return std::nullopt; // a fraction of a cent
            ++decimals;
            ++i;
        }
        if (decimals == 0)
            return std::nullopt;
        if (decimals == 1)
            cents *= 10;
    }
    if (i != text.size())
        return std::nullopt;
    const qint64 total = units * 100 + cents;
    return Money::fromCents(negative ? -total : total);
}

QByteArray toJson(const QJsonObject &object)
{
    return rewriteAmounts(QJsonDocument(object).toJson(QJsonDocument::Compact), AmountForm::UnquoteStrings);
}

Result<QJsonObject> parseJson(QByteArrayView bytes)
{
    if (bytes.size() > kMaxMessageSize)
        return formatError(u"message too large"_s);
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(rewriteAmounts(bytes, AmountForm::QuoteNumbers), &error);
    if (error.error != QJsonParseError::NoError)
        return formatError(u"JSON: "_s + error.errorString());
    if (!doc.isObject())
        return formatError(u"not a JSON object"_s);
    return doc.object();
}

QString category(TerminalOperation operation)
{
    switch (operation) {
    case TerminalOperation::Payment:
    case TerminalOperation::Refund:
        return u"Payment"_s;
    case TerminalOperation::Reversal:
        return u"Reversal"_s;
    case TerminalOperation::LastTransaction:
        return u"TransactionStatus"_s;
    case TerminalOperation::Identify:
        return u"Diagnosis"_s;
    case TerminalOperation::Batch:
        return u"Reconciliation"_s;
    }
    return {};
}

QByteArray encodeRequest(const TerminalRequest &request, const Ids &ids, const QDateTime &now)
{
    const QString cat = category(request.operation);
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject body;
    switch (request.operation) {
    case TerminalOperation::Payment:
    case TerminalOperation::Refund: {
        QJsonObject saleData {{u"SaleTransactionID"_s,
            QJsonObject {{u"TransactionID"_s, request.reference}, {u"TimeStamp"_s, stamp}}}};
        if (request.forceOnline)
            saleData.insert(u"SaleToAcquirerData"_s, u"forceOnline=true"_s);
        body = QJsonObject {{u"SaleData"_s, saleData},
            {u"PaymentTransaction"_s,
                QJsonObject {{u"AmountsReq"_s,
                    QJsonObject {{u"Currency"_s, currencyCode(request.currency)},
                        {u"RequestedAmount"_s, amount(request.amount)}}}}},
            {u"PaymentData"_s,
                QJsonObject {{u"PaymentType"_s,
                    request.operation == TerminalOperation::Refund ? u"Refund"_s : u"Normal"_s}}}};
        break;
    }
    case TerminalOperation::Reversal:
        body = QJsonObject {{u"OriginalPOITransaction"_s,
                                QJsonObject {{u"SaleID"_s, ids.saleId}, {u"POIID"_s, ids.poiId},
                                    {u"POITransactionID"_s,
                                        QJsonObject {{u"TransactionID"_s, request.originalReference},
                                            {u"TimeStamp"_s, stamp}}}}},
            {u"ReversalReason"_s, u"MerchantCancel"_s}, {u"ReversedAmount"_s, amount(request.amount)}};
        break;
    case TerminalOperation::LastTransaction:
        body = QJsonObject {{u"MessageReference"_s,
            QJsonObject {{u"MessageCategory"_s, u"Payment"_s}, {u"SaleID"_s, ids.saleId},
                {u"POIID"_s, ids.poiId}, {u"ServiceID"_s, request.reference}}}};
        break;
    case TerminalOperation::Identify:
        body = QJsonObject {{u"HostDiagnosisFlag"_s, true}};
        break;
    case TerminalOperation::Batch:
        body = QJsonObject {{u"ReconciliationType"_s, u"SaleReconciliation"_s}};
        break;
    }
    return toJson(QJsonObject {{u"SaleToPOIRequest"_s,
        QJsonObject {
            {u"MessageHeader"_s, header(cat, ids, u"Request"_s)}, {bodyName(cat, "Request"), body}}}});
}

QByteArray encodeAbort(const Ids &ids, const QString &abortedServiceId)
{
    const QJsonObject body {{u"AbortReason"_s, u"MerchantAbort"_s},
        {u"MessageReference"_s,
            QJsonObject {{u"MessageCategory"_s, u"Payment"_s}, {u"SaleID"_s, ids.saleId},
                {u"POIID"_s, ids.poiId}, {u"ServiceID"_s, abortedServiceId}}}};
    return toJson(QJsonObject {{u"SaleToPOIRequest"_s,
        QJsonObject {
            {u"MessageHeader"_s, header(u"Abort"_s, ids, u"Request"_s)}, {u"AbortRequest"_s, body}}}});
}

Result<TerminalResult> decodeResponse(QByteArrayView bytes, TerminalOperation operation)
{
    const auto json = parseJson(bytes);
    if (!json)
        return json.error();
    const QJsonObject message = json->value(u"SaleToPOIResponse"_s).toObject();
    const QJsonObject head = message.value(u"MessageHeader"_s).toObject();
    const QString cat = category(operation);
    if (head.value(u"MessageCategory"_s).toString() != cat ||
        head.value(u"MessageType"_s).toString() != u"Response"_s)
        return formatError(u"not a %1 response"_s.arg(cat));
    const QJsonValue bodyValue = message.value(bodyName(cat, "Response"));
    if (!bodyValue.isObject())
        return formatError(u"no %1Response"_s.arg(cat));
    QJsonObject body = bodyValue.toObject();

    TerminalResult r;
    r.operation = operation;
    r.reference = text(head.value(u"ServiceID"_s), kMaxServiceId + 6);
    readResponse(body.value(u"Response"_s).toObject(), r);
    if (!body.value(u"Response"_s).isObject())
        return formatError(u"no Response"_s);

    switch (operation) {
    case TerminalOperation::Payment:
    case TerminalOperation::Refund:
        if (auto s = readPayment(body, r); !s)
            return s.error();
        break;
    case TerminalOperation::Reversal:
        if (const auto reversed = optionalAmount(body, u"ReversedAmount"_s); !reversed)
            return reversed.error();
        else if (reversed.value())
            r.amount = *reversed.value();
        r.terminalReference = text(body.value(u"POIData"_s)
                                       .toObject()
                                       .value(u"POITransactionID"_s)
                                       .toObject()
                                       .value(u"TransactionID"_s),
            32);
        break;
    case TerminalOperation::LastTransaction: {
        // The result is the repeated payment's; the reference is the exchange asked about.
        r.reference =
            text(body.value(u"MessageReference"_s).toObject().value(u"ServiceID"_s), kMaxServiceId + 6);
        if (!r.approved())
            break;
        const QJsonObject repeated = body.value(u"RepeatedMessageResponse"_s).toObject();
        const QJsonObject payment = repeated.value(u"RepeatedResponseMessageBody"_s)
                                        .toObject()
                                        .value(u"PaymentResponse"_s)
                                        .toObject();
        if (payment.isEmpty())
            return formatError(u"TransactionStatus without the repeated PaymentResponse"_s);
        TerminalResult original;
        original.operation = operation;
        const QString repeatedId =
            text(repeated.value(u"MessageHeader"_s).toObject().value(u"ServiceID"_s), kMaxServiceId + 6);
        readResponse(payment.value(u"Response"_s).toObject(), original);
        if (auto s = readPayment(payment, original); !s)
            return s.error();
        original.reference = repeatedId.isEmpty() ? r.reference : repeatedId;
        return original;
    }
    case TerminalOperation::Identify:
        if (auto s = readDiagnosis(body, r); !s)
            return s.error();
        break;
    case TerminalOperation::Batch:
        if (auto s = readReconciliation(body, r); !s)
            return s.error();
        break;
    }
    return r;
}

Result<IncomingRequest> decodeRequest(QByteArrayView bytes)
{
    const auto json = parseJson(bytes);
    if (!json)
        return json.error();
    const QJsonObject message = json->value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject head = message.value(u"MessageHeader"_s).toObject();
    IncomingRequest in;
    in.category = head.value(u"MessageCategory"_s).toString();
    in.ids = {head.value(u"SaleID"_s).toString(), head.value(u"POIID"_s).toString(),
        head.value(u"ServiceID"_s).toString()};
    if (head.value(u"MessageType"_s).toString() != u"Request"_s || in.ids.serviceId.isEmpty() ||
        in.ids.serviceId.size() > kMaxServiceId)
        return formatError(u"bad MessageHeader"_s);
    const QJsonValue bodyValue = message.value(in.category + u"Request"_s);
    if (!bodyValue.isObject())
        return formatError(u"no %1Request"_s.arg(in.category));
    const QJsonObject body = bodyValue.toObject();
    const auto reference = [&body] {
        return body.value(u"MessageReference"_s).toObject().value(u"ServiceID"_s).toString();
    };
    if (in.category == u"Payment"_s) {
        const QJsonObject amounts =
            body.value(u"PaymentTransaction"_s).toObject().value(u"AmountsReq"_s).toObject();
        const auto a = amountOf(amounts.value(u"RequestedAmount"_s));
        if (!a || a->isNegative())
            return formatError(u"bad RequestedAmount"_s);
        in.amount = *a;
        in.operation =
            body.value(u"PaymentData"_s).toObject().value(u"PaymentType"_s).toString() == u"Refund"_s
            ? TerminalOperation::Refund
            : TerminalOperation::Payment;
        in.transactionId = body.value(u"SaleData"_s)
                               .toObject()
                               .value(u"SaleTransactionID"_s)
                               .toObject()
                               .value(u"TransactionID"_s)
                               .toString();
    } else if (in.category == u"Reversal"_s) {
        const auto a = amountOf(body.value(u"ReversedAmount"_s));
        if (!a || a->isNegative())
            return formatError(u"bad ReversedAmount"_s);
        in.amount = *a;
        in.operation = TerminalOperation::Reversal;
        in.transactionId = body.value(u"OriginalPOITransaction"_s)
                               .toObject()
                               .value(u"POITransactionID"_s)
                               .toObject()
                               .value(u"TransactionID"_s)
                               .toString();
    } else if (in.category == u"TransactionStatus"_s) {
        in.operation = TerminalOperation::LastTransaction;
        in.referencedServiceId = reference();
    } else if (in.category == u"Diagnosis"_s) {
        in.operation = TerminalOperation::Identify;
    } else if (in.category == u"Reconciliation"_s) {
        in.operation = TerminalOperation::Batch;
    } else if (in.category == u"Abort"_s) {
        in.abort = true;
        in.referencedServiceId = reference();
        if (in.referencedServiceId.isEmpty())
            return formatError(u"AbortRequest without MessageReference"_s);
    } else {
        return formatError(u"unsupported MessageCategory"_s);
    }
    return in;
}

namespace {

QJsonObject responseObject(const TerminalResult &result)
{
    QJsonObject response {{u"Result"_s, result.approved() ? u"Success"_s : u"Failure"_s}};
    if (!result.approved())
        response.insert(u"ErrorCondition"_s, conditionFor(result));
    return response;
}

QJsonObject paymentBody(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &o)
{
    const QString stamp = o.timestamp.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject body {{u"Response"_s, responseObject(result)},
        {u"SaleData"_s,
            QJsonObject {{u"SaleTransactionID"_s,
                QJsonObject {{u"TransactionID"_s, request.transactionId}, {u"TimeStamp"_s, stamp}}}}},
        {u"POIData"_s,
            QJsonObject {{u"POITransactionID"_s,
                QJsonObject {{u"TransactionID"_s, o.poiTransactionId}, {u"TimeStamp"_s, stamp}}}}}};
    QJsonObject paymentResult {
        {u"PaymentType"_s, request.operation == TerminalOperation::Refund ? u"Refund"_s : u"Normal"_s},
        {u"AmountsResp"_s,
            QJsonObject {{u"Currency"_s, u"EUR"_s}, {u"AuthorizedAmount"_s, amount(result.amount)}}}};
    if (result.approved()) {
        paymentResult.insert(u"OnlineFlag"_s, !result.storedOffline);
        paymentResult.insert(u"PaymentInstrumentData"_s,
            QJsonObject {{u"PaymentInstrumentType"_s, u"Card"_s},
                {u"CardData"_s,
                    QJsonObject {{u"MaskedPan"_s, maskPan(result.maskedPan)},
                        {u"PaymentBrand"_s, result.application},
                        {u"EntryMode"_s, QJsonArray {cards::nexoEntryMode(result.entryMode)}}}}});
        paymentResult.insert(
            u"PaymentAcquirerData"_s, QJsonObject {{u"ApprovalCode"_s, result.authorisation}});
    }
    body.insert(u"PaymentResult"_s, paymentResult);
    if (!result.receiptText.isEmpty()) {
        QJsonArray lines;
        for (const QString &line : scrubCardNumbers(result.receiptText).split(u'\n'))
            lines.append(QJsonObject {{u"Text"_s, line}});
        body.insert(u"PaymentReceipt"_s,
            QJsonArray {QJsonObject {{u"DocumentQualifier"_s, u"CustomerReceipt"_s},
                {u"OutputContent"_s,
                    QJsonObject {{u"OutputFormat"_s, u"Text"_s}, {u"OutputText"_s, lines}}}}});
    }
    return body;
}

} // namespace

QByteArray encodeResponse(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &o)
{
    const QString cat = request.category;
    Ids ids = request.ids;
    QJsonObject body;
    switch (request.abort ? TerminalOperation::Payment : request.operation) {
    case TerminalOperation::Payment:
    case TerminalOperation::Refund:
        body = request.abort ? QJsonObject {{u"Response"_s, responseObject(result)}}
                             : paymentBody(request, result, o);
        break;
    case TerminalOperation::Reversal:
        body = QJsonObject {{u"Response"_s, responseObject(result)},
            {u"ReversedAmount"_s, amount(result.amount)},
            {u"POIData"_s,
                QJsonObject {{u"POITransactionID"_s,
                    QJsonObject {{u"TransactionID"_s, o.poiTransactionId},
                        {u"TimeStamp"_s, o.timestamp.toUTC().toString(Qt::ISODateWithMs)}}}}}};
        break;
    case TerminalOperation::LastTransaction: {
        const QJsonObject reference {{u"MessageCategory"_s, u"Payment"_s}, {u"SaleID"_s, ids.saleId},
            {u"ServiceID"_s, request.referencedServiceId}};
        if (o.inProgress || !o.found) {
            body =
                QJsonObject {{u"Response"_s,
                                 QJsonObject {{u"Result"_s, u"Failure"_s},
                                     {u"ErrorCondition"_s, o.inProgress ? u"InProgress"_s : u"NotFound"_s}}},
                    {u"MessageReference"_s, reference}};
            break;
        }
        IncomingRequest original = request;
        original.operation = result.operation == TerminalOperation::Refund ? TerminalOperation::Refund
                                                                           : TerminalOperation::Payment;
        Ids originalIds = ids;
        originalIds.serviceId = result.reference;
        body = QJsonObject {{u"Response"_s, QJsonObject {{u"Result"_s, u"Success"_s}}},
            {u"MessageReference"_s, reference},
            {u"RepeatedMessageResponse"_s,
                QJsonObject {{u"MessageHeader"_s, header(u"Payment"_s, originalIds, u"Response"_s)},
                    {u"RepeatedResponseMessageBody"_s,
                        QJsonObject {{u"PaymentResponse"_s, paymentBody(original, result, o)}}}}}};
        break;
    }
    case TerminalOperation::Identify: {
        body = QJsonObject {{u"Response"_s, responseObject(result)},
            {u"POIStatus"_s,
                QJsonObject {
                    {u"GlobalStatus"_s, u"OK"_s}, {u"CommunicationOKFlag"_s, result.acquirerLink != 0}}},
            {u"HostStatus"_s,
                QJsonArray {QJsonObject {
                    {u"AcquirerID"_s, u"CB"_s}, {u"IsReachableFlag"_s, result.acquirerLink != 0}}}},
            {u"POITerminalData"_s,
                QJsonObject {{u"POISerialNumber"_s, result.serial}, {u"Model"_s, result.model},
                    {u"SoftwareVersion"_s, result.softwareVersion}, {u"Network"_s, result.network},
                    {u"BatteryLevel"_s, result.batteryPercent}}},
            {u"OfflineStatus"_s,
                QJsonObject {{u"StoredCount"_s, qMax(0, result.storedCount)},
                    {u"StoredAmount"_s, amount(result.storedAmount)},
                    {u"LastOnlineAuthorisation"_s,
                        result.lastOnlineAuthorisation.toString(Qt::ISODateWithMs)}}}};
        break;
    }
    case TerminalOperation::Batch: {
        QJsonArray stored;
        for (const StoredPaymentReport &s : result.storedPayments) {
            stored.append(
                QJsonObject {{u"TransactionID"_s, s.reference}, {u"TransactionAmount"_s, amount(s.amount)},
                    {u"Status"_s, s.status}, {u"ApprovalCode"_s, s.authorisation}});
        }
        body = QJsonObject {{u"Response"_s, responseObject(result)},
            {u"ReconciliationType"_s, u"SaleReconciliation"_s},
            {u"TransactionTotals"_s,
                QJsonArray {QJsonObject {{u"PaymentInstrumentType"_s, u"Card"_s},
                    {u"PaymentTotals"_s,
                        QJsonArray {QJsonObject {{u"TransactionType"_s, u"Debit"_s},
                                        {u"TransactionCount"_s, result.batchCount},
                                        {u"TransactionAmount"_s, amount(result.batchDebits)}},
                            QJsonObject {{u"TransactionType"_s, u"Credit"_s}, {u"TransactionCount"_s, 0},
                                {u"TransactionAmount"_s, amount(result.batchCredits)}}}}}}},
            {u"StoredPayments"_s, stored}};
        break;
    }
    }
    return toJson(QJsonObject {{u"SaleToPOIResponse"_s,
        QJsonObject {{u"MessageHeader"_s, header(cat, ids, u"Response"_s)}, {cat + u"Response"_s, body}}}});
}

} // namespace comptoir::nexo
