// SPDX-License-Identifier: GPL-3.0-or-later
// Personalised offers: read from head office's JSON, evaluated against the customer (consent,
// segments, tier, past purchases, single use) and the basket, and applied as discounts; the
// ticket keeps the offers it used.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "crm/customerdirectory.h"
#include "crm/democustomers.h"
#include "crm/offers.h"
#include "sales/checkout.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::crm;

class TestOffers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Catalog> m_catalog;
    StoreProfile m_store;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }
    Customer customer(const QString &id) { return *CustomerDirectory(db()).byId(id); }
    Product product(const QString &sku)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT id FROM products WHERE sku = ?"_s);
        q.addBindValue(sku);
        q.exec();
        q.next();
        return *m_catalog->productById(q.value(0).toLongLong());
    }
    QStringList ids(const QList<OfferMatch> &matches)
    {
        QStringList out;
        for (const OfferMatch &m : matches)
            out << m.offer.id;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_catalog.reset(); // before the connection it uses
        m_db = std::make_unique<Database>(m_dir.filePath(u"o%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
        QVERIFY(DemoCatalog::generate(db(), 50));
        QVERIFY(DemoCustomers::writeShowcase(db(), u"s1"_s));
        QVERIFY(DemoCustomers::writeOffers(db()));
        m_catalog = std::make_unique<Catalog>(db());
        m_store.storeId = u"s1"_s;
        m_store.registerId = u"01"_s;
    }

    void readsHeadOfficesJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("percent on a category")
            << "{\"title\": \"t\", \"reward\": {\"percent_off\": 10, \"category\": \"epicerie\"}}"_ba << true;
        QTest::newRow("amount off a basket")
            << "{\"title\": \"t\", \"reward\": {\"amount_off_cents\": 500, \"min_basket_cents\": 3000}}"_ba
            << true;
        QTest::newRow("no title") << "{\"reward\": {\"percent_off\": 10}}"_ba << false;
        QTest::newRow("no reward") << "{\"title\": \"t\"}"_ba << false;
        QTest::newRow("both rewards")
            << "{\"title\": \"t\", \"reward\": {\"percent_off\": 10, \"amount_off_cents\": 5}}"_ba << false;
        QTest::newRow("over 100 %") << "{\"title\": \"t\", \"reward\": {\"percent_off\": 150}}"_ba << false;
        QTest::newRow("bought without a window")
            << "{\"title\": \"t\", \"target\": {\"bought\": {\"skus\": [\"A\"]}}, \"reward\": {\"percent_off\": 5}}"_ba
            << false;
        QTest::newRow("unknown tier")
            << "{\"title\": \"t\", \"target\": {\"tiers\": [\"gold\"]}, \"reward\": {\"percent_off\": 5}}"_ba
            << false;
    }
    void readsHeadOfficesJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const auto offer = Offer::fromJson(u"O-1"_s, QJsonDocument::fromJson(json).object());
        QCOMPARE(bool(offer), valid);
        if (!valid)
            QCOMPARE(offer.error().code, u"offer.invalid"_s);
    }

    void targetingFollowsConsentSegmentsTierAndPurchases()
    {
        const QDateTime now = m_clock.now();
        const Customer elodie = customer(u"C-000001"_s); // premium, fine food and wine, consents
        const Customer karim = customer(u"C-000002"_s); // standard, sport, no offers consent
        const auto offer = [](const char *json) {
            return Offer::fromJson(u"O"_s, QJsonDocument::fromJson(json).object()).value();
        };
        const Offer fineFood = offer("{\"title\": \"t\", \"target\": {\"interests\": [\"fine-food\", "
                                     "\"x\"]}, \"reward\": {\"percent_off\": 10}}");
        const Offer premium = offer(
            "{\"title\": \"t\", \"target\": {\"tiers\": [\"premium\"]}, \"reward\": {\"percent_off\": 10}}");
        const Offer everyone = offer("{\"title\": \"t\", \"reward\": {\"percent_off\": 10}}");
        const Offer coffee = offer("{\"title\": \"t\", \"target\": {\"bought\": {\"skus\": [\"EPIC-0002\"], "
                                   "\"within_days\": 60}}, \"reward\": {\"percent_off\": 20}}");
        const Offer later = offer("{\"title\": \"t\", \"starts_at\": \"2027-01-01T00:00:00.000Z\", "
                                  "\"reward\": {\"percent_off\": 10}}");
        CustomerHistory none;
        QVERIFY(OfferBook::targets(fineFood, elodie, none, now));
        QVERIFY(OfferBook::targets(premium, elodie, none, now));
        QVERIFY(!OfferBook::targets(later, elodie, none, now));
        // Karim never agreed to personalised offers: not even an offer for everyone.
        QVERIFY(!OfferBook::targets(everyone, karim, none, now));
        Customer karimAgrees = karim;
        karimAgrees.consents.append({u"personalised-offers"_s, u"any"_s, true, now.addDays(-1), u"store"_s});
        QVERIFY(OfferBook::targets(everyone, karimAgrees, none, now));
        QVERIFY(!OfferBook::targets(fineFood, karimAgrees, none, now));
        QVERIFY(!OfferBook::targets(premium, karimAgrees, none, now));
        // Withdrawn later: the latest say wins.
        Customer withdrawn = elodie;
        withdrawn.consents.append({u"personalised-offers"_s, u"any"_s, false, now.addDays(-1), u"web"_s});
        QVERIFY(!OfferBook::targets(everyone, withdrawn, none, now));
        // Past purchases: within the window only.
        CustomerHistory bought;
        bought.lastBought.insert(u"EPIC-0002"_s, now.addDays(-59));
        QVERIFY(OfferBook::targets(coffee, elodie, bought, now));
        bought.lastBought.insert(u"EPIC-0002"_s, now.addDays(-61));
        QVERIFY(!OfferBook::targets(coffee, elodie, bought, now));
        QVERIFY(!OfferBook::targets(coffee, elodie, none, now));
        // Single use: once used (here or, per head office, elsewhere), never again.
        CustomerHistory used;
        used.usedOffers.insert(u"O"_s);
        QVERIFY(!OfferBook::targets(everyone, elodie, used, now));
    }

    void applicableOffersFollowTheBasketAndApply()
    {
        OfferBook book(db(), *m_catalog);
        const Customer elodie = customer(u"C-000001"_s);
        Checkout c(db(), m_store, m_clock);
        Basket &basket = c.basket();
        basket.setCustomer(elodie.id);
        // Nothing in the basket: nothing applies.
        QVERIFY(ids(book.applicable(elodie, basket, m_clock.now())).isEmpty());
        QVERIFY(basket.addProduct(product(u"EPIC-0001"_s))); // pasta, 1,49 (epicerie)
        QVERIFY(basket.addProduct(product(u"BOUL-0001"_s))); // baguette
        QCOMPARE(ids(book.applicable(elodie, basket, m_clock.now())), QStringList {u"OFFRE-EPICERIE-10"_s});
        // 30 € reached: the premium offer too.
        QVERIFY(basket.addProduct(product(u"VINS-0001"_s), 1000)); // champagne 29,90
        QCOMPARE(ids(book.applicable(elodie, basket, m_clock.now())),
            (QStringList {u"OFFRE-EPICERIE-10"_s, u"OFFRE-PREMIUM-5"_s}));
        // Karim (no consent) gets none, whatever the basket.
        Customer karim = customer(u"C-000002"_s);
        QVERIFY(book.applicable(karim, basket, m_clock.now()).isEmpty());
        QCOMPARE(book.apply(karim, basket, u"OFFRE-EPICERIE-10"_s, m_clock.now()).error().code,
            u"offer.refused"_s);

        const qint64 before = basket.totals().total.cents();
        QVERIFY(book.apply(elodie, basket, u"OFFRE-EPICERIE-10"_s, m_clock.now()));
        QCOMPARE(basket.lines().first().discount, Discount::percent(1000)); // the pasta
        QVERIFY(basket.lines()[1].discount.isNone()); // not the baguette
        QCOMPARE(basket.totals().total.cents(), before - 15);
        QCOMPARE(basket.offers(), QStringList {u"OFFRE-EPICERIE-10"_s});
        // Applied once: no longer offered, and refused a second time.
        QCOMPARE(ids(book.applicable(elodie, basket, m_clock.now())), QStringList {u"OFFRE-PREMIUM-5"_s});
        QVERIFY(!book.apply(elodie, basket, u"OFFRE-EPICERIE-10"_s, m_clock.now()));
        QVERIFY(book.apply(elodie, basket, u"OFFRE-PREMIUM-5"_s, m_clock.now()));
        QCOMPARE(basket.totals().total.cents(), before - 15 - 500);

        // Paid: the ticket says which offers it used; they are then used for good.
        QVERIFY(c.addTender(Tender::Cash, c.remaining()));
        const auto ticket = c.complete({u"c1"_s, u"Camille"_s});
        QVERIFY(ticket);
        QCOMPARE(ticket->offers, (QStringList {u"OFFRE-EPICERIE-10"_s, u"OFFRE-PREMIUM-5"_s}));
        QCOMPARE(ticket->toJson().value(u"offers"_s).toArray().size(), 2);
        QCOMPARE(ticket->computeHash(), ticket->hash);
        QCOMPARE(SaleJournal(db(), m_store, m_clock).ticket(ticket->number)->offers, ticket->offers);
        QVERIFY(book.historyOf(elodie).usedOffers.contains(u"OFFRE-PREMIUM-5"_s));
        Basket next;
        next.setCustomer(elodie.id);
        QVERIFY(next.addProduct(product(u"EPIC-0001"_s)));
        QVERIFY(next.addProduct(product(u"VINS-0001"_s)));
        QVERIFY(book.applicable(elodie, next, m_clock.now()).isEmpty());
    }

    void aPurchaseHereTargetsTheCoffeeOffer()
    {
        OfferBook book(db(), *m_catalog);
        const Customer elodie = customer(u"C-000001"_s);
        Checkout c(db(), m_store, m_clock);
        c.basket().setCustomer(elodie.id);
        QVERIFY(c.basket().addProduct(product(u"EPIC-0002"_s))); // coffee
        QVERIFY(!ids(book.applicable(elodie, c.basket(), m_clock.now())).contains(u"OFFRE-CAFE-20"_s));
        QVERIFY(c.addTender(Tender::Cash, c.remaining()));
        QVERIFY(c.complete({u"c1"_s, u"Camille"_s}));
        // Bought here today: the next coffee is 20 % off.
        Basket next;
        next.setCustomer(elodie.id);
        QVERIFY(next.addProduct(product(u"EPIC-0002"_s)));
        QVERIFY(ids(book.applicable(elodie, next, m_clock.now())).contains(u"OFFRE-CAFE-20"_s));
        QVERIFY(book.apply(elodie, next, u"OFFRE-CAFE-20"_s, m_clock.now()));
        QCOMPARE(next.lines().first().discount, Discount::percent(2000));
        // Head office's record of purchases elsewhere counts too.
        Customer known = elodie;
        known.purchases.append({u"EPIC-0002"_s, m_clock.now().addDays(-10)});
        QVERIFY(book.historyOf(known).lastBought.contains(u"EPIC-0002"_s));
    }
};

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
