// SPDX-License-Identifier: GPL-3.0-or-later
// Concert link-layer frames, Caisse-AP records and protocol E messages, byte by byte.
#include "payment/caisseap.h"
#include "payment/cardmask.h"
#include "payment/concertframe.h"
#include "payment/protocole.h"

#include <QTest>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;
using Event = concert::FrameDecoder::Event;

class TestConcertCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lrcIsXorAfterStxThroughEtx()
    {
        // STX 'A' 'B' ETX: LRC = 'A' ^ 'B' ^ ETX = 0x41 ^ 0x42 ^ 0x03 = 0x00
        QCOMPARE(concert::frame("AB"),
            QByteArray("\x02"
                       "AB\x03\x00",
                5));
        QCOMPARE(concert::lrc("1"), char(0x31 ^ 0x03));
    }

    void decoderSurvivesEverySplit()
    {
        const QByteArray data =
            caisseap::encodeRequest({TerminalOperation::Payment, u"0100000001"_s, Money::fromCents(1250)})
                .encode();
        const QByteArray wire =
            QByteArray(1, concert::ENQ) + concert::frame(data) + QByteArray(1, concert::EOT);
        for (int cut = 0; cut <= wire.size(); ++cut) {
            concert::FrameDecoder d;
            QList<Event> events = d.feed(QByteArrayView(wire).first(cut));
            events += d.feed(QByteArrayView(wire).sliced(cut));
            QCOMPARE(events.size(), 3);
            QCOMPARE(events[0].kind, Event::Control);
            QCOMPARE(events[1].kind, Event::Frame);
            QCOMPARE(events[1].data, data);
            QCOMPARE(events[2].control, concert::EOT);
        }
        // One byte at a time.
        concert::FrameDecoder d;
        QList<Event> events;
        for (char c : wire)
            events += d.feed(QByteArrayView(&c, 1));
        QCOMPARE(events.size(), 3);
    }

    void lrcMayBeStxOrEtx_data()
    {
        QTest::addColumn<QByteArray>("data");
        // Find payloads whose LRC is 0x02 and 0x03.
        for (char wanted : {concert::STX, concert::ETX}) {
            for (int c = 0x20; c < 0x7f; ++c) {
                const QByteArray data = "CZ0040320" + QByteArray(1, char(c));
                if (concert::lrc(data) == wanted) {
                    QTest::addRow("lrc 0x%02x", int(wanted)) << data;
                    break;
                }
            }
        }
    }
    void lrcMayBeStxOrEtx()
    {
        QFETCH(QByteArray, data);
        concert::FrameDecoder d;
        const auto events = d.feed(QByteArray(concert::frame(data) + concert::frame("next")));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, Event::Frame);
        QCOMPARE(events[0].data, data);
        QCOMPARE(events[1].data, QByteArray("next"));
    }

    void badFramesAreReportedAndSkipped()
    {
        concert::FrameDecoder d;
        QByteArray bad = concert::frame("HELLO");
        bad.back() = char(bad.back() ^ 1);
        auto events = d.feed(QByteArray("\xff\xfe" + bad + "junk" + concert::frame("OK")));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].kind, Event::Noise);
        QCOMPARE(events[1].kind, Event::BadChecksum);
        QCOMPARE(events[2].kind, Event::Noise);
        QCOMPARE(events[3].kind, Event::Frame);

        // A frame cut short by a new STX.
        events = d.feed(QByteArray("\x02"
                                   "ABC" +
            concert::frame("DEF")));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, Event::Truncated);
        QCOMPARE(events[1].data, QByteArray("DEF"));

        // A runaway frame.
        events = d.feed(QByteArray("\x02" + QByteArray(600, 'x') + "\x03Z" + concert::frame("GOOD")));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, Event::Overlong);
        QCOMPARE(events[1].data, QByteArray("GOOD"));
    }

    void caisseApRequestBytes()
    {
        TerminalRequest r {TerminalOperation::Payment, u"0100000042"_s, Money::fromCents(1250)};
        r.registerNumber = 3;
        QCOMPARE(caisseap::encodeRequest(r).encode(),
            QByteArray("CZ0040320CJ012COMPTOIR-POSCA00203CB0041250CD0010CE003978BA0010CF0100100000042"));
        r.operation = TerminalOperation::LastTransaction;
        QCOMPARE(caisseap::encodeRequest(r).encode(),
            QByteArray("CZ0040320CJ012COMPTOIR-POSCA00203CD0013BA0010CF0100100000042"));
        // Amount edge cases: 1 cent is two digits, 12 digits pass.
        r.operation = TerminalOperation::Refund;
        r.amount = Money::fromCents(1);
        QVERIFY(caisseap::encodeRequest(r).encode().contains("CB00201CD0011"));
        r.amount = Money::fromCents(999'999'999'999);
        QVERIFY(caisseap::encodeRequest(r).encode().contains("CB012999999999999"));
    }

    void caisseApParse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("state");
        QTest::newRow("complete") << QByteArray("CZ0040320AE00210") << int(caisseap::Parse::Complete);
        QTest::newRow("empty") << QByteArray() << int(caisseap::Parse::Incomplete);
        QTest::newRow("half tag") << QByteArray("C") << int(caisseap::Parse::Incomplete);
        QTest::newRow("half length") << QByteArray("CZ00") << int(caisseap::Parse::Incomplete);
        QTest::newRow("half value") << QByteArray("CZ004032") << int(caisseap::Parse::Incomplete);
        QTest::newRow("next record cut") << QByteArray("CZ0040320A") << int(caisseap::Parse::Incomplete);
        QTest::newRow("not CZ first") << QByteArray("AE00210") << int(caisseap::Parse::Invalid);
        // Found by fuzzing: one byte that no message starts with must not be waited for.
        QTest::newRow("one wrong byte") << QByteArray("A") << int(caisseap::Parse::Invalid);
        QTest::newRow("letters in length") << QByteArray("CZ0x40320") << int(caisseap::Parse::Invalid);
        QTest::newRow("lower-case tag") << QByteArray("CZ0040320ae00210") << int(caisseap::Parse::Invalid);
        QTest::newRow("binary") << QByteArray("CZ0040320\xff\x01") << int(caisseap::Parse::Invalid);
    }
    void caisseApParse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, state);
        QCOMPARE(int(caisseap::parse(bytes).state), state);
    }

    void caisseApAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "CZ0040320CA00201";
        QTest::newRow("approved") << head + "AE00210CB0041250AC006123456CF0100100000001"
                                  << int(TerminalOutcome::Approved) << QString();
        QTest::newRow("refused") << head + "AE00201AF00204CF0100100000001" << int(TerminalOutcome::Declined)
                                 << u"refused"_s;
        QTest::newRow("abandoned") << head + "AE00201AF00206" << int(TerminalOutcome::Cancelled)
                                   << u"abandoned"_s;
        QTest::newRow("card removed")
            << head + "AE00201AF00211" << int(TerminalOutcome::Cancelled) << u"abandoned"_s;
        QTest::newRow("input time-out")
            << head + "AE00201AF00208" << int(TerminalOutcome::Cancelled) << u"timeout"_s;
        QTest::newRow("format error")
            << head + "AE00201AF00209" << int(TerminalOutcome::Failed) << u"format"_s;
        QTest::newRow("unknown action")
            << head + "AE00201AF00212" << int(TerminalOutcome::Failed) << u"unsupported"_s;
        QTest::newRow("currency") << head + "AE00201AF00213" << int(TerminalOutcome::Failed) << u"currency"_s;
    }
    void caisseApAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        const auto p = caisseap::parse(answer);
        QCOMPARE(p.state, caisseap::Parse::Complete);
        const auto r = caisseap::decodeResponse(p.message, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), outcome);
        QCOMPARE(r->reason, reason);
    }

    void caisseApBadAnswers()
    {
        for (const QByteArray &bad : {QByteArray("CZ0040320CB0041250"), QByteArray("CZ0040320AE00299"),
                 QByteArray("CZ0040320AE00210CB0031x5"), QByteArray("CZ0040320AE00211")}) {
            const auto p = caisseap::parse(bad);
            QCOMPARE(p.state, caisseap::Parse::Complete);
            const auto r = caisseap::decodeResponse(p.message, TerminalOperation::Payment);
            QVERIFY2(!r.ok(), bad.constData());
            QCOMPARE(r.error().code, u"payment.format"_s);
        }
    }

    void fullCardNumbersNeverLeaveTheDecoder()
    {
        // A terminal that sends a full PAN in AA and in the receipt text.
        const QByteArray answer = "CZ0040320AE00210CB0041250AA0164970100000000003"
                                  "ZT027CARTE 4970 1000 0000 0003\nCF0100100000001";
        const auto r = caisseap::decodeResponse(caisseap::parse(answer).message, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(r->maskedPan, u"497010******0003"_s);
        QVERIFY(!r->receiptText.contains(u"0000 0003"_s));
        QVERIFY(r->receiptText.contains(u"497010******0003"_s));
        // Found by fuzzing: an unknown AF is copied into the stored reason, never a card number.
        const auto odd = caisseap::decodeResponse(
            caisseap::parse("CZ0040320AE00201AF0164970100000000003").message, TerminalOperation::Payment);
        QVERIFY(odd.ok());
        QCOMPARE(odd->reason, u"not-done-497010******0003"_s);
        QCOMPARE(maskPan(u"497010******0003"), u"497010******0003"_s);
        QCOMPARE(maskPan(u"1234"), u"****"_s);
        QCOMPARE(scrubCardNumbers(u"ticket 42 auth 123456"), u"ticket 42 auth 123456"_s);
    }

    void protocolERequestBytes()
    {
        TerminalRequest r {TerminalOperation::Payment, u"0100000042"_s, Money::fromCents(1250)};
        const auto m = protocole::encodeRequest(r);
        QVERIFY(m.ok());
        QCOMPARE(m->size(), 34);
        QCOMPARE(m.value(),
            QByteArray("0100001250110978"
                       "0100000042"
                       "A010B010"));
        r.operation = TerminalOperation::Refund;
        r.amount = Money::fromCents(100'000'000);
        QVERIFY(!protocole::encodeRequest(r).ok()); // 8 digits at most
        r.operation = TerminalOperation::LastTransaction;
        r.amount = Money::fromCents(1);
        QVERIFY(!protocole::encodeRequest(r).ok());
    }

    void protocolEAnswers()
    {
        const QByteArray report = QByteArray("4970100000000003=2812101").leftJustified(55, ' ');
        const QByteArray full = "010"
                                "00001250"
                                "1" +
            report + "978" + "0100000042";
        QCOMPARE(full.size(), 80);
        const auto r = protocole::decodeResponse(full, TerminalOperation::Payment);
        QVERIFY(r.ok());
        QCOMPARE(int(r->outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r->amount, Money::fromCents(1250));
        QCOMPARE(r->reference, u"0100000042"_s);
        QCOMPARE(r->maskedPan, u"497010******0003"_s);

        const QByteArray shortRefused = "017"
                                        "00001250"
                                        "1"
                                        "978"
                                        "0100000042";
        QCOMPARE(shortRefused.size(), 25);
        QCOMPARE(int(protocole::decodeResponse(shortRefused, TerminalOperation::Payment)->outcome),
            int(TerminalOutcome::Declined));
        const QByteArray handled = "019"
                                   "00001250"
                                   "1"
                                   "978"
                                   "0100000042";
        QCOMPARE(int(protocole::decodeResponse(handled, TerminalOperation::Payment)->outcome),
            int(TerminalOutcome::Unknown));

        QVERIFY(!protocole::decodeResponse(full.left(79), TerminalOperation::Payment).ok());
        QByteArray letters = shortRefused;
        letters[5] = 'x';
        QVERIFY(!protocole::decodeResponse(letters, TerminalOperation::Payment).ok());
        QByteArray status = shortRefused;
        status[2] = '5';
        QVERIFY(!protocole::decodeResponse(status, TerminalOperation::Payment).ok());
    }
};

QTEST_GUILESS_MAIN(TestConcertCodecs)
#include "tst_concertcodecs.moc"
