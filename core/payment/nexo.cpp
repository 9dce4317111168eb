// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexo.h"

#include "payment/cardmask.h"
#include "payment/cardvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

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

// The lines of one receipt of the answer (DocumentQualifier CustomerReceipt or
// CashierReceipt), printable: see receiptLine().
QString readReceipt(const QJsonObject &body, const QString &qualifier)
{
    QStringList lines;
    for (const QJsonValue &doc : body.value(u"PaymentReceipt"_s).toArray()) {
        const QJsonObject d = doc.toObject();
        if (d.value(u"DocumentQualifier"_s).toString() != qualifier)
            continue;
        const QJsonArray output = d.value(u"OutputContent"_s).toObject().value(u"OutputText"_s).toArray();
        for (const QJsonValue &line : output) {
            lines << receiptLine(line.toObject().value(u"Text"_s).toString().left(512));
            if (lines.size() >= 80)
                break;
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return scrubCardNumbers(lines.join(u'\n').left(4000));
}

// POIData.POITransactionID {TransactionID, TimeStamp}: kept as received, to be sent back.
void readTransactionId(const QJsonObject &body, TerminalResult &r)
{
    const QJsonObject id = body.value(u"POIData"_s).toObject().value(u"POITransactionID"_s).toObject();
    r.terminalReference = text(id.value(u"TransactionID"_s), 64);
    r.terminalTimestamp = text(id.value(u"TimeStamp"_s), 40);
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
    readTransactionId(body, r);
    r.receiptText = readReceipt(body, u"CustomerReceipt"_s);
    return Ok {};
}

Status readDiagnosis(const QJsonObject &body, TerminalResult &r)
{
    const QJsonObject status = body.value(u"POIStatus"_s).toObject();
    const QJsonArray hosts = body.value(u"HostStatus"_s).toArray();
    // Adyen: POIStatus {GlobalStatus, CommunicationOKFlag}, HostStatus [{AcquirerID,
    // IsReachableFlag}]; flags as JSON booleans or strings.
    if (!hosts.isEmpty()) {
        bool any = false;
        for (const QJsonValue &h : hosts)
            any = any || flag(h.toObject().value(u"IsReachableFlag"_s), false);
        r.acquirerLink = any ? 1 : 0;
    } else if (status.contains(u"CommunicationOKFlag"_s)) {
        r.acquirerLink = flag(status.value(u"CommunicationOKFlag"_s), false) ? 1 : 0;
    } else if (status.value(u"GlobalStatus"_s).toString() == u"Unreachable"_s) {
        r.acquirerLink = 0;
    }
    if (const QString global = text(status.value(u"GlobalStatus"_s), 16);
        !global.isEmpty() && global != u"OK"_s)
        r.detail = u"terminal status "_s + global;
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
            // Each entry bounded first, so that no sum below can overflow.
            if (!a || a->isNegative() || a->cents() > 1'000'000'000'000 || count < 0 || count > 10'000'000)
                return formatError(u"bad PaymentTotals"_s);
            // Debits and credits count; a reversed one comes off; declined and failed ones
            // moved no money.
            const QString type = o.value(u"TransactionType"_s).toString();
            if (type == u"Debit"_s) {
                r.batchCount += count;
                r.batchDebits += *a;
            } else if (type == u"Credit"_s) {
                r.batchCount += count;
                r.batchCredits += *a;
            } else if (type == u"ReverseDebit"_s) {
                r.batchCount -= count;
                r.batchDebits -= *a;
            } else if (type == u"ReverseCredit"_s) {
                r.batchCount -= count;
                r.batchCredits -= *a;
            } else if (type != u"Declined"_s && type != u"Failed"_s && type != u"OneTimeReservation"_s &&
                type != u"CompletedDeffered"_s && type != u"FirstReservation"_s &&
                type != u"UpdateReservation"_s && type != u"CompletedReservation"_s &&
                type != u"CashAdvance"_s && type != u"IssuerInstalment"_s) {
                return formatError(u"unknown TransactionType"_s);
            }
            if (qAbs(r.batchCount) > 10'000'000 || qAbs(r.batchDebits.cents()) > 1'000'000'000'000 ||
                qAbs(r.batchCredits.cents()) > 1'000'000'000'000)
                return formatError(u"PaymentTotals out of range"_s);
        }
    }
    if (r.batchCount < 0 || r.batchDebits.isNegative() || r.batchCredits.isNegative())
        return formatError(u"more reversed than done in PaymentTotals"_s);
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

QString makeServiceId(qint64 secondsSinceEpoch, quint32 sequence)
{
    constexpr qint64 kTimeSpan = 36LL * 36 * 36 * 36 * 36;
    const auto base36 = [](qint64 v, int width) {
        return QString::number(v, 36).toUpper().rightJustified(width, u'0');
    };
    return u"S"_s + base36(((secondsSinceEpoch % kTimeSpan) + kTimeSpan) % kTimeSpan, 5) +
        base36(sequence % kServiceSequenceSpan, 4);
}

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

QString receiptLine(const QString &encoded)
{
    QString line;
    static const QRegularExpression keyed(uR"((^|&)(name|value|key)=)"_s);
    if (!encoded.contains(keyed)) {
        line = encoded; // plain text, as other terminals send it
    } else {
        const QUrlQuery query(encoded);
        const auto item = [&](const QString &key) {
            QString v = query.queryItemValue(key, QUrl::FullyDecoded);
            // Seen in Adyen's answers: the '&' before "key=" left out.
            static const QRegularExpression gluedKey(uR"(key=[A-Za-z0-9_]*$)"_s);
            return v.remove(gluedKey).trimmed();
        };
        const QString name = item(u"name"_s);
        const QString value = item(u"value"_s);
        if (name.isEmpty() || value.isEmpty())
            line = name + value; // a title, a lone value, or a blank line (key=filler)
        else if (name.size() + value.size() + 1 < kReceiptWidth)
            line = name + QString(kReceiptWidth - name.size() - value.size(), u' ') + value;
        else
            line = name + u' ' + value;
    }
    // Nothing a printer would take as a command.
    line.removeIf(
        [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return line.left(2 * kReceiptWidth);
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

TerminalOperation wireOperation(const TerminalRequest &request)
{
    if (request.operation == TerminalOperation::Refund && !request.originalTerminalReference.isEmpty())
        return TerminalOperation::Reversal;
    return request.operation;
}

TerminalOperation wireOperationAskedAbout(const TerminalRequest &request)
{
    TerminalRequest original = request;
    original.operation = request.about;
    return wireOperation(original);
}

QByteArray encodeRequest(const TerminalRequest &asked, const Ids &ids, const QDateTime &now)
{
    TerminalRequest request = asked;
    request.operation = wireOperation(asked);
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
                                        // The terminal's id of the payment, as it gave it; ours
                                        // for a terminal that gave none.
                                        QJsonObject {{u"TransactionID"_s,
                                                         request.originalTerminalReference.isEmpty()
                                                             ? request.originalReference
                                                             : request.originalTerminalReference},
                                            {u"TimeStamp"_s,
                                                request.originalTerminalTimestamp.isEmpty()
                                                    ? stamp
                                                    : request.originalTerminalTimestamp}}}}},
            {u"ReversalReason"_s, u"MerchantCancel"_s}};
        // A payment given back whole goes without ReversedAmount, as in Adyen's own example:
        // the authorised amount, a cancel. A referenced refund says how much goes back.
        if (asked.operation == TerminalOperation::Refund)
            body.insert(u"ReversedAmount"_s, amount(request.amount));
        break;
    case TerminalOperation::LastTransaction:
        // The category of the exchange asked about (Adyen: Payment or Reversal).
        body = QJsonObject {{u"MessageReference"_s,
            QJsonObject {{u"MessageCategory"_s,
                             wireOperationAskedAbout(request) == TerminalOperation::Reversal ? u"Reversal"_s
                                                                                             : u"Payment"_s},
                {u"SaleID"_s, ids.saleId}, {u"POIID"_s, ids.poiId}, {u"ServiceID"_s, request.reference}}}};
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

QByteArray encodeLogin(const Ids &ids, const QDateTime &now)
{
    const QJsonObject body {{u"DateTime"_s, now.toUTC().toString(Qt::ISODate)},
        {u"SaleSoftware"_s,
            QJsonObject {{u"ManufacturerID"_s, u"Comptoir"_s}, {u"ApplicationName"_s, u"Comptoir POS"_s},
                {u"SoftwareVersion"_s, QCoreApplication::applicationVersion().left(16)},
                {u"CertificationCode"_s, u"none"_s}}},
        {u"SaleTerminalData"_s, QJsonObject {{u"TotalsGroupID"_s, ids.saleId}}},
        {u"OperatorLanguage"_s, u"fr"_s}, {u"TrainingModeFlag"_s, false}};
    return toJson(QJsonObject {{u"SaleToPOIRequest"_s,
        QJsonObject {
            {u"MessageHeader"_s, header(u"Login"_s, ids, u"Request"_s)}, {u"LoginRequest"_s, body}}}});
}

Result<TerminalResult> decodeLoginResponse(QByteArrayView bytes)
{
    const auto json = parseJson(bytes);
    if (!json)
        return json.error();
    const QJsonObject message = json->value(u"SaleToPOIResponse"_s).toObject();
    const QJsonValue body = message.value(u"LoginResponse"_s);
    if (!body.isObject() || !body.toObject().value(u"Response"_s).isObject())
        return formatError(u"no LoginResponse"_s);
    TerminalResult r;
    r.operation = TerminalOperation::Batch;
    r.reference = text(message.value(u"MessageHeader"_s).toObject().value(u"ServiceID"_s), kMaxServiceIdRead);
    readResponse(body.toObject().value(u"Response"_s).toObject(), r);
    if (r.outcome == TerminalOutcome::Declined || r.outcome == TerminalOutcome::Cancelled)
        r.outcome = TerminalOutcome::Failed; // a refused login charged nothing
    return r;
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
    // The terminal could not read our message (Adyen: EventNotification "Reject"): nothing
    // was done.
    const QJsonObject event =
        json->value(u"SaleToPOIRequest"_s).toObject().value(u"EventNotification"_s).toObject();
    if (event.value(u"EventToNotify"_s).toString() == u"Reject"_s) {
        TerminalResult r;
        r.operation = operation;
        r.outcome = TerminalOutcome::Failed;
        r.reason = u"format"_s;
        r.detail = u"rejected by the terminal: "_s +
            QUrlQuery(text(event.value(u"EventDetails"_s), 200))
                .queryItemValue(u"message"_s, QUrl::FullyDecoded)
                .replace(u'+', u' ');
        return r;
    }
    const QJsonObject message = json->value(u"SaleToPOIResponse"_s).toObject();
    const QJsonObject head = message.value(u"MessageHeader"_s).toObject();
    const QString cat = category(operation);
    // An answer without its MessageHeader: the body's name says what it answers, and HTTP ties
    // it to the request it came back for.
    if (!head.isEmpty() &&
        (head.value(u"MessageCategory"_s).toString() != cat ||
            head.value(u"MessageType"_s).toString() != u"Response"_s))
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
        else if (reversed.value() && reversed.value()->isZero() && r.approved())
            return formatError(u"reversal approved for 0"_s);
        else if (reversed.value())
            r.amount = *reversed.value();
        // Absent (Adyen's own answers carry none): the whole amount, which the caller knows;
        // the amount stays zero here.
        readTransactionId(body, r);
        r.receiptText = readReceipt(body, u"CustomerReceipt"_s);
        break;
    case TerminalOperation::LastTransaction: {
        // The result is the repeated payment's; the reference is the exchange asked about.
        r.reference =
            text(body.value(u"MessageReference"_s).toObject().value(u"ServiceID"_s), kMaxServiceId + 6);
        if (!r.approved())
            break;
        const QJsonObject repeated = body.value(u"RepeatedMessageResponse"_s).toObject();
        const QJsonObject repeatedBody = repeated.value(u"RepeatedResponseMessageBody"_s).toObject();
        const QJsonObject payment = repeatedBody.value(u"PaymentResponse"_s).toObject();
        // The status of a reversal (or a referenced refund) repeats its ReversalResponse.
        const QJsonObject reversal = repeatedBody.value(u"ReversalResponse"_s).toObject();
        if (payment.isEmpty() && reversal.isEmpty())
            return formatError(
                u"TransactionStatus without the repeated PaymentResponse or ReversalResponse"_s);
        TerminalResult original;
        original.operation = operation;
        const QString repeatedId =
            text(repeated.value(u"MessageHeader"_s).toObject().value(u"ServiceID"_s), kMaxServiceId + 6);
        if (!payment.isEmpty()) {
            readResponse(payment.value(u"Response"_s).toObject(), original);
            if (auto s = readPayment(payment, original); !s)
                return s.error();
        } else {
            readResponse(reversal.value(u"Response"_s).toObject(), original);
            // Absent (Adyen's reversal answers carry none): what was asked, the caller's.
            if (const auto reversed = optionalAmount(reversal, u"ReversedAmount"_s); !reversed)
                return reversed.error();
            else if (reversed.value())
                original.amount = *reversed.value();
            readTransactionId(reversal, original);
            original.receiptText = readReceipt(reversal, u"CustomerReceipt"_s);
        }
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

} // namespace comptoir::nexo
