// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/barcodedecoder.h"
#include "scan/gtin.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using S = ScanResult::Symbology;
using St = ScanResult::Status;

Q_DECLARE_METATYPE(ScanResult::Symbology)
Q_DECLARE_METATYPE(ScanResult::Status)

class TestBarcodeDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        // Real products (check digits verified independently).
        for (const char *c : {"3017620422003", "5449000000996", "4006381333931", "9780201379624",
                 "3068320114453", "3228857000166", "3045320094084", "3175680011480", "7613035974685",
                 "8000500310427", "3560070614202", "5012345678900", "3033710065967", "3329770063655",
                 "036000291452", "012345678905", "96385074", "40170725", "73513537", "03760123450010"})
            QTest::newRow(c) << QString::fromLatin1(c) << true;
        QTest::newRow("one digit off") << u"3017620422004"_s << false;
        QTest::newRow("transposed") << u"3017620424203"_s << false;
        QTest::newRow("letters") << u"30176204220A3"_s << false;
        QTest::newRow("too short") << u"7"_s << false;
    }
    void checkDigit()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(gtin::hasValidCheckDigit(code), valid);
        if (valid)
            QCOMPARE(gtin::withCheckDigit(code.chopped(1)), code);
    }

    void decode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ScanResult::Symbology>("symbology");
        QTest::addColumn<ScanResult::Status>("status");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<qint64>("price"); // -1: none
        QTest::addColumn<qint64>("weight"); // -1: none

        QTest::newRow("EAN-13 Nutella")
            << u"3017620422003"_s << S::Ean13 << St::Ok << u"3017620422003"_s << -1LL << -1LL;
        QTest::newRow("EAN-13 with CR")
            << u"5449000000996\r"_s << S::Ean13 << St::Ok << u"5449000000996"_s << -1LL << -1LL;
        QTest::newRow("EAN-13 with CRLF")
            << u"5449000000996\r\n"_s << S::Ean13 << St::Ok << u"5449000000996"_s << -1LL << -1LL;
        QTest::newRow("ISBN (EAN-13)")
            << u"9780201379624"_s << S::Ean13 << St::Ok << u"9780201379624"_s << -1LL << -1LL;
        QTest::newRow("EAN-13 bad check")
            << u"3017620422004"_s << S::Ean13 << St::BadCheckDigit << u""_s << -1LL << -1LL;
        QTest::newRow("EAN-8") << u"96385074"_s << S::Ean8 << St::Ok << u"96385074"_s << -1LL << -1LL;
        QTest::newRow("EAN-8 bad check")
            << u"96385075"_s << S::Ean8 << St::BadCheckDigit << u""_s << -1LL << -1LL;
        QTest::newRow("UPC-A") << u"036000291452"_s << S::UpcA << St::Ok << u"0036000291452"_s << -1LL
                               << -1LL;
        QTest::newRow("UPC-A bad check")
            << u"036000291453"_s << S::UpcA << St::BadCheckDigit << u""_s << -1LL << -1LL;
        QTest::newRow("GTIN-14 leading zero")
            << u"03760123450010"_s << S::Gtin14 << St::Ok << u"3760123450010"_s << -1LL << -1LL;
        QTest::newRow("AIM EAN-13") << u"]E03017620422003"_s << S::Ean13 << St::Ok << u"3017620422003"_s
                                    << -1LL << -1LL;
        QTest::newRow("AZERTY digit row")
            << u"\"à&è-éà'ééàà\""_s << S::Ean13 << St::Ok << u"3017620422003"_s << -1LL << -1LL;

        // French variable measure (defaults: 21/22 price, 26-28 weight, 2 price with 6-digit code).
        QTest::newRow("weight label 26")
            << u"2600001005325"_s << S::VariableMeasure << St::Ok << u"2600001000009"_s << -1LL << 532LL;
        QTest::newRow("price label 21")
            << u"2100003012340"_s << S::VariableMeasure << St::Ok << u"2100003000002"_s << 1234LL << -1LL;
        QTest::newRow("price label prefix 2, 6-digit item")
            << u"2999999002509"_s << S::VariableMeasure << St::Ok << gtin::withCheckDigit(u"299999900000"_s)
            << 250LL << -1LL;
        QTest::newRow("variable measure bad check")
            << u"2600001005326"_s << S::Ean13 << St::BadCheckDigit << u""_s << -1LL << -1LL;

        // GS1 element strings.
        QTest::newRow("GS1 parenthesised") << u"(01)03760123450010(17)261231(10)LOT42"_s << S::Gs1 << St::Ok
                                           << u"3760123450010"_s << -1LL << -1LL;
        QTest::newRow("GS1 raw with GS") << u"]C10103760123450010\u001d3103000532\u001d10AB12"_s << S::Gs1
                                         << St::Ok << u"3760123450010"_s << -1LL << 532LL;
        QTest::newRow("GS1 fixed then price")
            << u"01037601234500103922001234"_s << S::Gs1 << St::Ok << u"3760123450010"_s << 1234LL << -1LL;
        QTest::newRow("GS1 DataMatrix AIM, weight 2 decimals")
            << u"]d201037601234500103102001250"_s << S::Gs1 << St::Ok << u"3760123450010"_s << -1LL
            << 12500LL;
        QTest::newRow("GS1 bad GTIN check")
            << u"(01)03760123450011"_s << S::Gs1 << St::BadGs1 << u""_s << -1LL << -1LL;
        QTest::newRow("GS1 unknown AI") << u"(99)123"_s << S::Gs1 << St::BadGs1 << u""_s << -1LL << -1LL;
        QTest::newRow("GS1 without GTIN")
            << u"(10)ABC(17)261231"_s << S::Gs1 << St::BadGs1 << u""_s << -1LL << -1LL;
        QTest::newRow("GS1 bad date")
            << u"(01)03760123450010(17)261341"_s << S::Gs1 << St::BadGs1 << u""_s << -1LL << -1LL;

        QTest::newRow("internal code")
            << u"SKU-00042"_s << S::Internal << St::Ok << u"SKU-00042"_s << -1LL << -1LL;
        QTest::newRow("short digits are internal")
            << u"12345"_s << S::Internal << St::Ok << u"12345"_s << -1LL << -1LL;
        QTest::newRow("mixed dash digits stay")
            << u"12-34-56"_s << S::Internal << St::Ok << u"12-34-56"_s << -1LL << -1LL;
        QTest::newRow("control character")
            << u"301762\u00070422003"_s << S::Unknown << St::BadCharacters << u""_s << -1LL << -1LL;
        QTest::newRow("replacement char")
            << u"30176\uFFFD20422003"_s << S::Unknown << St::BadCharacters << u""_s << -1LL << -1LL;
        QTest::newRow("empty") << u"\r\n"_s << S::Unknown << St::Empty << u""_s << -1LL << -1LL;
    }
    void decode()
    {
        QFETCH(QString, input);
        QFETCH(ScanResult::Symbology, symbology);
        QFETCH(ScanResult::Status, status);
        QFETCH(QString, lookup);
        QFETCH(qint64, price);
        QFETCH(qint64, weight);
        const ScanResult r = BarcodeDecoder().decode(input);
        QCOMPARE(r.status, status);
        QCOMPARE(r.symbology, symbology);
        if (r.ok())
            QCOMPARE(r.lookupCode, lookup);
        QCOMPARE(r.priceCents.value_or(-1), price);
        QCOMPARE(r.weightGrams.value_or(-1), weight);
        QCOMPARE(r.ok(), r.clerkMessage().isEmpty());
        QVERIFY(!r.describe().isEmpty());
    }

    void gs1Details()
    {
        const auto r = BarcodeDecoder().decode(u"(01)03760123450010(17)261200(10)LOT42"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.batch, u"LOT42"_s);
        QCOMPARE(r.expiry, QDate(2026, 12, 31)); // day 00 = end of month
        QCOMPARE(r.elements.size(), 3);
    }

    void customSeparator()
    {
        // Wedge scanners often cannot type GS: they are configured to send another character.
        BarcodeDecoder decoder(VariableMeasureRule::frenchDefaults(), u'~');
        const auto r = decoder.decode(u"0103760123450010~10AB~3103000250"_s);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.batch, u"AB"_s);
        QCOMPARE(r.weightGrams.value_or(-1), 250);
    }

    void storeRules()
    {
        // A store whose scales print weights under prefix 23 with 4-digit article codes.
        const QList<VariableMeasureRule> rules {{u"23"_s, VariableMeasureRule::Kind::Weight, 4}};
        QVERIFY(rules.first().isValid());
        const QString code = gtin::withCheckDigit(u"230042012345"_s); // item 0042, 12345 g? value 6 digits
        const auto r = BarcodeDecoder(rules).decode(code);
        QCOMPARE(r.symbology, S::VariableMeasure);
        QCOMPARE(r.weightGrams.value_or(-1), 12345);
        QCOMPARE(r.lookupCode, gtin::withCheckDigit(u"230042000000"_s));
        // Without that rule the same code is a plain in-store EAN-13.
        const auto plain = BarcodeDecoder(QList<VariableMeasureRule> {}).decode(code);
        QCOMPARE(plain.symbology, S::Ean13);

        const QString json = VariableMeasureRule::toJson(VariableMeasureRule::frenchDefaults());
        QCOMPARE(VariableMeasureRule::fromJson(json).value(), VariableMeasureRule::frenchDefaults());
        QVERIFY(
            !VariableMeasureRule::fromJson(u"[{\"prefix\":\"3\",\"kind\":\"price\",\"itemDigits\":5}]"_s));
        QVERIFY(!VariableMeasureRule::fromJson(u"not json"_s));
        QVERIFY(
            !VariableMeasureRule::fromJson(u"[{\"prefix\":\"21\",\"kind\":\"volume\",\"itemDigits\":5}]"_s));
    }

    void azertyRepairIsConservative()
    {
        bool repaired = true;
        QCOMPARE(BarcodeDecoder::repairAzertyDigits(u"\"à&è-é"_s, &repaired), u"301762"_s);
        QVERIFY(repaired);
        QCOMPARE(BarcodeDecoder::repairAzertyDigits(u"(-è"_s, &repaired), u"(-è"_s); // too short to be a code
        QVERIFY(!repaired);
        QCOMPARE(BarcodeDecoder::repairAzertyDigits(u"abc-def"_s, &repaired), u"abc-def"_s);
        QVERIFY(!repaired);
    }
};

QTEST_GUILESS_MAIN(TestBarcodeDecoder)
#include "tst_barcodedecoder.moc"
