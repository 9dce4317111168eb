// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "scan/gtin.h"
#include "storage/database.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestCatalog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"c%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void upsertAndLookup()
    {
        CatalogWriter w(m_db->connection());
        QVERIFY(w.upsertCategory({0, u"epicerie"_s, u"Épicerie"_s, u"#aaaaaa"_s, 1, std::nullopt}));
        Product p;
        p.sku = u"EPIC-1"_s;
        p.name = u"Pâtes fraîches aux œufs"_s;
        p.price = Money::fromCents(249);
        p.vat = VatRate(550);
        p.categoryCode = u"epicerie"_s;
        p.barcodes = {u"3760123450034"_s, u"96385074"_s};
        const qint64 id = w.upsertProduct(p).value();

        Catalog c(m_db->connection());
        const auto byCode = c.productByBarcode(u"96385074"_s);
        QVERIFY(byCode);
        QCOMPARE(byCode->id, id);
        QCOMPARE(byCode->name, p.name);
        QCOMPARE(byCode->price.cents(), 249);
        QCOMPARE(byCode->categoryCode, u"epicerie"_s);
        QCOMPARE(byCode->vat.basisPoints(), p.vat.basisPoints());
        QCOMPARE(byCode->barcodes, QStringList {u"96385074"_s}); // the code it was scanned by
        QCOMPARE(c.productById(id)->barcodes, (QStringList {u"3760123450034"_s, u"96385074"_s}));
        QVERIFY(!c.productByBarcode(u"0000000000000"_s));
        QCOMPARE(c.productBySku(u"EPIC-1"_s)->id, id);

        // Updating by SKU replaces price and barcodes, keeps the id, and reindexes.
        p.price = Money::fromCents(199);
        p.barcodes = {u"3017620422003"_s};
        p.name = u"Pâtes complètes"_s;
        QCOMPARE(w.upsertProduct(p).value(), id);
        QVERIFY(!c.productByBarcode(u"96385074"_s));
        QCOMPARE(c.productByBarcode(u"3017620422003"_s)->price.cents(), 199);
        QCOMPARE(c.search(u"compl"_s).size(), 1);
        QCOMPARE(c.search(u"fraîch"_s).size(), 0);
        QCOMPARE(c.productCount(), 1);
    }

    void theScanStatementLetsItsConnectionClose()
    {
        // GIVEN a product scanned (the scan's statement is SQLite's own, prepared once)
        const QString path = m_db->path();
        CatalogWriter w(m_db->connection());
        Product p;
        p.sku = u"X-1"_s;
        p.name = u"Café moulu"_s;
        p.price = Money::fromCents(389);
        p.vat = VatRate(550);
        p.barcodes = {u"3760123450041"_s};
        QVERIFY(w.upsertProduct(p));
        Catalog c(m_db->connection());
        QCOMPARE(c.productByBarcode(u"3760123450041"_s)->name, p.name);
        const auto openFiles = [&] {
            int n = 0;
            for (const QFileInfo &fd : QDir(u"/proc/self/fd"_s).entryInfoList(QDir::System | QDir::Files)) {
                if (fd.symLinkTarget() == QFileInfo(path).canonicalFilePath())
                    ++n;
            }
            return n;
        };
        QCOMPARE(openFiles(), 1);
        // WHEN the connection is closed while the catalog still lives
        m_db->releaseThreadConnection();
        // THEN the file is closed (Qt's sqlite3_close() fails while a statement is alive)
        QCOMPARE(openFiles(), 0);
        QVERIFY(!c.productByBarcode(u"3760123450041"_s)); // its connection is gone: nothing found
        // AND a catalog on the connection opened again finds it again
        Catalog again(m_db->connection());
        QCOMPARE(again.productByBarcode(u"3760123450041"_s)->price.cents(), 389);
    }

    void invalidRowsRejectedByTheSchema()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            !q.exec(u"INSERT INTO products (sku, name, price_cents, vat_bp) VALUES ('X', 'x', -1, 2000)"_s));
        QVERIFY(
            !q.exec(u"INSERT INTO products (sku, name, price_cents, vat_bp) VALUES ('X', 'x', 100, 1960)"_s));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("skus");
        QTest::newRow("prefix") << u"bag"_s << QStringList {u"BOUL-0001"_s};
        QTest::newRow("accents ignored") << u"cafe"_s << QStringList {u"EPIC-0002"_s};
        QTest::newRow("case ignored") << u"CHAMP"_s << QStringList {u"VINS-0001"_s};
        QTest::newRow("two words") << u"pât 500"_s << QStringList {u"EPIC-0001"_s};
        QTest::newRow("one letter") << u"q"_s << QStringList {u"PRES-0001"_s};
        QTest::newRow("sku") << u"TEXT-0001"_s << QStringList {u"TEXT-0001"_s};
        QTest::newRow("barcode prefix") << u"376012345006"_s << QStringList {u"VINS-0001"_s};
        QTest::newRow("fts syntax is inert") << u"\"bag* ^ -"_s << QStringList {u"BOUL-0001"_s};
        QTest::newRow("sql is inert") << u"'; DROP TABLE products; --"_s << QStringList {};
        QTest::newRow("nothing") << u"zzzz"_s << QStringList {};
        QTest::newRow("blank") << u"   "_s << QStringList {};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, skus);
        QVERIFY(DemoCatalog::generate(m_db->connection(), DemoCatalog::showcase().size()));
        Catalog c(m_db->connection());
        QStringList got;
        for (const auto &p : c.search(text))
            got << p.sku;
        got.sort();
        QCOMPARE(got, skus);
        QCOMPARE(c.productCount(), DemoCatalog::showcase().size()); // still there
    }

    void searchStopsAtItsLimitSortedByName()
    {
        QVERIFY(DemoCatalog::generate(m_db->connection(), 3000));
        Catalog c(m_db->connection());
        for (const QString &text : {u"a"_s, u"3"_s}) {
            const QList<Product> found = c.search(text, 10'000); // asked for more: clamped
            QCOMPARE(found.size(), Catalog::kSearchLimit);
            QCollator collator;
            for (qsizetype i = 1; i < found.size(); ++i)
                QVERIFY2(collator.compare(found.at(i - 1).name, found.at(i).name) <= 0,
                    qPrintable(found.at(i - 1).name + u" > "_s + found.at(i).name));
            for (const Product &p : found) {
                QVERIFY(p.id > 0 && !p.name.isEmpty() && !p.sku.isEmpty());
                QVERIFY(p.barcodes.isEmpty()); // a tile
            }
        }
        QCOMPARE(c.search(u"a"_s, 5).size(), 5);
    }

    // Scans and search results name their category from the catalog's copy of the categories;
    // one made after that copy is found all the same.
    void aNewCategoryIsNamedToo()
    {
        CatalogWriter w(m_db->connection());
        QVERIFY(w.upsertCategory({0, u"epicerie"_s, u"Épicerie"_s, u"#aaaaaa"_s, 1, std::nullopt}));
        Product p;
        p.sku = u"EPIC-1"_s;
        p.name = u"Pâtes"_s;
        p.price = Money::fromCents(149);
        p.vat = VatRate(550);
        p.categoryCode = u"epicerie"_s;
        p.barcodes = {u"3760123450034"_s};
        QVERIFY(w.upsertProduct(p));
        Catalog c(m_db->connection());
        QCOMPARE(c.productByBarcode(u"3760123450034"_s)->categoryCode, u"epicerie"_s);
        QVERIFY(w.upsertCategory({0, u"vins"_s, u"Vins"_s, u"#bbbbbb"_s, 2, std::nullopt}));
        p.sku = u"VINS-1"_s;
        p.name = u"Champagne"_s;
        p.categoryCode = u"vins"_s;
        p.barcodes = {u"96385074"_s};
        QVERIFY(w.upsertProduct(p));
        QCOMPARE(c.productByBarcode(u"96385074"_s)->categoryCode, u"vins"_s);
        QCOMPARE(c.search(u"champ"_s).value(0).categoryCode, u"vins"_s);
        QCOMPARE(c.search(u"pât"_s).value(0).categoryCode, u"epicerie"_s);
        p.sku = u"NONE-1"_s;
        p.name = u"Sans rayon"_s;
        p.categoryCode.clear();
        p.barcodes = {u"4006381333931"_s};
        QVERIFY(w.upsertProduct(p));
        QCOMPARE(c.productByBarcode(u"4006381333931"_s)->categoryCode, QString());
    }

    void categoriesAndPages()
    {
        QVERIFY(DemoCatalog::generate(m_db->connection(), 3000));
        Catalog c(m_db->connection());
        const auto cats = c.categories();
        QCOMPARE(cats.size(), DemoCatalog::categories().size());
        QCOMPARE(cats.first().code, u"fruits-legumes"_s);
        const auto page1 = c.productsInCategory(u"epicerie"_s, 0, 50);
        const auto page2 = c.productsInCategory(u"epicerie"_s, 50, 50);
        QCOMPARE(page1.size(), 50);
        QVERIFY(!page2.isEmpty());
        QVERIFY(QString::compare(page1.last().name, page2.first().name) <= 0);
        for (const auto &p : page1)
            QCOMPARE(p.categoryCode, u"epicerie"_s);
    }

    void demoCatalogIsRealistic()
    {
        const qint64 n = 20000;
        QVERIFY(DemoCatalog::generate(m_db->connection(), n, 7));
        Catalog c(m_db->connection());
        QCOMPARE(c.productCount(), n);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT code) FROM barcodes"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), n); // one code each, all distinct
        QCOMPARE(q.value(1).toLongLong(), n);
        QVERIFY(q.exec(u"SELECT code FROM barcodes"_s));
        int french = 0;
        while (q.next()) {
            const QString code = q.value(0).toString();
            QVERIFY2(gtin::hasValidCheckDigit(code), qPrintable(code));
            if (code.size() == 13 && code[0] == u'3')
                ++french;
        }
        QVERIFY(french > n * 8 / 10);
        QVERIFY(
            q.exec(u"SELECT count(DISTINCT vat_bp), min(price_cents), count(*) FILTER (WHERE sold_by_weight) "
                   "FROM products"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 4); // 20, 10, 5.5 and 2.1 %
        QVERIFY(q.value(1).toInt() > 0);
        QVERIFY(q.value(2).toInt() > 0);
        // Deterministic: the same seed gives the same catalog.
        QByteArray a = DemoCatalog::csv(500, 3), b = DemoCatalog::csv(500, 3);
        QCOMPARE(a, b);
        QVERIFY(DemoCatalog::csv(500, 4) != a);
        QVERIFY(QString::fromUtf8(a).contains(u"é"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
