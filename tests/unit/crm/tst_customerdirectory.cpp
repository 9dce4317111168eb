// SPDX-License-Identifier: GPL-3.0-or-later
#include "crm/customerdirectory.h"
#include "crm/customertext.h"
#include "crm/democustomers.h"
#include "scan/gtin.h"
#include "storage/database.h"
#include "sync/changefeeds.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::crm;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject record(const QString &name, const QString &phone, const QString &email, const QStringList &cards,
    const QString &tier = u"standard"_s)
{
    QJsonObject r {
        {u"display_name"_s, name}, {u"tier"_s, tier}, {u"cards"_s, QJsonArray::fromStringList(cards)}};
    if (!phone.isEmpty())
        r.insert(u"phone"_s, phone);
    if (!email.isEmpty())
        r.insert(u"email"_s, email);
    return r;
}

} // namespace

class TestCustomerDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList idsOf(const QList<Customer> &list)
    {
        QStringList ids;
        for (const Customer &c : list)
            ids << c.id;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"c%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        CustomerWriter w(m_db->connection());
        QVERIFY(w.upsert(u"C-1"_s,
            record(u"Élodie Martin"_s, u"+33612345678"_s, u"elodie.martin@example.fr"_s, {u"2900000000018"_s},
                u"premium"_s),
            10));
        QVERIFY(w.upsert(u"C-2"_s,
            record(u"Karim Benali"_s, u"06 98 76 54 32"_s, u"k.benali@example.com"_s, {u"2900000000025"_s}),
            11));
        QVERIFY(w.upsert(u"C-3"_s, record(u"Marie-Hélène Durand"_s, u"0692 12 34 56"_s, {}, {}), 12));
        QVERIFY(
            w.upsert(u"C-4"_s, record(u"Martin Lefèvre"_s, u"01 23 45 67 89"_s, u"ml@example.fr"_s, {}), 13));
    }
    void cleanup() { m_db.reset(); }

    void byCardAndId()
    {
        CustomerDirectory d(m_db->connection());
        QCOMPARE(d.count(), 4);
        const auto c = d.byCard(u"2900 0000 0001 8"_s); // spaces as printed on the card
        QVERIFY(c);
        QCOMPARE(c->id, u"C-1"_s);
        QCOMPARE(c->displayName, u"Élodie Martin"_s);
        QCOMPARE(c->tier, Tier::Premium);
        QCOMPARE(c->hqRevision, 10);
        QCOMPARE(c->cards, QStringList {u"2900000000018"_s});
        QVERIFY(!d.byCard(u"2900000000031"_s));
        QVERIFY(!d.byCard(u"'; DROP TABLE customers; --"_s));
        QCOMPARE(d.byId(u"C-2"_s)->displayName, u"Karim Benali"_s);
        QVERIFY(!d.byId(u"C-9"_s));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("name prefix") << u"kar"_s << QStringList {u"C-2"_s};
        QTest::newRow("accents and case folded") << u"ELODIE"_s << QStringList {u"C-1"_s};
        QTest::newRow("last name, two people") << u"martin"_s << QStringList {u"C-1"_s, u"C-4"_s};
        QTest::newRow("first and last") << u"mar dur"_s << QStringList {u"C-3"_s};
        QTest::newRow("hyphenated first name") << u"helene"_s << QStringList {u"C-3"_s};
        QTest::newRow("one letter") << u"b"_s << QStringList {u"C-2"_s};
        QTest::newRow("phone with spaces") << u"06 12 34"_s << QStringList {u"C-1"_s};
        QTest::newRow("phone with dots") << u"06.98.76"_s << QStringList {u"C-2"_s};
        QTest::newRow("phone, international") << u"+33 6 98"_s << QStringList {u"C-2"_s};
        QTest::newRow("phone without the 0") << u"6123"_s << QStringList {u"C-1"_s};
        QTest::newRow("every mobile starting 06") << u"06"_s << QStringList {u"C-1"_s, u"C-2"_s, u"C-3"_s};
        QTest::newRow("Réunion mobile") << u"0692"_s << QStringList {u"C-3"_s};
        QTest::newRow("landline") << u"01 23"_s << QStringList {u"C-4"_s};
        QTest::newRow("e-mail prefix") << u"elodie.m"_s << QStringList {u"C-1"_s};
        QTest::newRow("e-mail, any case") << u"K.Benali@Ex"_s << QStringList {u"C-2"_s};
        QTest::newRow("card number") << u"2900000000025"_s << QStringList {u"C-2"_s};
        QTest::newRow("card prefix") << u"290000000001"_s << QStringList {u"C-1"_s};
        QTest::newRow("fts syntax is inert") << u"\"mar*^"_s << QStringList {u"C-1"_s, u"C-3"_s, u"C-4"_s};
        QTest::newRow("sql is inert") << u"'; DROP TABLE customers; --"_s << QStringList {};
        QTest::newRow("nobody") << u"zzz"_s << QStringList {};
        QTest::newRow("blank") << u"  "_s << QStringList {};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        CustomerDirectory d(m_db->connection());
        QStringList got = idsOf(d.search(text));
        got.sort();
        QCOMPARE(got, ids);
        QCOMPARE(d.count(), 4);
    }

    void searchIsLimitedAndSortedByName()
    {
        CustomerWriter w(m_db->connection());
        for (int i = 0; i < 60; ++i)
            QVERIFY(w.upsert(u"M-%1"_s.arg(i), record(u"Martin %1"_s.arg(99 - i), {}, {}, {}), 100 + i));
        CustomerDirectory d(m_db->connection());
        const auto found = d.search(u"martin"_s, 20);
        QCOMPARE(found.size(), 20);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(QString::localeAwareCompare(found[i - 1].displayName, found[i].displayName) <= 0);
        QVERIFY(d.search(u"martin"_s, 0).isEmpty());
    }

    void generatedCustomersAreValidAndFound()
    {
        QVERIFY(DemoCustomers::generate(m_db->connection(), 500));
        CustomerDirectory d(m_db->connection());
        QCOMPARE(d.count(), 504);
        QSet<QString> phones;
        for (qint64 i = 0; i < 500; ++i) {
            const QJsonObject r = DemoCustomers::record(i);
            QCOMPARE(sync::validateChange(sync::Feed::Customers, DemoCustomers::idOf(i), r), QString());
            QCOMPARE(r, DemoCustomers::record(i)); // the same index, the same customer
            const auto c = d.byCard(DemoCustomers::cardOf(i));
            QVERIFY(c);
            QCOMPARE(c->id, DemoCustomers::idOf(i));
            phones.insert(phoneKey(c->phone));
        }
        QCOMPARE(phones.size(), 500); // distinct numbers
        QVERIFY(gtin::hasValidCheckDigit(DemoCustomers::cardOf(41)));
    }

    void anUpdateReplacesNameCardsAndKeys()
    {
        CustomerWriter w(m_db->connection());
        // Karim changed his number and e-mail, took over card ...017 and married.
        QVERIFY(w.upsert(u"C-2"_s,
            record(u"Karim Benali-Roux"_s, u"07 11 22 33 44"_s, u"karim@example.org"_s,
                {u"2900000000025"_s, u"2900000000018"_s}),
            20));
        CustomerDirectory d(m_db->connection());
        QCOMPARE(d.count(), 4);
        QCOMPARE(idsOf(d.search(u"roux"_s)), QStringList {u"C-2"_s});
        QCOMPARE(idsOf(d.search(u"07 11"_s)), QStringList {u"C-2"_s});
        QVERIFY(d.search(u"06 98"_s).isEmpty());
        QVERIFY(d.search(u"k.benali@"_s).isEmpty()); // the old address
        QCOMPARE(d.byCard(u"2900000000018"_s)->id, u"C-2"_s);
        QCOMPARE(d.byId(u"C-2"_s)->hqRevision, 20);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customer_search"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4); // one entry per customer, never two

        QVERIFY(w.remove(u"C-2"_s));
        QVERIFY(w.remove(u"C-2"_s)); // already gone: nothing to do
        QVERIFY(!d.byCard(u"2900000000025"_s));
        QVERIFY(d.search(u"karim"_s).isEmpty());
        QCOMPARE(d.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomerDirectory)
#include "tst_customerdirectory.moc"
