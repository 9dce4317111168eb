// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "sales/cashsuggestions.h"
#include "sales/checkout.h"
#include "storage/database.h"
#include "sync/outbox.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestCheckout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    const Clerk m_clerk {u"c1"_s, u"Camille"_s};

    Product product(const char *sku)
    {
        return Catalog(m_db->connection()).productBySku(QString::fromLatin1(sku)).value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"k%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        QVERIFY(DemoCatalog::generate(m_db->connection(), DemoCatalog::showcase().size()));
    }
    void cleanup() { m_db.reset(); }

    void cashSaleWithChange()
    {
        // GIVEN a baguette and a champagne (1.30 + 29.90)
        Checkout c(m_db->connection(), m_store);
        QVERIFY(c.basket().addProduct(product("BOUL-0001")));
        QVERIFY(c.basket().addProduct(product("VINS-0001")));
        QCOMPARE(c.due().cents(), 3120);
        // WHEN the customer gives 50 €
        QVERIFY(c.addTender(Tender::Cash, Money::fromCents(5000)));
        QVERIFY(c.isSettled());
        QCOMPARE(c.change().cents(), 1880);
        QCOMPARE(c.remaining().cents(), 0);
        const Ticket t = c.complete(m_clerk).value();
        // THEN the ticket is recorded with the change, the basket starts afresh
        QCOMPARE(t.total.cents(), 3120);
        QCOMPARE(t.change.cents(), 1880);
        QCOMPARE(t.tenders.size(), 1);
        QCOMPARE(t.vat.size(), 2);
        QCOMPARE(t.vat[0].rate.basisPoints(), 2000);
        QCOMPARE(t.vat[0].vat.cents(), 498); // 29.90 / 1.2 -> 4.9833
        QCOMPARE(t.vat[1].vat.cents(), 7); // 1.30 at 5.5 %
        QVERIFY(c.basket().isEmpty());
        QVERIFY(c.tenders().isEmpty());
        QVERIFY(!c.store().loadCurrent()); // the working state went with the commit
    }

    void tenderRules()
    {
        Checkout c(m_db->connection(), m_store);
        QCOMPARE(c.addTender(Tender::Cash, Money::fromCents(100)).error().code, u"checkout.empty"_s);
        QVERIFY(c.basket().addProduct(product("TEXT-0001"))); // 14.99
        QCOMPARE(c.addTender(Tender::Card, Money::fromCents(2000)).error().code, u"checkout.over"_s);
        QCOMPARE(c.addTender(Tender::Cash, Money()).error().code, u"checkout.zero"_s);
        QCOMPARE(c.addTender(Tender::Cash, Money::fromCents(-5)).error().code, u"checkout.negative"_s);
        QCOMPARE(c.addTender(u"bitcoin"_s, Money::fromCents(5)).error().code, u"checkout.tender_kind"_s);
        QCOMPARE(c.addTender(Tender::Cash, Money::fromCents(100000)).error().code, u"checkout.too_much"_s);
        QCOMPARE(c.complete(m_clerk).error().code, u"checkout.unpaid"_s);
        // Split: 10 € by card, the rest in cash with change.
        QVERIFY(c.addTender(Tender::Card, Money::fromCents(1000)));
        QCOMPARE(c.remaining().cents(), 499);
        QVERIFY(!c.isSettled());
        QVERIFY(c.addTender(Tender::Cash, Money::fromCents(500)));
        QCOMPARE(c.change().cents(), 1);
        QCOMPARE(c.addTender(Tender::Cash, Money::fromCents(100)).error().code, u"checkout.paid"_s);
        const Ticket t = c.complete(m_clerk).value();
        QCOMPARE(t.tenders.size(), 2);
        QCOMPARE(t.tenders[0].kind, u"card"_s);
        QCOMPARE(t.change.cents(), 1);
    }

    void cancelPaymentBeforeCompletion()
    {
        Checkout c(m_db->connection(), m_store);
        QVERIFY(c.basket().addProduct(product("LIBR-0001")));
        QVERIFY(c.addTender(Tender::Card, Money::fromCents(500)));
        QVERIFY(c.paymentStarted());
        c.cancelPayment();
        QVERIFY(!c.paymentStarted());
        QCOMPARE(c.remaining().cents(), 850);
        QVERIFY(!SaleJournal(m_db->connection(), m_store).lastTicket());
    }

    void refundOfAReturn()
    {
        Checkout c(m_db->connection(), m_store);
        const QString id = c.basket().addProduct(product("TEXT-0001")).value();
        QVERIFY(c.basket().markReturn(id, u"Taille"_s));
        QCOMPARE(c.due().cents(), -1499);
        QCOMPARE(c.addTender(Tender::Cash, Money::fromCents(-2000)).error().code, u"checkout.refund_over"_s);
        QVERIFY(c.addTender(Tender::Cash, Money::fromCents(1499))); // sign follows the due
        QVERIFY(c.isSettled());
        const Ticket t = c.complete(m_clerk).value();
        QCOMPARE(t.total.cents(), -1499);
        QCOMPARE(t.tenders[0].amount.cents(), -1499);
        QCOMPARE(t.lines[0].returnReason, u"Taille"_s);
        QCOMPARE(t.perpetualTotal.cents(), 1499);
        QVERIFY(SaleJournal(m_db->connection(), m_store).verify().ok);
    }

    void exchangeAtZero()
    {
        Checkout c(m_db->connection(), m_store);
        const QString back = c.basket().addProduct(product("BOUL-0001")).value();
        QVERIFY(c.basket().markReturn(back, u"Échange"_s));
        QVERIFY(c.basket().addProduct(product("BOUL-0001")));
        QCOMPARE(c.due().cents(), 0);
        QVERIFY(c.isSettled());
        QCOMPARE(c.complete(m_clerk).value().total.cents(), 0);
    }

    void restoreAfterCrash()
    {
        {
            Checkout c(m_db->connection(), m_store);
            QVERIFY(c.basket().addProduct(product("EPIC-0002"), 3000));
            QVERIFY(c.basket().setBasketDiscount(Discount::percent(1000)));
            QVERIFY(c.addTender(Tender::Card, Money::fromCents(500)));
            QVERIFY(c.save());
        } // the process dies here
        Checkout again(m_db->connection(), m_store);
        QVERIFY(again.restore());
        QCOMPARE(again.basket().lines().size(), 1);
        QCOMPARE(again.basket().lines().first().quantityMilli, 3000);
        QCOMPARE(again.basket().basketDiscount(), Discount::percent(1000));
        QCOMPARE(again.tenders().size(), 1);
        QCOMPARE(again.remaining().cents(), 1066 - 500); // 11.85 - round(1.185) = 10.66
        QVERIFY(again.addTender(Tender::Cash, again.remaining()));
        QVERIFY(again.complete(m_clerk));
        Checkout third(m_db->connection(), m_store);
        QVERIFY(!third.restore());
    }

    void failedCommitKeepsTheBasket()
    {
        Checkout c(m_db->connection(), m_store);
        QVERIFY(c.basket().addProduct(product("BOUL-0001")));
        QVERIFY(c.addTender(Tender::Cash, Money::fromCents(130)));
        QVERIFY(c.save());
        // The disk refuses writes (simulated with a read-only lock on the outbox).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            u"CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk'); END"_s));
        QVERIFY(!c.complete(m_clerk));
        QCOMPARE(c.basket().lines().size(), 1);
        QCOMPARE(c.tenders().size(), 1);
        QVERIFY(c.store().loadCurrent()); // still saved for a restart
        QVERIFY(!SaleJournal(m_db->connection(), m_store).lastTicket());
        QVERIFY(q.exec(u"DROP TRIGGER fail_outbox"_s));
        QCOMPARE(c.complete(m_clerk).value().number, 1);
        QCOMPARE(Outbox(m_db->connection()).stats().pending, 1);
    }

    void cashSuggestions_data()
    {
        QTest::addColumn<qint64>("due");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("23.40") << 2340LL << QList<qint64> {2340, 2400, 2500, 3000, 4000};
        QTest::newRow("7.99") << 799LL << QList<qint64> {799, 800, 1000, 2000, 5000};
        QTest::newRow("20.00") << 2000LL << QList<qint64> {2000, 2500, 3000, 4000, 5000};
        QTest::newRow("0.45") << 45LL << QList<qint64> {45, 100, 500, 1000, 2000};
        QTest::newRow("187.10") << 18710LL << QList<qint64> {18710, 18800, 19000, 20000};
        QTest::newRow("nothing due") << 0LL << QList<qint64> {};
        QTest::newRow("refund") << -500LL << QList<qint64> {};
    }
    void cashSuggestions()
    {
        QFETCH(qint64, due);
        QFETCH(QList<qint64>, expected);
        QList<qint64> got;
        for (const Money &m : comptoir::cashSuggestions(Money::fromCents(due)))
            got << m.cents();
        QCOMPARE(got, expected);
    }

    void fullDiskKeepsTheSale()
    {
        // GIVEN a sale ready to be recorded
        Checkout c(m_db->connection(), m_store);
        for (int i = 0; i < 300; ++i) // weighed goods are one line each: the ticket needs new pages
            QVERIFY(c.basket().addProduct(product("FRUI-0001"), 100 + i));
        QVERIFY(c.addTender(Tender::Card, c.due()));
        QVERIFY(c.save());
        // WHEN the disk is full (SQLite refuses to grow the file: SQLITE_FULL)
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        const auto failed = c.complete(m_clerk);
        // THEN the clerk is told the disk is full, nothing is recorded, the sale is kept
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, u"storage.full"_s);
        QVERIFY(failed.error().message.contains(u"disk is full"_s));
        QVERIFY(!c.basket().isEmpty());
        QCOMPARE(c.tenders().size(), 1);
        QVERIFY(!SaleJournal(m_db->connection(), m_store).lastTicket());
        QCOMPARE(Outbox(m_db->connection()).stats().pending, 0);
        // AND once space is back, the same sale is recorded once
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        const Ticket t = c.complete(m_clerk).value();
        QCOMPARE(t.number, 1);
        QCOMPARE(Outbox(m_db->connection()).stats().pending, 1);
        QVERIFY(SaleJournal(m_db->connection(), m_store).verify().ok);
    }

    void parkAndResume()
    {
        Checkout c(m_db->connection(), m_store);
        QCOMPARE(c.park(m_clerk, u"x"_s).error().code, u"checkout.empty"_s);
        QVERIFY(c.basket().addProduct(product("CREM-0001"), 2000));
        const QString first = c.park(m_clerk, u"Mme Martin"_s).value();
        QVERIFY(c.basket().isEmpty());
        QVERIFY(c.basket().addProduct(product("PRES-0001")));
        QCOMPARE(c.resume(first).error().code, u"checkout.resume_busy"_s);
        QVERIFY(c.addTender(Tender::Cash, Money::fromCents(280)));
        QVERIFY(c.complete(m_clerk));
        const auto parked = c.store().parked();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().label, u"Mme Martin"_s);
        QCOMPARE(parked.first().total.cents(), 698);
        QVERIFY(c.resume(first));
        QCOMPARE(c.basket().lines().first().quantityMilli, 2000);
        QCOMPARE(c.store().parkedCount(), 0);
        QCOMPARE(c.resume(first).error().code, u"checkout.resume_busy"_s);
        c.reset();
        QCOMPARE(c.resume(first).error().code, u"checkout.no_parked"_s);
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
