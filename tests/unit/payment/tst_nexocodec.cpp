// SPDX-License-Identifier: GPL-3.0-or-later
// nexo JSON messages and the HTTP framing they travel in: exact amounts, the register's
// requests as a terminal reads them, terminals' answers (ours and hand-written ones in the
// style of a commercial terminal API), error conditions, malformed input, masking.
#include "nexomessages.h"
#include "payment/httpwire.h"
#include "payment/nexo.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

// Adyen's example payloads (tests/fixtures/nexo/adyen-mock, MIT, see SOURCES.md).
QByteArray adyen(const QString &name)
{
    QFile f(QStringLiteral(COMPTOIR_FIXTURES "/nexo/adyen-mock/") + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestNexoCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << qint64(0) << QByteArray("0.00");
        QTest::newRow("one cent") << qint64(1) << QByteArray("0.01");
        QTest::newRow("12.50") << qint64(1250) << QByteArray("12.50");
        QTest::newRow("negative") << qint64(-5) << QByteArray("-0.05");
        // Past 2^53: a double would round it; the text path does not.
        QTest::newRow("beyond double") << qint64(9007199254740993) << QByteArray("90071992547409.93");
    }
    void amounts()
    {
        QFETCH(qint64, cents);
        QFETCH(QByteArray, text);
        QCOMPARE(nexo::formatAmount(Money::fromCents(cents)), text);
        QCOMPARE(nexo::parseAmount(text), std::optional(Money::fromCents(cents)));
    }

    void parsedAmounts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("cents"); // -1: rejected
        QTest::newRow("one decimal") << QByteArray("12.5") << qint64(1250);
        QTest::newRow("integer") << QByteArray("12") << qint64(1200);
        QTest::newRow("trailing zeros") << QByteArray("12.500") << qint64(1250);
        QTest::newRow("fraction of a cent") << QByteArray("12.505") << qint64(-1);
        QTest::newRow("exponent") << QByteArray("1e2") << qint64(-1);
        QTest::newRow("plus") << QByteArray("+1") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("minus only") << QByteArray("-") << qint64(-1);
        QTest::newRow("dot at end") << QByteArray("1.") << qint64(-1);
        QTest::newRow("dot first") << QByteArray(".5") << qint64(-1);
        QTest::newRow("too many digits") << QByteArray("1234567890123456") << qint64(-1);
        QTest::newRow("text") << QByteArray("12,50") << qint64(-1);
    }
    void parsedAmounts()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, cents);
        const auto m = nexo::parseAmount(text);
        if (cents < 0)
            QVERIFY(!m);
        else
            QCOMPARE(m, std::optional(Money::fromCents(cents)));
    }

    void paymentRequestOnTheWire()
    {
        const TerminalRequest r {TerminalOperation::Payment, u"A000000042"_s, Money::fromCents(1250)};
        const QByteArray bytes = nexo::encodeRequest(r, {u"CAISSE-01"_s, u"P400-1"_s, u"A000000042"_s},
            QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        // A real JSON number, written from cents.
        QVERIFY2(bytes.contains("\"RequestedAmount\":12.50"), bytes.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject header = o[u"SaleToPOIRequest"_s][u"MessageHeader"_s].toObject();
        QCOMPARE(header[u"MessageCategory"_s].toString(), u"Payment"_s);
        QCOMPARE(header[u"ProtocolVersion"_s].toString(), u"3.0"_s);
        QCOMPARE(header[u"ServiceID"_s].toString(), u"A000000042"_s);
        QCOMPARE(header[u"POIID"_s].toString(), u"P400-1"_s);
        QCOMPARE(o[u"SaleToPOIRequest"_s][u"PaymentRequest"_s][u"PaymentTransaction"_s][u"AmountsReq"_s]
                  [u"Currency"_s]
                      .toString(),
            u"EUR"_s);

        const auto in = sim::decodeRequest(bytes);
        QVERIFY(in.ok());
        QCOMPARE(int(in->operation), int(TerminalOperation::Payment));
        QCOMPARE(in->amount, Money::fromCents(1250));
        QCOMPARE(in->ids.serviceId, u"A000000042"_s);
        QCOMPARE(in->transactionId, u"A000000042"_s);
    }

    void requestsOfEveryOperation_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("category");
        QTest::newRow("payment") << int(TerminalOperation::Payment) << u"Payment"_s;
        QTest::newRow("refund") << int(TerminalOperation::Refund) << u"Payment"_s;
        QTest::newRow("reversal") << int(TerminalOperation::Reversal) << u"Reversal"_s;
        QTest::newRow("status") << int(TerminalOperation::LastTransaction) << u"TransactionStatus"_s;
        QTest::newRow("diagnosis") << int(TerminalOperation::Identify) << u"Diagnosis"_s;
        QTest::newRow("reconciliation") << int(TerminalOperation::Batch) << u"Reconciliation"_s;
    }
    void requestsOfEveryOperation()
    {
        QFETCH(int, operation);
        QFETCH(QString, category);
        TerminalRequest r {TerminalOperation(operation), u"A000000007"_s, Money::fromCents(999)};
        r.originalReference = u"A000000006"_s;
        const auto in = sim::decodeRequest(
            nexo::encodeRequest(r, {u"S"_s, u"P"_s, u"X1"_s}, QDateTime::currentDateTimeUtc()));
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(in->category, category);
        QCOMPARE(int(in->operation), operation);
        if (r.operation == TerminalOperation::LastTransaction)
            QCOMPARE(in->referencedServiceId, u"A000000007"_s);
        if (r.operation == TerminalOperation::Reversal) {
            QCOMPARE(in->transactionId, u"A000000006"_s);
            QVERIFY(in->amount.isZero()); // no ReversedAmount: the whole payment, a cancel
        }
        if (r.operation == TerminalOperation::Refund)
            QCOMPARE(in->amount, Money::fromCents(999));
    }

    // A refund to the card of an earlier payment goes as Adyen's referenced refund: the
    // ReversalRequest of its documentation (fixture reversal-request.json), with the part of the
    // payment to give back as ReversedAmount; a refund naming no terminal id stays a Refund.
    void referencedRefundIsAReversalWithItsAmount()
    {
        TerminalRequest r {TerminalOperation::Refund, u"0161234567"_s, Money::fromCents(500)};
        r.originalReference = u"0161230000"_s;
        QCOMPARE(int(nexo::wireOperation(r)), int(TerminalOperation::Refund));
        r.originalTerminalReference = u"4r7i001556529591000.8515565295894301"_s;
        r.originalTerminalTimestamp = u"2019-04-29T00:00:00.000Z"_s;
        QCOMPARE(int(nexo::wireOperation(r)), int(TerminalOperation::Reversal));
        const QByteArray sent = nexo::encodeRequest(
            r, {u"POSSystemID12345"_s, u"V400m-324688179"_s, r.reference}, QDateTime::currentDateTimeUtc());
        const QJsonObject message =
            QJsonDocument::fromJson(sent).object().value(u"SaleToPOIRequest"_s).toObject();
        const QJsonObject example = QJsonDocument::fromJson(adyen(u"reversal-request"_s))
                                        .object()
                                        .value(u"SaleToPOIRequest"_s)
                                        .toObject();
        QCOMPARE(message.value(u"MessageHeader"_s).toObject().value(u"MessageCategory"_s),
            example.value(u"MessageHeader"_s).toObject().value(u"MessageCategory"_s));
        const QJsonObject body = message.value(u"ReversalRequest"_s).toObject();
        const QJsonObject exampleBody = example.value(u"ReversalRequest"_s).toObject();
        QCOMPARE(body.value(u"ReversalReason"_s), exampleBody.value(u"ReversalReason"_s));
        const QJsonObject id =
            body.value(u"OriginalPOITransaction"_s).toObject().value(u"POITransactionID"_s).toObject();
        QCOMPARE(id.value(u"TransactionID"_s).toString(), r.originalTerminalReference);
        QCOMPARE(id.value(u"TimeStamp"_s).toString(), r.originalTerminalTimestamp);
        QCOMPARE(body.value(u"ReversedAmount"_s).toDouble(), 5.0);
        // What the terminal makes of it: a reversal of 5,00 of that payment.
        const auto in = sim::decodeRequest(sent);
        QVERIFY(in.ok());
        QCOMPARE(int(in->operation), int(TerminalOperation::Reversal));
        QCOMPARE(in->transactionId, r.originalTerminalReference);
        QCOMPARE(in->amount, Money::fromCents(500));
        // Adyen's answer (no ReversedAmount) reads as the reversal it answers.
        const auto answer = nexo::decodeResponse(adyen(u"reversal-response"_s), nexo::wireOperation(r));
        QVERIFY(answer.ok());
        QCOMPARE(int(answer->outcome), int(TerminalOutcome::Approved));
    }

    // The status of a reversal (or of a referenced refund, sent as one) is asked with its
    // category, and its answer repeats the ReversalResponse: here Adyen's own reversal answer
    // (fixture reversal-response.json) wrapped as a TransactionStatusResponse.
    void statusOfAReversal()
    {
        TerminalRequest ask {TerminalOperation::LastTransaction, u"0161234567"_s, Money::fromCents(500)};
        const auto categoryAsked = [](const TerminalRequest &r) {
            return QJsonDocument::fromJson(
                nexo::encodeRequest(r, {u"S"_s, u"P"_s, u"X1"_s}, QDateTime::currentDateTimeUtc()))
                .object()
                .value(u"SaleToPOIRequest"_s)
                .toObject()
                .value(u"TransactionStatusRequest"_s)
                .toObject()
                .value(u"MessageReference"_s)
                .toObject()
                .value(u"MessageCategory"_s)
                .toString();
        };
        QCOMPARE(categoryAsked(ask), u"Payment"_s);
        ask.about = TerminalOperation::Refund;
        QCOMPARE(categoryAsked(ask), u"Payment"_s);
        ask.originalTerminalReference = u"4r7i001556529591000.8515565295894301"_s;
        QCOMPARE(categoryAsked(ask), u"Reversal"_s);
        ask.about = TerminalOperation::Reversal;
        QCOMPARE(categoryAsked(ask), u"Reversal"_s);

        const QJsonObject reversal = QJsonDocument::fromJson(adyen(u"reversal-response"_s))
                                         .object()
                                         .value(u"SaleToPOIResponse"_s)
                                         .toObject();
        const QJsonObject status {{u"SaleToPOIResponse"_s,
            QJsonObject {{u"MessageHeader"_s,
                             QJsonObject {{u"ProtocolVersion"_s, u"3.0"_s}, {u"MessageClass"_s, u"Service"_s},
                                 {u"MessageCategory"_s, u"TransactionStatus"_s},
                                 {u"MessageType"_s, u"Response"_s}, {u"ServiceID"_s, u"S0000001"_s},
                                 {u"SaleID"_s, u"SALE_ID_42"_s}, {u"POIID"_s, u"V400m-123456789"_s}}},
                {u"TransactionStatusResponse"_s,
                    QJsonObject {{u"Response"_s, QJsonObject {{u"Result"_s, u"Success"_s}}},
                        {u"MessageReference"_s,
                            QJsonObject {
                                {u"MessageCategory"_s, u"Reversal"_s}, {u"ServiceID"_s, u"1234567890AB"_s}}},
                        {u"RepeatedMessageResponse"_s,
                            QJsonObject {{u"MessageHeader"_s, reversal.value(u"MessageHeader"_s)},
                                {u"RepeatedResponseMessageBody"_s,
                                    QJsonObject {{u"ReversalResponse"_s,
                                        reversal.value(u"ReversalResponse"_s)}}}}}}}}}};
        const auto r =
            nexo::decodeResponse(QJsonDocument(status).toJson(), TerminalOperation::LastTransaction);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->terminalReference, u"21f1268f-9126-4bce-b127-9c2d5ffa024e"_s);
        QVERIFY(r->amount.isZero()); // Adyen names none: the register takes what it asked
        QVERIFY2(r->receiptText.contains(u"*VOID REQUESTED*"_s), qPrintable(r->receiptText));
    }

    void abortRequest()
    {
        const auto in = sim::decodeRequest(nexo::encodeAbort({u"S"_s, u"P"_s, u"X2"_s}, u"A000000042"_s));
        QVERIFY(in.ok());
        QVERIFY(in->abort);
        QCOMPARE(in->referencedServiceId, u"A000000042"_s);
    }

    void answersRoundTrip()
    {
        sim::IncomingRequest in;
        in.category = u"Payment"_s;
        in.ids = {u"S"_s, u"P"_s, u"A000000042"_s};
        in.amount = Money::fromCents(3990);
        in.transactionId = u"A000000042"_s;
        TerminalResult r;
        r.operation = TerminalOperation::Payment;
        r.outcome = TerminalOutcome::Approved;
        r.amount = Money::fromCents(3990);
        r.authorisation = u"123456"_s;
        r.maskedPan = u"497010******0003"_s;
        r.application = u"CB"_s;
        r.entryMode = u"contactless"_s;
        r.storedOffline = true;
        r.receiptText = u"CARTE BANCAIRE\nMONTANT = 39,90 EUR\nHORS LIGNE"_s;
        const auto back = nexo::decodeResponse(
            sim::encodeResponse(in, r, {true, false, u"T000042"_s, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::Payment);
        QVERIFY(back.ok());
        QCOMPARE(int(back->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(back->reference, u"A000000042"_s);
        QCOMPARE(back->amount, Money::fromCents(3990));
        QCOMPARE(back->authorisation, u"123456"_s);
        QCOMPARE(back->maskedPan, u"497010****0003"_s); // Adyen writes "497010 **** 0003"
        QCOMPARE(back->application, u"cartebancaire"_s); // one vocabulary: "CB" is Carte Bancaire
        QCOMPARE(back->entryMode, u"contactless"_s);
        QVERIFY(back->storedOffline);
        QCOMPARE(back->terminalReference, u"T000042"_s);
        // The terminal's own receipt, in Adyen's key/value lines, read back as printable lines.
        QVERIFY2(back->receiptText.contains(u"Card"_s) && back->receiptText.contains(u"****0003"_s),
            qPrintable(back->receiptText));
        QVERIFY2(back->receiptText.contains(u"39.90"_s), qPrintable(back->receiptText));
        QVERIFY2(back->receiptText.contains(u"APPROVED"_s), qPrintable(back->receiptText));
        QVERIFY2(!back->receiptText.contains(u"key="_s), qPrintable(back->receiptText));
    }

    // An answer as a commercial terminal API writes it: spaces, one decimal, brand names,
    // and a careless full card number in the receipt.
    void handWrittenAnswer()
    {
        const QByteArray json =
            "{\n"
            "          \"SaleToPOIResponse\": {\n"
            "            \"MessageHeader\": {\"ProtocolVersion\": \"3.0\", \"MessageClass\": \"Service\",\n"
            "              \"MessageCategory\": \"Payment\", \"MessageType\": \"Response\",\n"
            "              \"SaleID\": \"CAISSE-01\", \"ServiceID\": \"A000000042\", \"POIID\": "
            "\"P400-1\"},\n"
            "            \"PaymentResponse\": {\n"
            "              \"Response\": {\"Result\": \"Success\"},\n"
            "              \"POIData\": {\"POITransactionID\": {\"TransactionID\": \"8815\", \"TimeStamp\": "
            "\"2026-11-23T10:00:01Z\"}},\n"
            "              \"PaymentResult\": {\n"
            "                \"PaymentInstrumentData\": {\"PaymentInstrumentType\": \"Card\",\n"
            "                  \"CardData\": {\"MaskedPan\": \"541333******0010\", \"PaymentBrand\": \"mc\", "
            "\"EntryMode\": [\"ICC\"]}},\n"
            "                \"AmountsResp\": {\"Currency\": \"EUR\", \"AuthorizedAmount\": 12.5},\n"
            "                \"PaymentAcquirerData\": {\"ApprovalCode\": \"A1B2C3\"}},\n"
            "              \"PaymentReceipt\": [\n"
            "                {\"DocumentQualifier\": \"CashierReceipt\", \"OutputContent\": {\"OutputText\": "
            "[{\"Text\": \"MERCHANT COPY\"}]}},\n"
            "                {\"DocumentQualifier\": \"CustomerReceipt\", \"OutputContent\": "
            "{\"OutputFormat\": \"Text\",\n"
            "                  \"OutputText\": [{\"Text\": \"CARD 5413 3300 8909 0010\"}, {\"Text\": "
            "\"APPROVED\"}]}}]\n"
            "            }}}";
        const auto r = nexo::decodeResponse(json, TerminalOperation::Payment);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->amount, Money::fromCents(1250));
        QCOMPARE(r->entryMode, u"chip"_s);
        QCOMPARE(r->application, u"mc"_s);
        QCOMPARE(r->authorisation, u"A1B2C3"_s);
        QCOMPARE(r->terminalReference, u"8815"_s);
        QVERIFY(!r->storedOffline); // no OnlineFlag: online
        QCOMPARE(r->receiptText, u"CARD 541333******0010\nAPPROVED"_s);
    }

    // Adyen's own answers, as its mock terminal replays them (captured on a V400m).
    void adyenAnswers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("cents");
        const int pay = int(TerminalOperation::Payment);
        const int declined = int(TerminalOutcome::Declined);
        QTest::newRow("approved") << u"payment-response-success"_s << pay << int(TerminalOutcome::Approved)
                                  << QString() << qint64(100);
        QTest::newRow("124 not enough balance")
            << u"payment-response-124-not-enough-balance"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("125 card blocked")
            << u"payment-response-125-card-blocked"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("126 card expired")
            << u"payment-response-126-card-expired"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("127 invalid amount")
            << u"payment-response-127-invalid-amount"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("128 invalid card")
            << u"payment-response-128-invalid-card"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("134 wrong PIN")
            << u"payment-response-134-wrong-pin"_s << pay << declined << u"refused"_s << qint64(0);
        QTest::newRow("busy") << u"payment-response-busy"_s << pay << int(TerminalOutcome::Failed)
                              << u"busy"_s << qint64(0);
        QTest::newRow("aborted") << u"abort-response-payment-aborted"_s << pay
                                 << int(TerminalOutcome::Cancelled) << u"aborted"_s << qint64(0);
        // No ReversedAmount: the whole payment, which the caller knows.
        QTest::newRow("reversal") << u"reversal-response"_s << int(TerminalOperation::Reversal)
                                  << int(TerminalOutcome::Approved) << QString() << qint64(0);
        // A Reject event: the terminal could not read the message; nothing done.
        QTest::newRow("rejected") << u"event-notification-reject-invalid-json"_s << pay
                                  << int(TerminalOutcome::Failed) << u"format"_s << qint64(0);
    }
    void adyenAnswers()
    {
        QFETCH(QString, file);
        QFETCH(int, operation);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        QFETCH(qint64, cents);
        const auto r = nexo::decodeResponse(adyen(file), TerminalOperation(operation));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(int(r->outcome), outcome);
        QCOMPARE(r->reason, reason);
        QCOMPARE(r->amount.cents(), cents);
        // Printable receipts: nothing of the URL-encoded form left.
        for (const QString &raw : {u"name="_s, u"value="_s, u"key="_s, u"%20"_s, u"%2a"_s})
            QVERIFY2(!r->receiptText.contains(raw), qPrintable(r->receiptText));
    }

    void adyenReversalAnswer()
    {
        const auto r = nexo::decodeResponse(adyen(u"reversal-response"_s), TerminalOperation::Reversal);
        QVERIFY(r.ok());
        QCOMPARE(r->terminalReference, u"21f1268f-9126-4bce-b127-9c2d5ffa024e"_s);
        QCOMPARE(r->terminalTimestamp, u"2013-06-12T12:08:36+00:00"_s);
        QVERIFY2(r->receiptText.contains(u"*VOID REQUESTED*"_s), qPrintable(r->receiptText));
        QVERIFY2(r->receiptText.contains(u"Payment method"_s), qPrintable(r->receiptText));
        QCOMPARE(r->reference, u"1234567890AB"_s);
        // Without its MessageHeader, an answer is still the one to its HTTP request.
        QJsonObject doc = QJsonDocument::fromJson(adyen(u"reversal-response"_s)).object();
        QJsonObject message = doc.value(u"SaleToPOIResponse"_s).toObject();
        message.remove(u"MessageHeader"_s);
        doc.insert(u"SaleToPOIResponse"_s, message);
        const auto bare = nexo::decodeResponse(QJsonDocument(doc).toJson(), TerminalOperation::Reversal);
        QVERIFY(bare.ok());
        QCOMPARE(int(bare->outcome), int(TerminalOutcome::Approved));
        QVERIFY(bare->reference.isEmpty());
    }

    void adyenDeclineReasonsAndString()
    {
        const auto r = nexo::decodeResponse(
            adyen(u"payment-response-124-not-enough-balance"_s), TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(r->reference, u"1234567890AB"_s); // 12 characters read back as sent
        QCOMPARE(r->application, u"maestro"_s);
        QCOMPARE(r->maskedPan.right(4), u"7003"_s);
        QVERIFY2(r->detail.contains(u"Refusal"_s), qPrintable(r->detail));
        // The status answer writes its booleans as strings.
        const auto status =
            nexo::decodeResponse(adyen(u"transaction-status-response"_s), TerminalOperation::LastTransaction);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(int(status->outcome), int(TerminalOutcome::Approved));
        QVERIFY(!status->storedOffline); // "OnlineFlag": "true"
        QVERIFY(!status->terminalReference.isEmpty());
    }

    // Adyen's example requests, as a terminal reads them (the simulator does).
    void adyenRequests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("operation");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("payment") << u"payment-request"_s << int(TerminalOperation::Payment) << qint64(100);
        for (const char *amount : {"124-not-enough-balance", "125-card-blocked", "126-card-expired",
                 "127-invalid-amount", "128-invalid-card", "134-wrong-pin"}) {
            const QString name = u"payment-request-"_s + QLatin1StringView(amount);
            QTest::newRow(qPrintable(name)) << name << int(TerminalOperation::Payment)
                                            << QString::fromLatin1(amount).left(3).toLongLong();
        }
        QTest::newRow("reversal, whole")
            << u"reversal-request"_s << int(TerminalOperation::Reversal) << qint64(0);
        QTest::newRow("status") << u"transaction-status-request"_s << int(TerminalOperation::LastTransaction)
                                << qint64(0);
        QTest::newRow("abort") << u"abort-request"_s << int(TerminalOperation::Payment) << qint64(0);
    }
    void adyenRequests()
    {
        QFETCH(QString, file);
        QFETCH(int, operation);
        QFETCH(qint64, cents);
        const auto in = sim::decodeRequest(adyen(file));
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(int(in->operation), operation);
        QCOMPARE(in->amount.cents(), cents);
        QCOMPARE(in->ids.serviceId, u"1234567890AB"_s);
        if (file == u"reversal-request"_s)
            QCOMPARE(in->transactionId, u"21f1268f-9126-4bce-b127-9c2d5ffa024e"_s);
    }

    // What a terminal answers to what it cannot read: Adyen's shapes, which the register reads
    // as "refused, nothing done".
    void refusals()
    {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray notJson = sim::encodeRefusal("02893fy0f238hg", u"Input is not a JSONObject"_s, when);
        const QJsonObject event =
            QJsonDocument::fromJson(notJson).object().value(u"SaleToPOIRequest"_s).toObject();
        QCOMPARE(
            event.value(u"EventNotification"_s).toObject().value(u"EventToNotify"_s).toString(), u"Reject"_s);
        QCOMPARE(event.value(u"EventNotification"_s).toObject().value(u"RejectedMessage"_s).toString(),
            u"MDI4OTNmeTBmMjM4aGc="_s); // as in Adyen's example
        auto r = nexo::decodeResponse(notJson, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r->reason, u"format"_s);
        QVERIFY2(r->detail.contains(u"Input is not a JSONObject"_s), qPrintable(r->detail));

        QByteArray badAmount = adyen(u"payment-request"_s);
        badAmount.replace("\"RequestedAmount\": 1.00", "\"RequestedAmount\": \"lots\"");
        QVERIFY(!sim::decodeRequest(badAmount).ok());
        const QByteArray failure = sim::encodeRefusal(badAmount, u"bad RequestedAmount"_s, when);
        QVERIFY2(failure.contains("\"ErrorCondition\":\"MessageFormat\""), failure.constData());
        r = nexo::decodeResponse(failure, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r->reason, u"format"_s);
        QCOMPARE(r->reference, u"1234567890AB"_s);
    }

    // ServiceIDs of status, health, batch and abort requests: never the same twice for 48
    // hours from one register, and two processes in the same second apart.
    void serviceIds()
    {
        const qint64 t = 1'800'000'000;
        QSet<QString> seen;
        // Two processes in the same second, each counting from its own random start.
        for (quint32 start : {quint32(12345), quint32(900'000)}) {
            for (quint32 i = 0; i < 1000; ++i) {
                const QString id = nexo::makeServiceId(t, start + i);
                QCOMPARE(id.size(), nexo::kMaxServiceId);
                QVERIFY(id.startsWith(u'S'));
                QVERIFY(std::all_of(
                    id.begin(), id.end(), [](QChar c) { return c.isDigit() || (c >= u'A' && c <= u'Z'); }));
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
        }
        // One request a second for 48 hours with the same sequence number: all distinct.
        seen.clear();
        for (qint64 s = 0; s < 48 * 3600; ++s)
            seen.insert(nexo::makeServiceId(t + s, 7));
        QCOMPARE(seen.size(), 48 * 3600);
        // The sequence wraps without leaving the 10 characters.
        QCOMPARE(nexo::makeServiceId(t, nexo::kServiceSequenceSpan).size(), nexo::kMaxServiceId);
        QCOMPARE(nexo::makeServiceId(t, nexo::kServiceSequenceSpan), nexo::makeServiceId(t, 0));
    }

    void receiptLines_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("line");
        const auto right = [](const QString &name, const QString &value) -> QString {
            return name + QString(nexo::kReceiptWidth - name.size() - value.size(), u' ') + value;
        };
        QTest::newRow("card") << u"name=Card&value=%2a%2a%2a%2a3511&key=pan"_s
                              << right(u"Card"_s, u"****3511"_s);
        QTest::newRow("total in euros") << u"name=TOTAL&value=%e2%82%ac%c2%a01.00&key=totalAmount"_s
                                        << right(u"TOTAL"_s, u"€\u00a01.00"_s);
        QTest::newRow("title") << u"name=MERCHANT%20COPY&key=merchantTitle"_s << u"MERCHANT COPY"_s;
        QTest::newRow("blank") << u"key=filler"_s << QString();
        QTest::newRow("key glued to the value")
            << u"name=Time&value=12:08:36key=txtime"_s << right(u"Time"_s, u"12:08:36"_s);
        QTest::newRow("plain text") << u"APPROVED"_s << u"APPROVED"_s;
        QTest::newRow("a control character") << u"name=A%1bB&key=x"_s << u"AB"_s;
        QTest::newRow("AID kept") << u"name=AID&value=A0000000041010&key=aid"_s
                                  << right(u"AID"_s, u"A0000000041010"_s);
    }
    void receiptLines()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, line);
        QCOMPARE(nexo::receiptLine(encoded), line);
    }

    void errorConditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("refusal") << u"Refusal"_s << int(TerminalOutcome::Declined) << u"refused"_s;
        QTest::newRow("no bank") << u"UnreachableHost"_s << int(TerminalOutcome::Declined)
                                 << u"unreachable"_s;
        QTest::newRow("customer") << u"Cancel"_s << int(TerminalOutcome::Cancelled) << u"abandoned"_s;
        QTest::newRow("aborted") << u"Aborted"_s << int(TerminalOutcome::Cancelled) << u"aborted"_s;
        QTest::newRow("busy") << u"Busy"_s << int(TerminalOutcome::Failed) << u"busy"_s;
        QTest::newRow("format") << u"MessageFormat"_s << int(TerminalOutcome::Failed) << u"format"_s;
        QTest::newRow("unknown") << u"Whatever"_s << int(TerminalOutcome::Declined) << u"not-done-Whatever"_s;
    }
    void errorConditions()
    {
        QFETCH(QString, condition);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        const QByteArray json =
            "{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Payment\",\n"
            "            "
            "\"MessageType\":\"Response\",\"ServiceID\":\"A1\"},\"PaymentResponse\":{\"Response\":{"
            "\"Result\":\"Failure\",\n"
            "            \"ErrorCondition\":\"" +
            condition.toLatin1() + "\"}}}}";
        const auto r = nexo::decodeResponse(json, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), outcome);
        QCOMPARE(r->reason, reason);
    }

    void transactionStatus()
    {
        sim::IncomingRequest in;
        in.category = u"TransactionStatus"_s;
        in.operation = TerminalOperation::LastTransaction;
        in.ids = {u"S"_s, u"P"_s, u"9000000001"_s};
        in.referencedServiceId = u"A000000042"_s;
        TerminalResult paid;
        paid.operation = TerminalOperation::Payment;
        paid.outcome = TerminalOutcome::Approved;
        paid.reference = u"A000000042"_s;
        paid.amount = Money::fromCents(4200);
        // Found: the repeated payment, about the exchange asked for.
        auto r = nexo::decodeResponse(
            sim::encodeResponse(in, paid, {true, false, u"T1"_s, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->reference, u"A000000042"_s);
        QCOMPARE(r->amount, Money::fromCents(4200));
        // Not found: it never ran there.
        r = nexo::decodeResponse(
            sim::encodeResponse(in, paid, {false, false, {}, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r->reason, u"not-at-terminal"_s);
        QCOMPARE(r->reference, u"A000000042"_s);
        // Still running: nobody knows yet.
        r = nexo::decodeResponse(
            sim::encodeResponse(in, paid, {true, true, {}, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Unknown));
    }

    void diagnosisAndReconciliation()
    {
        sim::IncomingRequest in;
        in.category = u"Diagnosis"_s;
        in.operation = TerminalOperation::Identify;
        in.ids = {u"S"_s, u"P"_s, u"1"_s};
        TerminalResult h;
        h.operation = TerminalOperation::Identify;
        h.outcome = TerminalOutcome::Approved;
        h.model = u"SIM-Desk/5000"_s;
        h.serial = u"SIM01"_s;
        h.softwareVersion = u"1.0"_s;
        h.network = u"4g"_s;
        h.batteryPercent = 87;
        h.acquirerLink = 0;
        h.storedCount = 2;
        h.storedAmount = Money::fromCents(5100);
        auto r = nexo::decodeResponse(sim::encodeResponse(in, h), TerminalOperation::Identify);
        QVERIFY(r.ok());
        QCOMPARE(r->model, h.model);
        QCOMPARE(r->serial, h.serial);
        QCOMPARE(r->network, u"4g"_s);
        QCOMPARE(r->batteryPercent, 87);
        QCOMPARE(r->acquirerLink, 0);
        QCOMPARE(r->storedCount, 2);
        QCOMPARE(r->storedAmount, Money::fromCents(5100));

        in.category = u"Reconciliation"_s;
        in.operation = TerminalOperation::Batch;
        TerminalResult b;
        b.operation = TerminalOperation::Batch;
        b.outcome = TerminalOutcome::Approved;
        b.batchCount = 3;
        b.batchDebits = Money::fromCents(7600);
        b.batchCredits = Money::fromCents(500);
        b.storedPayments = {{u"A1"_s, Money::fromCents(1200), u"accepted"_s, u"654321"_s},
            {u"A2"_s, Money::fromCents(3900), u"declined"_s, {}}};
        r = nexo::decodeResponse(sim::encodeResponse(in, b), TerminalOperation::Batch);
        QVERIFY(r.ok());
        QCOMPARE(r->batchCount, 3);
        QCOMPARE(r->batchDebits, Money::fromCents(7600));
        QCOMPARE(r->batchCredits, Money::fromCents(500));
        QCOMPARE(r->storedPayments, b.storedPayments);
    }

    // Diagnosis and Reconciliation as Adyen's terminals word them.
    void adyenDiagnosis()
    {
        const QByteArray json = R"({"SaleToPOIResponse":{"MessageHeader":{"MessageCategory":"Diagnosis",
            "MessageType":"Response","ServiceID":"S1"},"DiagnosisResponse":{"Response":{"Result":"Success"},
            "POIStatus":{"GlobalStatus":"OK","CommunicationOKFlag":"true"},
            "HostStatus":[{"AcquirerID":"1","IsReachableFlag":"false"},{"AcquirerID":"2","IsReachableFlag":false}],
            "LoggedSaleID":["CAISSE-01"]}}})";
        auto r = nexo::decodeResponse(json, TerminalOperation::Identify);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->acquirerLink, 0); // no acquirer reachable, whatever the POI says
        QByteArray maintenance = json;
        maintenance.replace(R"("GlobalStatus":"OK")", R"("GlobalStatus":"Maintenance")")
            .replace(R"("IsReachableFlag":"false")", R"("IsReachableFlag":"true")");
        r = nexo::decodeResponse(maintenance, TerminalOperation::Identify);
        QVERIFY(r.ok());
        QCOMPARE(r->acquirerLink, 1);
        QVERIFY2(r->detail.contains(u"Maintenance"_s), qPrintable(r->detail));
    }

    void adyenTotals_data()
    {
        QTest::addColumn<QByteArray>("totals");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("debits");
        QTest::addColumn<qint64>("credits");
        QTest::newRow("a reversed debit comes off")
            << QByteArray(R"([{"TransactionType":"Debit","TransactionCount":3,"TransactionAmount":30.00},
                {"TransactionType":"ReverseDebit","TransactionCount":1,"TransactionAmount":10.00},
                {"TransactionType":"Credit","TransactionCount":1,"TransactionAmount":5.00},
                {"TransactionType":"Declined","TransactionCount":2,"TransactionAmount":7.00}])")
            << true << 3 << qint64(2000) << qint64(500);
        QTest::newRow("a reversed credit too")
            << QByteArray(R"([{"TransactionType":"Credit","TransactionCount":2,"TransactionAmount":9.00},
                {"TransactionType":"ReverseCredit","TransactionCount":1,"TransactionAmount":4.00}])")
            << true << 1 << qint64(0) << qint64(500);
        QTest::newRow("more reversed than done")
            << QByteArray(
                   R"([{"TransactionType":"ReverseDebit","TransactionCount":1,"TransactionAmount":1.00}])")
            << false << 0 << qint64(0) << qint64(0);
        QTest::newRow("an unknown kind")
            << QByteArray(R"([{"TransactionType":"Mystery","TransactionCount":1,"TransactionAmount":1.00}])")
            << false << 0 << qint64(0) << qint64(0);
    }
    void adyenTotals()
    {
        QFETCH(QByteArray, totals);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QFETCH(qint64, debits);
        QFETCH(qint64, credits);
        const QByteArray json = R"({"SaleToPOIResponse":{"MessageHeader":{"MessageCategory":"Reconciliation",
            "MessageType":"Response","ServiceID":"S2"},"ReconciliationResponse":{"Response":{"Result":"Success"},
            "ReconciliationType":"SaleReconciliation","POIReconciliationID":"1000",
            "TransactionTotals":[{"AcquirerID":"1","CardBrand":"mc","PaymentCurrency":"EUR",
            "PaymentInstrumentType":"Card","PaymentTotals":)" +
            totals + "}]}}}";
        const auto r = nexo::decodeResponse(json, TerminalOperation::Batch);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(r->batchCount, count);
        QCOMPARE(r->batchDebits.cents(), debits);
        QCOMPARE(r->batchCredits.cents(), credits);
    }

    void login()
    {
        const QByteArray request = nexo::encodeLogin({u"CAISSE-01"_s, u"V400m-1"_s, u"S000010001"_s},
            QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
        const QJsonObject body = QJsonDocument::fromJson(request)
                                     .object()
                                     .value(u"SaleToPOIRequest"_s)
                                     .toObject()
                                     .value(u"LoginRequest"_s)
                                     .toObject();
        QCOMPARE(body.value(u"SaleTerminalData"_s).toObject().value(u"TotalsGroupID"_s).toString(),
            u"CAISSE-01"_s);
        QVERIFY(body.contains(u"SaleSoftware"_s));
        const auto in = sim::decodeRequest(request);
        QVERIFY(in.ok());
        QVERIFY(in->login);
        auto r = nexo::decodeLoginResponse(sim::encodeLoginResponse(*in, true));
        QVERIFY(r.ok());
        QVERIFY(r->approved());
        r = nexo::decodeLoginResponse(sim::encodeLoginResponse(*in, false));
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Failed));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("truncated") << QByteArray("{\"SaleToPOIResponse\":{\"MessageHeader\":{");
        QTest::newRow("wrong category") << QByteArray(
            "{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Diagnosis\",\"MessageType\":"
            "\"Response\"},\"DiagnosisResponse\":{\"Response\":{\"Result\":\"Success\"}}}}");
        QTest::newRow("a request") << QByteArray(
            "{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Payment\",\"MessageType\":"
            "\"Request\"},\"PaymentResponse\":{\"Response\":{\"Result\":\"Success\"}}}}");
        QTest::newRow("no body") << QByteArray(
            "{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Payment\",\"MessageType\":"
            "\"Response\"}}}");
        QTest::newRow("no Response") << QByteArray(
            "{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Payment\",\"MessageType\":"
            "\"Response\"},\"PaymentResponse\":{}}}");
        for (const char *amount : {"\"12.50\"", "1e3", "-1.00", "12.505", "true"}) {
            QTest::addRow("amount %s", amount)
                << QByteArray("{\"SaleToPOIResponse\":{\"MessageHeader\":{\"MessageCategory\":\"Payment\","
                              "\"MessageType\":\"Response\"},\"PaymentResponse\":{\"Response\":{\"Result\":"
                              "\"Success\"},\"PaymentResult\":{\"AmountsResp\":{\"AuthorizedAmount\":" +
                       QByteArray(amount) + "}}}}}");
        }
        QTest::newRow("huge") << QByteArray(200 * 1024, ' ');
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, json);
        const auto r = nexo::decodeResponse(json, TerminalOperation::Payment);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"nexo.format"_s);
    }

    void amountRewritingLeavesStringsAlone()
    {
        const QJsonObject o {{u"Note"_s, u"\"RequestedAmount\":\"1.00\""_s},
            {u"RequestedAmount"_s, u"3.10"_s}, {u"Other"_s, u"7.00"_s}};
        const QByteArray json = nexo::toJson(o);
        QVERIFY(json.contains("\"RequestedAmount\":3.10"));
        QVERIFY(json.contains("\"Other\":\"7.00\""));
        const auto back = nexo::parseJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), o);
    }

    void httpResponsesSplitAnywhere()
    {
        const QByteArray body = "{\"a\":1}";
        const QByteArray wire = http::formatResponse(200, "application/json", body);
        for (qsizetype cut = 0; cut < wire.size(); ++cut) {
            const http::Message m = http::parseResponse(wire.first(cut));
            QCOMPARE(m.state, http::Message::Incomplete);
        }
        const http::Message m = http::parseResponse(wire);
        QCOMPARE(m.state, http::Message::Complete);
        QCOMPARE(m.status, 200);
        QCOMPARE(m.body, body);
        QCOMPARE(m.header("content-type"), QByteArray("application/json"));
        // Closed before the end: broken, not complete.
        QCOMPARE(http::parseResponse(wire.first(wire.size() - 2), true).state, http::Message::Invalid);
    }

    void httpChunkedAndUntilClose()
    {
        const QByteArray chunked =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
        http::Message m = http::parseResponse(chunked);
        QCOMPARE(m.state, http::Message::Complete);
        QCOMPARE(m.body, QByteArray("{\"a\":1}"));
        const QByteArray bare = "HTTP/1.0 200 OK\r\n\r\n{\"b\":2}";
        QCOMPARE(http::parseResponse(bare).state, http::Message::Incomplete);
        m = http::parseResponse(bare, true);
        QCOMPARE(m.state, http::Message::Complete);
        QCOMPARE(m.body, QByteArray("{\"b\":2}"));
    }

    void httpGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
        QTest::newRow("bad code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n");
        QTest::newRow("bad chunk") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nOops\r\n\r\n");
        QTest::newRow("endless header") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(20000, 'a');
    }
    void httpGarbage()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(http::parseResponse(bytes).state, http::Message::Invalid);
    }

    void httpRequests()
    {
        const QByteArray wire =
            http::formatRequest("POST", "/nexo", "127.0.0.1:8443", "application/json", "{}");
        const http::Message m = http::parseRequest(wire);
        QCOMPARE(m.state, http::Message::Complete);
        QCOMPARE(m.method, QByteArray("POST"));
        QCOMPARE(m.path, QByteArray("/nexo"));
        QCOMPARE(m.body, QByteArray("{}"));
        QCOMPARE(http::parseRequest(wire.first(wire.size() - 1)).state, http::Message::Incomplete);
        QCOMPARE(http::parseRequest("GET nexo\r\n\r\n").state, http::Message::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestNexoCodec)
#include "tst_nexocodec.moc"
