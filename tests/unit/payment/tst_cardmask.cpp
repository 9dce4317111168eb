// SPDX-License-Identifier: GPL-3.0-or-later
// Card numbers as terminals, receipts, logs and URL-encoded fields write them: every one masked,
// every identifier that merely holds digits left alone.
#include "payment/cardmask.h"

#include <QTest>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

class TestCardMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrubsEveryWayOfWritingACardNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString m = u"497010******0003"_s;
        QTest::newRow("plain") << u"PAN 4970100000000003 OK"_s << u"PAN "_s + m + u" OK"_s;
        QTest::newRow("spaced") << u"4970 1000 0000 0003"_s << m;
        QTest::newRow("dashed") << u"4970-1000-0000-0003"_s << m;
        QTest::newRow("dotted") << u"4970.1000.0000.0003"_s << m;
        QTest::newRow("no-break spaces") << u"4970\u00a01000\u00a00000\u00a00003"_s << m;
        QTest::newRow("form-encoded spaces") << u"pan=4970+1000+0000+0003&x=1"_s << u"pan="_s + m + u"&x=1"_s;
        QTest::newRow("percent-encoded spaces") << u"value=4970%201000%200000%200003"_s << u"value="_s + m;
        QTest::newRow("percent-encoded dashes") << u"4970%2D1000%2d0000%2D0003"_s << m;
        QTest::newRow("percent-encoded dots") << u"4970%2E1000%2e0000%2E0003"_s << m;
        QTest::newRow("percent-encoded digits") << u"%34%39%37%30%31%30%30%30%30%30%30%30%30%30%30%33"_s << m;
        QTest::newRow("digits and escapes mixed") << u"49%370100000%3000003"_s << m;
        QTest::newRow("escape before the group")
            << u"key=pan&value=%2D4970100000000003"_s << u"key=pan&value=%2D"_s + m;
        QTest::newRow("track 2") << u";4970100000000003=28121010000?"_s << u";"_s + m + u"=28121010000?"_s;
        QTest::newRow("protocol E card report")
            << u"4970100000000003=2812101     "_s << m + u"=2812101     "_s;
        QTest::newRow("19 digits") << u"6271 2345 6789 0123 456"_s << u"627123*********3456"_s;
        QTest::newRow("12 digits") << u"5017 6700 0000"_s << u"501767**0000"_s;
        QTest::newRow("longer than a card") << u"12345678901234567890"_s << QString(20, u'*');
        QTest::newRow("two spaces between groups") << u"4970  1000  0000  0003"_s << m;
        QTest::newRow("spaced dashes") << u"4970 - 1000 - 0000 - 0003"_s << m;
        // Glued to letters, only a number that passes the card check is one (this one does).
        // Track 1 starts with "%B": "%B4" also reads as an escape, the digits behind it are masked.
        QTest::newRow("track 1") << u"%B4970109000000007^DOE/JOHN^2812101"_s
                                 << u"%B4970109*****0007^DOE/JOHN^2812101"_s;
        QTest::newRow("track 1, glued to its letter")
            << u"^B4970109000000007^DOE"_s << u"^B497010******0007^DOE"_s;
        QTest::newRow("track 2 equivalent") << u"4970109000000007D2812101"_s << u"497010******0007D2812101"_s;
        QTest::newRow("after an escaped '='") << u"pan%3D4970100000000003"_s << u"pan%3D"_s + m;
        QTest::newRow("after an escaped ':'") << u"PAN%3A4970100000000003"_s << u"PAN%3A"_s + m;
        QTest::newRow("after an escaped newline") << u"x%0A4970100000000003"_s << u"x%0A"_s + m;
        QTest::newRow("JSON value") << u"{\"MaskedPan\":\"5017670000001800\"}"_s
                                    << u"{\"MaskedPan\":\"501767******1800\"}"_s;
    }
    void scrubsEveryWayOfWritingACardNumber()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(scrubCardNumbers(text), expected);
        QCOMPARE(scrubCardNumbers(expected), expected); // once is enough
    }

    void leavesWhatIsNotACardNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("CB AID") << u"AID: A0000000421010"_s;
        QTest::newRow("Visa AID, URL-encoded") << u"name=AID&value=A0000000031010&key=aid"_s;
        QTest::newRow("Adyen transaction id") << u"4r7i001556529591000.8515565295894301"_s;
        QTest::newRow("Adyen pspReference") << u"pspReference=VP57CW8P77C64Q75"_s;
        QTest::newRow("already masked, Adyen") << u"411111 **** 1111"_s;
        QTest::newRow("already masked, URL-encoded")
            << u"name=Card&value=%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a3511&key=pan"_s;
        QTest::newRow("already masked") << u"497010******0003"_s;
        QTest::newRow("amount") << u"MONTANT = 1 234,56 EUR"_s;
        QTest::newRow("phone") << u"06 12 34 56 78"_s;
        QTest::newRow("date and time") << u"06/12/26 18:06:28"_s;
        QTest::newRow("authorisation and reference") << u"AUTO 123456 REF 0100000042"_s;
        QTest::newRow("IBAN-like identifier") << u"FR7630006000011234567890189"_s;
        QTest::newRow("glued, not a card (check digit)") << u"REF4970100000000003X"_s;
    }
    void leavesWhatIsNotACardNumber()
    {
        QFETCH(QString, text);
        QCOMPARE(scrubCardNumbers(text), text);
    }

    void maskKeepsTheTerminalsMaskInPlace_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Desk/5000, #") << u"497010######0003"_s << u"497010******0003"_s;
        QTest::newRow("PayXpert, *") << u"***********0674"_s << u"***********0674"_s;
        QTest::newRow("X") << u"497010XXXXXX0003"_s << u"497010******0003"_s;
        QTest::newRow("Adyen, spaced") << u"411111 **** 1111"_s << u"411111****1111"_s;
        QTest::newRow("full number") << u"4970100000000003"_s << u"497010******0003"_s;
        QTest::newRow("bullets") << u"••••••••••••3511"_s << u"************3511"_s;
        QTest::newRow("too short to show anything") << u"1234"_s << u"****"_s;
    }
    void maskKeepsTheTerminalsMaskInPlace()
    {
        QFETCH(QString, pan);
        QFETCH(QString, expected);
        QCOMPARE(maskPan(pan), expected);
    }
};

QTEST_GUILESS_MAIN(TestCardMask)
#include "tst_cardmask.moc"
