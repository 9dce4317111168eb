// SPDX-License-Identifier: GPL-3.0-or-later
// A day closing (Z) over a busy day's tickets (default 50,000, generated once and kept), next to
// the raw limit measured in the same run: SQLite reading and adding up the same rows with no
// grouping at all. Also the X report and verify's recomputation of the closings. Prints a
// table; run it with packaging/dev/bench (README, "Benchmarks"). Not a test.
#include "benchstats.h"
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "closing/closingbook.h"
#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

const QDateTime kDay(QDate(2026, 12, 7), QTime(7, 0), Qt::UTC);

qint64 countTickets(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM tickets"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool generate(const QString &path, qint64 count)
{
    QFile::remove(path);
    Database db(path);
    if (!db.open() || !DemoCatalog::generate(db.connection(), DemoCatalog::showcase().size()))
        return false;
    // A fixture: no need to wait for the disk after every ticket.
    QSqlQuery(db.connection()).exec(u"PRAGMA synchronous = OFF"_s);
    StoreProfile store;
    store.registerId = u"01"_s;
    const Catalog catalog(db.connection());
    QList<Product> products;
    for (const auto &p : DemoCatalog::showcase()) {
        if (auto product = catalog.productBySku(p.sku); product && !product->soldByWeight)
            products << *product;
    }
    FixedClock clock(kDay);
    QRandomGenerator rng(20261207);
    for (qint64 i = 0; i < count; ++i) {
        clock.set(kDay.addMSecs(i * 900)); // one every 0.9 s: 50,000 in 12.5 hours
        Checkout c(db.connection(), store, clock);
        const int lines = 1 + int(rng.bounded(5));
        for (int l = 0; l < lines; ++l) {
            if (!c.basket().addProduct(products.at(int(rng.bounded(qsizetype(products.size()))))))
                return false;
        }
        const QString tender = rng.bounded(2) ? Tender::Cash : Tender::Card;
        if (!c.addTender(tender, c.due()) || !c.complete({u"c01"_s, u"Camille"_s}))
            return false;
    }
    return true;
}

void row(const char *what, const QList<double> &ms, const QString &note)
{
    const bench::Stats s = bench::stats(ms);
    std::printf("| %-44s | %9.1f | %9.1f | %3lld | %-26s |\n", what, s.median, s.max, qlonglong(s.n),
        qPrintable(note));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"tickets"_s, u"Tickets in the day (default 50000)."_s, u"n"_s, u"50000"_s},
        {u"db"_s, u"Register database, generated once and kept (default build/bench/closing-50k.db)."_s,
            u"path"_s, u"build/bench/closing-50k.db"_s},
        {u"runs"_s, u"Runs of each measure (default 5)."_s, u"n"_s, u"5"_s},
    });
    parser.process(app);
    QLoggingCategory::setFilterRules(u"comptoir.*.info=false"_s);
    const qint64 count = parser.value(u"tickets"_s).toLongLong();
    const QString path = parser.value(u"db"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    {
        Database db(path);
        if (!QFile::exists(path) || !db.open() || countTickets(db.connection()) != count) {
            std::printf("generating %lld tickets in %s (once)...\n", qlonglong(count), qPrintable(path));
            std::fflush(stdout);
            QElapsedTimer t;
            t.start();
            if (!generate(path, count)) {
                std::fprintf(stderr, "bench_closing: cannot generate the tickets\n");
                return 1;
            }
            std::printf("generated in %.1f s\n", double(t.elapsed()) / 1000.0);
        }
    }
    StoreProfile store;
    store.registerId = u"01"_s;
    FixedClock clock(kDay.addSecs(15 * 3600)); // 22:00 in Paris (UTC+1), the same business day
    const QTimeZone paris("Europe/Paris");
    QList<double> raw, x, z, verify;
    qint64 tickets = 0;
    Money total;
    for (int run = 0; run < runs; ++run) {
        // Each Z on a fresh copy of the day, opened as a register that just started.
        const QString copy = path + u".run"_s;
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return 1;
        Database db(copy);
        if (!db.open())
            return 1;
        {
            EventJournal jet(db.connection(), store.registerId, clock);
            ClosingBook book(db.connection(), store, jet, clock, paris);
            QElapsedTimer t;
            // The raw limit: every row the Z adds up, read and summed once, no grouping, no join.
            t.start();
            QSqlQuery q(db.connection());
            qint64 sum = 0;
            for (const QString &sql :
                {u"SELECT count(*), sum(total_cents), sum(change_cents) FROM tickets"_s,
                    u"SELECT count(*), sum(gross_cents) FROM ticket_vat"_s,
                    u"SELECT count(*), sum(amount_cents) FROM ticket_tenders"_s,
                    u"SELECT count(*), sum(line_discount_cents + basket_discount_cents) FROM ticket_lines"_s}) {
                q.exec(sql);
                if (q.next())
                    sum += q.value(1).toLongLong();
            }
            raw << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const auto report = book.xReport();
            x << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const auto closed = book.closeDay();
            z << double(t.nsecsElapsed()) / 1e6;
            if (!report || !closed || closed->size() != 1) {
                std::fprintf(stderr, "bench_closing: the closing failed\n");
                return 1;
            }
            t.restart();
            const JournalCheck check = book.verify();
            verify << double(t.nsecsElapsed()) / 1e6;
            if (!check.ok || closed->first().figures != report->figures) {
                std::fprintf(stderr, "bench_closing: the closing does not verify\n");
                return 1;
            }
            tickets = closed->first().figures.tickets;
            total = closed->first().figures.total;
            Q_UNUSED(sum);
        }
        db.releaseThreadConnection();
        QFile::remove(copy);
        QFile::remove(copy + u"-wal"_s);
        QFile::remove(copy + u"-shm"_s);
    }
    std::printf("\nComptoir closing benchmark — %lld tickets in one day (%s, %lld MB), total %s\n\n",
        qlonglong(tickets), qPrintable(path), qlonglong(QFileInfo(path).size() >> 20),
        qPrintable(total.toString()));
    std::printf("| %-44s | %9s | %9s | %3s | %-26s |\n", "measure (milliseconds)", "median", "max", "n", "");
    std::printf("|----------------------------------------------|-----------|-----------|-----|--------------"
                "--------------|\n");
    row("raw limit: the same rows read and summed", raw, u"SQLite alone, no grouping"_s);
    row("X report", x, QString());
    row("day closing (Z), recorded and journalled", z, u"target < 1000"_s);
    row("verify: the Z recomputed from its tickets", verify, QString());
    std::printf(
        "\nplatform: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    return 0;
}
