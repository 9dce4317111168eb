// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/money.h"
#include "money/vatrate.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundHalfAway_data()
    {
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << 10LL << 5LL << 2LL;
        QTest::newRow("below half") << 14LL << 10LL << 1LL;
        QTest::newRow("half up") << 15LL << 10LL << 2LL;
        QTest::newRow("above half") << 16LL << 10LL << 2LL;
        QTest::newRow("negative half away") << -15LL << 10LL << -2LL;
        QTest::newRow("negative below half") << -14LL << 10LL << -1LL;
        QTest::newRow("negative denominator") << 15LL << -10LL << -2LL;
        QTest::newRow("zero") << 0LL << 7LL << 0LL;
        QTest::newRow("one third") << 1LL << 3LL << 0LL;
        QTest::newRow("two thirds") << 2LL << 3LL << 1LL;
    }
    void roundHalfAway()
    {
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(divRoundHalfAway(num, den), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << u"12"_s << true << 1200LL;
        QTest::newRow("comma one decimal") << u"12,5"_s << true << 1250LL;
        QTest::newRow("dot two decimals") << u"12.50"_s << true << 1250LL;
        QTest::newRow("leading comma") << u",99"_s << true << 99LL;
        QTest::newRow("trailing comma") << u"3,"_s << true << 300LL;
        QTest::newRow("euro sign and spaces") << u"1 234,56 €"_s << true << 123456LL;
        QTest::newRow("narrow nbsp grouping") << u"1\u202F234,56"_s << true << 123456LL;
        QTest::newRow("negative") << u"-3,20"_s << true << -320LL;
        QTest::newRow("three decimals refused") << u"1,234"_s << false << 0LL;
        QTest::newRow("letters") << u"12a"_s << false << 0LL;
        QTest::newRow("empty") << u""_s << false << 0LL;
        QTest::newRow("only separator") << u","_s << false << 0LL;
        QTest::newRow("two separators") << u"1.234,56"_s << false << 0LL;
        QTest::newRow("arabic digits refused") << u"\u0661\u0662"_s << false << 0LL;
        QTest::newRow("huge refused") << u"99999999999999999"_s << false << 0LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->cents(), cents);
    }

    void format()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::fromCents(1250).toString(fr), u"12,50\u202F€"_s);
        QCOMPARE(Money::fromCents(-5).toString(fr), u"-0,05\u202F€"_s);
        QCOMPARE(Money::fromCents(123456789).toString(fr), fr.toString(1234567) + u",89\u202F€"_s);
        QCOMPARE(Money::fromCents(1250).toString(en), u"€12.50"_s);
        QCOMPARE(Money::fromCents(100).toPlainString(en), u"1.00"_s);
        QCOMPARE(Money::fromCents(-100).toPlainString(fr), u"-1,00"_s);
        // Round trip through the keypad format.
        for (qint64 c : {0LL, 1LL, 99LL, 100LL, 123456LL, -4321LL})
            QCOMPARE(Money::parse(Money::fromCents(c).toPlainString(fr))->cents(), c);
    }

    void arithmetic()
    {
        const Money a = Money::fromCents(199);
        QCOMPARE((a + a).cents(), 398);
        QCOMPARE((a - Money::fromCents(200)).cents(), -1);
        QCOMPARE(a.timesMilli(3000).cents(), 597);
        QCOMPARE(Money::fromCents(299).timesMilli(532).cents(), 159); // 1.59068 -> 1.59
        QCOMPARE(Money::fromCents(250).timesMilli(1).cents(), 0); // 0.25 cent -> 0
        QCOMPARE(Money::fromCents(1000).timesMilli(-1500).cents(), -1500);
        QCOMPARE(Money::fromCents(999).percent(1000).cents(), 100); // 99.9 -> 100
        QCOMPARE(Money::fromCents(5).percent(1000).cents(), 1); // 0.5 -> 1 (half away)
        QVERIFY(Money::fromCents(1) > Money());
    }

    void vatOfGross_data()
    {
        QTest::addColumn<int>("bp");
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("vat");
        QTest::newRow("20% of 1.20") << 2000 << 120LL << 20LL;
        QTest::newRow("20% of 10.00") << 2000 << 1000LL << 167LL; // 166.67
        QTest::newRow("10% of 4.50") << 1000 << 450LL << 41LL; // 40.91
        QTest::newRow("5.5% of 1.30") << 550 << 130LL << 7LL; // 6.777
        QTest::newRow("5.5% of 100.00") << 550 << 10000LL << 521LL; // 521.33
        QTest::newRow("2.1% of 2.80") << 210 << 280LL << 6LL; // 5.759
        QTest::newRow("0%") << 0 << 1234LL << 0LL;
        QTest::newRow("negative (refund)") << 2000 << -1000LL << -167LL;
        QTest::newRow("half exactly rounds away") << 2000 << 3LL << 1LL; // 0.5
    }
    void vatOfGross()
    {
        QFETCH(int, bp);
        QFETCH(qint64, gross);
        QFETCH(qint64, vat);
        QCOMPARE(VatRate(bp).vatOfGross(gross), std::optional<qint64>(vat));
    }

    // Rates and amounts read from a file or a message may be anything: no division by zero
    // (-100 %), no overflow, no answer.
    void vatOfGrossOutOfRange()
    {
        QVERIFY(!VatRate(-10000).isValid());
        QCOMPARE(VatRate(-10000).vatOfGross(1000), std::nullopt);
        QCOMPARE(VatRate(-1).vatOfGross(1000), std::nullopt);
        QCOMPARE(VatRate(10001).vatOfGross(1000), std::nullopt);
        QCOMPARE(VatRate(std::numeric_limits<int>::min()).vatOfGross(1000), std::nullopt);
        QCOMPARE(VatRate(2000).vatOfGross(std::numeric_limits<qint64>::max()), std::nullopt);
        QCOMPARE(VatRate(2000).vatOfGross(std::numeric_limits<qint64>::min()), std::nullopt);
        QCOMPARE(VatRate(10000).vatOfGross(200), std::optional<qint64>(100)); // 100 %: half of it
        QCOMPARE(VatRate(0).vatOfGross(std::numeric_limits<qint64>::max()), std::optional<qint64>(0));
    }

    void vatRate()
    {
        QCOMPARE(VatRate::frenchRates().size(), 5);
        QVERIFY(VatRate(550).isFrench());
        QVERIFY(!VatRate(1960).isFrench());
        QCOMPARE(VatRate::parse(u"5,5"_s)->basisPoints(), 550);
        QCOMPARE(VatRate::parse(u"5.5 %"_s)->basisPoints(), 550);
        QCOMPARE(VatRate::parse(u"20"_s)->basisPoints(), 2000);
        QCOMPARE(VatRate::parse(u"2,1%"_s)->basisPoints(), 210);
        QVERIFY(!VatRate::parse(u"abc"_s));
        QVERIFY(!VatRate::parse(u"-5"_s));
        QVERIFY(!VatRate::parse(u"120"_s));
        QCOMPARE(VatRate(550).toString(QLocale(QLocale::French)), u"5,5\u202F%"_s);
        QCOMPARE(VatRate(2000).toString(QLocale(QLocale::English)), u"20%"_s);
        QCOMPARE(VatRate(210).code(), u'D');
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
