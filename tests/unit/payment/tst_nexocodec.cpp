// SPDX-License-Identifier: GPL-3.0-or-later
// nexo JSON messages and the HTTP framing they travel in: exact amounts, the register's
// requests as a terminal reads them, terminals' answers (ours and hand-written ones in the
// style of a commercial terminal API), error conditions, malformed input, masking.
#include "payment/httpwire.h"
#include "payment/nexo.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

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

        const auto in = nexo::decodeRequest(bytes);
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
        const auto in = nexo::decodeRequest(
            nexo::encodeRequest(r, {u"S"_s, u"P"_s, u"X1"_s}, QDateTime::currentDateTimeUtc()));
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(in->category, category);
        QCOMPARE(int(in->operation), operation);
        if (r.operation == TerminalOperation::LastTransaction)
            QCOMPARE(in->referencedServiceId, u"A000000007"_s);
        if (r.operation == TerminalOperation::Reversal) {
            QCOMPARE(in->transactionId, u"A000000006"_s);
            QCOMPARE(in->amount, Money::fromCents(999));
        }
        if (r.operation == TerminalOperation::Refund)
            QCOMPARE(in->amount, Money::fromCents(999));
    }

    void abortRequest()
    {
        const auto in = nexo::decodeRequest(nexo::encodeAbort({u"S"_s, u"P"_s, u"X2"_s}, u"A000000042"_s));
        QVERIFY(in.ok());
        QVERIFY(in->abort);
        QCOMPARE(in->referencedServiceId, u"A000000042"_s);
    }

    void answersRoundTrip()
    {
        nexo::IncomingRequest in;
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
            nexo::encodeResponse(in, r, {true, false, u"T000042"_s, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::Payment);
        QVERIFY(back.ok());
        QCOMPARE(int(back->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(back->reference, u"A000000042"_s);
        QCOMPARE(back->amount, Money::fromCents(3990));
        QCOMPARE(back->authorisation, u"123456"_s);
        QCOMPARE(back->maskedPan, u"497010******0003"_s);
        QCOMPARE(back->application, u"cartebancaire"_s); // one vocabulary: "CB" is Carte Bancaire
        QCOMPARE(back->entryMode, u"contactless"_s);
        QVERIFY(back->storedOffline);
        QCOMPARE(back->terminalReference, u"T000042"_s);
        QCOMPARE(back->receiptText, r.receiptText);
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
        nexo::IncomingRequest in;
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
            nexo::encodeResponse(in, paid, {true, false, u"T1"_s, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->reference, u"A000000042"_s);
        QCOMPARE(r->amount, Money::fromCents(4200));
        // Not found: it never ran there.
        r = nexo::decodeResponse(
            nexo::encodeResponse(in, paid, {false, false, {}, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r->reason, u"not-at-terminal"_s);
        QCOMPARE(r->reference, u"A000000042"_s);
        // Still running: nobody knows yet.
        r = nexo::decodeResponse(
            nexo::encodeResponse(in, paid, {true, true, {}, QDateTime::currentDateTimeUtc()}),
            TerminalOperation::LastTransaction);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Unknown));
    }

    void diagnosisAndReconciliation()
    {
        nexo::IncomingRequest in;
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
        auto r = nexo::decodeResponse(nexo::encodeResponse(in, h), TerminalOperation::Identify);
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
        r = nexo::decodeResponse(nexo::encodeResponse(in, b), TerminalOperation::Batch);
        QVERIFY(r.ok());
        QCOMPARE(r->batchCount, 3);
        QCOMPARE(r->batchDebits, Money::fromCents(7600));
        QCOMPARE(r->batchCredits, Money::fromCents(500));
        QCOMPARE(r->storedPayments, b.storedPayments);
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
