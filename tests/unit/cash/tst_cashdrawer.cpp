// SPDX-License-Identifier: GPL-3.0-or-later
// The cash drawer from its float to its blind count: cash in and out, the cash of the tickets,
// the variance, every opening journalled, and what a cashier may not do without a manager.
#include "cash/cashdrawer.h"
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "staff/clerkdirectory.h"
#include "staff/clerksession.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestCashDrawer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }
    Money cents(qint64 c) { return Money::fromCents(c); }
    // A sale of `sku` paid with `tenders` ({kind, cents}).
    void sell(const char *sku, const QList<std::pair<QString, qint64>> &tenders)
    {
        Checkout c(db(), m_store);
        QVERIFY(c.basket().addProduct(Catalog(db()).productBySku(QString::fromLatin1(sku)).value()));
        for (const auto &[kind, amount] : tenders)
            QVERIFY(c.addTender(kind, cents(amount)));
        QVERIFY(c.complete({u"c01"_s, u"Camille"_s}));
    }
    QStringList events(const char *code)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT clerk_id, nf525, detail FROM jet_events WHERE code = ? ORDER BY sequence"_s);
        q.addBindValue(QString::fromLatin1(code));
        q.exec();
        QStringList list;
        while (q.next())
            list << u"%1 %2 %3"_s.arg(q.value(0).toString())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toString());
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"d%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
        QVERIFY(DemoCatalog::generate(db(), DemoCatalog::showcase().size()));
        m_store.registerId = u"01"_s;
        m_store.training = false;
    }

    void countsAreEuroCoinsAndNotes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("total"); // -1: refused
        QTest::newRow("two 50 € notes and 13 2 € coins")
            << QByteArray("{\"5000\":2,\"200\":13}") << qint64(12600);
        QTest::newRow("empty drawer") << QByteArray("{}") << qint64(0);
        QTest::newRow("3 € coin") << QByteArray("{\"300\":1}") << qint64(-1);
        QTest::newRow("negative count") << QByteArray("{\"100\":-1}") << qint64(-1);
        QTest::newRow("half a coin") << QByteArray("{\"100\":1.5}") << qint64(-1);
        QTest::newRow("a typing error") << QByteArray("{\"1\":1000000}") << qint64(-1);
        QTest::newRow("text") << QByteArray("{\"100\":\"3\"}") << qint64(-1);
    }
    void countsAreEuroCoinsAndNotes()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, total);
        const auto count = CashCount::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(bool(count), total >= 0);
        if (count)
            QCOMPARE(count->total()->cents(), total);
        else
            QCOMPARE(count.error().code, u"cash.count"_s);
    }

    void aDayFromTheFloatToTheBlindCount()
    {
        EventJournal jet(db(), m_store.registerId);
        CashDrawer drawer(db(), m_store.registerId, jet);
        QCOMPARE(drawer.figures().error().code, u"cash.closed"_s);
        QVERIFY(drawer.openWithFloat(cents(15000))); // 150 € of change
        QCOMPARE(drawer.openWithFloat(cents(100)).error().code, u"cash.open"_s);
        QVERIFY(drawer.cashIn(cents(5000), u"Change from the bank"_s));
        QVERIFY(drawer.cashOut(cents(2000), u"Window cleaner"_s));
        sell("BOUL-0001", {{Tender::Cash, 500}}); // 1.30 paid with 5 €: 3.70 back
        sell("VINS-0001", {{Tender::Card, 2990}}); // no cash
        sell("TEXT-0001", {{Tender::Card, 1000}, {Tender::Cash, 1000}}); // 14.99: 4.99 cash net
        const auto f = drawer.figures();
        QVERIFY(f);
        QCOMPARE(f->tickets, 3);
        QCOMPARE(f->cashSales.cents(), 130 + 499);
        QCOMPARE(f->expected.cents(), 15000 + 5000 - 2000 + 629);
        // The clerk counts 180.20 € where 186.29 € are expected: 6.09 € short.
        CashCount count;
        count.pieces = {{5000, 2}, {2000, 3}, {1000, 1}, {500, 2}, {20, 1}};
        const auto counted = drawer.count(count);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->counted.cents(), 18020);
        QCOMPARE(counted->expected.cents(), 18629);
        QCOMPARE(counted->variance.cents(), -609);
        QVERIFY(!drawer.current());
        QCOMPARE(drawer.last()->variance.cents(), -609);
        QCOMPARE(drawer.last()->count, count);
        QCOMPARE(drawer.count(count).error().code, u"cash.closed"_s); // counted once
        // Every opening journalled, with why.
        const QStringList opened = events(EventJournal::DrawerOpened);
        QCOMPARE(opened.size(), 4); // float, in, out, count
        QVERIFY(opened[0].contains(u"\"why\":\"float\""_s));
        QVERIFY(
            opened[1].contains(u"\"why\":\"cash-in\""_s) && opened[1].contains(u"Change from the bank"_s));
        QVERIFY(opened[3].startsWith(u"system 908 "_s));
        const QStringList counts = events(EventJournal::CashCounted);
        QCOMPARE(counts.size(), 1);
        QVERIFY2(counts[0].startsWith(u"system 170 "_s) && counts[0].contains(u"\"variance\":-609"_s),
            qPrintable(counts[0]));
        QVERIFY(jet.verify().ok);
        // A ticket with cash opens the drawer (journalled with the cash it left); one without does not.
        Ticket cashTicket;
        cashTicket.number = 9;
        cashTicket.tenders = {TicketTender {1, Tender::Cash, Money::fromCents(500), {}}};
        cashTicket.change = Money::fromCents(370);
        QCOMPARE(drawer.openedForSale(cashTicket).value(), true);
        QVERIFY(events(EventJournal::DrawerOpened).constLast().contains(u"\"cash\":130"_s));
        Ticket cardTicket;
        cardTicket.tenders = {TicketTender {1, Tender::Card, Money::fromCents(500), {}}};
        QCOMPARE(drawer.openedForSale(cardTicket).value(), false);
        QVERIFY(CashDrawer::opensFor(cashTicket) && !CashDrawer::opensFor(cardTicket));
        QCOMPARE(events(EventJournal::DrawerOpened).size(), 5);
        // The next day starts from its own float and its own tickets.
        QVERIFY(drawer.openWithFloat(cents(15000)));
        QCOMPARE(drawer.figures()->tickets, 0);
        QCOMPARE(drawer.figures()->expected.cents(), 15000);
    }

    void refusals()
    {
        EventJournal jet(db(), m_store.registerId);
        CashDrawer drawer(db(), m_store.registerId, jet);
        QCOMPARE(drawer.cashIn(cents(100), u"x"_s).error().code, u"cash.closed"_s);
        QVERIFY(drawer.openWithFloat(cents(0)));
        QCOMPARE(drawer.cashIn(cents(0), u"x"_s).error().code, u"cash.amount"_s);
        QCOMPARE(drawer.cashOut(cents(-5), u"x"_s).error().code, u"cash.amount"_s);
        QCOMPARE(drawer.cashIn(cents(CashDrawer::MaxAmountCents + 1), u"x"_s).error().code, u"cash.amount"_s);
        QCOMPARE(drawer.cashIn(cents(100), u"  "_s).error().code, u"cash.reason"_s);
        QCOMPARE(drawer.cashIn(cents(100), QString(81, u'a')).error().code, u"cash.reason"_s);
        QCOMPARE(drawer.noSale(QString()).error().code, u"cash.reason"_s);
        QCOMPARE(drawer.openWithFloat(cents(-1)).error().code, u"cash.amount"_s);
        CashCount bad;
        bad.pieces = {{300, 1}};
        QCOMPARE(drawer.count(bad).error().code, u"cash.count"_s);
        QCOMPARE(drawer.figures()->expected.cents(), 0);
        QVERIFY(events(EventJournal::DrawerOpened).size() == 1); // the float only
    }

    void theFileRefusesEdits()
    {
        EventJournal jet(db(), m_store.registerId);
        CashDrawer drawer(db(), m_store.registerId, jet);
        QVERIFY(drawer.openWithFloat(cents(10000)));
        QVERIFY(drawer.cashOut(cents(500), u"Stamps"_s));
        QVERIFY(drawer.count(CashCount {{{5000, 1}, {2000, 2}}}));
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"UPDATE drawer_movements SET amount_cents = 1"_s));
        QVERIFY(!q.exec(u"DELETE FROM drawer_movements"_s));
        QVERIFY(!q.exec(u"UPDATE drawer_sessions SET variance_cents = 0"_s));
        QVERIFY(!q.exec(u"DELETE FROM drawer_sessions"_s));
        QVERIFY(
            !q.exec(u"INSERT INTO drawer_sessions (register_id, opened_at, opened_by, float_cents, "
                    "after_ticket_id) VALUES ('01', 'x', 'y', 0, 0), ('01', 'x', 'y', 0, 0)"_s)); // one open
    }

    void trainingTicketsAreNotRealCash()
    {
        EventJournal jet(db(), m_store.registerId);
        CashDrawer drawer(db(), m_store.registerId, jet);
        QVERIFY(drawer.openWithFloat(cents(1000)));
        m_store.training = true;
        sell("BOUL-0001", {{Tender::Cash, 130}});
        m_store.training = false;
        QCOMPARE(drawer.figures()->cashSales.cents(), 0);
        // A register in training mode counts them (and only them).
        drawer.setTraining(true);
        QCOMPARE(drawer.figures()->cashSales.cents(), 130);
    }

    void aCashierAsksForCashOutAndNoSale()
    {
        EventJournal jet(db(), m_store.registerId);
        ClerkDirectory clerks(db());
        ClerkSession session(clerks, jet);
        QVERIFY(clerks.create(u"Camille"_s, u"cashier"_s, u"1234"_s, u"c01"_s));
        QVERIFY(clerks.create(u"Sam"_s, u"manager"_s, u"9999"_s, u"c02"_s));
        CashDrawer drawer(db(), m_store.registerId, jet);
        drawer.setClerks(&session);
        QCOMPARE(drawer.openWithFloat(cents(100)).error().code, u"staff.not_signed_in"_s);
        QVERIFY(session.signIn(u"c01"_s, u"1234"_s));
        QVERIFY(drawer.openWithFloat(cents(15000))); // a cashier opens her drawer
        QCOMPARE(drawer.cashOut(cents(1000), u"Stamps"_s).error().code, u"staff.approval_needed"_s);
        QCOMPARE(drawer.noSale(u"Change for a customer"_s).error().code, u"staff.approval_needed"_s);
        QCOMPARE(drawer.count(CashCount {}).error().code, u"staff.approval_needed"_s);
        QVERIFY(session.approve(Permission::NoSale, u"c02"_s, u"9999"_s));
        QVERIFY(drawer.noSale(u"Change for a customer"_s));
        QCOMPARE(drawer.noSale(u"Again"_s).error().code, u"staff.approval_needed"_s); // once
        const QStringList opened = events(EventJournal::DrawerOpened);
        QCOMPARE(opened.size(), 2);
        QVERIFY(opened[1].startsWith(u"c01 908 "_s) && opened[1].contains(u"no-sale"_s));
    }
};

QTEST_GUILESS_MAIN(TestCashDrawer)
#include "tst_cashdrawer.moc"
