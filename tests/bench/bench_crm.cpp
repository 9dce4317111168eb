// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a customer at the counter among many (default 1,000,000, generated once and kept):
// a loyalty card scanned, and search-as-you-type over names, phone numbers, e-mail addresses
// and card numbers as a clerk types them. Prints a table; run it with packaging/dev/bench
// (README, "Benchmarks"). Not a test: nothing here fails on a slow machine.
#include "benchstats.h"
#include "crm/customerdirectory.h"
#include "crm/democustomers.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

void row(const char *what, const QList<double> &ms, qint64 found, const char *target)
{
    const bench::Stats s = bench::stats(ms);
    std::printf("| %-36s | %8.3f | %8.3f | %8.3f | %6lld | %9.1f | %-10s |\n", what, s.median, s.p95, s.p99,
        qlonglong(s.n), double(found) / double(std::max<qsizetype>(1, s.n)), target);
}

// Times `run` over every input; `run` returns how many customers it found.
void measure(const char *what, const QStringList &inputs,
    const std::function<qsizetype(const QString &)> &run, const char *target)
{
    QList<double> ms;
    qint64 found = 0;
    for (const QString &input : inputs) {
        QElapsedTimer t;
        t.start();
        found += run(input);
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    row(what, ms, found, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"customers"_s, u"How many customers (default 1000000)."_s, u"n"_s, u"1000000"_s},
        {u"db"_s, u"Register database, generated once and kept (default build/bench/crm-1m.db)."_s, u"path"_s,
            u"build/bench/crm-1m.db"_s},
        {u"searches"_s, u"Searches per kind (default 300)."_s, u"n"_s, u"300"_s},
    });
    parser.process(app);
    const qint64 count = parser.value(u"customers"_s).toLongLong();
    const QString path = parser.value(u"db"_s);
    const int n = parser.value(u"searches"_s).toInt();

    {
        Database db(path);
        if (auto s = db.open(); !s) {
            std::fprintf(stderr, "bench_crm: %s\n", qPrintable(s.error().message));
            return 1;
        }
        const qint64 held = crm::CustomerDirectory(db.connection()).count();
        if (held != count) {
            std::printf("generating %lld customers in %s (once)...\n", qlonglong(count), qPrintable(path));
            std::fflush(stdout);
            QElapsedTimer t;
            t.start();
            if (auto s = crm::DemoCustomers::generate(db.connection(), count); !s) {
                std::fprintf(stderr, "bench_crm: %s\n", qPrintable(s.error().message));
                return 1;
            }
            std::printf("generated in %.1f s\n", double(t.elapsed()) / 1000.0);
        }
    }
    // A fresh connection, as a register that just started: nothing cached yet.
    Database db(path);
    if (!db.open())
        return 1;
    crm::CustomerDirectory directory(db.connection());

    QRandomGenerator rng(20261123);
    QStringList cards, one, two, three, fullNames, phones, emails, cardPrefixes;
    for (int i = 0; i < n; ++i) {
        const qint64 index = qint64(rng.bounded(quint64(count)));
        const QJsonObject r = crm::DemoCustomers::record(index);
        const QString first = r.value(u"first_name"_s).toString(), last = r.value(u"last_name"_s).toString();
        cards << crm::DemoCustomers::cardOf(index);
        one << last.left(1);
        two << last.left(2);
        three << last.left(3);
        fullNames << first.left(4) + u' ' + last; // "Éloi Martin" as "elod martin"
        // The clerk types the number as the customer says it: 2 to 5 pairs.
        phones << r.value(u"phone"_s).toString().left(2 + 3 * int(1 + rng.bounded(4)));
        emails << r.value(u"email"_s).toString().section(u'@', 0, 0).left(int(4 + rng.bounded(8)));
        cardPrefixes << crm::DemoCustomers::cardOf(index).left(10);
    }

    std::printf("\nComptoir customer lookup benchmark — %lld customers, %s (%lld MB)\n\n",
        qlonglong(directory.count()), qPrintable(path), qlonglong(QFileInfo(path).size() >> 20));
    std::printf("| %-36s | %8s | %8s | %8s | %6s | %9s | %-10s |\n", "measure (milliseconds)", "median",
        "p95", "p99", "n", "found avg", "target");
    std::printf("|--------------------------------------|----------|----------|----------|--------|----------"
                "-|------------|\n");
    measure(
        "loyalty card scanned", cards, [&](const QString &c) { return directory.byCard(c) ? 1 : 0; }, "");
    const auto search = [&](const QString &text) {
        return directory.search(text, 20).size();
    };
    measure("search: name, 1 letter", one, search, "p95 < 30");
    measure("search: name, 2 letters", two, search, "p95 < 30");
    measure("search: name, 3 letters", three, search, "p95 < 30");
    measure("search: first name start + last name", fullNames, search, "p95 < 30");
    measure("search: phone, 2 to 5 pairs typed", phones, search, "p95 < 30");
    measure("search: e-mail, 4 to 11 characters", emails, search, "p95 < 30");
    measure("search: card number, 10 digits", cardPrefixes, search, "p95 < 30");
    std::printf(
        "\nplatform: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    return 0;
}
