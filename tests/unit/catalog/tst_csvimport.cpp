// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "catalog/csvimport.h"
#include "catalog/democatalog.h"
#include "storage/database.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestCsvImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    CsvImportReport run(const QByteArray &data)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return CatalogCsvImporter(m_db->connection()).import(buffer);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"c%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void goodRowsKeptBadRowsReported()
    {
        const QByteArray csv = "sku;name;price;vat;category;barcodes;sold_by_weight\n"
                               "A1;Baguette;1,30;5,5;Boulangerie;3760123450010;0\n" // line 2 ok
                               "A2;Vin;abc;20;Vins;;0\n" // 3 bad price
                               "A3;\"Pain \"\"maison\"\"; 400 g\";2.10;5.5;Boulangerie;;\n" // 4 ok, quoted
                               "A4;Journal;2,80;19,6;Presse;;0\n" // 5 bad VAT
                               "A5;Pommes;2,99;5,5;Fruits & légumes;2600001000009;1\n" // 6 ok
                               "A6;Faux;1,00;20;;3017620422004;0\n" // 7 bad check digit
                               "\n" // 8 blank
                               "A1;Doublon;1,00;20;;;0\n" // 9 SKU twice
                               ";Sans SKU;1,00;20;;;0\n" // 10 no SKU
                               "A7;UPC;1,00;20;;036000291452;oui\n" // 11 ok (UPC -> EAN-13)
                               "A8;Poids;1,00;20;;;peut-être\n" // 12 bad bool
                               "A9;Court;1,00\n" // 13 missing columns
                               "A10;Code déjà pris;1,00;20;;3760123450010;0\n"; // 14 barcode reused
        const CsvImportReport r = run(csv);
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 4);
        QList<qint64> lines;
        for (const auto &e : r.errors) {
            lines << e.line;
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(lines, (QList<qint64> {3, 5, 7, 9, 10, 12, 13, 14}));

        Catalog c(m_db->connection());
        QCOMPARE(c.productCount(), 4);
        QCOMPARE(c.productBySku(u"A3"_s)->name, u"Pain \"maison\"; 400 g"_s);
        QCOMPARE(c.productBySku(u"A3"_s)->price.cents(), 210);
        QCOMPARE(c.productBySku(u"A5"_s)->categoryCode, u"fruits-legumes"_s);
        QVERIFY(c.productBySku(u"A5"_s)->soldByWeight);
        QCOMPARE(c.productByBarcode(u"0036000291452"_s)->sku, u"A7"_s);
        bool found = false;
        for (const auto &cat : c.categories())
            found = found || (cat.code == u"fruits-legumes"_s && cat.name == u"Fruits & légumes"_s);
        QVERIFY(found);
    }

    void aContainersWeight()
    {
        const QByteArray csv = "sku;name;price;vat;sold_by_weight;tare_g\n"
                               "T1;Olives;19,90;5,5;1;6\n" // 2 ok
                               "T2;Salade;12,90;5,5;1;\n" // 3 ok, no tare
                               "T3;Pot;2,00;20;0;6\n" // 4 a tare for a piece
                               "T4;Seau;2,00;5,5;1;10000\n" // 5 more than four digits
                               "T5;Bocal;2,00;5,5;1;-2\n"; // 6 negative
        const CsvImportReport r = run(csv);
        QCOMPARE(r.imported, 2);
        QList<qint64> lines;
        for (const auto &e : r.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<qint64> {4, 5, 6}));
        Catalog c(m_db->connection());
        QCOMPARE(c.productBySku(u"T1"_s)->tareGrams, 6);
        QCOMPARE(c.productBySku(u"T2"_s)->tareGrams, 0);
    }

    void multilineQuotedFieldKeepsLineNumbers()
    {
        const QByteArray csv = "sku,name,price,vat\n"
                               "B1,\"Deux\nlignes\",1.00,20\n" // lines 2-3
                               "B2,Bon,x,20\n"; // line 4
        const auto r = run(csv);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 4);
        QCOMPARE(Catalog(m_db->connection()).productBySku(u"B1"_s)->name, u"Deux lignes"_s);
    }

    void encodingsAndDelimiters()
    {
        // UTF-8 with BOM and tabs; then Latin-1 (an old spreadsheet) with commas and CRLF.
        QByteArray utf8 = "\xEF\xBB\xBFsku\tname\tprice_cents\tvat\nC1\tCrème brûlée\t350\t5,5\n";
        QCOMPARE(run(utf8).imported, 1);
        QCOMPARE(Catalog(m_db->connection()).productBySku(u"C1"_s)->name, u"Crème brûlée"_s);
        QByteArray latin1 = QByteArray("sku,name,price,vat\r\nC2,P") + char(0xE2) + QByteArray("t") +
            char(0xE9) + QByteArray(",1.99,5.5\r\n");
        QCOMPARE(run(latin1).imported, 1);
        QCOMPARE(Catalog(m_db->connection()).productBySku(u"C2"_s)->name, u"Pâté"_s);
    }

    void fatalProblems()
    {
        QVERIFY(!run("").ok());
        const auto r = run("name;price;vat\nPain;1;5,5\n");
        QVERIFY(!r.ok());
        QVERIFY(r.fatal.contains(u"sku"_s));
        QVERIFY(!CatalogCsvImporter(m_db->connection()).importFile(m_dir.filePath(u"missing.csv"_s)).ok());
        QCOMPARE(Catalog(m_db->connection()).productCount(), 0);
    }

    void demoCsvImportsCompletely()
    {
        const auto r = run(DemoCatalog::csv(12000));
        QVERIFY(r.ok());
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.imported, 12000);
        QCOMPARE(Catalog(m_db->connection()).productCount(), 12000);
        // Re-importing updates in place.
        QCOMPARE(run(DemoCatalog::csv(12000)).imported, 12000);
        QCOMPARE(Catalog(m_db->connection()).productCount(), 12000);
    }

    void slug()
    {
        QCOMPARE(CatalogCsvImporter::slug(u"Fruits & légumes"_s), u"fruits-legumes"_s);
        QCOMPARE(CatalogCsvImporter::slug(u"  Crèmerie  "_s), u"cremerie"_s);
        QCOMPARE(CatalogCsvImporter::slug(u"!!!"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
