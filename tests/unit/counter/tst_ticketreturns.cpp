// SPDX-License-Identifier: GPL-3.0-or-later
// Items brought back with their ticket: at the price the customer paid (discounts included),
// in several goes that add up to the cent, never more than was sold, and signed into the
// return ticket so that head office and an auditor can follow each line back.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "counter/salesession.h"
#include "sales/receipt.h"
#include "sales/salejournal.h"
#include "sales/ticketreturns.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestTicketReturns : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleSession> m_session;
    StoreProfile m_store;

    qint64 id(const QString &sku) { return m_catalog->productBySku(sku)->id; }
    // Pays what the basket comes to in cash (a refund too) and returns the ticket.
    Ticket settle()
    {
        if (!m_session->startPayment() || !m_session->payRemaining(u"cash"_s))
            qFatal("the sale did not complete");
        const Ticket t = *m_session->lastTicket();
        m_session->newSale();
        return t;
    }
    // Opens `ticket` and returns `pieces` of its line `position`; the refund, or -1 if refused.
    qint64 giveBack(const Ticket &ticket, int position, qint64 milli)
    {
        if (!m_session->showTicket(ticket.uuid))
            return -1;
        if (!m_session->returnFromTicket(position, milli, u"Changed their mind"_s))
            return -1;
        return -settle().total.cents();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"r%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        QVERIFY(DemoCatalog::generate(m_db->connection(), 50));
        m_catalog = std::make_unique<Catalog>(m_db->connection());
        m_store.storeId = u"S1"_s;
        m_store.registerId = u"01"_s;
        m_session = std::make_unique<SaleSession>(
            m_db->connection(), m_store, Clerk {u"c1"_s, u"Camille"_s}, *m_catalog, BarcodeDecoder());
    }
    void cleanup()
    {
        m_session.reset();
        m_catalog.reset();
        m_db.reset();
    }

    // Three croissants (3,30) with 1,00 off the basket, spread over the lines: each comes back
    // at its share of what was paid, and the three returns add up to the line's total exactly.
    void partsAddUpToWhatWasPaid()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_session->addProduct(id(u"BOUL-0002"_s)));
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        QVERIFY(m_session->setBasketDiscount(u"1"_s, false));
        const Ticket sale = settle();
        const TicketLine croissants = sale.lines.at(0);
        QCOMPARE(croissants.quantityMilli, 3000);
        QVERIFY(croissants.basketDiscount.cents() > 0);
        const qint64 paid = croissants.total.cents();

        QList<qint64> refunds;
        for (int i = 0; i < 3; ++i)
            refunds << giveBack(sale, croissants.position, 1000);
        QCOMPARE(refunds.at(0) + refunds.at(1) + refunds.at(2), paid);
        for (qint64 r : refunds)
            QVERIFY(std::abs(r * 3 - paid) <= 2); // each a third, to the cent
        // A fourth is refused, and says why.
        QVERIFY(m_session->showTicket(sale.uuid));
        const Status refused = m_session->returnFromTicket(croissants.position, 1000, u"again"_s);
        QCOMPARE(refused.error().code, u"returns.too_many"_s);
        QVERIFY(refused.error().message.contains(u"Croissant"_s));
        QCOMPARE(m_session->basket().lines().size(), 0);

        // The return lines are signed with the line they come from, and the journal checks.
        const auto returns = SaleJournal(m_db->connection(), m_store).find(TicketQuery {}, 10);
        QCOMPARE(
            returns.first().lines.first().returnsOf, TicketReturns::lineKey(sale.uuid, croissants.position));
        QCOMPARE(Ticket::fromJson(returns.first().toJson())->computeHash(), returns.first().hash);
        const JournalCheck check = SaleJournal(m_db->connection(), m_store).verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    // What the basket holds already counts: two of three, then two more, is refused.
    void theBasketCountsToo()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_session->addProduct(id(u"BOUL-0002"_s)));
        const Ticket sale = settle();
        QVERIFY(m_session->showTicket(sale.uuid));
        QVERIFY(m_session->lastTicketReturnable());
        QVERIFY(m_session->returnFromTicket(1, 2000, u"Damaged"_s));
        QCOMPARE(m_session->stage(), SaleSession::Stage::Selling);
        QCOMPARE(m_session->returnFromTicket(1, 2000, u"Damaged"_s).error().code, u"returns.too_many"_s);
        QVERIFY(m_session->returnFromTicket(1, 1000, u"Damaged"_s));
        QCOMPARE(m_session->totals().total.cents(), -330);
        QCOMPARE(m_session->returnTicket()->uuid, sale.uuid);
        // Its quantity is the ticket's business: not changed on the line.
        QCOMPARE(m_session->setQuantity(m_session->basket().lines().first().id, u"5"_s).error().code,
            u"basket.quantity_ticket"_s);
        QCOMPARE(m_session->returnFromTicket(1, 500, u"Damaged"_s).error().code, u"returns.quantity"_s);
        // As typed on the counter: whole pieces of a piece line.
        QCOMPARE(m_session->returnFromTicket(1, u"0,5"_s, u"Damaged"_s).error().code, u"returns.quantity"_s);
        QCOMPARE(m_session->returnFromTicket(1, u"1"_s, u"Damaged"_s).error().code, u"returns.too_many"_s);
    }

    // A weighed line comes back by weight, and a cancelled return gives its quantity back.
    void weighedLinesAndCancelledReturns()
    {
        Basket b;
        QVERIFY(b.addProduct(*m_catalog->productBySku(u"FRUI-0001"_s), 1234));
        QVERIFY(m_session->loadBasket(b));
        const Ticket sale = settle();
        QCOMPARE(sale.lines.first().total.cents(), 369); // 1,234 kg at 2,99
        QCOMPARE(giveBack(sale, 1, 1000), 299);
        QVERIFY(m_session->lastTicketCancellable());
        QVERIFY(m_session->voidLastTicket(u"mistake"_s)); // the return itself cancelled
        auto lines = TicketReturns(m_db->connection()).lines(sale);
        QCOMPARE(lines->first().returnedMilli, 0);
        QCOMPARE(giveBack(sale, 1, 1234), 369);
        QCOMPARE(TicketReturns(m_db->connection()).lines(sale)->first().returnableMilli(), 0);
        QVERIFY(m_session->showTicket(sale.uuid));
        QVERIFY(!m_session->lastTicketReturnable()); // all of it came back
    }

    // A cancelled ticket has nothing left to return; a cancellation is not returned against.
    void cancelledTicketsReturnNothing()
    {
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        const Ticket sale = settle();
        QVERIFY(m_session->showTicket(sale.uuid));
        QVERIFY(m_session->voidLastTicket(u"mistake"_s));
        const Ticket reversal = *m_session->lastTicket();
        QCOMPARE(TicketReturns(m_db->connection()).lines(sale)->first().returnableMilli(), 0);
        QVERIFY(!TicketReturns(m_db->connection()).lines(reversal));
        QVERIFY(m_session->showTicket(sale.uuid));
        QCOMPARE(m_session->returnFromTicket(1, 1000, u"x"_s).error().code, u"returns.too_many"_s);
    }

    // The receipts of a return and of a cancellation name the ticket they come from.
    void receiptsNameTheOriginalTicket()
    {
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        QVERIFY(m_session->addProduct(id(u"BOUL-0002"_s)));
        const Ticket sale = settle();
        QCOMPARE(giveBack(sale, 1, 1000) > 0, true);
        const SaleJournal journal(m_db->connection(), m_store);
        const Ticket refund = *journal.lastTicket();
        ReceiptOptions options;
        options.originNumbers = journal.originNumbers(refund);
        QCOMPARE(options.originNumbers, (QHash<QString, qint64> {{sale.uuid, sale.number}}));
        const QString number = u"%1"_s.arg(sale.number, 6, 10, QLatin1Char('0'));
        QString text = ReceiptRenderer::text(refund, m_store, options);
        QVERIFY2(text.contains(u"RETURN, ticket %1: Changed their mind"_s.arg(number)), qPrintable(text));
        for (const QString &line : text.split(u'\n'))
            QVERIFY(line.size() <= 42);

        // A sale with nothing returned, cancelled (in cash: it may be).
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        const Ticket other = settle();
        QVERIFY(m_session->showTicket(other.uuid));
        QVERIFY(m_session->voidLastTicket(u"mistake"_s));
        const Ticket reversal = *m_session->lastTicket();
        options.originNumbers = journal.originNumbers(reversal);
        text = ReceiptRenderer::text(reversal, m_store, options);
        QVERIFY2(text.contains(u"CANCELLATION"_s) &&
                text.contains(u"of ticket %1"_s.arg(other.number, 6, 10, QLatin1Char('0'))),
            qPrintable(text));
        // Without the journal's numbers (another register's ticket), the receipt says no number.
        QVERIFY(!ReceiptRenderer::text(reversal, m_store, {}).contains(u"of ticket"_s));
    }

    // What head office says of a ticket is used only when all of it holds.
    void headOfficesAnswerIsCheckedWhole()
    {
        QVERIFY(m_session->addProduct(id(u"BOUL-0002"_s)));
        const Ticket sale = settle();
        const auto answer = [&](const Ticket &t, const QJsonArray &returns = {}) {
            return QJsonObject {{u"store"_s, t.storeId}, {u"store_name"_s, u"Démo Lyon"_s},
                {u"register"_s, t.registerId}, {u"ticket"_s, t.toJson()}, {u"cancelled_by"_s, QJsonValue()},
                {u"returns"_s, returns}};
        };
        const QJsonObject link {{u"ticket"_s, u"0193a2b5-0000-7000-8000-000000000001"_s}, {u"position"_s, 1},
            {u"returns"_s, 1}, {u"quantity_milli"_s, -1000}};
        const auto good = ChainTicket::fromJson(answer(sale, {link}), sale.uuid);
        QVERIFY(good);
        QCOMPARE(good->ticket, sale);
        QCOMPARE(good->storeName, u"Démo Lyon"_s);
        QCOMPARE(good->elsewhere.links.size(), 1);
        QCOMPARE(good->elsewhere.links.first().quantityMilli, -1000);
        QVERIFY(ChainTicket::fromJson(answer(sale), sale.uuid.toUpper())); // ids compare in any case

        Ticket altered = sale;
        altered.lines.first().total = Money::fromCents(99900); // the hash no longer covers it
        QVERIFY(!ChainTicket::fromJson(answer(altered), sale.uuid));
        QVERIFY(!ChainTicket::fromJson(answer(sale), u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s));
        QJsonObject otherStore = answer(sale);
        otherStore.insert(u"store"_s, u"somewhere-else"_s);
        QVERIFY(!ChainTicket::fromJson(otherStore, sale.uuid));
        for (const auto &[key, value] : {std::pair {u"ticket"_s, QJsonValue(u"../../etc"_s)},
                 std::pair {u"position"_s, QJsonValue(0)}, std::pair {u"returns"_s, QJsonValue(1.5)},
                 std::pair {u"quantity_milli"_s, QJsonValue(1e300)}}) {
            QJsonObject bad = link;
            bad.insert(key, value);
            QVERIFY2(!ChainTicket::fromJson(answer(sale, {bad}), sale.uuid), qPrintable(key));
        }
        // Shown at a register of another store, its receipt names the Lyon store, not this one's address.
        ChainTicket elsewhere = *good;
        elsewhere.storeId = u"demo-lyon-02"_s;
        elsewhere.registerId = u"07"_s;
        elsewhere.ticket.uuid = u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s; // not in this journal
        m_session->newSale();
        QVERIFY(m_session->showChainTicket(elsewhere));
        QVERIFY(m_session->lastTicketElsewhere());
        const StoreProfile printed = m_session->receiptStore(elsewhere.ticket);
        QCOMPARE(printed.storeName, u"Démo Lyon"_s);
        QVERIFY(printed.address.isEmpty() && printed.siret.isEmpty());
        QCOMPARE(m_session->receiptStore(sale).storeId, m_store.storeId); // its own: this store
        QCOMPARE(m_session->voidLastTicket(u"x"_s).error().code, u"sale.void_elsewhere"_s);
        QJsonObject cancelled = answer(sale);
        cancelled.insert(u"cancelled_by"_s, u"DROP TABLE"_s);
        QVERIFY(!ChainTicket::fromJson(cancelled, sale.uuid));
    }

    // A return this journal holds and head office knows too counts once; one only head office
    // knows (made at another register) counts as well.
    void returnsKnownHereAndAtHeadOfficeCountOnce()
    {
        Basket b;
        QVERIFY(b.addProduct(*m_catalog->productBySku(u"BOUL-0002"_s), 5000));
        QVERIFY(m_session->loadBasket(b));
        const Ticket sale = settle();
        QCOMPARE(giveBack(sale, 1, 1000), 110);
        const Ticket here = *SaleJournal(m_db->connection(), m_store).lastTicket();
        TicketReturns::Elsewhere known;
        known.links.append({here.uuid, 1, 1, -1000}); // the same return, as head office has it
        known.links.append({u"0193a2b5-0000-7000-8000-000000000009"_s, 2, 1, -2000}); // in another store
        const auto lines = TicketReturns(m_db->connection()).lines(sale, &known);
        QVERIFY(lines);
        QCOMPARE(lines->first().returnedMilli, 3000);
        QCOMPARE(TicketReturns(m_db->connection()).refund(sale, 1, 3000, 0, &known).error().code,
            u"returns.too_many"_s);
        QVERIFY(TicketReturns(m_db->connection()).refund(sale, 1, 2000, 0, &known));
        // Links that give back more than was ever returned do not make more returnable than sold.
        TicketReturns::Elsewhere hostile;
        hostile.links.append({u"0193a2b5-0000-7000-8000-00000000000b"_s, 1, 1, +5000});
        QCOMPARE(TicketReturns(m_db->connection()).lines(sale, &hostile)->first().returnableMilli(), 5000);
        // A ticket items of which came back is no longer cancelled whole: they would be refunded twice.
        QVERIFY(m_session->showTicket(sale.uuid));
        QVERIFY(!m_session->lastTicketCancellable());
        QVERIFY(m_session->lastTicketCancelHint().contains(u"returned already"_s));
        QCOMPARE(m_session->voidLastTicket(u"mistake"_s).error().code, u"sale.void_returned"_s);
        QVERIFY(SaleJournal(m_db->connection(), m_store).voidedBy(sale.uuid).isEmpty());
        known.cancelledBy = u"0193a2b5-0000-7000-8000-00000000000a"_s; // cancelled at its register
        QCOMPARE(TicketReturns(m_db->connection()).lines(sale, &known)->first().returnableMilli(), 0);
    }

    // The basket's returns name the ticket whose card gets the refund, parked or not.
    void oneTicketOrNone()
    {
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        const Ticket a = settle();
        QVERIFY(m_session->addProduct(id(u"BOUL-0001"_s)));
        const Ticket b = settle();
        QVERIFY(m_session->showTicket(a.uuid));
        QVERIFY(m_session->returnFromTicket(1, 1000, u"x"_s));
        QCOMPARE(m_session->returnTicket()->number, a.number);
        QVERIFY(m_session->park(u"p"_s));
        QVERIFY(m_session->showTicket(b.uuid));
        QVERIFY(m_session->returnFromTicket(1, 1000, u"x"_s));
        QCOMPARE(m_session->returnTicket()->number, b.number);
        QVERIFY(m_session->park(u"q"_s));
        QVERIFY(!m_session->returnTicket());
        QVERIFY(m_session->resume(m_session->parked().first().id));
        QVERIFY(m_session->returnTicket());
    }
};

QTEST_GUILESS_MAIN(TestTicketReturns)
#include "tst_ticketreturns.moc"
