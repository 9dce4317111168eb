// SPDX-License-Identifier: GPL-3.0-or-later
// Closings: the X report, the day closing (Z) forced before a new business day's first sale,
// month and year closings adding up their parts, the perpetual totals, a training chain of its
// own, the calendar's edges, and every edit of the file found by verify().
#include "cash/cashdrawer.h"
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "closing/closingbook.h"
#include "counter/salesession.h"
#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "sales/ticketquery.h"
#include "scan/barcodedecoder.h"
#include "staff/clerkdirectory.h"
#include "staff/clerksession.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

const QTimeZone kParis("Europe/Paris");

QDateTime paris(const char *localTime)
{
    return QDateTime(QDateTime::fromString(QString::fromLatin1(localTime), Qt::ISODate).date(),
        QDateTime::fromString(QString::fromLatin1(localTime), Qt::ISODate).time(), kParis);
}

QStringList kinds(const QList<Closing> &list)
{
    QStringList out;
    for (const Closing &c : list)
        out << Closing::kindKey(c.kind) + u' ' + c.period;
    return out;
}

} // namespace

class TestClosings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoreProfile m_store;
    FixedClock m_clock {QDateTime()};
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }
    Money cents(qint64 c) { return Money::fromCents(c); }

    // A sale at `at` (Paris time) of `skus` (a leading '-' takes the item back), paid `tenders`.
    Ticket sell(const char *at, const QStringList &skus, const QList<std::pair<QString, qint64>> &tenders)
    {
        m_clock.set(paris(at));
        Checkout c(db(), m_store, m_clock);
        for (const QString &sku : skus) {
            const bool back = sku.startsWith(u'-');
            const auto line =
                c.basket().addProduct(Catalog(db()).productBySku(sku.mid(back ? 1 : 0)).value());
            if (!line)
                qFatal("cannot add %s", qPrintable(sku));
            if (back && !c.basket().markReturn(*line, u"faulty"_s))
                qFatal("cannot take %s back", qPrintable(sku));
        }
        for (const auto &[kind, amount] : tenders) {
            if (!c.addTender(kind, cents(amount)))
                qFatal("tender refused");
        }
        auto t = c.complete({u"c01"_s, u"Camille"_s});
        if (!t)
            qFatal("sale refused: %s", qPrintable(t.error().message));
        return *t;
    }

    // The figures of tickets `from` to `to`, added up here from the tickets themselves (not
    // the SQL the book runs).
    ClosingFigures byHand(qint64 from, qint64 to, bool training = false)
    {
        ClosingFigures f;
        for (const Ticket &t : SaleJournal(db(), m_store).tickets(from, to)) {
            if (t.training != training)
                continue;
            ++f.tickets;
            (t.kind == u"void"_s ? f.cancellations : f.sales) += 1;
            if (t.kind == u"void"_s)
                f.cancelled += t.total;
            f.total += t.total;
            (t.total.isNegative() ? f.refundsTotal : f.salesTotal) += t.total;
            for (const TicketVat &v : t.vat) {
                auto &x = f.byVat[v.rate.basisPoints()];
                x.net += v.net;
                x.vat += v.vat;
                x.gross += v.gross;
            }
            for (const TicketTender &d : t.tenders)
                f.byTender[d.kind] += d.amount;
            if (t.change.cents() != 0)
                f.byTender[u"cash"_s] -= t.change;
            for (const TicketLine &l : t.lines) {
                f.discounts += l.lineDiscount + l.basketDiscount;
                if (t.kind == u"sale"_s && l.quantityMilli < 0) {
                    ++f.returnedLines;
                    f.returned += l.total;
                }
            }
        }
        return f;
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
        m_store = StoreProfile {};
        m_store.registerId = u"01"_s;
    }

    void aDayClosingAddsUpItsTickets()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        sell("2026-12-08T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 500}}); // 3.70 given back
        sell("2026-12-08T10:00:00", {u"VINS-0001"_s, u"TEXT-0001"_s}, {{Tender::Card, 4489}});
        sell("2026-12-08T11:00:00", {u"TEXT-0001"_s, u"-VINS-0001"_s}, {{Tender::Cash, -1491}}); // 29.90 back
        const Ticket voided = sell("2026-12-08T12:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        m_clock.set(paris("2026-12-08T12:05:00"));
        QVERIFY(SaleJournal(db(), m_store, m_clock)
                    .voidTicket(voided.number, {u"c02"_s, u"Sam"_s}, u"mistake"_s));
        sell("2026-12-08T18:00:00", {u"VINS-0001"_s}, {{Tender::Cheque, 2990}});

        // The X report: the figures so far, nothing recorded.
        m_clock.set(paris("2026-12-08T19:00:00"));
        const auto x = book.xReport();
        QVERIFY(x);
        QCOMPARE(x->kind, Closing::Kind::X);
        QCOMPARE(x->figures, byHand(1, 6));
        QVERIFY(!book.last());
        QCOMPARE(events(EventJournal::XReport).size(), 1);

        const auto z = book.closeDay();
        QVERIFY2(z, z ? "" : qPrintable(z.error().message));
        QCOMPARE(kinds(*z), QStringList {u"day 2026-12-08"_s});
        const Closing &c = z->first();
        QCOMPARE(c.number, 1);
        QCOMPARE(c.afterTicket, 0);
        QCOMPARE(c.lastTicket, 6);
        QCOMPARE(c.figures, byHand(1, 6));
        QCOMPARE(c.figures, x->figures);
        // 1.30 + 44.89 − 14.91 + 1.30 − 1.30 + 29.90
        QCOMPARE(c.figures.total.cents(), 130 + 4489 - 1491 + 130 - 130 + 2990);
        QCOMPARE(c.figures.tickets, 6);
        QCOMPARE(c.figures.cancellations, 1);
        QCOMPARE(c.figures.cancelled.cents(), -130);
        QCOMPARE(c.figures.returnedLines, 1);
        QCOMPARE(c.figures.returned.cents(), -2990);
        QCOMPARE(c.figures.refundsTotal.cents(), -1491 - 130);
        QCOMPARE(c.figures.byTender.value(u"cash"_s).cents(), 130 - 1491 + 130 - 130); // net of the change
        QCOMPARE(c.figures.byTender.value(u"card"_s).cents(), 4489);
        QCOMPARE(c.figures.byTender.value(u"cheque"_s).cents(), 2990);
        Money gross;
        for (const auto &v : c.figures.byVat)
            gross += v.gross;
        QCOMPARE(gross, c.figures.total);
        QCOMPARE(c.perpetualNet, c.figures.total);
        QCOMPARE(c.perpetualAbsolute.cents(), 130 + 4489 + 1491 + 130 + 130 + 2990);
        QCOMPARE(c.periodGrandTotal, c.figures.total);
        // The perpetual totals are the tickets' own running totals (one register, no training).
        QCOMPARE(c.perpetualNet, SaleJournal(db(), m_store).lastTicket()->grandTotal);
        QCOMPARE(c.perpetualAbsolute, SaleJournal(db(), m_store).lastTicket()->perpetualTotal);
        QCOMPARE(c.clerk.id, u"system"_s);
        QCOMPARE(c.hash, c.computeHash());
        // Stored, read back, exported and read again: the same record.
        QCOMPARE(book.closing(1).value(), c);
        QCOMPARE(
            Closing::fromJson(QJsonDocument::fromJson(QJsonDocument(c.toJson()).toJson()).object()).value(),
            c);
        const QStringList closed = events(EventJournal::Closing);
        QCOMPARE(closed.size(), 1);
        QVERIFY2(closed[0].startsWith(u"system 50 "_s) && closed[0].contains(c.hash), qPrintable(closed[0]));
        QVERIFY(book.verify().ok);
        QVERIFY(jet.verify().ok);

        // Nothing since: a second Z has nothing to close; the next X is empty.
        QCOMPARE(book.closeDay().error().code, u"closing.nothing"_s);
        QCOMPARE(book.xReport()->figures.tickets, 0);
        QCOMPARE(book.xReport()->perpetualNet, c.perpetualNet);
        // A second Z the same day covers what was sold after the first.
        sell("2026-12-08T20:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        const auto z2 = book.closeDay();
        QVERIFY(z2);
        QCOMPARE(z2->first().afterTicket, 6);
        QCOMPARE(z2->first().figures.tickets, 1);
        QCOMPARE(z2->first().periodGrandTotal.cents(), c.periodGrandTotal.cents() + 130);
        QCOMPARE(z2->first().previousHash, c.hash);
        QVERIFY(book.verify().ok);
    }

    void theDrawerCountIsInTheZ()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        CashDrawer drawer(db(), m_store.registerId, jet, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        m_clock.set(paris("2026-12-08T08:00:00"));
        QVERIFY(drawer.openWithFloat(cents(15000)));
        QVERIFY(drawer.cashOut(cents(2000), u"Window cleaner"_s));
        sell("2026-12-08T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 500}});
        m_clock.set(paris("2026-12-08T19:00:00"));
        QVERIFY(drawer.count(CashCount {{{5000, 2}, {2000, 1}, {500, 2}, {100, 1}}})); // 131.00
        const auto z = book.closeDay();
        QVERIFY(z);
        const ClosingFigures &f = z->first().figures;
        QCOMPARE(f.drawerCounts, 1);
        QCOMPARE(f.expected.cents(), 15000 - 2000 + 130);
        QCOMPARE(f.counted.cents(), 13100);
        QCOMPARE(f.variance.cents(), 13100 - 13130);
        QCOMPARE(f.cashOut.cents(), 2000);
        QVERIFY(book.verify().ok);
        // A drawer counted with no sale is still closed (its count is in the Z).
        m_clock.set(paris("2026-12-09T08:00:00"));
        QVERIFY(drawer.openWithFloat(cents(100)));
        QVERIFY(drawer.count(CashCount {{{100, 1}}}));
        const auto empty = book.closeDay();
        QVERIFY(empty);
        QCOMPARE(empty->first().figures.tickets, 0);
        QCOMPARE(empty->first().figures.drawerCounts, 1);
        QVERIFY(book.verify().ok);
    }

    void theNextBusinessDayForcesAZ()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        book.setDayStartHour(4);
        sell("2026-12-08T22:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        // 1:30 a.m. is still the evening's business day: selling goes on.
        sell("2026-12-09T01:30:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        QVERIFY(book.readyToSell());
        QCOMPARE(book.businessDay(paris("2026-12-09T03:59:59")), QDate(2026, 12, 8));
        QCOMPARE(book.businessDay(paris("2026-12-09T04:00:00")), QDate(2026, 12, 9));
        // At 9 the day before is still open: nothing is sold before its Z.
        m_clock.set(paris("2026-12-09T09:00:00"));
        const auto refused = book.readyToSell();
        QCOMPARE(refused.error().code, u"closing.day_open"_s);
        QVERIFY2(refused.error().message.contains(u"2026"_s), qPrintable(refused.error().message));
        QCOMPARE(book.dayToClose()->value(), QDate(2026, 12, 8));
        const auto due = book.closeDue();
        QVERIFY(due);
        QCOMPARE(kinds(*due), QStringList {u"day 2026-12-08"_s});
        QCOMPARE(due->first().lastTicket, 2);
        QVERIFY(book.readyToSell());
        QCOMPARE(book.closeDue()->size(), 0); // nothing more due
        // A register off for three days with sales on two of them closes each day on its own.
        sell("2026-12-09T10:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2026-12-11T10:00:00", {u"VINS-0001"_s}, {{Tender::Cash, 2990}});
        m_clock.set(paris("2026-12-14T09:00:00"));
        QCOMPARE(book.dayToClose()->value(), QDate(2026, 12, 9));
        const auto two = book.closeDue();
        QVERIFY(two);
        QCOMPARE(kinds(*two), (QStringList {u"day 2026-12-09"_s, u"day 2026-12-11"_s}));
        QCOMPARE(two->at(1).figures.total.cents(), 2990);
        QCOMPARE(two->at(1).afterTicket, 3);
        QVERIFY(book.verify().ok);
    }

    void monthsAndYearsAddUpTheirDays()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        sell("2026-11-30T10:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2026-12-30T10:00:00", {u"VINS-0001"_s}, {{Tender::Card, 2990}});
        // A month still going cannot be closed; its closing comes with the next month's first.
        m_clock.set(paris("2026-12-30T19:00:00"));
        const auto early = book.closeMonth();
        QVERIFY(early); // closes November (over) on the way, after its day
        QCOMPARE(kinds(*early), (QStringList {u"day 2026-11-30"_s, u"month 2026-11"_s}));
        QCOMPARE(book.closeMonth().error().code, u"closing.month_open"_s);
        QCOMPARE(book.closeYear().error().code, u"closing.year_open"_s);
        QVERIFY(book.closeDay());
        sell("2026-12-31T23:00:00", {u"TEXT-0001"_s}, {{Tender::Cash, 1499}});
        // New year's day: the Z of the 31st, December's closing, then 2026's, in that order.
        sell("2027-01-01T02:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}}); // still the 31st's
        m_clock.set(paris("2027-01-01T10:00:00"));
        const auto due = book.closeDue();
        QVERIFY2(due, due ? "" : qPrintable(due.error().message));
        QCOMPARE(kinds(*due), (QStringList {u"day 2026-12-31"_s, u"month 2026-12"_s, u"year 2026"_s}));
        const Closing &december = due->at(1);
        QCOMPARE(december.figures.total.cents(), 2990 + 1499 + 130);
        QCOMPARE(december.figures.tickets, 3);
        QCOMPARE(december.figures.byTender.value(u"card"_s).cents(), 2990);
        QCOMPARE(december.afterTicket, 1);
        QCOMPARE(december.lastTicket, 4);
        const Closing &year = due->at(2);
        QCOMPARE(year.figures.total.cents(), 130 + 2990 + 1499 + 130);
        QCOMPARE(year.periodGrandTotal, year.figures.total);
        QCOMPARE(year.perpetualNet, year.figures.total);
        QCOMPARE(year.afterTicket, 0);
        QCOMPARE(events(EventJournal::YearClosing).size(), 1);
        QVERIFY(events(EventJournal::YearClosing).first().startsWith(u"system 60 "_s));
        // 2027's period grand total starts again; the perpetual totals go on.
        sell("2027-01-01T11:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        const auto z = book.closeDay();
        QVERIFY(z);
        QCOMPARE(z->first().periodGrandTotal.cents(), 130);
        QCOMPARE(z->first().perpetualNet.cents(), year.perpetualNet.cents() + 130);
        QVERIFY(book.verify().ok);
        // A month or a year is closed once, even by someone writing to the file.
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"INSERT INTO closings SELECT NULL, 'u2', store_id, register_id, training, 99, kind, "
                        "period, closed_at, clerk_id, clerk_name, after_ticket, last_ticket, total_cents, "
                        "period_grand_total_cents, perpetual_net_cents, perpetual_absolute_cents, figures, "
                        "previous_hash, hash FROM closings WHERE kind = 'month' LIMIT 1"_s));
    }

    void theCalendarsEdges_data()
    {
        QTest::addColumn<QString>("at"); // Paris time
        QTest::addColumn<int>("startHour");
        QTest::addColumn<QDate>("day");
        QTest::newRow("29 February, late") << u"2028-02-29T23:59:59"_s << 4 << QDate(2028, 2, 29);
        QTest::newRow("1 March, before the day starts")
            << u"2028-03-01T03:00:00"_s << 4 << QDate(2028, 2, 29);
        QTest::newRow("summer time: 3:30 right after the gap")
            << u"2026-03-29T03:30:00"_s << 4 << QDate(2026, 3, 28);
        QTest::newRow("summer time: a day starting in the gap")
            << u"2026-03-29T03:00:00"_s << 2 << QDate(2026, 3, 29);
        QTest::newRow("winter time: 2:30, twice") << u"2026-10-25T02:30:00"_s << 3 << QDate(2026, 10, 24);
        QTest::newRow("winter time: a day starting in the hour that repeats")
            << u"2026-10-25T02:30:00"_s << 2 << QDate(2026, 10, 25);
        QTest::newRow("winter time: 3:00") << u"2026-10-25T03:00:00"_s << 3 << QDate(2026, 10, 25);
        QTest::newRow("new year, midnight, start 0") << u"2027-01-01T00:00:00"_s << 0 << QDate(2027, 1, 1);
    }
    void theCalendarsEdges()
    {
        QFETCH(QString, at);
        QFETCH(int, startHour);
        QFETCH(QDate, day);
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        book.setDayStartHour(startHour);
        QCOMPARE(book.businessDay(paris(at.toLatin1().constData())), day);
        // The day's first minute belongs to it, the minute before to the day before.
        const QDateTime start = book.dayStart(day);
        QCOMPARE(book.businessDay(start), day);
        QCOMPARE(book.businessDay(start.addSecs(-1)), day.addDays(-1));
        if (startHour == 2 && day == QDate(2026, 10, 25)) // the first 2:00, still summer time
            QCOMPARE(start, QDateTime(QDate(2026, 10, 25), QTime(0, 0), Qt::UTC));
        // Both 2:30s of the night summer time ends are the same business day (UTC 00:30 and 01:30).
        if (at.startsWith(u"2026-10-25T02:30"_s)) {
            QCOMPARE(book.businessDay(QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)), day);
            QCOMPARE(book.businessDay(QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC)), day);
            QCOMPARE(book.businessDay(QDateTime(QDate(2026, 10, 25), QTime(2, 0), Qt::UTC)),
                QDate(2026, 10, 25)); // 3:00 winter time
        }
    }

    void aLeapDayAndTheShortNightAreClosedOnTheirOwn()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        book.setDayStartHour(3);
        sell("2028-02-29T20:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2028-03-01T02:30:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}}); // still the 29th
        sell("2028-03-01T09:00:00", {u"VINS-0001"_s}, {{Tender::Cash, 2990}}); // refused at the counter...
        m_clock.set(paris("2028-03-01T09:30:00"));
        const auto due = book.closeDue(); // ...but a recovered sale is never refused: it waits
        QVERIFY(due);
        QCOMPARE(kinds(*due), (QStringList {u"day 2028-02-29"_s, u"month 2028-02"_s}));
        QCOMPARE(due->first().figures.tickets, 2);
        QCOMPARE(due->first().lastTicket, 2);
        // The night summer time starts: a day starting at 2:00 (which does not exist) starts at 3:00.
        book.setDayStartHour(2);
        sell("2028-03-25T23:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2028-03-26T01:59:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2028-03-26T03:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        m_clock.set(paris("2028-03-26T03:01:00"));
        const auto z = book.closeDue();
        QVERIFY(z);
        QStringList periods = kinds(*z);
        QCOMPARE(periods, (QStringList {u"day 2028-03-01"_s, u"day 2028-03-25"_s}));
        QCOMPARE(z->at(1).figures.tickets, 2);
        QVERIFY(book.verify().ok);
    }

    void trainingHasAChainOfItsOwn()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        sell("2026-12-08T09:00:00", {u"VINS-0001"_s}, {{Tender::Cash, 2990}});
        m_store.training = true;
        sell("2026-12-08T10:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2026-12-08T11:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        ClosingBook training(db(), m_store, jet, m_clock, kParis);
        m_clock.set(paris("2026-12-08T19:00:00"));
        const auto tz = training.closeDay();
        QVERIFY(tz);
        QCOMPARE(tz->first().training, true);
        QCOMPARE(tz->first().number, 1);
        QCOMPARE(tz->first().figures.total.cents(), 260);
        QCOMPARE(tz->first().perpetualNet.cents(), 260);
        m_store.training = false;
        ClosingBook real(db(), m_store, jet, m_clock, kParis);
        QCOMPARE(real.xReport()->figures.tickets, 1);
        const auto z = real.closeDay();
        QVERIFY(z);
        QCOMPARE(z->first().training, false);
        QCOMPARE(z->first().number, 1); // its own chain
        QCOMPARE(z->first().figures.total.cents(), 2990);
        QCOMPARE(z->first().perpetualNet.cents(), 2990); // training never moves the real totals
        QCOMPARE(z->first().figures, byHand(1, 3, false));
        QVERIFY(real.verify().ok);
    }

    void aNewSaleWaitsForTheZButASaleStartedGoesOn()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        const Catalog catalog(db());
        m_clock.set(paris("2026-12-08T23:50:00"));
        SaleSession session(db(), m_store, {u"c01"_s, u"Camille"_s}, catalog, BarcodeDecoder(), m_clock);
        session.setClosings(&book);
        QSignalSpy required(&session, &SaleSession::closingRequired);
        const QString baguette = u"3760123450010"_s;
        QVERIFY(session.scan(baguette));
        QVERIFY(session.startPayment());
        QVERIFY(session.payRemaining(Tender::Cash));
        QCOMPARE(session.stage(), SaleSession::Stage::Receipt);
        // A basket started at 3:59 is finished after 4:00: the sale is the new day's.
        m_clock.set(paris("2026-12-09T03:59:00"));
        QVERIFY(session.scan(baguette));
        m_clock.set(paris("2026-12-09T04:01:00"));
        QVERIFY(session.scan(baguette)); // the same sale goes on
        QVERIFY(session.startPayment());
        QVERIFY(session.payRemaining(Tender::Cash));
        QCOMPARE(required.size(), 0);
        // The next customer waits for the Z of the 8th.
        const Status refused = session.scan(baguette);
        QCOMPARE(refused.error().code, u"closing.day_open"_s);
        QCOMPARE(required.size(), 1);
        QVERIFY(session.basket().isEmpty());
        // Looking a receipt up is no sale: it shows while the day waits.
        const Ticket first = *SaleJournal(db(), m_store).ticket(1);
        QVERIFY(session.scan(TicketQuery::receiptCode(first.uuid)));
        QCOMPARE(session.lastTicket()->number, 1);
        // ...but taking its items back is one.
        QCOMPARE(session.returnFromTicket(1, 1000, u"Defective"_s).error().code, u"closing.day_open"_s);
        QCOMPARE(session.voidLastTicket(u"mistake"_s).error().code, u"closing.day_open"_s);
        QVERIFY(session.basket().isEmpty());
        const auto z = book.closeDay(); // the 8th's ticket, then the 9th's so far
        QVERIFY(z);
        QCOMPARE(kinds(*z), (QStringList {u"day 2026-12-08"_s, u"day 2026-12-09"_s}));
        QCOMPARE(z->at(0).figures.tickets, 1);
        QCOMPARE(z->at(1).figures.tickets, 1);
        QVERIFY(session.scan(baguette));
    }

    void onlyPermittedClerksClose()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClerkDirectory clerks(db());
        ClerkSession session(clerks, jet);
        QVERIFY(clerks.create(u"Camille"_s, u"cashier"_s, u"1234"_s, u"c01"_s));
        QVERIFY(clerks.create(u"Sam"_s, u"manager"_s, u"9999"_s, u"c02"_s));
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        book.setClerks(&session);
        sell("2026-12-08T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        QCOMPARE(book.closeDay().error().code, u"staff.not_signed_in"_s);
        QVERIFY(session.signIn(u"c01"_s, u"1234"_s));
        QCOMPARE(book.xReport().error().code, u"staff.approval_needed"_s);
        QCOMPARE(book.closeDay().error().code, u"staff.approval_needed"_s);
        QVERIFY(session.approve(Permission::DayClosing, u"c02"_s, u"9999"_s));
        const auto z = book.closeDay();
        QVERIFY(z);
        QCOMPARE(z->first().clerk, (Clerk {u"c01"_s, u"Camille"_s}));
        // The next day, the cashier's first sale waits for a Z nobody may make but a manager.
        m_clock.set(paris("2026-12-09T09:00:00"));
        QCOMPARE(book.closeDue()->size(), 0); // nothing due: nothing asked
        sell("2026-12-09T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        m_clock.set(paris("2026-12-10T09:00:00"));
        QCOMPARE(book.closeDue().error().code, u"staff.approval_needed"_s);
        session.signOut();
        QVERIFY(session.signIn(u"c02"_s, u"9999"_s));
        QCOMPARE(book.closeDue()->size(), 1);
        QCOMPARE(book.last()->clerk.id, u"c02"_s);
    }

    void editsOfTheFileAreFound_data()
    {
        // What someone with the file does: sets the append-only triggers aside, and edits.
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("broken"); // the first closing named
        QTest::addColumn<QString>("reason");
        QTest::newRow("a ticket's VAT lowered")
            << QStringList {u"ticket_vat"_s}
            << QStringList {u"UPDATE ticket_vat SET vat_cents = vat_cents - 1 WHERE "
                            "ticket_id = (SELECT id FROM tickets WHERE number = 2)"_s}
            << qint64(1) << u"not those of tickets"_s;
        const QString newest = u"(SELECT max(id) FROM tickets)"_s;
        QTest::newRow("the newest ticket deleted")
            << QStringList {u"ticket_vat"_s, u"ticket_tenders"_s, u"ticket_lines"_s, u"tickets"_s}
            << QStringList {u"DELETE FROM ticket_vat WHERE ticket_id = "_s + newest,
                   u"DELETE FROM ticket_tenders WHERE ticket_id = "_s + newest,
                   u"DELETE FROM ticket_lines WHERE ticket_id = "_s + newest,
                   u"DELETE FROM tickets WHERE id = "_s + newest}
            << qint64(3) << u"not those of tickets"_s;
        QTest::newRow("a closing's figures rewritten")
            << QStringList {u"closings"_s}
            << QStringList {u"UPDATE closings SET figures = replace(figures, '\"tickets\":2', '\"tickets\":1')"_s}
            << qint64(1) << u"hash"_s;
        QTest::newRow("a closing's total column")
            << QStringList {u"closings"_s} << QStringList {u"UPDATE closings SET total_cents = 0"_s}
            << qint64(1) << u"total column"_s;
        QTest::newRow("a closing deleted")
            << QStringList {u"closings"_s} << QStringList {u"DELETE FROM closings WHERE number = 2"_s}
            << qint64(2) << u"missing"_s;
        QTest::newRow("the newest closing deleted")
            << QStringList {u"closings"_s} << QStringList {u"DELETE FROM closings WHERE number = 3"_s}
            << qint64(3) << u"in the event journal but not in the closings"_s;
        QTest::newRow("a closing renumbered")
            << QStringList {u"closings"_s}
            << QStringList {u"UPDATE closings SET number = 5 WHERE number = 3"_s} << qint64(3)
            << u"missing"_s;
    }
    void editsOfTheFileAreFound()
    {
        QFETCH(QStringList, tables);
        QFETCH(QStringList, sql);
        QFETCH(qint64, broken);
        QFETCH(QString, reason);
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        sell("2026-11-30T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        sell("2026-11-30T10:00:00", {u"VINS-0001"_s}, {{Tender::Card, 2990}});
        m_clock.set(paris("2026-11-30T19:00:00"));
        QVERIFY(book.closeDay());
        sell("2026-12-01T10:00:00", {u"TEXT-0001"_s}, {{Tender::Cash, 1499}});
        m_clock.set(paris("2026-12-02T10:00:00"));
        QCOMPARE(kinds(*book.closeDue()), (QStringList {u"month 2026-11"_s, u"day 2026-12-01"_s}));
        QVERIFY(book.verify().ok);
        QSqlQuery q(db());
        for (const QString &table : tables) {
            QVERIFY(q.exec(u"DROP TRIGGER %1_append_only_update"_s.arg(table)));
            QVERIFY(q.exec(u"DROP TRIGGER %1_append_only_delete"_s.arg(table)));
        }
        for (const QString &statement : sql)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        const JournalCheck check = book.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.firstBrokenNumber, broken);
        QVERIFY2(check.reason.contains(reason), qPrintable(check.reason));
    }

    void aDamagedClosingStopsTheClosings()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        sell("2026-12-08T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        m_clock.set(paris("2026-12-08T19:00:00"));
        QVERIFY(book.closeDay());
        QSqlQuery q(db());
        QVERIFY(q.exec(u"DROP TRIGGER closings_append_only_update"_s));
        QVERIFY(q.exec(u"UPDATE closings SET figures = 'not json'"_s));
        // Never taken for "no closing yet": that would close every ticket again from the first.
        sell("2026-12-09T09:00:00", {u"BOUL-0001"_s}, {{Tender::Cash, 130}});
        m_clock.set(paris("2026-12-10T09:00:00"));
        QCOMPARE(book.readyToSell().error().code, u"closing.damaged"_s);
        QCOMPARE(book.closeDue().error().code, u"closing.damaged"_s);
        QCOMPARE(book.closeDay().error().code, u"closing.damaged"_s);
        QCOMPARE(book.xReport().error().code, u"closing.damaged"_s);
        QVERIFY(!book.verify().ok);
    }

    void theDrawerOfTrainingNeverReachesARealZ()
    {
        EventJournal jet(db(), m_store.registerId, m_clock);
        CashDrawer training(db(), m_store.registerId, jet, m_clock);
        training.setTraining(true);
        m_clock.set(paris("2026-12-08T08:00:00"));
        QVERIFY(training.openWithFloat(cents(10000)));
        QVERIFY(training.cashOut(cents(500), u"Practice"_s));
        QVERIFY(training.count(CashCount {{{5000, 1}}}));
        CashDrawer real(db(), m_store.registerId, jet, m_clock);
        m_clock.set(paris("2026-12-08T09:00:00"));
        QVERIFY(real.openWithFloat(cents(2000)));
        QVERIFY(real.count(CashCount {{{2000, 1}}}));
        sell("2026-12-08T10:00:00", {u"BOUL-0001"_s}, {{Tender::Card, 130}});
        m_clock.set(paris("2026-12-08T19:00:00"));
        ClosingBook book(db(), m_store, jet, m_clock, kParis);
        const auto z = book.closeDay();
        QVERIFY(z);
        QCOMPARE(z->first().figures.drawerCounts, 1); // the real count alone
        QCOMPARE(z->first().figures.counted.cents(), 2000);
        QCOMPARE(z->first().figures.cashOut.cents(), 0);
        // The clock steps back a minute after the Z: the next count still comes after it.
        m_clock.set(paris("2026-12-08T18:59:00"));
        QVERIFY(real.openWithFloat(cents(1000)));
        QVERIFY(real.count(CashCount {{{1000, 1}}}));
        QVERIFY(book.verify().ok);
        m_clock.set(paris("2026-12-08T19:30:00"));
        const auto next = book.closeDay();
        QVERIFY(next);
        QCOMPARE(next->first().figures.drawerCounts, 1);
        QVERIFY(book.verify().ok);
    }

    void figuresFromOutsideAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        // (single quotes for double ones, to keep the rows readable)
        QTest::newRow("a count as text") << QByteArray("{'tickets':'2'}");
        QTest::newRow("a fraction of a cent") << QByteArray("{'total':1.5}");
        QTest::newRow("a VAT rate of 150 %")
            << QByteArray("{'vat':[{'rateBp':15000,'net':0,'vat':0,'gross':0}]}");
        QTest::newRow("a rate twice") << QByteArray(
            "{'vat':[{'rateBp':2000,'net':0,'vat':0,'gross':0},{'rateBp':2000,'net':0,'vat':0,'gross':0}]}");
        QTest::newRow("a tender without a kind") << QByteArray("{'tenders':[{'kind':'','amount':1}]}");
        QTest::newRow("a drawer without its counts") << QByteArray("{'drawer':{}}");
    }
    void figuresFromOutsideAreChecked()
    {
        QFETCH(QByteArray, json);
        QJsonObject o = ClosingFigures {}.toJson();
        const QJsonObject change = QJsonDocument::fromJson(json.replace('\'', '"')).object();
        QVERIFY(!change.isEmpty());
        for (auto it = change.begin(); it != change.end(); ++it)
            o.insert(it.key(), it.value());
        QVERIFY(ClosingFigures::fromJson(ClosingFigures {}.toJson()));
        QVERIFY(!ClosingFigures::fromJson(o));
    }

    void totalsThatWouldOverflowAreRefused()
    {
        ClosingFigures a;
        a.total = Money::fromCents(std::numeric_limits<qint64>::max() - 1);
        ClosingFigures b;
        b.total = Money::fromCents(2);
        b.byTender.insert(u"cash"_s, Money::fromCents(2));
        const ClosingFigures before = a;
        QCOMPARE(a.add(b).error().code, u"closing.overflow"_s);
        QCOMPARE(a, before); // nothing half added
    }
};

QTEST_GUILESS_MAIN(TestClosings)
#include "tst_closings.moc"
