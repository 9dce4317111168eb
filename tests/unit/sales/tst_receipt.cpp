// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/receipt.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
Ticket sample()
{
    Ticket t;
    t.uuid = u"01936b2e-0000-7000-8000-000000000001"_s;
    t.storeId = u"s1"_s;
    t.registerId = u"01"_s;
    t.number = 42;
    t.kind = u"sale"_s;
    t.createdAt = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 9), Qt::UTC);
    t.clerk = {u"c1"_s, u"Camille"_s};
    auto line = [](int pos, const char *name, qint64 unit, qint64 qty, int vat, qint64 lineDisc = 0,
                    bool weighed = false) {
        TicketLine l;
        l.position = pos;
        l.name = QString::fromUtf8(name);
        l.unitPrice = Money::fromCents(unit);
        l.quantityMilli = qty;
        l.vat = VatRate(vat);
        l.weighed = weighed;
        l.lineDiscount = Money::fromCents(lineDisc);
        l.total = l.unitPrice.timesMilli(qty) - l.lineDiscount;
        return l;
    };
    t.lines = {line(1, "Baguette tradition", 130, 1000, 550),
        line(2, "Café moulu pur arabica 250 g avec un nom vraiment très long", 395, 2000, 550, 79),
        line(3, "Pommes Gala (au kg)", 299, 532, 550, 0, true),
        line(4, "T-shirt coton bio", 1499, -1000, 2000)};
    t.lines[3].returnReason = u"Taille"_s;
    t.total = Money();
    for (const auto &l : t.lines)
        t.total += l.total;
    const qint64 g550 = t.lines[0].total.cents() + t.lines[1].total.cents() + t.lines[2].total.cents();
    const qint64 g2000 = t.lines[3].total.cents();
    t.vat = {{VatRate(2000), Money::fromCents(g2000 - VatRate(2000).vatOfGross(g2000).value()),
                 Money::fromCents(VatRate(2000).vatOfGross(g2000).value()), Money::fromCents(g2000)},
        {VatRate(550), Money::fromCents(g550 - VatRate(550).vatOfGross(g550).value()),
            Money::fromCents(VatRate(550).vatOfGross(g550).value()), Money::fromCents(g550)}};
    t.tenders = {{1, u"cash"_s, Money::fromCents(0), {}}};
    t.hash = u"3c3f8b3e9ecb00000000000000000000000000000000000000000000000a9a85"_s;
    return t;
}

StoreProfile store()
{
    StoreProfile s;
    s.storeName = u"Comptoir Démo — Paris 11e"_s;
    s.address = {u"12 rue de la Roquette"_s, u"75011 Paris"_s};
    s.siret = u"123 456 789 00012"_s;
    s.receiptFooter = u"Merci de votre visite !"_s;
    return s;
}
} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widthsAreRespected_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("42") << 42;
        QTest::newRow("48") << 48;
    }
    void widthsAreRespected()
    {
        QFETCH(int, columns);
        ReceiptOptions o;
        o.columns = columns;
        o.locale = QLocale(QLocale::French);
        const QString text = ReceiptRenderer::text(sample(), store(), o);
        const QStringList lines = text.split(u'\n');
        bool full = false;
        for (const QString &l : lines) {
            QVERIFY2(l.size() <= columns, qPrintable(u"%1 > %2: %3"_s.arg(l.size()).arg(columns).arg(l)));
            full = full || l.size() == columns;
        }
        QVERIFY(full);
        QVERIFY(text.contains(u"Ticket 000042"_s));
        QVERIFY(text.contains(u"Baguette tradition"_s));
        QVERIFY(text.contains(u"  2 x 3,95"_s));
        QVERIFY(text.contains(u"0,532 kg x 2,99/kg"_s));
        QVERIFY(text.contains(u"RETURN: Taille"_s));
        QVERIFY(text.contains(u"-14,99 A"_s));
        QVERIFY(text.contains(u"SIRET 123 456 789 00012"_s));
        QVERIFY(text.contains(u"Signature 3c3f8b3e…9a85"_s));
        QVERIFY(!text.contains(u"DUPLICATA"_s));
        QVERIFY(!text.contains(u"TRAINING"_s));
        // The VAT table keeps its columns.
        QVERIFY(text.contains(
            QRegularExpression(u"\\nC 5,5.%\\s+\\d+,\\d\\d\\s+\\d+,\\d\\d\\s+\\d+,\\d\\d\\n"_s)));
    }

    // Qt leaves "%n" untouched for a negative count: a return printed "%n article" until the
    // receipt counted what came back.
    void articleCountOfAReturn()
    {
        Ticket t = sample();
        t.lines = {t.lines.last()}; // the returned T-shirt alone
        const QString text = ReceiptRenderer::text(t, store(), {});
        QVERIFY2(!text.contains(u"%n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 article(s) returned"_s), qPrintable(text));
        QVERIFY2(ReceiptRenderer::text(sample(), store(), {}).contains(u"3 article(s)"_s), "a sale counts");
    }

    void duplicateAndTraining()
    {
        Ticket t = sample();
        t.training = true;
        ReceiptOptions o;
        o.duplicateNumber = 2;
        const QString text = ReceiptRenderer::text(t, store(), o);
        QCOMPARE(text.count(u"DUPLICATA No. 2"_s), 2); // top and bottom
        QCOMPARE(text.count(u"TRAINING MODE"_s), 2);
    }

    void escPosBytes()
    {
        const QByteArray b = ReceiptRenderer::escPos(u"Café 3,95\u202F€\n"_s);
        QVERIFY(b.startsWith("\x1b\x40\x1b\x74\x13"));
        QVERIFY(b.contains(QByteArray(QByteArray("Caf") + char(0x82) + " 3,95 " + char(0xD5))));
        QVERIFY(b.endsWith(QByteArray("\x1b\x64\x03\x1d\x56\x01", 6))); // feed 3 lines, partial cut
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
