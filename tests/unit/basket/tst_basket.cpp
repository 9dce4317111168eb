// SPDX-License-Identifier: GPL-3.0-or-later
#include "basket/basket.h"
#include "scan/barcodedecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
Product product(qint64 id, const char *name, qint64 cents, int vatBp, bool weighed = false)
{
    Product p;
    p.id = id;
    p.sku = u"SKU-%1"_s.arg(id);
    p.name = QString::fromUtf8(name);
    p.price = Money::fromCents(cents);
    p.vat = VatRate(vatBp);
    p.soldByWeight = weighed;
    p.barcodes = {u"376012345%1"_s.arg(id, 4, 10, QLatin1Char('0'))};
    return p;
}
} // namespace

class TestBasket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndMerge()
    {
        // GIVEN an empty basket
        Basket b;
        const Product baguette = product(1, "Baguette", 130, 550);
        // WHEN the same product is scanned three times
        const QString id = b.addProduct(baguette).value();
        QCOMPARE(b.addProduct(baguette).value(), id);
        QCOMPARE(b.addProduct(baguette).value(), id);
        // THEN there is one line of three
        QCOMPARE(b.lines().size(), 1);
        QCOMPARE(b.lines().first().quantityMilli, 3000);
        QCOMPARE(b.totals().total.cents(), 390);
        QCOMPARE(b.totals().articleCount, 3);

        // A discounted line is not merged into.
        QVERIFY(b.setLineDiscount(id, Discount::percent(1000)));
        QVERIFY(b.addProduct(baguette).value() != id);
        QCOMPARE(b.lines().size(), 2);
    }

    void inactiveAndBadQuantities()
    {
        Basket b;
        Product p = product(1, "Old", 100, 2000);
        p.active = false;
        QCOMPARE(b.addProduct(p).error().code, u"basket.inactive"_s);
        p.active = true;
        QCOMPARE(b.addProduct(p, 0).error().code, u"basket.quantity"_s);
        QCOMPARE(b.addProduct(p, 10'000'000).error().code, u"basket.quantity"_s);
        const QString id = b.addProduct(p).value();
        QCOMPARE(b.setQuantity(id, 0).error().code, u"basket.quantity_zero"_s);
        QCOMPARE(b.setQuantity(id, 1500).error().code, u"basket.quantity_whole"_s);
        QCOMPARE(b.setQuantity(id, -1000).error().code, u"basket.return_reason"_s);
        QCOMPARE(b.lines().first().quantityMilli, 1000); // unchanged by the refused edits
        QCOMPARE(b.setQuantity(u"nope"_s, 1000).error().code, u"basket.no_line"_s);
        QVERIFY(b.setQuantity(id, 5000));
        QCOMPARE(b.totals().total.cents(), 500);
    }

    void weighedAndLabels()
    {
        Basket b;
        const Product apples = product(10, "Pommes", 299, 550, true);
        BarcodeDecoder decoder;
        const ScanResult weight = decoder.decode(u"2600001005325"_s); // 532 g
        QVERIFY(weight.ok());
        const QString w = b.addProduct(apples, 1000, &weight).value();
        QCOMPARE(b.lines().first().quantityMilli, 532);
        QVERIFY(b.lines().first().weighed);
        QCOMPARE(b.lines().first().total().cents(), 159); // 2.99 x 0.532 = 1.59068
        // A second label is its own line (another weight).
        QVERIFY(b.addProduct(apples, 1000, &weight).value() != w);
        QCOMPARE(b.lines().size(), 2);
        // Weights may be edited, in grams.
        QVERIFY(b.setQuantity(w, 1250));
        QCOMPARE(b.lines().first().total().cents(), 374); // 3.7375

        const Product roast = product(11, "Rôti", 1490, 550);
        const ScanResult price = decoder.decode(u"2100003012340"_s); // 12.34 on the label
        const QString r = b.addProduct(roast, 1000, &price).value();
        const BasketLine &line = b.lines()[b.indexOf(r)];
        QVERIFY(line.priceEmbedded);
        QCOMPARE(line.total().cents(), 1234);
        QCOMPARE(b.setQuantity(r, 2000).error().code, u"basket.quantity_label"_s);
        QCOMPARE(b.setUnitPrice(r, Money::fromCents(1)).error().code, u"basket.price_label"_s);
    }

    void weightOnAPieceIsInformation()
    {
        Basket b;
        const Product cheese = product(12, "Camembert", 349, 550); // sold by the piece
        const ScanResult gs1 = BarcodeDecoder().decode(u"(01)03760123450010(3103)000250"_s);
        QCOMPARE(gs1.weightGrams.value_or(-1), 250);
        QVERIFY(b.addProduct(cheese, 1000, &gs1));
        QCOMPARE(b.lines().first().quantityMilli, 1000);
        QVERIFY(!b.lines().first().weighed);
        QCOMPARE(b.totals().total.cents(), 349);
    }

    void lineDiscounts()
    {
        Basket b;
        const QString id = b.addProduct(product(1, "Pull", 4999, 2000)).value();
        QVERIFY(b.setLineDiscount(id, Discount::percent(1500))); // 15 % of 49.99 = 7.4985 -> 7.50
        QCOMPARE(b.lines().first().lineDiscount().cents(), 750);
        QCOMPARE(b.totals().total.cents(), 4249);
        QVERIFY(b.setLineDiscount(id, Discount::amount(Money::fromCents(1000))));
        QCOMPARE(b.totals().total.cents(), 3999);
        QCOMPARE(b.setLineDiscount(id, Discount::amount(Money::fromCents(5000))).error().code,
            u"basket.discount"_s);
        QCOMPARE(b.setLineDiscount(id, Discount::percent(10001)).error().code, u"basket.discount"_s);
        QVERIFY(b.setLineDiscount(id, Discount::percent(10000)));
        QCOMPARE(b.totals().total.cents(), 0);
    }

    void returns()
    {
        Basket b;
        const QString sold = b.addProduct(product(1, "Pain", 130, 550)).value();
        const QString back = b.addProduct(product(2, "Jouet", 2000, 2000)).value();
        QCOMPARE(b.markReturn(back, u"  "_s).error().code, u"basket.return_reason"_s);
        QVERIFY(b.markReturn(back, u"Défectueux"_s));
        QCOMPARE(b.lines()[1].quantityMilli, -1000);
        QCOMPARE(b.setLineDiscount(back, Discount::percent(1000)).error().code, u"basket.discount_return"_s);
        // Quantity edits keep the sign of a return.
        QVERIFY(b.setQuantity(back, 2000));
        QCOMPARE(b.lines()[1].quantityMilli, -2000);
        const BasketTotals t = b.totals();
        QCOMPARE(t.total.cents(), 130 - 4000);
        QCOMPARE(t.articleCount, -1);
        QCOMPARE(t.vat.size(), 2);
        QCOMPARE(t.vat[0].rate.basisPoints(), 2000);
        QCOMPARE(t.vat[0].gross.cents(), -4000);
        QCOMPARE(t.vat[0].vat.cents(), -667);
        Q_UNUSED(sold)
    }

    void basketDiscountAllocation()
    {
        // GIVEN three lines at three rates
        Basket b;
        b.addProduct(product(1, "Vin", 1000, 2000)).value();
        b.addProduct(product(2, "Pain", 333, 550)).value();
        b.addProduct(product(3, "Journal", 280, 210)).value();
        // WHEN 10 % off the basket
        QVERIFY(b.setBasketDiscount(Discount::percent(1000)));
        const BasketTotals t = b.totals();
        // THEN the discount (161.3 -> 161) is spread exactly over the lines
        QCOMPARE(t.basketDiscount.cents(), 161);
        qint64 spread = 0;
        for (const Money &m : t.basketDiscountByLine)
            spread += m.cents();
        QCOMPARE(spread, 161);
        QCOMPARE(t.basketDiscountByLine[0].cents(), 100); // 1000/1613 of 161 = 99.81 -> remainder goes here
        QCOMPARE(t.basketDiscountByLine[1].cents(), 33);
        QCOMPARE(t.basketDiscountByLine[2].cents(), 28);
        QCOMPARE(t.total.cents(), 1613 - 161);
        qint64 vatGross = 0;
        for (const auto &v : t.vat) {
            QCOMPARE(v.net + v.vat, v.gross);
            vatGross += v.gross.cents();
        }
        QCOMPARE(vatGross, t.total.cents());
    }

    void basketDiscountIgnoresReturns()
    {
        Basket b;
        b.addProduct(product(1, "A", 1000, 2000)).value();
        const QString r = b.addProduct(product(2, "B", 500, 2000)).value();
        QVERIFY(b.markReturn(r, u"Erreur"_s));
        QVERIFY(b.setBasketDiscount(Discount::amount(Money::fromCents(5000))));
        const BasketTotals t = b.totals();
        QCOMPARE(t.basketDiscount.cents(), 1000); // capped to what is sold
        QCOMPARE(t.basketDiscountByLine[1].cents(), 0);
        QCOMPARE(t.total.cents(), -500);
    }

    // Property: whatever the basket, the VAT breakdown adds up to the total to the cent and
    // the discount spread equals the basket discount.
    void randomBasketsAddUp()
    {
        QRandomGenerator rng(42);
        const int rates[] = {2000, 1000, 550, 210, 0};
        for (int round = 0; round < 2000; ++round) {
            Basket b;
            const int n = 1 + int(rng.bounded(12u));
            for (int i = 0; i < n; ++i) {
                const bool weighed = rng.bounded(4u) == 0;
                const Product p =
                    product(i + 1, "x", 1 + rng.bounded(20000u), rates[rng.bounded(5u)], weighed);
                const qint64 q = weighed ? 1 + rng.bounded(5000u) : 1000 * (1 + rng.bounded(5u));
                const QString id = b.addProduct(p, q).value();
                if (rng.bounded(4u) == 0)
                    QVERIFY(b.setLineDiscount(id, Discount::percent(rng.bounded(10001u))));
                if (rng.bounded(6u) == 0)
                    QVERIFY(b.markReturn(id, u"r"_s));
            }
            if (rng.bounded(2u))
                QVERIFY(b.setBasketDiscount(Discount::percent(rng.bounded(5001u))));
            else
                QVERIFY(b.setBasketDiscount(Discount::amount(Money::fromCents(rng.bounded(3000u)))));
            const BasketTotals t = b.totals();
            Money spread, vatSum, lines;
            for (const Money &m : t.basketDiscountByLine) {
                QVERIFY(!m.isNegative());
                spread += m;
            }
            for (const auto &v : t.vat) {
                vatSum += v.gross;
                QCOMPARE(v.vat.cents(), v.rate.vatOfGross(v.gross.cents()).value());
            }
            for (int i = 0; i < b.lines().size(); ++i) {
                lines += b.lines()[i].total() - t.basketDiscountByLine[i];
                QVERIFY(t.basketDiscountByLine[i] <=
                    (b.lines()[i].total().isNegative() ? Money() : b.lines()[i].total()));
            }
            QCOMPARE(spread, t.basketDiscount);
            QCOMPARE(vatSum, t.total);
            QCOMPARE(lines, t.total);
        }
    }

    void parseQuantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("weighed");
        QTest::addColumn<qint64>("milli"); // -1: refused
        QTest::newRow("pieces") << u"3"_s << false << 3000LL;
        QTest::newRow("pieces with decimals refused") << u"1,5"_s << false << -1LL;
        QTest::newRow("kg comma") << u"0,750"_s << true << 750LL;
        QTest::newRow("kg dot short") << u"1.2"_s << true << 1200LL;
        QTest::newRow("kg leading comma") << u",5"_s << true << 500LL;
        QTest::newRow("kg whole") << u"2"_s << true << 2000LL;
        QTest::newRow("grams precision") << u"0,0005"_s << true << -1LL;
        QTest::newRow("zero") << u"0"_s << false << -1LL;
        QTest::newRow("negative") << u"-2"_s << false << -1LL;
        QTest::newRow("letters") << u"2kg"_s << true << -1LL;
        QTest::newRow("two separators") << u"1,2.3"_s << true << -1LL;
        QTest::newRow("too many") << u"10000"_s << false << -1LL;
        QTest::newRow("empty") << u""_s << false << -1LL;
    }
    void parseQuantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, weighed);
        QFETCH(qint64, milli);
        QCOMPARE(Basket::parseQuantity(text, weighed).value_or(-1), milli);
    }

    void jsonRoundTrip()
    {
        Basket b;
        const QString a = b.addProduct(product(1, "Café", 395, 550), 2000).value();
        QVERIFY(b.setLineDiscount(a, Discount::percent(500)));
        const QString r = b.addProduct(product(2, "Jouet", 2000, 2000)).value();
        QVERIFY(b.markReturn(r, u"Cassé"_s));
        BarcodeDecoder decoder;
        const ScanResult gs1 = decoder.decode(u"(01)03760123450010(17)261231(10)L1"_s);
        b.addProduct(product(3, "Baguette", 130, 550), 1000, &gs1).value();
        QVERIFY(b.setBasketDiscount(Discount::amount(Money::fromCents(50))));
        b.setCustomer(u"C-000001"_s);
        const auto copy = Basket::fromJson(b.toJson());
        QVERIFY(copy);
        QCOMPARE(copy->id(), b.id());
        QCOMPARE(copy->customerId(), u"C-000001"_s);
        QCOMPARE(copy->lines(), b.lines());
        QCOMPARE(copy->basketDiscount(), b.basketDiscount());
        QCOMPARE(copy->totals().total, b.totals().total);
        // New lines after a restore get fresh ids.
        Basket restored = *copy;
        const QString next = restored.addProduct(product(4, "Eau", 320, 550)).value();
        for (int i = 0; i < b.lines().size(); ++i)
            QVERIFY(b.lines()[i].id != next);
        QVERIFY(!Basket::fromJson(QJsonObject {{u"lines"_s, 3}}));
        restored.clear(); // the next customer
        QVERIFY(restored.customerId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBasket)
#include "tst_basket.moc"
