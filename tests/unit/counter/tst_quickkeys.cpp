// SPDX-License-Identifier: GPL-3.0-or-later
// Quick selling: the favourites page head office sets and a manager edits, department and
// miscellaneous keys selling a typed amount at the right VAT rate, and categories listing what
// sells at this register first.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "counter/quickkeys.h"
#include "counter/salesession.h"
#include "storage/database.h"
#include "sync/changefeeds.h"
#include "sync/masterdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestQuickKeys : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleSession> m_session;

    QSqlDatabase db() { return m_db->connection(); }
    // Sells these SKUs (one piece each, in cash) as one ticket.
    void sell(const QStringList &skus)
    {
        for (const QString &sku : skus)
            QVERIFY2(m_session->addProduct(m_catalog->productBySku(sku)->id), qPrintable(sku));
        QVERIFY(m_session->startPayment());
        QVERIFY(m_session->payRemaining(u"cash"_s));
        QCOMPARE(m_session->stage(), SaleSession::Stage::Receipt);
        m_session->newSale();
    }
    static QStringList skus(const QList<Product> &products)
    {
        QStringList out;
        for (const Product &p : products)
            out << p.sku;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"q%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        QVERIFY(DemoCatalog::generate(db(), 300));
        m_catalog = std::make_unique<Catalog>(db());
        StoreProfile store;
        store.storeId = u"S1"_s;
        store.registerId = u"01"_s;
        m_session = std::make_unique<SaleSession>(
            db(), store, Clerk {u"c1"_s, u"Camille"_s}, *m_catalog, BarcodeDecoder());
    }
    void cleanup()
    {
        m_session.reset();
        m_catalog.reset();
        m_db.reset();
    }

    void theSettingIsReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("empty") << QByteArray("{}") << QString();
        QTest::newRow("full")
            << QByteArray(R"({"favourites":["A","B"],"open_amount_max_cents":2000,"misc_vat_bp":550})")
            << QString();
        QTest::newRow("unknown field") << QByteArray(R"({"favorites":["A"]})") << u"not a quick keys field"_s;
        QTest::newRow("twice") << QByteArray(R"({"favourites":["A","A"]})") << u"names A twice"_s;
        QTest::newRow("not a sku") << QByteArray(R"({"favourites":["A B"]})")
                                   << u"something else than SKUs"_s;
        QTest::newRow("number") << QByteArray(R"({"favourites":[12]})") << u"something else than SKUs"_s;
        QTest::newRow("max zero") << QByteArray(R"({"open_amount_max_cents":0})")
                                  << u"open_amount_max_cents"_s;
        QTest::newRow("max fraction")
            << QByteArray(R"({"open_amount_max_cents":10.5})") << u"open_amount_max_cents"_s;
        QTest::newRow("max huge") << QByteArray(R"({"open_amount_max_cents":1e300})")
                                  << u"open_amount_max_cents"_s;
        QTest::newRow("vat 19.6") << QByteArray(R"({"misc_vat_bp":1960})") << u"misc_vat_bp"_s;
        QTest::newRow("vat negative") << QByteArray(R"({"misc_vat_bp":-10000})") << u"misc_vat_bp"_s;
        QJsonArray many;
        for (int i = 0; i <= QuickKeySet::kMaxFavourites; ++i)
            many.append(u"SKU-%1"_s.arg(i));
        QTest::newRow("49 favourites")
            << QJsonDocument(QJsonObject {{u"favourites"_s, many}}).toJson() << u"at most 48"_s;
    }
    void theSettingIsReadStrictly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const QJsonObject value = QJsonDocument::fromJson(json).object();
        auto set = QuickKeySet::fromJson(value);
        // Head office refuses to publish what a register would refuse to apply.
        const QString published = sync::validateChange(
            sync::Feed::Settings, u"counter.quick_keys"_s, QJsonObject {{u"value"_s, value}});
        if (why.isEmpty()) {
            QVERIFY2(set, set ? "" : qPrintable(set.error().message));
            QVERIFY2(published.isEmpty(), qPrintable(published));
            QCOMPARE(QuickKeySet::fromJson(set->toJson()).value(), set.value());
        } else {
            QVERIFY(!set);
            QVERIFY2(set.error().message.contains(why), qPrintable(set.error().message));
            QVERIFY(published.contains(why));
        }
    }

    // Favourites in their order (unknown and retired SKUs left out), then the departments in
    // the categories' order, then the miscellaneous key.
    void thePageHoldsFavouritesDepartmentsAndMisc()
    {
        QuickKeys keys(db(), *m_catalog);
        QVERIFY(keys.save(QuickKeySet {{u"CREM-0001"_s, u"NOPE-404"_s, u"BOUL-0001"_s, u"TEXT-0001"_s}}));
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE products SET active = 0 WHERE sku = 'TEXT-0001'"_s));
        const QList<QuickKey> page = keys.page(u"Divers"_s);
        QStringList seen;
        for (const QuickKey &k : page)
            seen << u"%1:%2:%3"_s.arg(int(k.kind)).arg(k.code).arg(k.vat.basisPoints());
        QCOMPARE(seen,
            (QStringList {u"0:CREM-0001:550"_s, u"0:BOUL-0001:550"_s, u"1:fruits-legumes:550"_s,
                u"1:boulangerie:550"_s, u"1:epicerie:550"_s, u"1:maison:2000"_s, u"1:presse:210"_s,
                u"2:misc:2000"_s}));
        QCOMPARE(page.first().product.name, u"Camembert de Normandie AOP 250 g"_s);
        QCOMPARE(page.last().name, u"Divers"_s);
    }

    void aManagerEditsTheFavourites()
    {
        QuickKeys keys(db(), *m_catalog);
        QVERIFY(keys.save(QuickKeySet {{u"BOUL-0001"_s, u"BOUL-0002"_s}}));
        QVERIFY(keys.addFavourite(u"VINS-0001"_s));
        QCOMPARE(keys.addFavourite(u"VINS-0001"_s).error().code, u"quick_keys.already"_s);
        QCOMPARE(keys.addFavourite(u"NOPE-404"_s).error().code, u"quick_keys.unknown"_s);
        QVERIFY(keys.moveFavourite(u"VINS-0001"_s, 0));
        QVERIFY(keys.removeFavourite(u"BOUL-0001"_s));
        QCOMPARE(keys.removeFavourite(u"BOUL-0001"_s).error().code, u"quick_keys.not_favourite"_s);
        QCOMPARE(keys.load().favourites, (QStringList {u"VINS-0001"_s, u"BOUL-0002"_s}));
        QVERIFY(keys.load().editedAtRegister);
        // A tap while editing puts it on, then takes it off; arrows stop at the ends.
        QCOMPARE(keys.toggleFavourite(u"PRES-0001"_s).value(), true);
        QVERIFY(keys.moveFavouriteBy(u"PRES-0001"_s, -1));
        QCOMPARE(keys.load().favourites, (QStringList {u"VINS-0001"_s, u"PRES-0001"_s, u"BOUL-0002"_s}));
        QVERIFY(keys.moveFavouriteBy(u"PRES-0001"_s, -100));
        QCOMPARE(keys.load().favourites.first(), u"PRES-0001"_s);
        QVERIFY(keys.moveFavouriteBy(u"PRES-0001"_s, 100));
        QCOMPARE(keys.load().favourites.last(), u"PRES-0001"_s);
        QCOMPARE(keys.toggleFavourite(u"PRES-0001"_s).value(), false);
        QCOMPARE(keys.toggleFavourite(u"NOPE-404"_s).error().code, u"quick_keys.unknown"_s);
        QCOMPARE(keys.moveFavouriteBy(u"NOPE-404"_s, 1).error().code, u"quick_keys.not_favourite"_s);
        QCOMPARE(keys.load().favourites, (QStringList {u"VINS-0001"_s, u"BOUL-0002"_s}));

        // A full page refuses one more, and says so.
        QuickKeySet full;
        QList<Product> products;
        for (const Category &c : m_catalog->categories())
            products += m_catalog->productsInCategory(c.code, 0, 100);
        QVERIFY(products.size() > QuickKeySet::kMaxFavourites);
        for (int i = 0; i < QuickKeySet::kMaxFavourites; ++i)
            full.favourites << products.at(i).sku;
        QVERIFY(keys.save(full));
        const Status refused = keys.addFavourite(products.at(QuickKeySet::kMaxFavourites).sku);
        QCOMPARE(refused.error().code, u"quick_keys.full"_s);
        QVERIFY(refused.error().message.contains(u"48"_s));
    }

    // Head office's next version of the setting replaces the manager's edits; its departments
    // arrive with the categories.
    void headOfficeSetsThemAsMasterData()
    {
        QuickKeys keys(db(), *m_catalog);
        QVERIFY(keys.addFavourite(u"VINS-0001"_s));
        sync::ChangesReply reply;
        sync::FeedPage settings;
        settings.feed = sync::Feed::Settings;
        settings.cursor = 1;
        settings.changes = {{u"counter.quick_keys"_s, 1, false,
            QJsonObject {{u"value"_s,
                QJsonObject {
                    {u"favourites"_s, QJsonArray {u"PRES-0001"_s}}, {u"open_amount_max_cents"_s, 3000}}}}}};
        sync::FeedPage categories;
        categories.feed = sync::Feed::Categories;
        categories.cursor = 1;
        categories.changes = {{u"textile"_s, 1, false,
            QJsonObject {{u"name"_s, u"Textile"_s}, {u"department_vat_bp"_s, 2000}}}};
        reply.feeds = {settings, categories};
        auto applied = MasterData(db(), u"01"_s).apply(reply);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        QVERIFY(applied->quickKeysChanged);
        QCOMPARE(keys.load().favourites, QStringList {u"PRES-0001"_s});
        QVERIFY(!keys.load().editedAtRegister);
        QCOMPARE(keys.load().openAmountMaxCents, 3000);
        QCOMPARE(m_catalog->category(u"textile"_s)->departmentVat, VatRate(2000));
        // A department's rate that is not French is refused before anything is applied.
        QVERIFY(sync::validateChange(sync::Feed::Categories, u"textile"_s,
            QJsonObject {{u"name"_s, u"Textile"_s}, {u"department_vat_bp"_s, 1960}})
                    .contains(u"department_vat_bp"_s));
    }

    // A department key sells the typed amount at the department's rate; the misc key at the
    // store's rate or the one the clerk picked; refusals say why and add nothing.
    void keysSellATypedAmount()
    {
        QVERIFY(m_session->sellOpenAmount(u"epicerie"_s, u"3,50"_s));
        QVERIFY(m_session->sellOpenAmount(u"misc"_s, u"12"_s));
        QVERIFY(m_session->sellOpenAmount(u"misc"_s, u"2,10"_s, VatRate(210)));
        const auto &lines = m_session->basket().lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).sku, u"DEPT-epicerie"_s);
        QCOMPARE(lines.at(0).name, u"Épicerie"_s);
        QCOMPARE(lines.at(0).unitPrice.cents(), 350);
        QCOMPARE(lines.at(0).vat, VatRate(550));
        QCOMPARE(lines.at(1).sku, u"MISC"_s);
        QCOMPARE(lines.at(1).vat, VatRate(2000));
        QCOMPARE(lines.at(2).vat, VatRate(210));
        // An amount is not a quantity: another one is another tap.
        QCOMPARE(m_session->setQuantity(lines.at(0).id, u"2"_s).error().code, u"basket.quantity_amount"_s);

        struct Refusal
        {
            QString code, amount, error;
        };
        const QList<Refusal> refusals {{u"epicerie"_s, u"0"_s, u"quick_keys.amount"_s},
            {u"epicerie"_s, u"-3"_s, u"quick_keys.amount"_s},
            {u"epicerie"_s, u"3,505"_s, u"quick_keys.amount"_s},
            {u"epicerie"_s, u"trois"_s, u"quick_keys.amount"_s},
            {u"epicerie"_s, u"500,01"_s, u"quick_keys.too_high"_s},
            {u"textile"_s, u"3"_s, u"quick_keys.no_department"_s},
            {u"nowhere"_s, u"3"_s, u"quick_keys.no_department"_s}};
        for (const Refusal &r : refusals) {
            const Status s = m_session->sellOpenAmount(r.code, r.amount);
            QVERIFY2(!s, qPrintable(r.amount));
            QCOMPARE(s.error().code, r.error);
            QVERIFY(!s.error().message.isEmpty());
        }
        QCOMPARE(
            m_session->sellOpenAmount(u"misc"_s, u"1"_s, VatRate(1960)).error().code, u"quick_keys.vat"_s);
        QCOMPARE(m_session->basket().lines().size(), 3);

        // And the ticket carries them at their rates.
        QVERIFY(m_session->startPayment());
        QVERIFY(m_session->payRemaining(u"cash"_s));
        const auto &ticket = m_session->lastTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->total.cents(), 350 + 1200 + 210);
        QCOMPARE(ticket->vat.size(), 3);
        QCOMPARE(ticket->lines.at(0).productId, 0);
    }

    // Best sellers first: counted as tickets are written (returns and cancellations count
    // back), then the rest of the category by name, paged without repeats.
    void categoriesListWhatSellsHereFirst()
    {
        const QList<Product> byName = m_catalog->productsInCategory(u"boulangerie"_s, 0, 1000);
        QVERIFY(byName.size() > 10);
        QCOMPARE(
            m_catalog->productsInCategory(u"boulangerie"_s, 0, 1000, Catalog::Order::BestSellers), byName);
        const QString a = byName.at(7).sku, b = byName.at(3).sku, c = byName.at(9).sku;
        sell({a, b, a});
        sell({a, c});
        sell({c});
        sell({c, c, u"EPIC-0001"_s});
        QCOMPARE(m_session->voidLastTicket(u"test"_s).ok(), true);
        // a: 3 sold; c: 2 (4 sold, the cancelled ticket's 2 counted back); b: 1.
        const QList<Product> best =
            m_catalog->productsInCategory(u"boulangerie"_s, 0, 1000, Catalog::Order::BestSellers);
        QCOMPARE(best.size(), byName.size());
        QCOMPARE(skus(best.mid(0, 3)), (QStringList {a, c, b}));
        QStringList rest = skus(byName);
        rest.removeAll(a);
        rest.removeAll(b);
        rest.removeAll(c);
        QCOMPARE(skus(best.mid(3)), rest);
        // Pages join without a gap or a repeat.
        QStringList paged;
        for (int offset = 0; offset < byName.size(); offset += 2)
            paged +=
                skus(m_catalog->productsInCategory(u"boulangerie"_s, offset, 2, Catalog::Order::BestSellers));
        QCOMPARE(paged, skus(best));
        // The counts are the journal's, recomputed independently.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT sum(quantity_milli) / 1000 FROM ticket_lines WHERE sku = '%1'"_s.arg(c)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestQuickKeys)
#include "tst_quickkeys.moc"
