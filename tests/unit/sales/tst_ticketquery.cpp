// SPDX-License-Identifier: GPL-3.0-or-later
// Any ticket of the register found again: what the clerk types or scans, the journal's
// answer by number, local day, amount, card digits and receipt code, and the sale session
// showing it, reprinting it and cancelling it only on its own day.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "counter/salesession.h"
#include "sales/eventjournal.h"
#include "sales/salejournal.h"
#include "sales/ticketquery.h"
#include "storage/database.h"
#include "ticketdrafts.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using comptoir::test::cashSale;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestTicketQuery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    FixedClock m_clock {utc(24, 9)};

    QStringList numbersOf(const QList<Ticket> &tickets)
    {
        QStringList out;
        for (const Ticket &t : tickets)
            out << QString::number(t.number);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Days as a French store lives them: 23:30 UTC in November is 00:30 the next day.
        qputenv("TZ", "Europe/Paris");
        tzset();
    }
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"t%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        m_store.storeId = u"s1"_s;
        m_store.registerId = u"01"_s;
        m_clock.set(utc(24, 9));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "by:value", empty: refused
        QTest::newRow("nothing") << u"  "_s << u"latest:"_s;
        QTest::newRow("number") << u"42"_s << u"number:42"_s;
        QTest::newRow("zero") << u"0"_s << QString();
        QTest::newRow("iso day") << u"2026-11-23"_s << u"day:2026-11-23"_s;
        QTest::newRow("french day") << u"23/11/2026"_s << u"day:2026-11-23"_s;
        QTest::newRow("short year") << u"3/2/26"_s << u"day:2026-02-03"_s;
        QTest::newRow("no year") << u"23/11"_s << u"day:2026-11-23"_s;
        QTest::newRow("no year, later") << u"25/12"_s << u"day:2025-12-25"_s; // not in the future
        QTest::newRow("no such day") << u"31/02/2026"_s << QString();
        QTest::newRow("amount") << u"12,50"_s << u"amount:1250"_s;
        QTest::newRow("amount €") << u"12.50 €"_s << u"amount:1250"_s;
        QTest::newRow("refund") << u"-7,00"_s << u"amount:700"_s;
        QTest::newRow("three decimals") << u"1,234"_s << QString();
        QTest::newRow("card") << u"*4242"_s << u"card:4242"_s;
        QTest::newRow("card ellipsis") << u"…4242"_s << u"card:4242"_s;
        QTest::newRow("card, 3 digits") << u"*424"_s << QString();
        QTest::newRow("receipt code")
            << u"TK0193A2B4C5D67E8F90A1B2C3D4E5F6A7"_s << u"code:0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s;
        QTest::newRow("uuid") << u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s
                              << u"code:0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s;
        QTest::newRow("code, short") << u"TK0193A2B4"_s << QString();
        QTest::newRow("words") << u"baguette"_s << QString();
        QTest::newRow("sql") << u"1; DROP TABLE tickets"_s << QString();
        QTest::newRow("long") << QString(200, u'9') << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto q = TicketQuery::parse(text, QDate(2026, 11, 24));
        if (expected.isEmpty()) {
            QVERIFY2(!q, qPrintable(text));
            return;
        }
        QVERIFY2(q, qPrintable(text));
        QString got;
        switch (q->by) {
        case TicketQuery::By::Latest:
            got = u"latest:"_s;
            break;
        case TicketQuery::By::Number:
            got = u"number:%1"_s.arg(q->number);
            break;
        case TicketQuery::By::Day:
            got = u"day:"_s + q->day.toString(Qt::ISODate);
            break;
        case TicketQuery::By::Amount:
            got = u"amount:%1"_s.arg(q->amount.cents());
            break;
        case TicketQuery::By::CardDigits:
            got = u"card:"_s + q->cardDigits;
            break;
        case TicketQuery::By::ReceiptCode:
            got = u"code:"_s + q->uuid;
            break;
        }
        QCOMPARE(got, expected);
    }

    void receiptCodeNamesItsTicket()
    {
        const QString uuid = u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s;
        const QString code = TicketQuery::receiptCode(uuid);
        QCOMPARE(code, u"TK0193A2B4C5D67E8F90A1B2C3D4E5F6A7"_s);
        QCOMPARE(code.size(), 34); // fits a 42-column receipt line
        QCOMPARE(TicketQuery::uuidOfReceiptCode(code), uuid);
    }

    void theJournalFindsEveryKind()
    {
        SaleJournal journal(m_db->connection(), m_store, m_clock);
        m_clock.set(utc(22, 10));
        const Ticket t1 = journal.record(cashSale(1250)).value();
        m_clock.set(utc(22, 11)); // a mistake, cancelled at once
        const Ticket t4 = journal.voidTicket(t1.number, {u"c1"_s, u"Camille"_s}, u"test"_s).value();
        m_clock.set(utc(22, 23, 30)); // the 23rd in Paris
        const Ticket t2 = journal.record(cashSale(700)).value();
        m_clock.set(utc(23, 15));
        TicketDraft card = cashSale(1999);
        card.tenders = {{1, u"card"_s, card.total, u"R-1"_s}};
        const Ticket t3 = journal.record(card).value();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO payment_attempts (uuid, reference, register_id, terminal_id, operation, "
                       "amount_cents, state, masked_pan, ticket_uuid, created_at, updated_at) VALUES "
                       "('a1', 'R-1', '01', 'tpe-1', 'payment', 1999, 'approved', '497010XXXXXX4242', '%1', "
                       "'2026-11-23T15:00:00.000Z', '2026-11-23T15:00:00.000Z')"_s.arg(t3.uuid)));

        auto find = [&](const QString &text) {
            return numbersOf(journal.find(TicketQuery::parse(text, QDate(2026, 11, 24)).value()));
        };
        QCOMPARE(find(u""_s), (QStringList {u"4"_s, u"3"_s, u"2"_s, u"1"_s}));
        QCOMPARE(find(u"4"_s), QStringList {u"4"_s});
        QCOMPARE(find(u"99"_s), QStringList {});
        QCOMPARE(find(u"22/11"_s), (QStringList {u"2"_s, u"1"_s}));
        QCOMPARE(find(u"23/11"_s), (QStringList {u"4"_s, u"3"_s}));
        QCOMPARE(find(u"12,50"_s), (QStringList {u"2"_s, u"1"_s})); // the sale and its cancellation
        QCOMPARE(find(u"*4242"_s), QStringList {u"4"_s});
        QCOMPARE(find(u"*1111"_s), QStringList {});
        QCOMPARE(find(TicketQuery::receiptCode(t2.uuid)), QStringList {u"3"_s});
        QCOMPARE(journal.find(TicketQuery {}, 2).size(), 2);
        Q_UNUSED(t4);
    }

    // The session opens any ticket on the receipt screen; reprints count as duplicates; only a
    // ticket of today may be cancelled; a receipt scanned opens its ticket.
    void theCounterReprintsAndCancelsFoundTickets()
    {
        QVERIFY(DemoCatalog::generate(m_db->connection(), 50));
        Catalog catalog(m_db->connection());
        SaleSession session(
            m_db->connection(), m_store, Clerk {u"c1"_s, u"Camille"_s}, catalog, BarcodeDecoder(), m_clock);
        auto sell = [&](const QString &sku) {
            QVERIFY(session.addProduct(catalog.productBySku(sku)->id));
            QVERIFY(session.startPayment());
            QVERIFY(session.payRemaining(u"cash"_s));
            session.newSale();
        };
        m_clock.set(utc(23, 10));
        sell(u"BOUL-0001"_s);
        const Ticket yesterday = *session.lastTicket();
        m_clock.set(utc(24, 10));
        sell(u"BOUL-0002"_s);
        const Ticket today = *session.lastTicket();

        QVERIFY(session.showTicket(yesterday.uuid));
        QCOMPARE(session.stage(), SaleSession::Stage::Receipt);
        QCOMPARE(session.lastTicket()->number, yesterday.number);
        QVERIFY(!session.lastTicketCancellable());
        QVERIFY(session.lastTicketCancelHint().contains(u"today"_s));
        QCOMPARE(session.voidLastTicket(u"test"_s).error().code, u"sale.void_old"_s);
        QVERIFY(session.reprintLast());
        QVERIFY(session.reprintLast());
        QCOMPARE(session.lastDuplicate(), 2);
        EventJournal jet(m_db->connection(), m_store.registerId);
        QCOMPARE(jet.count(EventJournal::Reprint, yesterday.uuid), 2);

        // Scanned at the counter: today's ticket, which may be cancelled.
        session.newSale();
        QVERIFY(session.scan(TicketQuery::receiptCode(today.uuid)));
        QCOMPARE(session.lastTicket()->uuid, today.uuid);
        QCOMPARE(session.lastDuplicate(), 0);
        QVERIFY(session.lastTicketCancellable());
        QVERIFY(session.voidLastTicket(u"test"_s));
        QVERIFY(!session.showTicket(u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s));

        // Not over a basket in progress.
        session.newSale();
        QVERIFY(session.addProduct(catalog.productBySku(u"BOUL-0001"_s)->id));
        QCOMPARE(session.showTicket(yesterday.uuid).error().code, u"sale.busy"_s);
        QCOMPARE(session.basket().lines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTicketQuery)
#include "tst_ticketquery.moc"
