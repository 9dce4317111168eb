// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's speed and memory on a big catalog (default 1,000,000 products). Prints a
// table; run it with packaging/dev/bench (README, "Benchmarks"). Not a test: nothing here
// fails on a slow machine.
#include "benchstats.h"
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "demo/demostore.h"
#include "sales/checkout.h"
#include "scan/barcodedecoder.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

using bench::Stats;
using bench::stats;

void row(const char *what, const Stats &s, const char *target)
{
    std::printf("| %-40s | %9.3f | %9.3f | %9.3f | %7lld | %-16s |\n", what, s.median, s.p95, s.p99,
        qlonglong(s.n), target);
}

// Runs `program` `times` times (each prints `key=value` pairs, then exits) and returns, per
// run, its figures: "ready_ms" (from the launch to ready_epoch_ms), rss_kb, idle_cpu_ms.
QList<QHash<QString, double>> runs(
    const QString &program, const QStringList &args, int times, const QProcessEnvironment &env = {})
{
    QList<QHash<QString, double>> out;
    for (int i = 0; i < times; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(
                stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
            break;
        }
        QHash<QString, double> figures;
        static const QRegularExpression pair(u"(\\w+)=([-0-9.]+)"_s);
        for (const auto &m : pair.globalMatch(QString::fromLatin1(p.readAllStandardOutput())))
            figures.insert(m.captured(1), m.captured(2).toDouble());
        if (figures.contains(u"ready_epoch_ms"_s))
            figures.insert(u"ready_ms"_s, figures.value(u"ready_epoch_ms"_s) - double(launched));
        out << figures;
    }
    return out;
}

QList<double> column(const QList<QHash<QString, double>> &runs, const QString &key, double scale = 1)
{
    QList<double> out;
    for (const auto &r : runs) {
        if (r.contains(key))
            out << r.value(key) / scale;
    }
    return out;
}

} // namespace

// One figure next to its raw limit measured in the same run.
struct Compared
{
    const char *what;
    Stats ours;
    Stats raw;
    const char *rawWhat;
    double target; // the ratio not to exceed (at the quantile `atP95`), 0: for information
    bool atP95;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"products"_s, u"Catalog size."_s, u"n"_s, u"1000000"_s},
        {u"db"_s, u"Benchmark database (made if missing or smaller)."_s, u"file"_s, u"bench-1m.db"_s},
        {u"app"_s, u"The comptoir executable, to time its start-up."_s, u"path"_s},
        {u"sales"_s, u"Durable sales to time."_s, u"n"_s, u"2000"_s},
        {u"lookups"_s, u"Barcode lookups to time."_s, u"n"_s, u"20000"_s},
        {u"empty-window"_s, u"bench_emptywindow, the raw limit of the launch."_s, u"path"_s},
    });
    parser.process(app);
    const qint64 products = parser.value(u"products"_s).toLongLong();
    const QString path = parser.value(u"db"_s);

    Database db(path);
    if (auto s = db.open(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    QSqlDatabase c = db.connection();
    Catalog catalog(c);
    if (catalog.productCount() < products) {
        std::fprintf(stderr, "generating %lld products into %s…\n", products, qPrintable(path));
        QElapsedTimer t;
        t.start();
        if (auto s = DemoStore::prepare(c, 0); !s)
            return 1;
        if (auto s = DemoCatalog::generate(
                c, products, 2018, [&](qint64 done) { std::fprintf(stderr, "\r  %lld", done); });
            !s) {
            std::fprintf(stderr, "\n%s\n", qPrintable(s.error().message));
            return 1;
        }
        std::fprintf(stderr, "\n  done in %.1f s\n", t.elapsed() / 1000.0);
        QSqlQuery(c).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QSqlQuery(c).exec(u"ANALYZE"_s);
    }
    const qint64 count = catalog.productCount();
    QRandomGenerator rng(42);
    Stats scanStats, bareLookup;
    QList<Compared> compared;

    // Barcodes of random products, as a scanner would send them.
    QStringList codes;
    {
        QSqlQuery q(c);
        q.prepare(u"SELECT code FROM barcodes WHERE product_id = ?"_s);
        const int n = parser.value(u"lookups"_s).toInt();
        while (codes.size() < n) {
            q.addBindValue(1 + qint64(rng.bounded(quint64(count))));
            if (q.exec() && q.next())
                codes << q.value(0).toString();
        }
    }

    std::printf("\nComptoir counter benchmark — %lld products, %s (%.0f MB)\n\n", count, qPrintable(path),
        QFileInfo(path).size() / 1e6);
    std::printf("| %-40s | %9s | %9s | %9s | %7s | %-16s |\n", "measure (milliseconds)", "median", "p95",
        "p99", "n", "target");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", QByteArray(42, '-').constData(), QByteArray(11, '-').constData(),
        QByteArray(11, '-').constData(), QByteArray(11, '-').constData(), QByteArray(9, '-').constData(),
        QByteArray(18, '-').constData());

    // 1. Scan: decode + barcode lookup, the path of every scan. Its raw limit: the same code
    //    looked up by one bare prepared primary-key query. The two alternate, each going first
    //    every other time, so neither runs on pages the other just brought into the cache.
    {
        BarcodeDecoder decoder;
        QSqlQuery bare(c);
        bare.setForwardOnly(true);
        bare.prepare(u"SELECT product_id FROM barcodes WHERE code = ?"_s);
        QList<double> ms, raw;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            const auto ours = [&] {
                QElapsedTimer t;
                t.start();
                const ScanResult r = decoder.decode(code);
                const auto p = catalog.productByBarcode(r.lookupCode);
                ms << t.nsecsElapsed() / 1e6;
                return p.has_value();
            };
            const auto bareLookup = [&] {
                QElapsedTimer t;
                t.start();
                bare.addBindValue(code);
                const bool found = bare.exec() && bare.next();
                bare.finish();
                raw << t.nsecsElapsed() / 1e6;
                return found;
            };
            if (!(i % 2 ? ours() && bareLookup() : bareLookup() && ours())) {
                std::fprintf(stderr, "lookup failed for %s\n", qPrintable(code));
                return 1;
            }
        }
        scanStats = stats(ms);
        bareLookup = stats(raw);
        row("scan: decode + barcode lookup", scanStats, "p99 < 2");
    }

    // 2. Search-as-you-type with 1, 2 and 3 letters; its raw limit, alternating with it: the bare
    //    FTS5 prefix query of the same words with the same limit, rowids only, prepared once.
    {
        const QStringList one = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"j"_s,
            u"l"_s, u"m"_s, u"n"_s, u"o"_s, u"p"_s, u"r"_s, u"s"_s, u"t"_s, u"v"_s};
        const QStringList two = {u"ba"_s, u"ch"_s, u"co"_s, u"po"_s, u"sa"_s, u"pa"_s, u"ca"_s, u"fr"_s,
            u"bo"_s, u"be"_s, u"vi"_s, u"ta"_s, u"mi"_s, u"la"_s, u"ma"_s, u"de"_s};
        const QStringList three = {u"bag"_s, u"cho"_s, u"pom"_s, u"fro"_s, u"sau"_s, u"pai"_s, u"caf"_s,
            u"vin"_s, u"sav"_s, u"lai"_s, u"con"_s, u"bio"_s, u"cre"_s, u"pat"_s, u"tho"_s, u"rom"_s};
        QSqlQuery bare(c);
        bare.setForwardOnly(true);
        bare.prepare(u"SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT %1"_s.arg(
            Catalog::kSearchLimit));
        for (const auto &[label, words] : {std::pair {"search: 1 letter", one},
                 std::pair {"search: 2 letters", two}, std::pair {"search: 3 letters", three}}) {
            QList<double> ms, raw;
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < words.size(); ++i) {
                    const QString &w = words.at(i);
                    const auto ours = [&] {
                        QElapsedTimer t;
                        t.start();
                        const auto found = catalog.search(w);
                        ms << t.nsecsElapsed() / 1e6;
                        if (found.isEmpty() && round == 0)
                            std::fprintf(stderr, "(no result for %s)\n", qPrintable(w));
                    };
                    const auto bareQuery = [&] {
                        QElapsedTimer t;
                        t.start();
                        bare.addBindValue(Catalog::ftsQuery(w));
                        bare.exec();
                        while (bare.next()) { }
                        bare.finish();
                        raw << t.nsecsElapsed() / 1e6;
                    };
                    if ((round + i) % 2) {
                        ours();
                        bareQuery();
                    } else {
                        bareQuery();
                        ours();
                    }
                }
            }
            row(label, stats(ms), "p95 < 30");
            compared.append({label, stats(ms), stats(raw), "bare FTS5 prefix query", 5.0, true});
        }
    }

    // 3. Durable sale commit: ticket, lines, tenders, VAT, outbox, fsync (WAL, synchronous=FULL).
    {
        StoreProfile store = StoreProfile::load(SettingsTable(c));
        store.registerId = u"bench"_s;
        Checkout checkout(c, store);
        const Clerk clerk {u"bench"_s, u"Bench"_s};
        QList<double> ms;
        const int n = parser.value(u"sales"_s).toInt();
        for (int i = 0; i < n; ++i) {
            for (int k = 0; k < 3; ++k) {
                if (auto p = catalog.productById(1 + qint64(rng.bounded(quint64(count)))))
                    (void)checkout.basket().addProduct(*p);
            }
            if (checkout.basket().isEmpty())
                continue;
            (void)checkout.addTender(Tender::Card, checkout.due());
            QElapsedTimer t;
            t.start();
            auto ticket = checkout.complete(clerk);
            ms << t.nsecsElapsed() / 1e6;
            if (!ticket) {
                std::fprintf(stderr, "%s\n", qPrintable(ticket.error().message));
                return 1;
            }
        }
        row("sale: durable commit (3 lines)", stats(ms), "p99 < 10");
        // The raw limit: one row committed in WAL with synchronous=FULL (the register's own
        // settings), on the same file.
        QSqlQuery q(c);
        q.exec(u"CREATE TABLE IF NOT EXISTS bench_raw_commit (id INTEGER PRIMARY KEY, v TEXT)"_s);
        QSqlQuery mode(c);
        const QString journal =
            mode.exec(u"PRAGMA journal_mode"_s) && mode.next() ? mode.value(0).toString() : QString();
        const QString sync =
            mode.exec(u"PRAGMA synchronous"_s) && mode.next() ? mode.value(0).toString() : QString();
        QList<double> raw;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            q.exec(u"BEGIN"_s);
            q.prepare(u"INSERT INTO bench_raw_commit (v) VALUES (?)"_s);
            q.addBindValue(u"x"_s);
            q.exec();
            q.exec(u"COMMIT"_s);
            raw << t.nsecsElapsed() / 1e6;
        }
        q.exec(u"DROP TABLE bench_raw_commit"_s);
        std::fprintf(
            stderr, "(bare commit: journal_mode=%s synchronous=%s)\n", qPrintable(journal), qPrintable(sync));
        compared.append(
            {"sale: durable commit (3 lines)", stats(ms), stats(raw), "bare WAL FULL commit", 0, false});
    }

    // 4. Launch to the first frame ready for a scan, and resident memory, of the real app.
    const QString appPath = parser.value(u"app"_s);
    if (!appPath.isEmpty()) {
        const QStringList appArgs = {u"--db"_s, path, u"--measure-startup"_s, u"--lang"_s, u"fr"_s};
        // A first launch (not counted) says which renderer the register chose. The raw limit:
        // an empty Qt Quick Controls window of the same size, launched the same way, in the
        // register's controls style (Basic: controlsstyle.h) and drawn by that renderer (Qt
        // Quick's software renderer where no GPU draws OpenGL: comptoir --renderer).
        const QList<double> renderer = column(runs(appPath, appArgs, 1), u"software_renderer"_s);
        const bool software = !renderer.isEmpty() && renderer.first() == 1;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(u"QT_QUICK_CONTROLS_STYLE"_s))
            env.insert(u"QT_QUICK_CONTROLS_STYLE"_s, u"Basic"_s);
        if (software)
            env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        // The register and its raw limit alternate, each going first every other time: a
        // machine that slows down or speeds up during the run moves both.
        const QString emptyPath = parser.value(u"empty-window"_s);
        constexpr int kLaunches = 9;
        QList<QHash<QString, double>> launches, empties;
        for (int i = 0; i < kLaunches; ++i) {
            if (i % 2 == 0)
                launches << runs(appPath, appArgs, 1);
            if (!emptyPath.isEmpty())
                empties << runs(emptyPath, {}, 1, env);
            if (i % 2 == 1)
                launches << runs(appPath, appArgs, 1);
        }
        const QList<double> ready = column(launches, u"ready_ms"_s);
        const QList<double> rss = column(launches, u"rss_kb"_s, 1024.0);
        row("app: launch to first frame (ms)", stats(ready), "< 1500");
        std::printf("| %-40s | %9s | %9s | %9s | %7s | %-16s |\n", "app: Qt Quick renderer",
            software ? "software" : "OpenGL", "", "", "", "raw limit too");
        const QList<double> empty = column(empties, u"ready_ms"_s);
        if (!empty.isEmpty())
            compared.append({"app: launch to first frame", stats(ready), stats(empty),
                "empty Qt Quick Controls window", 1.5, false});
        const Stats m = stats(rss);
        std::printf("| %-40s | %9.1f | %9s | %9s | %7lld | %-16s |\n", "app: resident memory at ready (MB)",
            m.median, "", "", qlonglong(m.n), "< 200");
    }
    // 5. A long outage: the status bar's figures (read every 2 s on the GUI thread), a scan, the
    //    idle register and its launch, with nothing waiting and with 100,000 events waiting.
    {
        const auto statusBar = [&] {
            QList<double> ms;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer t;
                t.start();
                const Outbox::Stats st = Outbox(c).stats();
                ms << t.nsecsElapsed() / 1e6;
                if (st.pending < 0)
                    return ms;
            }
            return ms;
        };
        // A scan as the GUI thread lives it during an outage: decode, lookup, and the status bar's
        // figures read in between.
        const auto scanning = [&] {
            BarcodeDecoder decoder;
            QList<double> ms;
            for (const QString &code : std::as_const(codes)) {
                QElapsedTimer t;
                t.start();
                const auto p = catalog.productByBarcode(decoder.decode(code).lookupCode);
                const Outbox::Stats st = Outbox(c).stats();
                ms << t.nsecsElapsed() / 1e6;
                if (!p || st.pending < 0)
                    break;
            }
            return ms;
        };
        // What the register costs doing nothing for 5 s once shown (CPU time, ms).
        const auto idle = [&] {
            return appPath.isEmpty()
                ? QList<double> {}
                : column(runs(appPath,
                             {u"--db"_s, path, u"--measure-idle"_s, u"5000"_s, u"--lang"_s, u"fr"_s}, 3),
                      u"idle_cpu_ms"_s);
        };
        // First with nothing waiting: head office acknowledges what the sales above left.
        {
            QSqlQuery w(c);
            QStringList waiting;
            if (w.exec(u"SELECT event_id FROM outbox WHERE state IN ('pending', 'sent')"_s))
                while (w.next())
                    waiting << w.value(0).toString();
            for (qsizetype i = 0; i < waiting.size(); i += 500)
                Outbox(c).markAcked(waiting.mid(i, 500), QDateTime::currentDateTimeUtc()).ok();
        }
        const qint64 before = Outbox(c).pendingCount();
        row(qPrintable(u"status bar figures, %1 waiting"_s.arg(before)), stats(statusBar()), "flat");
        row(qPrintable(u"scan + status figures, %1 waiting"_s.arg(before)), stats(scanning()), "flat");
        if (!appPath.isEmpty()) {
            row(qPrintable(u"app: idle CPU over 5 s, %1 waiting"_s.arg(before)), stats(idle()), "flat");
            const QList<double> ready =
                column(runs(appPath, {u"--db"_s, path, u"--measure-startup"_s, u"--lang"_s, u"fr"_s}, 5),
                    u"ready_ms"_s);
            row(qPrintable(u"app: launch, %1 waiting (ms)"_s.arg(before)), stats(ready), "flat");
        }
        QSqlQuery q(c);
        q.exec(u"BEGIN"_s);
        q.prepare(
            u"INSERT INTO outbox (event_id, kind, register_id, created_at, payload) VALUES (?, 'ticket', "
            "'bench', ?, '{}')"_s);
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int i = 0; i < 100'000; ++i) {
            q.addBindValue(u"bench-backlog-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(i));
            q.addBindValue(at);
            q.exec();
        }
        q.exec(u"COMMIT"_s);
        const qint64 after = Outbox(c).pendingCount();
        row(qPrintable(u"status bar figures, %1 waiting"_s.arg(after)), stats(statusBar()), "flat");
        row(qPrintable(u"scan + status figures, %1 waiting"_s.arg(after)), stats(scanning()), "as above");
        if (!appPath.isEmpty())
            row(qPrintable(u"app: idle CPU over 5 s, %1 waiting"_s.arg(after)), stats(idle()), "as above");
        if (!appPath.isEmpty()) {
            const QList<double> ready =
                column(runs(appPath, {u"--db"_s, path, u"--measure-startup"_s, u"--lang"_s, u"fr"_s}, 5),
                    u"ready_ms"_s);
            row(qPrintable(u"app: launch, %1 waiting (ms)"_s.arg(after)), stats(ready), "as above");
        }
        // The backlog goes: the next run starts as this one did.
        q.exec(u"DELETE FROM outbox WHERE event_id LIKE 'bench-backlog-%'"_s);
    }
    // Each figure next to its raw limit, measured above in the same run, and the ratio.
    compared.prepend(
        {"scan: decode + barcode lookup", scanStats, bareLookup, "bare primary-key lookup", 2.0, false});
    std::printf("\n| %-32s | %-30s | %9s | %9s | %9s | %9s | %7s | %7s | %-6s |\n", "measure (milliseconds)",
        "raw limit", "ours p50", "raw p50", "ours p95", "raw p95", "x p50", "x p95", "target");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", QByteArray(34, '-').constData(),
        QByteArray(32, '-').constData(), QByteArray(11, '-').constData(), QByteArray(11, '-').constData(),
        QByteArray(11, '-').constData(), QByteArray(11, '-').constData(), QByteArray(9, '-').constData(),
        QByteArray(9, '-').constData(), QByteArray(8, '-').constData());
    for (const Compared &k : std::as_const(compared)) {
        const double x50 = k.raw.median > 0 ? k.ours.median / k.raw.median : 0;
        const double x95 = k.raw.p95 > 0 ? k.ours.p95 / k.raw.p95 : 0;
        const QByteArray target = k.target > 0 ? QByteArray::number(k.target, 'f', 1) + "x " +
                (k.atP95 ? "p95" : "p50") + ((k.atP95 ? x95 : x50) <= k.target ? " ok" : " OVER")
                                               : QByteArray("-");
        std::printf("| %-32s | %-30s | %9.3f | %9.3f | %9.3f | %9.3f | %6.2fx | %6.2fx | %-6s |\n", k.what,
            k.rawWhat, k.ours.median, k.raw.median, k.ours.p95, k.raw.p95, x50, x95, target.constData());
    }
    std::printf(
        "\nplatform: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    return 0;
}
