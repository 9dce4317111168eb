// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/gs1.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestGs1 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QStringList>("expected"); // "ai=value", empty list: error
        QTest::newRow("GTIN only") << u"0103760123450010"_s << QStringList {u"01=03760123450010"_s};
        QTest::newRow("GTIN, expiry, batch at end")
            << u"01037601234500101726123110LOT-7"_s
            << QStringList {u"01=03760123450010"_s, u"17=261231"_s, u"10=LOT-7"_s};
        QTest::newRow("batch then GS then weight")
            << u"0103760123450010"
               "10B1\u001d3103001500"_s
            << QStringList {u"01=03760123450010"_s, u"10=B1"_s, u"3103=001500"_s};
        QTest::newRow("parentheses") << u"(01)03760123450010(3922)499(10)X"_s
                                     << QStringList {u"01=03760123450010"_s, u"3922=499"_s, u"10=X"_s};
        QTest::newRow("leading FNC1") << u"\u001d0103760123450010"_s << QStringList {u"01=03760123450010"_s};
        QTest::newRow("SSCC") << u"00376012345000000010"_s << QStringList {u"00=376012345000000010"_s};
        QTest::newRow("truncated GTIN") << u"0103760123"_s << QStringList {};
        QTest::newRow("non numeric weight") << u"(01)03760123450010(3103)00A500"_s << QStringList {};
        QTest::newRow("unknown AI") << u"(95)12"_s << QStringList {};
        QTest::newRow("unclosed parenthesis") << u"(01"_s << QStringList {};
        QTest::newRow("batch too long") << u"(10)123456789012345678901"_s << QStringList {};
        QTest::newRow("empty value") << u"(10)"_s << QStringList {};
    }
    void parse()
    {
        QFETCH(QString, data);
        QFETCH(QStringList, expected);
        const auto r = gs1::parse(data);
        if (expected.isEmpty()) {
            QVERIFY2(!r.ok(), "a malformed element string was accepted");
            QVERIFY(!r.error.isEmpty());
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList got;
        for (const auto &e : r.elements)
            got << e.ai + u'=' + e.value;
        QCOMPARE(got, expected);
    }

    void lookups()
    {
        const auto r = gs1::parse(u"(01)03760123450010(3102)001250"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.value(u"01"_s).value(), u"03760123450010"_s);
        QVERIFY(!r.value(u"10"_s));
        QCOMPARE(r.firstWithPrefix(u"310"_s)->ai, u"3102"_s);
    }
};

QTEST_GUILESS_MAIN(TestGs1)
#include "tst_gs1.moc"
