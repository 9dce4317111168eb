// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's side: what the second screen and the pole display show at each step of a
// sale, in the customer's language; the pole display's bytes for the Epson and CD5220 command
// sets (vectors from the vendors' command tables), and the display on a real serial line.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "common/serialline.h"
#include "counter/salesession.h"
#include "display/customerview.h"
#include "display/poledisplay.h"
#include "socatpair.h"
#include "storage/database.h"

#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}
} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void poleBytesFollowTheCommandSets()
    {
        // Epson ESC/POS display: ESC @, ESC t 19 (PC858), US C 0, US MD1, FF; then US $ 1 1 and
        // US $ 1 2 (binary column and row) before each line of 20.
        QCOMPARE(pole::initialise(pole::CommandSet::Epson), hex("1b40 1b7413 1f4300 1f01 0c"));
        const QByteArray spaces16(16, ' '), spaces8(8, ' ');
        QCOMPARE(pole::lines(pole::CommandSet::Epson, u"Café"_s, u"TOTAL 3,50 €"_s),
            hex("1f240101 436166 82") + spaces16 + hex("1f240102 544f54414c20332c353020d5") + spaces8);
        // CD5220: ESC @, FF; ESC Q A + 20 + CR, ESC Q B + 20 + CR.
        QCOMPARE(pole::initialise(pole::CommandSet::Cd5220), hex("1b40 0c"));
        QCOMPARE(pole::lines(pole::CommandSet::Cd5220, u"Café"_s, u"TOTAL 3,50 €"_s),
            hex("1b5141 43616682") + spaces16 + hex("0d 1b5142 544f54414c20332c353020d5") + spaces8 +
                hex("0d"));
    }

    void frenchInCodePage858()
    {
        // As Python's cp858 codec encodes them; œ and the typographic spaces transliterated.
        QCOMPARE(pole::codePage858(u"àâçéèêëîïôùûü€ÉÀÇ"_s, 17),
            hex("85 83 87 82 8a 88 89 8c 8b 93 97 96 81 d5 90 b7 80"));
        QCOMPARE(pole::codePage858(u"Bœuf 12\u202f€"_s, 10), QByteArray("B") + "oeuf 12 " + char(0xd5));
        QCOMPARE(pole::codePage858(u"Ωmega"_s, 6), QByteArray("?mega "));
        QCOMPARE(pole::codePage858(u"A very long product name indeed"_s).size(), 20);
    }

    void poleLinesFitTwentyColumns()
    {
        QCOMPARE(CustomerView::poleLine(u"Baguette tradition"_s, u"1,30 €"_s), u"Baguette trad 1,30 €"_s);
        QCOMPARE(CustomerView::poleLine(u"Total"_s, u"9,69 €"_s), u"Total         9,69 €"_s);
        QCOMPARE(CustomerView::poleCentred(u"Bienvenue"_s), u"     Bienvenue      "_s);
        QCOMPARE(CustomerView::poleLine(u"x"_s, u"123 456 789 012 345,00 €"_s).size(), 20);
    }

    void aSaleAsTheCustomerSeesIt()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"r.db"_s));
        QVERIFY(db.open());
        QVERIFY(DemoCatalog::generate(db.connection(), DemoCatalog::showcase().size()));
        Catalog catalog(db.connection());
        StoreProfile store;
        store.storeName = u"Comptoir Démo"_s;
        store.receiptFooter = u"À bientôt !"_s;
        SaleSession sale(db.connection(), store, Clerk {u"c1"_s, u"Camille"_s}, catalog, BarcodeDecoder());
        // The customer reads French whatever the clerk reads.
        const QHash<QString, QString> french {{u"Welcome"_s, u"Bienvenue"_s}, {u"Total"_s, u"Total"_s},
            {u"To pay"_s, u"À payer"_s}, {u"Left to pay"_s, u"Reste à payer"_s},
            {u"Your change"_s, u"Rendu"_s}, {u"Thank you, goodbye!"_s, u"Merci, à bientôt !"_s}};
        CustomerView view(QLocale(QLocale::French, QLocale::France), [&](const char *source) {
            return french.value(QString::fromUtf8(source), QString::fromUtf8(source));
        });

        CustomerScreen s = view.screen(sale);
        QCOMPARE(s.phase, CustomerScreen::Phase::Welcome);
        QCOMPARE(s.headline, u"Bienvenue"_s);
        QCOMPARE(s.pole[0], u"   Comptoir Démo    "_s);
        QCOMPARE(s.message, u"À bientôt !"_s);

        QVERIFY(sale.scan(u"3760123450010"_s)); // baguette 1,30
        QVERIFY(sale.scan(u"3760123450010"_s));
        QVERIFY(sale.scan(u"3760123450065"_s)); // champagne 29,90
        s = view.screen(sale);
        QCOMPARE(s.phase, CustomerScreen::Phase::Selling);
        QCOMPARE(s.lines.size(), 2);
        QCOMPARE(s.lines.first().quantity, u"2"_s);
        QCOMPARE(s.lines.last().quantity, QString()); // one piece says nothing
        QCOMPARE(s.total, u"32,50\u202f€"_s);
        QCOMPARE(s.pole[1], CustomerView::poleLine(u"Total"_s, u"32,50\u202f€"_s));
        QCOMPARE(s.pole[0].size(), 20);
        QVERIFY(s.pole[0].endsWith(u"29,90\u202f€"_s));

        QVERIFY(sale.startPayment());
        QVERIFY(sale.addTender(u"cash"_s, Money::fromCents(1000)));
        s = view.screen(sale);
        QCOMPARE(s.phase, CustomerScreen::Phase::Paying);
        QCOMPARE(s.headline, u"À payer"_s);
        QCOMPARE(s.remaining, u"22,50\u202f€"_s);
        QCOMPARE(s.pole[1], CustomerView::poleLine(u"Reste à payer"_s, u"22,50\u202f€"_s));

        QVERIFY(sale.addTender(u"cash"_s, Money::fromCents(5000)));
        s = view.screen(sale);
        QCOMPARE(s.phase, CustomerScreen::Phase::ThankYou);
        QCOMPARE(s.headline, u"Merci, à bientôt !"_s);
        QCOMPARE(s.headlineAmount, u"27,50\u202f€"_s); // the change
        QCOMPARE(s.total, u"32,50\u202f€"_s);
        QCOMPARE(s.pole[0], CustomerView::poleLine(u"Rendu"_s, u"27,50\u202f€"_s));
        QVERIFY(s.lines.isEmpty());
    }

    // The display on a real serial line (a socat pair): initialised once, then each change.
    void poleDisplayOnASerialLine()
    {
        QTemporaryDir dir;
        test::SocatPair line; // a: the display's end, b: the register's
        QVERIFY(line.start(dir.path(), u"pole"_s));
        QSerialPort display(line.a());
        QVERIFY(openSerialLine(display, QIODevice::ReadOnly, {}));

        const auto config = PoleDisplay::parseSpec(line.b() + u":9600:8N1,cd5220"_s);
        QVERIFY(config);
        QCOMPARE(config->set, pole::CommandSet::Cd5220);
        QVERIFY(!PoleDisplay::parseSpec(u"/dev/ttyUSB1,vfd9000"_s));
        PoleDisplay pole(*config);
        QVERIFY(pole.show(u"Bienvenue"_s, u"Comptoir"_s));
        QVERIFY(pole.show(u"Bienvenue"_s, u"Comptoir"_s)); // unchanged: nothing written
        QVERIFY(pole.show(u"Baguette"_s, u"Total 1,30 €"_s));
        const QByteArray expected = pole::initialise(pole::CommandSet::Cd5220) +
            pole::lines(pole::CommandSet::Cd5220, u"Bienvenue"_s, u"Comptoir"_s) +
            pole::lines(pole::CommandSet::Cd5220, u"Baguette"_s, u"Total 1,30 €"_s);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += display.readAll()).size() >= expected.size(), 10000);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
