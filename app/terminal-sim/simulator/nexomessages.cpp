// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexomessages.h"

#include "payment/cardvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::sim {

namespace {

Error formatError(const QString &detail)
{
    return Error {u"nexo.format"_s, detail};
}

QJsonObject header(const QString &category, const nexo::Ids &ids, const QString &type)
{
    return QJsonObject {{u"ProtocolVersion"_s, QString::fromLatin1(nexo::kProtocolVersion)},
        {u"MessageClass"_s, u"Service"_s}, {u"MessageCategory"_s, category}, {u"MessageType"_s, type},
        {u"SaleID"_s, ids.saleId}, {u"ServiceID"_s, ids.serviceId}, {u"POIID"_s, ids.poiId}};
}

// An amount member, written by nexo::toJson() as a JSON number.
QJsonValue amount(Money m)
{
    return QString::fromLatin1(nexo::formatAmount(m));
}

std::optional<Money> amountOf(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return nexo::parseAmount(v.toString().toLatin1());
}

// URL-encoded as Adyen's terminals write it: lower-case hex ("%2a%2a%2a%2a0003", "%e2%82%ac").
QString encoded(const QString &value)
{
    QByteArray e = QUrl::toPercentEncoding(value);
    for (qsizetype i = 0; i + 2 < e.size(); ++i) {
        if (e[i] == '%') {
            e[i + 1] = char(QChar::toLower(uchar(e[i + 1])));
            e[i + 2] = char(QChar::toLower(uchar(e[i + 2])));
            i += 2;
        }
    }
    return QString::fromLatin1(e);
}

// Adyen's ErrorConditions (Terminal API, Response.ErrorCondition) for how the bank side ended.
QString conditionFor(const TerminalResult &r)
{
    static const QHash<QString, QString> byReason {{u"refused"_s, u"Refusal"_s},
        {u"forbidden"_s, u"NotAllowed"_s}, {u"unreachable"_s, u"UnreachableHost"_s},
        {u"abandoned"_s, u"Cancel"_s}, {u"timeout"_s, u"Cancel"_s}, {u"aborted"_s, u"Aborted"_s},
        {u"busy"_s, u"Busy"_s}, {u"unsupported"_s, u"UnavailableService"_s},
        {u"format"_s, u"MessageFormat"_s}, {u"not-at-terminal"_s, u"NotFound"_s}};
    if (const auto it = byReason.constFind(r.reason); it != byReason.cend())
        return it.value();
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

QJsonObject responseObject(const TerminalResult &result, const ResponseOptions &o, const QString &additional)
{
    QJsonObject response {{u"Result"_s, result.approved() ? u"Success"_s : u"Failure"_s}};
    if (!result.approved())
        response.insert(
            u"ErrorCondition"_s, o.errorCondition.isEmpty() ? conditionFor(result) : o.errorCondition);
    const QString text = o.additionalResponse.isEmpty() ? additional : o.additionalResponse;
    if (!text.isEmpty())
        response.insert(u"AdditionalResponse"_s, text);
    return response;
}

struct Card
{
    QString maskedPan; // "497010 **** 0003"
    QString brand; // Adyen's code: "cartebancaire", "mc", "visa"...
    QString entryMode; // nexo: "ICC", "Contactless", "Tapped"...
    QString last4;
    QString bin;
};

Card cardOf(const TerminalResult &r)
{
    Card c;
    c.maskedPan = adyenMaskedPan(r.maskedPan.isEmpty() ? u"497010######0003"_s : r.maskedPan);
    c.bin = c.maskedPan.left(6);
    c.last4 = c.maskedPan.right(4);
    c.brand = cards::brand(r.application);
    if (c.brand.isEmpty())
        c.brand = u"cartebancaire"_s;
    c.entryMode = cards::nexoEntryMode(r.entryMode.isEmpty() ? u"chip"_s : r.entryMode);
    return c;
}

// The pspReference part of a POITransactionID ("tenderReference.pspReference").
QString pspReference(const QString &poiTransactionId)
{
    const qsizetype dot = poiTransactionId.lastIndexOf(u'.');
    return dot >= 0 ? poiTransactionId.mid(dot + 1) : poiTransactionId;
}

// AdditionalResponse of a card transaction, URL-encoded key/values as Adyen's terminals send it.
QString additionalFor(
    const IncomingRequest &request, const TerminalResult &result, const Card &card, const ResponseOptions &o)
{
    const QString cents = QString::number(result.amount.cents());
    QStringList pairs {u"tid=%1"_s.arg(encoded(request.ids.poiId.section(u'-', -1))),
        u"transactionType=%1"_s.arg(
            request.operation == TerminalOperation::Refund ? u"REFUND"_s : u"GOODS_SERVICES"_s),
        u"pspReference=%1"_s.arg(encoded(pspReference(o.poiTransactionId))),
        u"paymentMethod=%1"_s.arg(card.brand), u"cardType=%1"_s.arg(card.brand),
        u"cardScheme=%1"_s.arg(card.brand), u"posEntryMode=%1"_s.arg(card.entryMode),
        u"posOriginalAmountValue=%1"_s.arg(cents), u"posAuthAmountCurrency=EUR"_s,
        u"posAuthAmountValue=%1"_s.arg(cents), u"cardSummary=%1"_s.arg(card.last4),
        u"cardBin=%1"_s.arg(card.bin), u"merchantReference=%1"_s.arg(encoded(request.transactionId))};
    if (result.approved()) {
        pairs << u"authCode=%1"_s.arg(encoded(result.authorisation))
              << u"offline=%1"_s.arg(result.storedOffline ? u"true"_s : u"false"_s);
    }
    return pairs.join(u'&');
}

// One receipt line: {"Text": "name=…&value=…&key=…", "EndOfLineFlag": true}, bold when asked.
QJsonObject line(const QString &key, const QString &name = {}, const QString &value = {}, bool bold = false)
{
    QString text;
    if (!name.isEmpty())
        text += u"name="_s + encoded(name) + u'&';
    if (!value.isEmpty())
        text += u"value="_s + encoded(value) + u'&';
    text += u"key="_s + key;
    QJsonObject o {{u"Text"_s, text}, {u"EndOfLineFlag"_s, true}};
    if (bold)
        o.insert(u"CharacterStyle"_s, u"Bold"_s);
    return o;
}

QJsonObject receipt(const QString &qualifier, const QJsonArray &lines)
{
    return QJsonObject {{u"DocumentQualifier"_s, qualifier}, {u"RequiredSignatureFlag"_s, false},
        {u"OutputContent"_s, QJsonObject {{u"OutputFormat"_s, u"Text"_s}, {u"OutputText"_s, lines}}}};
}

// The merchant's and the cardholder's copies, in the order and with the keys of Adyen's.
QJsonArray receipts(const IncomingRequest &request, const TerminalResult &result, const Card &card,
    const ResponseOptions &o, const QString &closingKey, const QString &closing)
{
    QJsonArray out;
    const QDateTime when = o.timestamp.isValid() ? o.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    for (const bool merchant : {true, false}) {
        QJsonArray lines {line(u"header1"_s, {}, {}, true),
            line(u"header2"_s, u"Comptoir terminal simulator"_s, {}, true),
            merchant ? line(u"merchantTitle"_s, u"MERCHANT COPY"_s, {}, true)
                     : line(u"cardholderHeader"_s, u"CARDHOLDER COPY"_s, {}, true),
            line(u"filler"_s), line(u"txdate"_s, u"Date"_s, when.toString(u"dd/MM/yy"_s)),
            line(u"txtime"_s, u"Time"_s, when.toString(u"HH:mm:ss"_s)), line(u"filler"_s),
            line(u"pan"_s, u"Card"_s, u"****"_s + card.last4),
            line(u"paymentMethod"_s, u"Payment method"_s, card.brand),
            line(u"posEntryMode"_s, u"Entry mode"_s, card.entryMode), line(u"filler"_s),
            line(u"tid"_s, u"TID"_s, request.ids.poiId.section(u'-', -1)),
            line(u"txRef"_s, u"Tender"_s, o.poiTransactionId.section(u'.', 0, 0)),
            line(u"mref"_s, u"Reference"_s, request.transactionId), line(u"filler"_s)};
        if (result.approved() && !result.authorisation.isEmpty())
            lines.append(line(u"authCode"_s, u"Auth. code"_s, result.authorisation));
        lines.append(line(u"txtype"_s, u"Type"_s,
            request.operation == TerminalOperation::Refund ? u"REFUND"_s : u"GOODS_SERVICES"_s));
        lines.append(line(u"totalAmount"_s, u"TOTAL"_s,
            u"€\u00a0"_s + QString::fromLatin1(nexo::formatAmount(result.amount)), true));
        lines.append(line(u"filler"_s));
        lines.append(line(closingKey, closing, {}, true));
        if (!merchant)
            lines.append(line(u"thanks"_s, u"Please retain for your records"_s));
        out.append(receipt(merchant ? u"CashierReceipt"_s : u"CustomerReceipt"_s, lines));
    }
    return out;
}

QJsonObject poiData(const ResponseOptions &o, const QString &stamp)
{
    return QJsonObject {{u"POIReconciliationID"_s, u"1000"_s},
        {u"POITransactionID"_s,
            QJsonObject {{u"TimeStamp"_s, stamp}, {u"TransactionID"_s, o.poiTransactionId}}}};
}

QJsonObject paymentBody(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &o)
{
    const QString stamp = o.timestamp.toUTC().toString(Qt::ISODateWithMs);
    const Card card = cardOf(result);
    QJsonObject paymentResult {
        {u"PaymentType"_s, request.operation == TerminalOperation::Refund ? u"Refund"_s : u"Normal"_s},
        {u"AuthenticationMethod"_s,
            QJsonArray {card.entryMode == u"ICC"_s ? u"OfflinePIN"_s : u"UnknownMethod"_s}},
        {u"OnlineFlag"_s, !(result.approved() && result.storedOffline)}};
    QJsonObject acquirer {{u"MerchantID"_s, u"COMPTOIR_SIMULATOR"_s}, {u"AcquirerPOIID"_s, request.ids.poiId},
        {u"AcquirerTransactionID"_s,
            QJsonObject {{u"TimeStamp"_s, stamp}, {u"TransactionID"_s, pspReference(o.poiTransactionId)}}}};
    if (result.approved()) {
        paymentResult.insert(u"AmountsResp"_s,
            QJsonObject {{u"AuthorizedAmount"_s, amount(result.amount)}, {u"Currency"_s, u"EUR"_s}});
        acquirer.insert(u"ApprovalCode"_s, result.authorisation);
    }
    paymentResult.insert(u"PaymentAcquirerData"_s, acquirer);
    paymentResult.insert(u"PaymentInstrumentData"_s,
        QJsonObject {{u"PaymentInstrumentType"_s, u"Card"_s},
            {u"CardData"_s,
                QJsonObject {{u"CardCountryCode"_s, u"250"_s}, {u"EntryMode"_s, QJsonArray {card.entryMode}},
                    {u"MaskedPan"_s, card.maskedPan}, {u"PaymentBrand"_s, card.brand},
                    {u"SensitiveCardData"_s,
                        QJsonObject {{u"CardSeqNumb"_s, u"01"_s}, {u"ExpiryDate"_s, u"1230"_s}}}}}});
    return QJsonObject {{u"Response"_s, responseObject(result, o, additionalFor(request, result, card, o))},
        {u"SaleData"_s,
            QJsonObject {{u"SaleTransactionID"_s,
                QJsonObject {{u"TimeStamp"_s, stamp}, {u"TransactionID"_s, request.transactionId}}}}},
        {u"POIData"_s, poiData(o, stamp)}, {u"PaymentResult"_s, paymentResult},
        {u"PaymentReceipt"_s,
            result.approved() ? receipts(request, result, card, o, u"approved"_s, u"APPROVED"_s)
                              : receipts(request, result, card, o, u"declined"_s, u"DECLINED"_s)}};
}

// As Adyen's: no ReversedAmount (the register knows what it asked), the receipt says the void
// was requested.
QJsonObject reversalBody(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &o)
{
    const QString stamp = o.timestamp.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject body {
        {u"Response"_s,
            responseObject(result, o,
                u"pspReference=%1&originalReference=%2"_s.arg(
                    encoded(pspReference(o.poiTransactionId)), encoded(request.transactionId)))},
        {u"POIData"_s,
            QJsonObject {{u"POITransactionID"_s,
                QJsonObject {{u"TimeStamp"_s, stamp}, {u"TransactionID"_s, o.poiTransactionId}}}}}};
    if (result.approved())
        body.insert(u"PaymentReceipt"_s,
            receipts(request, result, cardOf(result), o, u"void"_s, u"*VOID REQUESTED*"_s));
    return body;
}

} // namespace

QString adyenMaskedPan(const QString &masked)
{
    QString digits;
    for (const QChar c : masked) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 10)
        return u"****"_s + digits.right(4);
    return digits.left(6) + u" **** "_s + digits.right(4);
}

Result<IncomingRequest> decodeRequest(QByteArrayView bytes)
{
    const auto json = nexo::parseJson(bytes);
    if (!json)
        return json.error();
    const QJsonObject message = json->value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject head = message.value(u"MessageHeader"_s).toObject();
    IncomingRequest in;
    in.category = head.value(u"MessageCategory"_s).toString();
    in.ids = {head.value(u"SaleID"_s).toString(), head.value(u"POIID"_s).toString(),
        head.value(u"ServiceID"_s).toString()};
    if (head.value(u"MessageType"_s).toString() != u"Request"_s || in.ids.serviceId.isEmpty() ||
        in.ids.serviceId.size() > nexo::kMaxServiceIdRead)
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
        // Optional: absent, the whole payment (Adyen's example request has none); zero here.
        if (body.contains(u"ReversedAmount"_s)) {
            const auto a = amountOf(body.value(u"ReversedAmount"_s));
            if (!a || a->isNegative() || a->isZero())
                return formatError(u"bad ReversedAmount"_s);
            in.amount = *a;
        }
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
        in.referencedCategory =
            body.value(u"MessageReference"_s).toObject().value(u"MessageCategory"_s).toString();
        if (in.referencedCategory.isEmpty())
            in.referencedCategory = u"Payment"_s;
    } else if (in.category == u"Login"_s) {
        in.login = true;
        in.operation = TerminalOperation::Batch; // what it opens the way to
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

QByteArray encodeResponse(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &o)
{
    const QString cat = request.category;
    const nexo::Ids ids = request.ids;
    const QString stamp = o.timestamp.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject body;
    switch (request.abort ? TerminalOperation::Payment : request.operation) {
    case TerminalOperation::Payment:
    case TerminalOperation::Refund:
        body = request.abort ? QJsonObject {{u"Response"_s, responseObject(result, o, {})}}
                             : paymentBody(request, result, o);
        break;
    case TerminalOperation::Reversal:
        body = reversalBody(request, result, o);
        break;
    case TerminalOperation::LastTransaction: {
        const bool reversal = request.referencedCategory == u"Reversal"_s;
        const QJsonObject reference {{u"MessageCategory"_s, reversal ? u"Reversal"_s : u"Payment"_s},
            {u"SaleID"_s, ids.saleId}, {u"ServiceID"_s, request.referencedServiceId}};
        if (o.inProgress || !o.found) {
            body = QJsonObject {{u"Response"_s,
                                    QJsonObject {{u"Result"_s, u"Failure"_s},
                                        {u"ErrorCondition"_s, o.inProgress ? u"InProgress"_s : u"NotFound"_s},
                                        {u"AdditionalResponse"_s,
                                            o.inProgress ? u"message=Transaction%20in%20progress"_s
                                                         : u"message=Transaction%20not%20found"_s}}},
                {u"MessageReference"_s, reference}};
            break;
        }
        IncomingRequest original = request;
        original.operation = result.operation == TerminalOperation::Refund ? TerminalOperation::Refund
                                                                           : TerminalOperation::Payment;
        nexo::Ids originalIds = ids;
        originalIds.serviceId = result.reference;
        if (reversal)
            original.operation = TerminalOperation::Reversal;
        body = QJsonObject {{u"Response"_s, QJsonObject {{u"Result"_s, u"Success"_s}}},
            {u"MessageReference"_s, reference},
            {u"RepeatedMessageResponse"_s,
                QJsonObject {{u"MessageHeader"_s,
                                 header(reversal ? u"Reversal"_s : u"Payment"_s, originalIds, u"Response"_s)},
                    {u"RepeatedResponseMessageBody"_s,
                        reversal ? QJsonObject {{u"ReversalResponse"_s, reversalBody(original, result, o)}}
                                 : QJsonObject {{u"PaymentResponse"_s, paymentBody(original, result, o)}}}}}};
        break;
    }
    case TerminalOperation::Identify: {
        body = QJsonObject {{u"Response"_s, responseObject(result, o, {})},
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
        body = QJsonObject {{u"Response"_s, responseObject(result, o, {})},
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
    return nexo::toJson(QJsonObject {{u"SaleToPOIResponse"_s,
        QJsonObject {{u"MessageHeader"_s, header(cat, ids, u"Response"_s)}, {cat + u"Response"_s, body}}}});
}

QByteArray encodeRefusal(QByteArrayView request, const QString &reason, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        request.first(qMin(request.size(), nexo::kMaxMessageSize)).toByteArray(), &error);
    const QJsonObject head =
        doc.object().value(u"SaleToPOIRequest"_s).toObject().value(u"MessageHeader"_s).toObject();
    const QString cat = head.value(u"MessageCategory"_s).toString();
    static const QStringList known {u"Payment"_s, u"Reversal"_s, u"TransactionStatus"_s, u"Diagnosis"_s,
        u"Reconciliation"_s, u"Abort"_s, u"Login"_s, u"Logout"_s};
    const QString details = u"message="_s + QString::fromLatin1(QUrl::toPercentEncoding(reason.left(200)));
    if (error.error != QJsonParseError::NoError || !known.contains(cat)) {
        const QJsonObject h {{u"ProtocolVersion"_s, QString::fromLatin1(nexo::kProtocolVersion)},
            {u"MessageClass"_s, u"Event"_s}, {u"MessageCategory"_s, u"Event"_s},
            {u"MessageType"_s, u"Notification"_s}, {u"SaleID"_s, u"N/A"_s}, {u"POIID"_s, u"N/A"_s}};
        const QJsonObject body {{u"EventToNotify"_s, u"Reject"_s}, {u"TimeStamp"_s, stamp},
            {u"EventDetails"_s, details},
            {u"RejectedMessage"_s,
                QString::fromLatin1(
                    request.first(qMin(request.size(), qsizetype(4096))).toByteArray().toBase64())}};
        return nexo::toJson(QJsonObject {
            {u"SaleToPOIRequest"_s, QJsonObject {{u"MessageHeader"_s, h}, {u"EventNotification"_s, body}}}});
    }
    QJsonObject h = head;
    h.insert(u"MessageType"_s, u"Response"_s);
    const QJsonObject response {{u"Result"_s, u"Failure"_s}, {u"ErrorCondition"_s, u"MessageFormat"_s},
        {u"AdditionalResponse"_s, details}};
    return nexo::toJson(QJsonObject {{u"SaleToPOIResponse"_s,
        QJsonObject {
            {u"MessageHeader"_s, h}, {cat + u"Response"_s, QJsonObject {{u"Response"_s, response}}}}}});
}

QByteArray encodeLoginResponse(const IncomingRequest &request, bool accepted)
{
    QJsonObject response {{u"Result"_s, accepted ? u"Success"_s : u"Failure"_s}};
    if (!accepted)
        response.insert(u"ErrorCondition"_s, u"NotAllowed"_s);
    const QJsonObject body {{u"Response"_s, response},
        {u"POISystemData"_s,
            QJsonObject {{u"DateTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}};
    return nexo::toJson(QJsonObject {{u"SaleToPOIResponse"_s,
        QJsonObject {{u"MessageHeader"_s, header(u"Login"_s, request.ids, u"Response"_s)},
            {u"LoginResponse"_s, body}}}});
}

} // namespace comptoir::sim
