// SPDX-License-Identifier: GPL-3.0-or-later
// Master data coming down from head office: how a register reads a page of changes (strictly:
// one bad change refuses the page) and how it lands in the register's own SQLite tables (one
// transaction with the cursors; store prices over list prices; tombstones).
#include "catalog/catalog.h"
#include "crm/customerdirectory.h"
#include "payment/terminalconfig.h"
#include "sales/storeprofile.h"
#include "staff/clerkdirectory.h"
#include "staff/pin.h"
#include "storage/database.h"
#include "storage/settingstable.h"
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
using sync::Feed;

namespace {

struct Record
{
    QString key;
    QJsonObject data; // empty: deleted
};

// What head office would send: every feed of `records`, revisions counting on from the
// request's cursors, through the same writer head office uses.
// `remaining`: what head office counted after the cursors, for the feeds with more to come.
QByteArray replyBody(const sync::ChangesRequest &request, const QMap<Feed, QList<Record>> &records,
    const QSet<Feed> &more = {}, qint64 remaining = -1)
{
    sync::ChangesReplyWriter w;
    for (Feed feed : sync::kAllFeeds) {
        w.beginFeed(feed);
        qint64 rev = request.cursors.value(feed, 0);
        for (const Record &r : records.value(feed)) {
            ++rev;
            w.add(r.key, rev, r.data.isEmpty(), QJsonDocument(r.data).toJson(QJsonDocument::Compact));
        }
        w.endFeed(rev, more.contains(feed), more.contains(feed) ? remaining : -1);
    }
    return w.finish();
}

QJsonObject product(const QString &name, qint64 cents, const QStringList &barcodes, int vat = 550)
{
    return {{u"name"_s, name}, {u"price_cents"_s, cents}, {u"vat_bp"_s, vat}, {u"category"_s, u"epicerie"_s},
        {u"barcodes"_s, QJsonArray::fromStringList(barcodes)}};
}

QJsonObject customer(const QString &name, const QStringList &cards, const QString &tier = u"standard"_s)
{
    return {{u"display_name"_s, name}, {u"tier"_s, tier}, {u"cards"_s, QJsonArray::fromStringList(cards)},
        {u"consents"_s,
            QJsonArray {QJsonObject {{u"purpose"_s, u"marketing"_s}, {u"channel"_s, u"email"_s},
                {u"granted"_s, true}, {u"at"_s, u"2026-03-01T10:00:00Z"_s}, {u"source"_s, u"store"_s}}}}};
}

QJsonObject setting(const QJsonValue &value)
{
    return {{u"value"_s, value}};
}

} // namespace

// Applies and, when it fails, says why.
#define QVERIFY_APPLIED(expr)                                                                                \
    do {                                                                                                     \
        const auto r_ = (expr);                                                                              \
        QVERIFY2(r_, r_ ? "" : qPrintable(r_.error().message));                                              \
    } while (false)

class TestMasterData : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Reads `body` as the register does and applies it; the cursors of the request are the
    // register's own.
    Result<MasterData::Applied> receive(
        const QMap<Feed, QList<Record>> &records, const QSet<Feed> &more = {}, qint64 remaining = -1)
    {
        MasterData md(m_db->connection(), u"01"_s);
        sync::ChangesRequest request;
        request.cursors = md.cursors();
        QString error;
        const auto reply =
            sync::decodeChangesReply(replyBody(request, records, more, remaining), request, &error);
        if (!reply)
            return Error {u"decode"_s, error};
        return md.apply(*reply);
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    Catalog catalog() { return Catalog(m_db->connection()); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"m%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void requestRoundTripsAndRefusesNonsense()
    {
        sync::ChangesRequest r;
        r.cursors = {{Feed::Products, 1234}, {Feed::Customers, 7}};
        r.limit = 500;
        r.count = true;
        QString error;
        const auto back = sync::decodeChangesRequest(sync::encodeChangesRequest(r), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->cursors.value(Feed::Products), 1234);
        QCOMPARE(back->cursors.value(Feed::Customers), 7);
        QCOMPARE(back->cursors.value(Feed::Offers), 0);
        QCOMPARE(back->limit, 500);
        QVERIFY(back->count);

        for (const QByteArray &bad : {"[]"_ba, "{}"_ba, "{\"cursors\":{\"stock\":1}}"_ba,
                 "{\"cursors\":{\"products\":-1}}"_ba, "{\"cursors\":{\"products\":1.5}}"_ba,
                 "{\"cursors\":{\"products\":\"12\"}}"_ba, "{\"cursors\":{},\"limit\":0}"_ba,
                 "{\"cursors\":{},\"limit\":10001}"_ba, "{\"cursors\":"_ba}) {
            error.clear();
            QVERIFY2(!sync::decodeChangesRequest(bad, &error), bad.constData());
            QVERIFY(!error.isEmpty());
        }
    }

    void validation_data()
    {
        QTest::addColumn<int>("feed");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, Feed f, const QString &key, const QByteArray &data,
                             bool valid) {
            QTest::newRow(name) << int(f) << key << data << valid;
        };
        row("product", Feed::Products, u"EPIC-1"_s,
            "{\"name\":\"Pâtes\",\"price_cents\":249,\"vat_bp\":550,\"barcodes\":[\"3760123450034\"]}", true);
        row("product not French VAT", Feed::Products, u"EPIC-1"_s,
            "{\"name\":\"P\",\"price_cents\":249,\"vat_bp\":700}", false);
        row("product price as float", Feed::Products, u"EPIC-1"_s,
            "{\"name\":\"P\",\"price_cents\":2.49,\"vat_bp\":550}", false);
        row("product price negative", Feed::Products, u"EPIC-1"_s,
            "{\"name\":\"P\",\"price_cents\":-1,\"vat_bp\":550}", false);
        row("product without name", Feed::Products, u"EPIC-1"_s, "{\"price_cents\":1,\"vat_bp\":550}", false);
        row("barcode with a quote", Feed::Products, u"EPIC-1"_s,
            "{\"name\":\"P\",\"price_cents\":1,\"vat_bp\":550,\"barcodes\":[\"12'; DROP\"]}", false);
        row("key with a newline", Feed::Products, u"EPIC\n1"_s,
            "{\"name\":\"P\",\"price_cents\":1,\"vat_bp\":550}", false);
        row("key too long", Feed::Products, QString(65, u'A'),
            "{\"name\":\"P\",\"price_cents\":1,\"vat_bp\":550}", false);
        row("weighed in a 6 g tray", Feed::Products, u"TRAI-1"_s,
            "{\"name\":\"Olives\",\"price_cents\":1990,\"vat_bp\":550,\"sold_by_weight\":true,\"tare_g\":6}",
            true);
        const QByteArray phc =
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$NYhU9HgDVRjcWDjL9NpHAryg6Wf14u8UfDU02MKm7Ms";
        row("clerk", Feed::Clerks, u"c-7"_s,
            "{\"name\":\"Léa\",\"role\":\"cashier\",\"pin_hash\":\"" + phc + "\"}", true);
        row("clerk with a plain PIN", Feed::Clerks, u"c-7"_s,
            "{\"name\":\"Léa\",\"role\":\"cashier\",\"pin_hash\":\"1234\"}", false);
        row("clerk hash of 4 GiB", Feed::Clerks, u"c-7"_s,
            "{\"name\":\"Léa\",\"role\":\"cashier\",\"pin_hash\":\"" +
                QByteArray(phc).replace("m=19456", "m=4194304") + "\"}",
            false);
        row("clerk name with spaces around", Feed::Clerks, u"c-7"_s,
            "{\"name\":\" Léa\",\"role\":\"cashier\",\"pin_hash\":\"" + phc + "\"}", false);
        row("clerk without a role", Feed::Clerks, u"c-7"_s, "{\"name\":\"Léa\",\"pin_hash\":\"" + phc + "\"}",
            false);
        row("clerk active as text", Feed::Clerks, u"c-7"_s,
            "{\"name\":\"Léa\",\"role\":\"cashier\",\"active\":\"yes\",\"pin_hash\":\"" + phc + "\"}", false);
        row("role", Feed::Roles, u"caisse"_s,
            "{\"name\":\"Caisse\",\"permissions\":[\"reprint\",\"no_sale\"],\"line_discount_max_bp\":500}",
            true);
        row("role allowing root", Feed::Roles, u"caisse"_s,
            "{\"name\":\"Caisse\",\"permissions\":[\"root\"]}", false);
        row("role discount over 100 %", Feed::Roles, u"caisse"_s,
            "{\"name\":\"Caisse\",\"permissions\":[],\"line_discount_max_bp\":10001}", false);
        row("tare over four digits", Feed::Products, u"TRAI-1"_s,
            "{\"name\":\"Olives\",\"price_cents\":1990,\"vat_bp\":550,\"sold_by_weight\":true,\"tare_g\":"
            "10000}",
            false);
        row("tare of a piece", Feed::Products, u"TRAI-1"_s,
            "{\"name\":\"Olives\",\"price_cents\":1990,\"vat_bp\":550,\"tare_g\":6}", false);
        row("price", Feed::Prices, u"EPIC-1"_s, "{\"price_cents\":199}", true);
        row("price missing", Feed::Prices, u"EPIC-1"_s, "{}", false);
        row("category", Feed::Categories, u"epicerie"_s, "{\"name\":\"Épicerie\",\"color\":\"#aabbcc\"}",
            true);
        row("category code with space", Feed::Categories, u"epi cerie"_s, "{\"name\":\"É\"}", false);
        row("customer", Feed::Customers, u"C-1"_s,
            "{\"display_name\":\"Élodie Martin\",\"tier\":\"premium\",\"email\":\"e@example.fr\"}", true);
        row("customer unknown tier", Feed::Customers, u"C-1"_s, "{\"display_name\":\"E\",\"tier\":\"gold\"}",
            false);
        row("customer bad e-mail", Feed::Customers, u"C-1"_s,
            "{\"display_name\":\"E\",\"tier\":\"standard\",\"email\":\"not an address\"}", false);
        row("consent unknown purpose", Feed::Customers, u"C-1"_s,
            "{\"display_name\":\"E\",\"tier\":\"standard\",\"consents\":[{\"purpose\":\"resale\",\"channel\":"
            "\"email\",\"granted\":true,\"at\":\"2026-01-01T00:00:00Z\",\"source\":\"web\"}]}",
            false);
        row("consent without date", Feed::Customers, u"C-1"_s,
            "{\"display_name\":\"E\",\"tier\":\"standard\",\"consents\":[{\"purpose\":\"marketing\","
            "\"channel\":"
            "\"sms\",\"granted\":false,\"source\":\"web\"}]}",
            false);
        row("offer", Feed::Offers, u"OFFRE-1"_s,
            "{\"title\":\"-10 %\",\"starts_at\":\"2026-01-01T00:00:00Z\",\"reward\":{\"percent_off\":10}}",
            true);
        row("offer without a reward", Feed::Offers, u"OFFRE-1"_s,
            "{\"title\":\"-10 %\",\"reward\":{\"percent\":10}}", false);
        row("offer bad date", Feed::Offers, u"OFFRE-1"_s, "{\"title\":\"x\",\"ends_at\":\"demain\"}", false);
        row("offline rules", Feed::Settings, u"payment.offline"_s,
            "{\"value\":{\"max_amount_cents\":2500,\"max_count\":4}}", true);
        row("offline rules in euros", Feed::Settings, u"payment.offline"_s,
            "{\"value\":{\"max_amount_cents\":25.5}}", false);
        row("health interval", Feed::Settings, u"payment.health_interval_s"_s, "{\"value\":45}", true);
        row("terminals of a register", Feed::Settings, u"payment.terminals/01"_s,
            "{\"value\":[{\"id\":\"tpe-1\",\"driver\":\"concert\",\"link\":\"tcp://10.0.0.5:8888\"}]}", true);
        row("terminals with unknown driver", Feed::Settings, u"payment.terminals/01"_s,
            "{\"value\":[{\"id\":\"tpe-1\",\"driver\":\"magic\"}]}", false);
        row("a setting head office may not set", Feed::Settings, u"hq.token"_s, "{\"value\":\"x\"}", false);
        row("store profile", Feed::Settings, u"store.profile"_s,
            "{\"value\":{\"name\":\"Comptoir Lyon\",\"address\":[\"1 rue X\",\"69001 Lyon\"],\"siret\":"
            "\"12345678900011\"}}",
            true);
    }
    void validation()
    {
        QFETCH(int, feed);
        QFETCH(QString, key);
        QFETCH(QByteArray, data);
        QFETCH(bool, valid);
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        QVERIFY2(doc.isObject(), data.constData());
        const QString why = sync::validateChange(Feed(feed), key, doc.object());
        QVERIFY2(why.isEmpty() == valid, qPrintable(why));
    }

    void aReplyIsReadStrictly()
    {
        sync::ChangesRequest request;
        request.cursors = {{Feed::Products, 10}};
        request.limit = 3;
        const QByteArray good = replyBody(request,
            {{Feed::Products, {{u"A"_s, product(u"A"_s, 100, {})}, {u"B"_s, {}}}},
                {Feed::Prices, {{u"A"_s, QJsonObject {{u"price_cents"_s, 90}}}}}},
            {Feed::Products});
        QString error;
        const auto reply = sync::decodeChangesReply(good, request, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->changeCount(), 3);
        QVERIFY(reply->more());
        QCOMPARE(reply->feeds.size(), qsizetype(sync::kAllFeeds.size()));
        const sync::FeedPage &products = reply->feeds.at(2);
        QCOMPARE(products.feed, Feed::Products);
        QCOMPARE(products.cursor, 12);
        QCOMPARE(products.changes.at(0).rev, 11);
        QVERIFY(products.changes.at(1).deleted);

        // One more change than asked for, a revision at or before the cursor, out of order or
        // past the feed's new cursor, a cursor going back, an invalid record: the whole page
        // is refused.
        request.limit = 2;
        QVERIFY(!sync::decodeChangesReply(good, request, &error));
        request.limit = 3;
        const QList<QByteArray> bad {
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[{\"key\":\"A\",\"rev\":10,\"data\":{\"name\":"
            "\"A\","
            "\"price_cents\":1,\"vat_bp\":550}}],\"cursor\":10,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[{\"key\":\"A\",\"rev\":12,\"deleted\":true},{"
            "\"key\":"
            "\"B\",\"rev\":11,\"deleted\":true}],\"cursor\":12,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[{\"key\":\"A\",\"rev\":14,\"deleted\":true}],"
            "\"cursor\":12,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[],\"cursor\":9,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[{\"key\":\"A\",\"rev\":11,\"data\":{\"name\":"
            "\"A\","
            "\"price_cents\":1,\"vat_bp\":1234}}],\"cursor\":11,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[{\"key\":\"A\",\"rev\":11}],\"cursor\":11,"
            "\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"stock\",\"changes\":[],\"cursor\":0,\"more\":false}]}",
            "{\"feeds\":[{\"feed\":\"offers\",\"changes\":[],\"cursor\":0,\"more\":false},{\"feed\":"
            "\"offers\","
            "\"changes\":[],\"cursor\":0,\"more\":false}]}",
            "{\"feeds\":{}}",
            "{\"feeds\":[{\"feed\":\"products\",\"changes\":[],\"cursor\":12,\"more\":false}",
            "<html>502 Bad Gateway</html>",
        };
        for (const QByteArray &body : bad) {
            error.clear();
            QVERIFY2(!sync::decodeChangesReply(body, request, &error), body.constData());
            QVERIFY2(!error.isEmpty(), body.constData());
        }
    }

    void catalogLandsAndAStorePriceStaysOnTop()
    {
        auto applied =
            receive({{Feed::Categories, {{u"epicerie"_s, QJsonObject {{u"name"_s, u"Épicerie"_s}}}}},
                {Feed::Products,
                    {{u"EPIC-1"_s, product(u"Pâtes fraîches"_s, 249, {u"3760123450034"_s})},
                        {u"EPIC-2"_s, product(u"Riz"_s, 199, {u"3760123450041"_s})}}}});
        QVERIFY_APPLIED(applied);
        QCOMPARE(applied->changes.value(Feed::Products), 2);
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->price.cents(), 249);
        QCOMPARE(catalog().search(u"pates fraiche"_s).size(), 1);
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->tareGrams, 0);

        // The store's own price wins over the list price...
        QVERIFY_APPLIED(receive({{Feed::Prices, {{u"EPIC-1"_s, QJsonObject {{u"price_cents"_s, 229}}}}}}));
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->price.cents(), 229);
        // ... also when the list price changes afterwards...
        QVERIFY_APPLIED(receive(
            {{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes fraîches"_s, 259, {u"3760123450034"_s})}}}}));
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->price.cents(), 229);
        QCOMPARE(scalar(u"SELECT list_price_cents FROM products WHERE sku = 'EPIC-1'"_s), 259);
        // ... until head office withdraws it: back to the list price of the day.
        QVERIFY_APPLIED(receive({{Feed::Prices, {{u"EPIC-1"_s, {}}}}}));
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->price.cents(), 259);
        QCOMPARE(scalar(u"SELECT count(*) FROM products WHERE list_price_cents IS NOT NULL"_s), 0);
        // A store price that comes before its product is kept for it.
        QVERIFY_APPLIED(receive({{Feed::Prices, {{u"EPIC-3"_s, QJsonObject {{u"price_cents"_s, 99}}}}}}));
        QVERIFY_APPLIED(
            receive({{Feed::Products, {{u"EPIC-3"_s, product(u"Sel"_s, 120, {u"3760123450058"_s})}}}}));
        QCOMPARE(catalog().productByBarcode(u"3760123450058"_s)->price.cents(), 99);

        // A deleted product stops selling; its row stays (tickets name it).
        QVERIFY_APPLIED(receive({{Feed::Products, {{u"EPIC-2"_s, {}}}}}));
        const auto retired = catalog().productBySku(u"EPIC-2"_s);
        QVERIFY(retired);
        QVERIFY(!retired->active);
        QCOMPARE(catalog().productCount(), 2);

        // Barcodes move with the record: the old code no longer finds it.
        QVERIFY_APPLIED(receive(
            {{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes fraîches"_s, 259, {u"3760123450065"_s})}}}}));
        QVERIFY(!catalog().productByBarcode(u"3760123450034"_s));
        QCOMPARE(catalog().productByBarcode(u"3760123450065"_s)->sku, u"EPIC-1"_s);

        const auto cursors = MasterData(m_db->connection(), u"01"_s).cursors();
        QCOMPARE(cursors.value(Feed::Products), 6);
        QCOMPARE(cursors.value(Feed::Prices), 3);
        QCOMPARE(cursors.value(Feed::Categories), 1);
    }

    void aContainersWeightComesWithTheProduct()
    {
        QJsonObject olives = product(u"Olives (au kg)"_s, 1990, {u"2600007000002"_s});
        olives.insert(u"sold_by_weight"_s, true);
        olives.insert(u"tare_g"_s, 6);
        QVERIFY_APPLIED(receive({{Feed::Products, {{u"TRAI-1"_s, olives}}}}));
        QCOMPARE(catalog().productBySku(u"TRAI-1"_s)->tareGrams, 6);
        QCOMPARE(catalog().productByBarcode(u"2600007000002"_s)->tareGrams, 6); // the scan's own query
        olives.remove(u"tare_g"_s); // head office took it off
        QVERIFY_APPLIED(receive({{Feed::Products, {{u"TRAI-1"_s, olives}}}}));
        QCOMPARE(catalog().productBySku(u"TRAI-1"_s)->tareGrams, 0);
    }

    void aLongSyncIndexesSearchOnceAtTheEnd()
    {
        QVERIFY_APPLIED(receive(
            {{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes fraîches"_s, 249, {u"3760123450034"_s})}}}}));
        QCOMPARE(catalog().search(u"pates"_s).size(), 1);
        // More pages to come: products land and scan at once; search waits for the last page.
        QVERIFY_APPLIED(
            receive({{Feed::Products,
                        {{u"EPIC-1"_s, product(u"Coquillettes"_s, 249, {u"3760123450034"_s})},
                            {u"EPIC-2"_s, product(u"Riz basmati"_s, 199, {u"3760123450041"_s})}}}},
                {Feed::Products}));
        QCOMPARE(catalog().productByBarcode(u"3760123450041"_s)->name, u"Riz basmati"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM search_backlog"_s), 2);
        QCOMPARE(catalog().search(u"riz"_s).size(), 0);
        MasterData md(m_db->connection(), u"01"_s);
        auto left = md.indexSearchBacklog(1);
        QVERIFY_APPLIED(left);
        QCOMPARE(*left, 1);
        left = md.indexSearchBacklog(1000);
        QVERIFY_APPLIED(left);
        QCOMPARE(*left, 0);
        QCOMPARE(catalog().search(u"riz basm"_s).size(), 1);
        QCOMPARE(catalog().search(u"coquil"_s).size(), 1);
        QCOMPARE(catalog().search(u"pates"_s).size(), 0); // the old name left the index
        QCOMPARE(catalog().search(u"3760123450041"_s).size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM product_search"_s), 2);
    }

    void aFirstSyncBuildsTheCategoryIndexOnceAtTheEnd()
    {
        const QString categoryIndex =
            u"SELECT count(*) FROM sqlite_master WHERE name = 'products_by_category'"_s;
        QVERIFY_APPLIED(receive(
            {{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes fraîches"_s, 249, {u"3760123450034"_s})}}}}));
        // Fewer changes to come than products held: an update, written with every index.
        QVERIFY_APPLIED(
            receive({{Feed::Products, {{u"EPIC-2"_s, product(u"Riz basmati"_s, 199, {u"3760123450041"_s})}}}},
                {Feed::Products}, 1));
        QCOMPARE(scalar(categoryIndex), 1);
        // Many more to come than held: written without the category index...
        QVERIFY_APPLIED(receive(
            {{Feed::Products, {{u"EPIC-3"_s, product(u"Coquillettes"_s, 129, {u"3760123450058"_s})}}}},
            {Feed::Products}, 5000));
        QCOMPARE(scalar(categoryIndex), 0);
        // ...while products still scan and show in their category, in name order.
        QCOMPARE(catalog().productByBarcode(u"3760123450058"_s)->sku, u"EPIC-3"_s);
        QStringList names;
        for (const Product &p : catalog().productsInCategory(u"epicerie"_s, 0, 10))
            names << p.name;
        QCOMPARE(names, (QStringList {u"Coquillettes"_s, u"Pâtes fraîches"_s, u"Riz basmati"_s}));
        // Cut short here, the next open builds it again.
        const QString path = m_db->path();
        m_db.reset();
        m_db = std::make_unique<Database>(path);
        QVERIFY(m_db->open());
        QCOMPARE(scalar(categoryIndex), 1);
        QVERIFY_APPLIED(
            receive({{Feed::Products, {{u"EPIC-4"_s, product(u"Farine T55"_s, 109, {u"3760123450065"_s})}}}},
                {Feed::Products}, 5000));
        QCOMPARE(scalar(categoryIndex), 0);
        // The last page in, indexing the search backlog builds it again.
        QVERIFY_APPLIED(receive({{Feed::Products, {}}}));
        auto left = MasterData(m_db->connection(), u"01"_s).indexSearchBacklog(1000);
        QVERIFY_APPLIED(left);
        QCOMPARE(*left, 0);
        QCOMPARE(scalar(categoryIndex), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM product_search"_s), 4);
    }

    void settingsForThisRegisterOnly()
    {
        const PaymentSetup mine = PaymentSetup::demo(7001);
        const PaymentSetup theirs = PaymentSetup::demo(7002);
        auto applied = receive({{Feed::Settings,
            {{u"payment.offline"_s,
                 setting(QJsonObject {
                     {u"max_amount_cents"_s, 2500}, {u"max_count"_s, 4}, {u"max_total_cents"_s, 10000}})},
                {u"payment.terminals/02"_s, setting(theirs.toJson().value(u"terminals"_s))},
                {u"payment.terminals/01"_s, setting(mine.toJson().value(u"terminals"_s))},
                {u"payment.health_interval_s"_s, setting(45)},
                {u"store.profile"_s,
                    setting(QJsonObject {{u"name"_s, u"Comptoir Lyon"_s},
                        {u"address"_s, QJsonArray {u"1 rue de la République"_s, u"69001 Lyon"_s}},
                        {u"siret"_s, u"12345678900011"_s}})}}}});
        QVERIFY_APPLIED(applied);
        QVERIFY(applied->paymentSetupChanged);
        SettingsTable settings(m_db->connection());
        const PaymentSetup setup = PaymentSetup::load(settings).value();
        QCOMPARE(setup.offlinePolicy.maxAmount.cents(), 2500);
        QCOMPARE(setup.offlinePolicy.maxCount, 4);
        QCOMPARE(setup.offlinePolicy.maxTotal.cents(), 10000);
        QCOMPARE(setup.healthIntervalSeconds, 45);
        QCOMPARE(setup.terminals, mine.terminals);
        const StoreProfile profile = StoreProfile::load(settings);
        QCOMPARE(profile.storeName, u"Comptoir Lyon"_s);
        QCOMPARE(profile.address, (QStringList {u"1 rue de la République"_s, u"69001 Lyon"_s}));
        QCOMPARE(profile.siret, u"12345678900011"_s);

        // Another register's terminals change: nothing to reload here.
        applied = receive({{Feed::Settings, {{u"payment.terminals/02"_s, setting(QJsonArray {})}}}});
        QVERIFY(applied);
        QVERIFY(!applied->paymentSetupChanged);
        // The offline rules withdrawn: back to the register's defaults.
        applied = receive({{Feed::Settings, {{u"payment.offline"_s, {}}}}});
        QVERIFY(applied->paymentSetupChanged);
        QCOMPARE(PaymentSetup::load(settings)->offlinePolicy, OfflineCardPolicy {});
        QCOMPARE(PaymentSetup::load(settings)->terminals, mine.terminals);
    }

    void customersWithTheirCards()
    {
        QVERIFY_APPLIED(receive({{Feed::Customers,
            {{u"C-1"_s, customer(u"Élodie Martin"_s, {u"2900000000018"_s}, u"premium"_s)},
                {u"C-2"_s, customer(u"Karim Benali"_s, {u"2900000000025"_s})}}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 2);
        crm::CustomerDirectory directory(m_db->connection());
        const auto elodie = directory.byCard(u"2900000000018"_s);
        QVERIFY(elodie);
        QCOMPARE(elodie->id, u"C-1"_s);
        QVERIFY(elodie->isPremium());
        QVERIFY(elodie->consentsTo(u"marketing", u"email"));
        QVERIFY(elodie->notes.isEmpty() && elodie->phone.isEmpty());
        QCOMPARE(directory.search(u"elod"_s).size(), 1);

        // A card given to another customer moves; a deleted customer takes their cards along.
        QVERIFY_APPLIED(receive({{Feed::Customers,
            {{u"C-2"_s, customer(u"Karim Benali"_s, {u"2900000000025"_s, u"2900000000018"_s})},
                {u"C-1"_s, {}}}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_cards WHERE customer_id = 'C-2'"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_cards"_s), 2);
        QCOMPARE(directory.byCard(u"2900000000018"_s)->id, u"C-2"_s);
        QVERIFY(directory.search(u"elod"_s).isEmpty()); // gone from the name index too

        QVERIFY_APPLIED(receive({{Feed::Offers,
            {{u"OFFRE-1"_s,
                QJsonObject {{u"title"_s, u"-10 % épicerie"_s}, {u"ends_at"_s, u"2026-12-31T23:00:00Z"_s},
                    {u"reward"_s, QJsonObject {{u"percent_off"_s, 10}}}}}}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM offers WHERE ends_at IS NOT NULL AND starts_at IS NULL"_s), 1);
        QVERIFY_APPLIED(receive({{Feed::Offers, {{u"OFFRE-1"_s, {}}}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM offers"_s), 0);
    }

    void clerksAndRolesFromHeadOffice()
    {
        const QString hash = *pin::hash(u"2468"_s);
        const auto applied = receive(
            {{Feed::Roles,
                 {{u"caisse"_s,
                     QJsonObject {{u"name"_s, u"Caisse"_s}, {u"permissions"_s, QJsonArray {u"reprint"_s}}}}}},
                {Feed::Clerks,
                    {{u"c-7"_s,
                        QJsonObject {{u"name"_s, u"Léa Martin"_s}, {u"role"_s, u"caisse"_s},
                            {u"pin_hash"_s, hash}}}}}});
        QVERIFY_APPLIED(applied);
        QVERIFY(applied->clerksChanged);
        ClerkDirectory clerks(m_db->connection());
        const auto lea = clerks.checkPin(u"c-7"_s, u"2468"_s);
        QVERIFY2(lea, lea ? "" : qPrintable(lea.error().message));
        QCOMPARE(lea->name, u"Léa Martin"_s);
        QCOMPARE(lea->origin, u"hq"_s);
        QVERIFY(clerks.role(u"caisse"_s).allows(Permission::Reprint));
        QVERIFY(!clerks.role(u"caisse"_s).allows(Permission::VoidTicket));
        // Retired by head office: no longer signs in; the role deleted allows nothing.
        QVERIFY_APPLIED(receive({{Feed::Roles, {{u"caisse"_s, {}}}}, {Feed::Clerks, {{u"c-7"_s, {}}}}}));
        QCOMPARE(clerks.checkPin(u"c-7"_s, u"2468"_s).error().code, u"staff.unknown"_s);
        QVERIFY(clerks.role(u"caisse"_s).permissions.none());
        QCOMPARE(scalar(u"SELECT count(*) FROM clerks"_s), 1); // kept: its tickets name it
    }

    void theSamePageTwiceChangesNothingMore()
    {
        MasterData md(m_db->connection(), u"01"_s);
        sync::ChangesRequest request;
        const QByteArray body = replyBody(request,
            {{Feed::Categories, {{u"epicerie"_s, QJsonObject {{u"name"_s, u"Épicerie"_s}}}}},
                {Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes"_s, 249, {u"3760123450034"_s})}}},
                {Feed::Prices, {{u"EPIC-1"_s, QJsonObject {{u"price_cents"_s, 229}}}}}});
        QString error;
        const auto reply = sync::decodeChangesReply(body, request, &error);
        QVERIFY(md.apply(*reply));
        QVERIFY(md.apply(*reply)); // an answer lost on the way: asked and applied again
        QCOMPARE(catalog().productByBarcode(u"3760123450034"_s)->price.cents(), 229);
        QCOMPARE(scalar(u"SELECT list_price_cents FROM products"_s), 249);
        QCOMPARE(scalar(u"SELECT count(*) FROM products"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM barcodes"_s), 1);
    }

    void aPageThatCannotLandLeavesNothingBehind()
    {
        QVERIFY_APPLIED(
            receive({{Feed::Categories, {{u"epicerie"_s, QJsonObject {{u"name"_s, u"Épicerie"_s}}}}}}));
        const auto before = MasterData(m_db->connection(), u"01"_s).cursors();
        // Valid on the wire, but the register fails to write the last record (as on a full
        // disk): the products and cursors of the same page must not stay.
        QSqlQuery trap(m_db->connection());
        QVERIFY(
            trap.exec(u"CREATE TEMP TRIGGER fail_c666 BEFORE INSERT ON main.customers WHEN NEW.id = 'C-666' "
                      "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"_s));
        const auto applied =
            receive({{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes"_s, 249, {u"3760123450034"_s})}}},
                {Feed::Prices, {{u"EPIC-1"_s, QJsonObject {{u"price_cents"_s, 229}}}}},
                {Feed::Customers,
                    {{u"C-1"_s, customer(u"Élodie Martin"_s, {})}, {u"C-666"_s, customer(u"X"_s, {})}}}});
        QVERIFY(!applied);
        QVERIFY(!applied.error().message.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM products"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM customers"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM store_prices"_s), 0);
        QCOMPARE(MasterData(m_db->connection(), u"01"_s).cursors(), before);
        // Once the register can write again, the same page lands whole.
        QVERIFY(trap.exec(u"DROP TRIGGER fail_c666"_s));
        QVERIFY_APPLIED(
            receive({{Feed::Products, {{u"EPIC-1"_s, product(u"Pâtes"_s, 249, {u"3760123450034"_s})}}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM products"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestMasterData)
#include "tst_masterdata.moc"
