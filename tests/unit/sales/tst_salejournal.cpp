// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/eventjournal.h"
#include "sales/salejournal.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "ticketdrafts.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using comptoir::test::cashSale;

class TestSaleJournal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};

    SaleJournal journal() { return SaleJournal(m_db->connection(), m_store, m_clock); }
    // What someone with the sqlite3 shell does first: the append-only triggers go.
    void dropTriggers()
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s);
        QStringList triggers;
        while (q.next())
            triggers << q.value(0).toString();
        for (const QString &t : triggers)
            QVERIFY(q.exec(u"DROP TRIGGER "_s + t));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"j%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        m_store.storeId = u"s1"_s;
        m_store.registerId = u"01"_s;
    }
    // The status bar's figures follow every change of the outbox, and reading them is a
    // few seeks however long the backlog (a long outage must not slow the counter).
    void outboxFiguresFollowEveryChange()
    {
        Outbox outbox(m_db->connection());
        const QDateTime first = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 60; ++i)
            QVERIFY(outbox.append(u"e%1"_s.arg(i), u"ticket"_s, u"01"_s, first.addSecs(i), "{}"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'sent' WHERE seq % 3 = 0"_s));
        QVERIFY(q.exec(
            u"UPDATE outbox SET state = 'acked', acked_at = '2026-12-02T10:00:00.000Z' WHERE seq <= 20"_s));
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'quarantined' WHERE seq IN (30, 31)"_s));
        QVERIFY(q.exec(u"UPDATE outbox SET state = state WHERE seq = 40"_s)); // no change of state
        QVERIFY(q.exec(u"DELETE FROM outbox WHERE seq IN (1, 2, 50)"_s));
        const auto count = [&](const QString &where) {
            QSqlQuery c(m_db->connection());
            return c.exec(u"SELECT count(*) FROM outbox WHERE "_s + where) && c.next()
                ? c.value(0).toLongLong()
                : -1;
        };
        const Outbox::Stats s = outbox.stats();
        QCOMPARE(s.pending, count(u"state IN ('pending', 'sent')"_s));
        QCOMPARE(s.sent, count(u"state = 'sent'"_s));
        QCOMPARE(s.acked, count(u"state = 'acked'"_s));
        QCOMPARE(s.quarantined, 2);
        QCOMPARE(outbox.pendingCount(), s.pending);
        QCOMPARE(s.pending, 37);
        QCOMPARE(s.oldestPendingAt, first.addSecs(20)); // seq 21, the first not acknowledged
        QCOMPARE(s.lastAckedAt, QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
        for (const QString &statement : Outbox::statsStatements()) {
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN "_s + statement));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            QVERIFY2(plan.join(u' ').contains(u"USING INDEX outbox_by_state (state=?)"_s) &&
                    !plan.join(u' ').contains(u"SCAN"_s) && !plan.join(u' ').contains(u"TEMP B-TREE"_s),
                qPrintable(statement + u": "_s + plan.join(u"; "_s)));
        }
    }

    void cleanup() { m_db.reset(); }

    void chainAndTotals()
    {
        SaleJournal j = journal();
        const Ticket t1 = j.record(cashSale(1000, 1000, 2000, 2000)).value();
        m_clock.advanceMs(1500);
        const Ticket t2 = j.record(cashSale(250, 3000, 550)).value();
        QCOMPARE(t1.number, 1);
        QCOMPARE(t2.number, 2);
        QCOMPARE(t1.previousHash, genesisHash());
        QCOMPARE(t2.previousHash, t1.hash);
        QCOMPARE(t1.hash, t1.computeHash());
        QCOMPARE(t1.hash.size(), 64);
        QCOMPARE(t2.grandTotal.cents(), 1750);
        QCOMPARE(t2.perpetualTotal.cents(), 1750);
        QCOMPARE(t1.change.cents(), 1000);
        QCOMPARE(t1.createdAt, m_clock.now().addMSecs(-1500));
        QVERIFY(t1.uuid < t2.uuid); // UUIDv7 sort by time
        QCOMPARE(t1.uuid.at(14), u'7');

        // What is read back is exactly what was signed.
        QCOMPARE(j.ticket(2).value(), t2);
        QCOMPARE(j.ticketByUuid(t1.uuid).value(), t1);
        QCOMPARE(j.lastTicket()->number, 2);
        QCOMPARE(j.tickets(1, 10).size(), 2);
        const JournalCheck check = j.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.ticketsChecked, 2);
        QCOMPARE(check.grandTotal.cents(), 1750);

        // The canonical form is documented: sorted keys, no spaces, no hash inside.
        const QByteArray canonical = t1.canonical();
        QVERIFY(canonical.startsWith("{\"change\":1000,\"clerkId\":\"c1\""));
        QVERIFY(!canonical.contains("\"hash\""));
        QCOMPARE(Ticket::fromJson(t1.toJson()).value(), t1);
    }

    void outboxWrittenWithTheTicket()
    {
        SaleJournal j = journal();
        const Ticket t = j.record(cashSale(500)).value();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT event_id, kind, payload, state FROM outbox"_s) && q.next());
        QCOMPARE(q.value(0).toString(), t.uuid);
        QCOMPARE(q.value(1).toString(), u"ticket"_s);
        QCOMPARE(q.value(3).toString(), u"pending"_s);
        const auto payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"hash"_s).toString(), t.hash);
        QCOMPARE(Outbox(m_db->connection()).stats().pending, 1);
        // The payload can never be rewritten.
        QVERIFY(!q.exec(u"UPDATE outbox SET payload = '{}'"_s));
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'acked'"_s));
    }

    void appendOnlyEnforcedByTheDatabase()
    {
        SaleJournal j = journal();
        QVERIFY(j.record(cashSale(500)));
        QSqlQuery q(m_db->connection());
        for (const auto &sql : {u"UPDATE tickets SET total_cents = 1"_s, u"DELETE FROM tickets"_s,
                 u"UPDATE ticket_lines SET total_cents = 1"_s, u"DELETE FROM ticket_lines"_s,
                 u"DELETE FROM ticket_tenders"_s, u"UPDATE ticket_vat SET vat_cents = 0"_s}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY(q.lastError().text().contains(u"append-only"_s));
        }
        QVERIFY(j.verify().ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("broken");
        QTest::newRow("amount changed") << u"UPDATE ticket_lines SET unit_price_cents = 1, total_cents = 1 "
                                           "WHERE ticket_id = 3"_s
                                        << 3LL;
        QTest::newRow("clerk changed") << u"UPDATE tickets SET clerk_name = 'X' WHERE number = 2"_s << 2LL;
        QTest::newRow("ticket deleted") << u"DELETE FROM ticket_vat WHERE ticket_id = 4; "
                                           "DELETE FROM ticket_tenders WHERE ticket_id = 4; "
                                           "DELETE FROM ticket_lines WHERE ticket_id = 4; "
                                           "DELETE FROM tickets WHERE number = 4"_s
                                        << 4LL;
        QTest::newRow("tender removed") << u"DELETE FROM ticket_tenders WHERE ticket_id = 5"_s << 5LL;
        QTest::newRow("rehashed but chain broken")
            << u"UPDATE tickets SET hash = 'ab' WHERE number = 1"_s << 1LL;
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, broken);
        SaleJournal j = journal();
        for (int i = 0; i < 6; ++i)
            QVERIFY(j.record(cashSale(100 + i)));
        QVERIFY(j.verify().ok);
        // Someone with the sqlite3 shell drops the triggers and edits the file.
        dropTriggers();
        QSqlQuery q(m_db->connection());
        for (const QString &s : sql.split(u"; "_s))
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        const JournalCheck check = j.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.firstBrokenNumber, broken);
        QCOMPARE(check.registerId, u"01"_s);
        QVERIFY(!check.reason.isEmpty());
    }

    // Someone edits a row to an absurd value and re-chains the hashes after it, as anyone with
    // the file can (the chain is not signed yet): verify names the ticket, a cancellation of it
    // is refused, and nothing crashes (a VAT rate of -100 % divided by zero, SIGFPE).
    void aRowEditedToAnythingCrashesNothing_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("VAT rate of -100 %") << u"UPDATE ticket_vat SET vat_bp = -10000 WHERE ticket_id = 3"_s;
        QTest::newRow("line VAT of -100 %")
            << u"UPDATE ticket_lines SET vat_bp = -10000 WHERE ticket_id = 3"_s;
        QTest::newRow("VAT rate of 2^31-1")
            << u"UPDATE ticket_vat SET vat_bp = 2147483647 WHERE ticket_id = 3"_s;
        QTest::newRow("largest quantity")
            << u"UPDATE ticket_lines SET quantity_milli = 9223372036854775807 WHERE ticket_id = 3"_s;
        QTest::newRow("smallest price")
            << u"UPDATE ticket_lines SET unit_price_cents = (-9223372036854775807 - 1) WHERE ticket_id = 3"_s;
        // (Not the smallest 64-bit total: the index on abs(total_cents) refuses it itself.)
        QTest::newRow("total of -2^62")
            << u"UPDATE tickets SET total_cents = -4611686018427387904 WHERE number = 3"_s;
        QTest::newRow("largest tender")
            << u"UPDATE ticket_tenders SET amount_cents = 9223372036854775807 WHERE ticket_id = 3"_s;
        QTest::newRow("largest gross")
            << u"UPDATE ticket_vat SET gross_cents = 9223372036854775807, net_cents = -1 WHERE ticket_id = 3"_s;
    }
    void aRowEditedToAnythingCrashesNothing()
    {
        QFETCH(QString, sql);
        SaleJournal j = journal();
        for (int i = 0; i < 5; ++i)
            QVERIFY(j.record(cashSale(100 + i)));
        dropTriggers();
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        // Re-chained from the edited ticket on: each hash recomputed from what the rows now say.
        QString previous = j.ticket(2)->hash;
        for (qint64 n = 3; n <= 5; ++n) {
            QVERIFY(
                q.exec(u"UPDATE tickets SET previous_hash = '%1' WHERE number = %2"_s.arg(previous).arg(n)));
            Ticket t = j.ticket(n).value();
            previous = t.computeHash();
            QVERIFY(q.exec(u"UPDATE tickets SET hash = '%1' WHERE number = %2"_s.arg(previous).arg(n)));
        }
        const JournalCheck check = j.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.firstBrokenNumber, 3);
        QVERIFY(!check.reason.isEmpty());
        QCOMPARE(j.voidTicket(3, {u"m1"_s, u"M"_s}, u"cancel"_s).error().code, u"journal.void_damaged"_s);
        QVERIFY(j.voidTicket(4, {u"m1"_s, u"M"_s}, u"cancel"_s)); // an intact ticket still can be
    }

    void hookFailureRecordsNothing()
    {
        SaleJournal j = journal();
        QVERIFY(j.record(cashSale(100)));
        const auto r = j.record(cashSale(200), [](QSqlDatabase &, const Ticket &) -> Status {
            return Error {u"test.fail"_s, u"simulated failure"_s};
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"test.fail"_s);
        QCOMPARE(j.lastTicket()->number, 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM ticket_lines), (SELECT count(*) FROM outbox)"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        // The next ticket takes the next number: no gap.
        QCOMPARE(j.record(cashSale(300)).value().number, 2);
    }

    void inconsistentDraftsRefused()
    {
        SaleJournal j = journal();
        TicketDraft d = cashSale(100);
        d.total = Money::fromCents(99);
        QCOMPARE(j.record(d).error().code, u"journal.inconsistent"_s);
        d = cashSale(100);
        d.vat[0].vat = Money::fromCents(0);
        QCOMPARE(j.record(d).error().code, u"journal.inconsistent"_s);
        d = cashSale(100);
        d.tenders[0].amount = Money::fromCents(50);
        QCOMPARE(j.record(d).error().code, u"journal.inconsistent"_s);
        d = cashSale(100);
        d.clerk = {};
        QCOMPARE(j.record(d).error().code, u"journal.no_clerk"_s);
        QVERIFY(!j.lastTicket());
    }

    void voidIsAReversingTicket()
    {
        SaleJournal j = journal();
        const Ticket sale = j.record(cashSale(1999, 2000, 2000, 5000)).value();
        const Ticket reversal = j.voidTicket(1, {u"m1"_s, u"Manager"_s}, u"Erreur de caisse"_s).value();
        QCOMPARE(reversal.kind, u"void"_s);
        QCOMPARE(reversal.number, 2);
        QCOMPARE(reversal.reversesUuid, sale.uuid);
        QCOMPARE(reversal.total, -sale.total);
        QCOMPARE(reversal.change, -sale.change);
        QCOMPARE(reversal.lines.first().quantityMilli, -2000);
        QCOMPARE(reversal.grandTotal.cents(), 0);
        QCOMPARE(reversal.perpetualTotal.cents(), 2 * sale.total.cents());
        QCOMPARE(j.voidedBy(sale.uuid), reversal.uuid);
        QCOMPARE(j.voidTicket(1, {u"m1"_s, u"M"_s}, u"again"_s).error().code, u"journal.already_void"_s);
        QCOMPARE(j.voidTicket(2, {u"m1"_s, u"M"_s}, u"void a void"_s).error().code, u"journal.void_void"_s);
        QCOMPARE(j.voidTicket(9, {u"m1"_s, u"M"_s}, u"x"_s).error().code, u"journal.no_ticket"_s);
        QVERIFY(j.verify().ok);
        // The original is untouched.
        QCOMPARE(j.ticket(1).value(), sale);
    }

    void aCancellationNeverRefundsWhatItCannot()
    {
        SaleJournal j = journal();
        // A card ticket: a negated card tender would say the card was refunded.
        TicketDraft card = cashSale(1999);
        card.tenders = {{1, u"card"_s, card.total, u"R-1"_s}};
        const Ticket byCard = j.record(card).value();
        QCOMPARE(j.voidTicket(byCard.number, {u"m1"_s, u"M"_s}, u"x"_s).error().code, u"journal.void_card"_s);
        // A ticket some of whose items came back: they would be refunded twice.
        const Ticket sale = j.record(cashSale(500, 2000)).value();
        TicketDraft back = cashSale(500, -1000);
        back.lines[0].returnsOf = sale.uuid + u"#1"_s;
        QVERIFY(j.record(back));
        QCOMPARE(
            j.voidTicket(sale.number, {u"m1"_s, u"M"_s}, u"x"_s).error().code, u"journal.void_returned"_s);
        // Unless that return was cancelled itself: nothing of it came back in the end.
        const Ticket kept = j.record(cashSale(400)).value();
        TicketDraft changedMind = cashSale(400, -1000);
        changedMind.lines[0].returnsOf = kept.uuid + u"#1"_s;
        const Ticket returned = j.record(changedMind).value();
        QVERIFY(j.voidTicket(returned.number, {u"m1"_s, u"M"_s}, u"wrong ticket"_s));
        QVERIFY(j.voidTicket(kept.number, {u"m1"_s, u"M"_s}, u"x"_s));
        // A ticket of another day: its items are returned against it.
        const Ticket yesterday = j.record(cashSale(300)).value();
        m_clock.advanceMs(24 * 3600 * 1000);
        QCOMPARE(
            j.voidTicket(yesterday.number, {u"m1"_s, u"M"_s}, u"x"_s).error().code, u"journal.void_old"_s);
        QCOMPARE(j.voidedBy(byCard.uuid), QString());
        QVERIFY(j.verify().ok);
    }

    void theCustomerIsKeptOutsideTheSignedTicket()
    {
        SaleJournal j = journal();
        TicketDraft d = cashSale(500);
        d.customerId = u"C-000001"_s;
        const Ticket sale = j.record(d).value();
        QCOMPARE(sale.customerId, u"C-000001"_s);
        // Not signed: the same content without the customer has the same hash.
        Ticket anonymous = sale;
        anonymous.customerId.clear();
        QCOMPARE(anonymous.computeHash(), sale.hash);
        QVERIFY(!sale.canonical().contains("C-000001"));
        // Kept with the ticket and sent to head office with it.
        QCOMPARE(j.ticket(1)->customerId, u"C-000001"_s);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT payload FROM outbox"_s) && q.next());
        const auto payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"customer"_s).toString(), u"C-000001"_s);
        QCOMPARE(Ticket::fromJson(payload)->customerId, u"C-000001"_s);
        // Their history at this register, the latest first, a cancellation included.
        j.record(cashSale(300)).value();
        const Ticket reversal = j.voidTicket(1, {u"m1"_s, u"Manager"_s}, u"Erreur"_s).value();
        QCOMPARE(reversal.customerId, u"C-000001"_s);
        const QList<Ticket> history = j.ticketsOfCustomer(u"C-000001"_s, 10);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].uuid, reversal.uuid);
        QCOMPARE(history[1].uuid, sale.uuid);
        QVERIFY(j.ticketsOfCustomer(u"C-000002"_s, 10).isEmpty());
        // Cutting the link (an anonymised customer) leaves the chain intact.
        QVERIFY(q.exec(u"DELETE FROM ticket_customers"_s));
        QVERIFY(j.verify().ok);
        QVERIFY(j.ticket(1)->customerId.isEmpty());
    }

    void registersHaveTheirOwnChains()
    {
        SaleJournal a = journal();
        StoreProfile other = m_store;
        other.registerId = u"02"_s;
        SaleJournal b(m_db->connection(), other, m_clock);
        QCOMPARE(a.record(cashSale(100)).value().number, 1);
        QCOMPARE(b.record(cashSale(200)).value().number, 1);
        QCOMPARE(a.record(cashSale(300)).value().number, 2);
        const auto check = a.verify();
        QVERIFY(check.ok);
        QCOMPARE(check.ticketsChecked, 3);
    }

    void clockSteppingBackKeepsOrder()
    {
        SaleJournal j = journal();
        const Ticket t1 = j.record(cashSale(100)).value();
        m_clock.advanceMs(-3600 * 1000);
        const Ticket t2 = j.record(cashSale(100)).value();
        QVERIFY(t2.createdAt >= t1.createdAt);
    }

    void eventJournal()
    {
        EventJournal jet(m_db->connection(), u"01"_s, m_clock);
        QVERIFY(jet.record(EventJournal::Start, u"c1"_s));
        QVERIFY(jet.record(EventJournal::Reprint, u"c1"_s, {{u"ticketUuid"_s, u"u-1"_s}}));
        QVERIFY(jet.record(EventJournal::Reprint, u"c1"_s, {{u"ticketUuid"_s, u"u-1"_s}}));
        QVERIFY(jet.record(EventJournal::Reprint, u"c1"_s, {{u"ticketUuid"_s, u"u-2"_s}}));
        QCOMPARE(jet.count(EventJournal::Reprint, u"u-1"_s), 2);
        QCOMPARE(jet.count(EventJournal::Reprint), 3);
        QVERIFY(jet.verify().ok);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"DELETE FROM jet_events"_s));
        QVERIFY(q.exec(u"DROP TRIGGER jet_events_append_only_update"_s));
        QVERIFY(q.exec(u"UPDATE jet_events SET detail = '{}' WHERE sequence = 2"_s));
        const auto check = jet.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.firstBrokenNumber, 2);
    }
};

QTEST_GUILESS_MAIN(TestSaleJournal)
#include "tst_salejournal.moc"
