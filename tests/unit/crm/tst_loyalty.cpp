// SPDX-License-Identifier: GPL-3.0-or-later
// The loyalty program's arithmetic and the register's side of the ledger: points earned and
// redeemed by tickets, provisional until head office's record of the customer includes them,
// and the offline redemption allowance bounding what may be redeemed meanwhile.
#include "catalog/catalog.h"
#include "crm/customerdirectory.h"
#include "crm/democustomers.h"
#include "crm/loyalty.h"
#include "sales/checkout.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::crm;

class TestLoyalty : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }
    Customer elodie() { return *CustomerDirectory(db()).byId(u"C-000001"_s); }

    // A sale of `cents` to `customer`, paid with `points` first and the rest in cash.
    Ticket sell(qint64 cents, const QString &customer, qint64 points = 0, qint64 redeemable = 0)
    {
        Checkout c(db(), m_store, m_clock);
        Product p;
        p.id = 1;
        p.sku = u"SKU1"_s;
        p.name = u"Article"_s;
        p.price = Money::fromCents(cents);
        p.vat = VatRate(2000);
        [&] {
            QVERIFY(c.basket().addProduct(p));
        }();
        c.basket().setCustomer(customer);
        if (points > 0)
            [&] {
                const Status s = c.redeemPoints(points, redeemable);
                QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            }();
        if (!c.remaining().isZero())
            [&] {
                QVERIFY(c.addTender(Tender::Cash, c.remaining()));
            }();
        auto t = c.complete({u"c1"_s, u"Camille"_s});
        [&] {
            QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        }();
        return t ? t.value() : Ticket {};
    }

    void ackAll(const QDateTime &at)
    {
        QStringList ids;
        for (const Outbox::Row &r : Outbox(db()).nextBatch(1000))
            ids << r.eventId;
        QVERIFY(Outbox(db()).markAcked(ids, at));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"l%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
        m_store.storeId = u"s1"_s;
        m_store.registerId = u"01"_s;
        QVERIFY(DemoCustomers::writeShowcase(db(), u"s1"_s));
        QVERIFY(SettingsTable(db()).setValue(LoyaltyProgram::kSettingKey,
            QString::fromUtf8(
                QJsonDocument(DemoCustomers::loyaltyProgram()).toJson(QJsonDocument::Compact))));
    }

    void programArithmetic()
    {
        const LoyaltyProgram p = LoyaltyProgram::fromJson(DemoCustomers::loyaltyProgram()).value();
        QVERIFY(p.enabled);
        QCOMPARE(p.pointsEarnedOn(Money::fromCents(1999)), 19); // whole euros only
        QCOMPARE(p.pointsEarnedOn(Money::fromCents(99)), 0);
        QCOMPARE(p.pointsEarnedOn(Money::fromCents(-1999)), -19); // a refund takes them back
        QCOMPARE(p.valueOf(200).cents(), 1000);
        QCOMPARE(p.pointsFor(Money::fromCents(1000)), std::optional<qint64>(200));
        QCOMPARE(p.pointsFor(Money::fromCents(1001)), std::nullopt);
        QCOMPARE(LoyaltyProgram::fromSetting({}).enabled, false); // no setting: no program
        QCOMPARE(LoyaltyProgram::fromSetting(u"{\"points_per_euro\": 2}"_s).enabled, false); // unreadable
        QCOMPARE(
            LoyaltyProgram::fromJson({{u"points_per_euro"_s, 1}, {u"point_value_cents"_s, 0}}).error().code,
            u"loyalty.program"_s);
        QVERIFY(!LoyaltyProgram::fromJson({{u"points_per_euro"_s, 1.5}, {u"point_value_cents"_s, 5}}));
        const auto off = LoyaltyProgram::fromJson(
            {{u"enabled"_s, false}, {u"points_per_euro"_s, 1}, {u"point_value_cents"_s, 5}});
        QVERIFY(off && !off->enabled);
        QCOMPARE(off->pointsEarnedOn(Money::fromCents(5000)), 0);
    }

    void aSaleEarnsPointsProvisionallyUntilHeadOfficeConfirms()
    {
        LoyaltyLedger ledger(db());
        QCOMPARE(ledger.balance(elodie()).available(), 1240);
        QVERIFY(!ledger.balance(elodie()).provisional());

        const Ticket t = sell(2450, u"C-000001"_s);
        QCOMPARE(t.pointsEarned, 24);
        QCOMPARE(t.pointsRedeemed, 0);
        LoyaltyBalance b = ledger.balance(elodie());
        QCOMPARE(b.confirmed, 1240);
        QCOMPARE(b.pendingEarned, 24);
        QCOMPARE(b.available(), 1264);
        QVERIFY(b.provisional());

        // Head office's record arrives in answer to a request sent before the ticket was
        // acknowledged: its figure cannot include the ticket yet.
        const QDateTime before = m_clock.now();
        ackAll(before.addSecs(5));
        QVERIFY(ledger.confirm(u"C-000001"_s, before));
        QVERIFY(ledger.balance(elodie()).provisional());
        // Asked after the acknowledgement: head office's 1,264 includes it.
        QVERIFY(ledger.confirm(u"C-000001"_s, before.addSecs(6)));
        QSqlQuery q(db());
        QVERIFY(
            q.exec(u"UPDATE customers SET body = json_set(body, '$.points', 1264) WHERE id = 'C-000001'"_s));
        b = ledger.balance(elodie());
        QVERIFY(!b.provisional());
        QCOMPARE(b.available(), 1264);
        // Another customer's record confirms nothing of Élodie's.
        sell(1000, u"C-000001"_s);
        ackAll(before.addSecs(10));
        QVERIFY(ledger.confirm(u"C-000002"_s, before.addSecs(20)));
        QCOMPARE(ledger.balance(elodie()).pendingEarned, 10);
    }

    void theTicketCarriesItsPointsAndAVoidGivesThemBack()
    {
        const Ticket t = sell(3000, u"C-000001"_s, 100, 200);
        QCOMPARE(t.pointsRedeemed, 100);
        // 30 € due, 5 € paid in points: 25 € earn 25 points.
        QCOMPARE(t.pointsEarned, 25);
        QCOMPARE(t.tenders.first().kind, Tender::Loyalty);
        QCOMPARE(t.tenders.first().amount.cents(), 500);
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(u"loyalty"_s).toObject().value(u"earned"_s).toInteger(), 25);
        QCOMPARE(Ticket::fromJson(json)->pointsRedeemed, 100);
        QCOMPARE(t.computeHash(), t.hash); // the points are outside the signature...
        Ticket unlinked = t;
        unlinked.pointsEarned = 0;
        QCOMPARE(unlinked.computeHash(), t.hash);

        SaleJournal journal(db(), m_store, m_clock);
        QCOMPARE(journal.ticket(t.number)->pointsEarned, 25); // ...and read back from the journal
        const auto reversal = journal.voidTicket(t.number, {u"c1"_s, u"Camille"_s}, u"erreur"_s);
        QVERIFY(reversal);
        QCOMPARE(reversal->pointsEarned, -25);
        QCOMPARE(reversal->pointsRedeemed, -100);
        QCOMPARE(LoyaltyLedger(db()).balance(elodie()).available(), 1240);

        // A sale without a customer earns nothing.
        QCOMPARE(sell(5000, {}).pointsEarned, 0);
    }

    void offlineRedemptionIsBoundedByTheAllowance()
    {
        LoyaltyLedger ledger(db());
        const LoyaltyProgram program = loadLoyaltyProgram(SettingsTable(db()));
        // Head office reachable and the balance confirmed: all 1,240 points.
        QCOMPARE(ledger.redeemable(elodie(), program, true), 1240);
        // Offline: her allowance of 10 € is 200 points.
        QCOMPARE(ledger.redeemable(elodie(), program, false), 200);
        sell(2000, u"C-000001"_s, 150, 200);
        QCOMPARE(ledger.redeemable(elodie(), program, false), 50);
        // Unconfirmed redemptions count against the allowance even once head office is back.
        QCOMPARE(ledger.redeemable(elodie(), program, true), 50);

        Checkout c(db(), m_store, m_clock);
        Product p;
        p.id = 1;
        p.name = u"Article"_s;
        p.price = Money::fromCents(10000);
        p.vat = VatRate(2000);
        QVERIFY(c.basket().addProduct(p));
        QCOMPARE(c.redeemPoints(10, 100).error().code, u"checkout.no_customer"_s);
        c.basket().setCustomer(u"C-000001"_s);
        QCOMPARE(c.redeemPoints(51, 50).error().code, u"checkout.points_over"_s);
        QVERIFY(c.redeemPoints(30, 50));
        QCOMPARE(c.redeemPoints(21, 50).error().code, u"checkout.points_over"_s); // 30 already used
        QVERIFY(c.redeemPoints(20, 50));
        QCOMPARE(c.pointsRedeemed(), 50);
        QCOMPARE(c.remaining().cents(), 10000 - 250);
        // Never worth more than what is due.
        Checkout small(db(), m_store, m_clock);
        p.price = Money::fromCents(100);
        QVERIFY(small.basket().addProduct(p));
        small.basket().setCustomer(u"C-000001"_s);
        QCOMPARE(small.redeemPoints(21, 1000).error().code, u"checkout.over"_s);
        QVERIFY(small.redeemPoints(20, 1000));
        QVERIFY(small.isSettled());
        // No program, no points.
        QVERIFY(SettingsTable(db()).setValue(LoyaltyProgram::kSettingKey, {}));
        QCOMPARE(ledger.redeemable(elodie(), loadLoyaltyProgram(SettingsTable(db())), true), 0);
        QCOMPARE(small.redeemPoints(1, 1000).error().code, u"checkout.no_loyalty"_s);
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "tst_loyalty.moc"
