// SPDX-License-Identifier: GPL-3.0-or-later
// Head-office figures, printed (packaging/dev/bench --sync):
//  1. drain a backlog of N tickets (100,000 by default) from one register to comptoir-hq on
//     SQLite over loopback (target < 60 s);
//  2. ingest rate of two comptoir-hq instances on one PostgreSQL server, four registers' batches
//     (encoded beforehand) sent at once (target >= 5,000 tickets/s);
//  3. a register's first sync of a 1,000,000-product catalog from comptoir-hq on SQLite, in
//     pages, until every product scans and is found by search (target < 60 s).
// The register databases are made once with `comptoirctl sell` and kept in --cache.
#include "catalog/catalog.h"
#include "hqfixtures.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/syncworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <limits>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::testing;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// A register database with `tickets` sales as register `id` of store `store`, made once.
QString cachedRegister(const QString &cache, const QString &store, const QString &id, int tickets)
{
    const QString path = u"%1/sync-%2-%3-%4.db"_s.arg(cache, store, id).arg(tickets);
    if (QFile::exists(path))
        return path;
    out() << "making " << path << " (" << tickets << " sales through the checkout, once)..." << Qt::endl;
    const QString tmp = path + u".tmp"_s;
    QFile::remove(tmp);
    if (!ctl(tmp, {u"generate-demo"_s, u"--products"_s, u"1000"_s}) ||
        !ctl(tmp, {u"config"_s, u"store.id"_s, store}) || !ctl(tmp, {u"config"_s, u"register.id"_s, id}) ||
        !ctl(tmp, {u"sell"_s, QString::number(tickets), u"--seed"_s, id}))
        return {};
    {
        Database db(tmp);
        if (!db.open())
            return {};
        QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QFile::rename(tmp, path);
    return path;
}

// A working copy whose outbox is all pending again.
std::unique_ptr<Database> freshCopy(const QString &cached, const QString &dir)
{
    const QString path = dir + u"/"_s + QFileInfo(cached).fileName();
    QFile::remove(path);
    QFile::copy(cached, path);
    auto db = std::make_unique<Database>(path);
    if (!db->open())
        return nullptr;
    QSqlQuery(db->connection()).exec(u"UPDATE outbox SET state = 'pending', acked_at = NULL, attempts = 0"_s);
    return db;
}

// Runs the workers until every outbox is empty; returns the elapsed milliseconds.
qint64 drainAll(std::vector<std::unique_ptr<SyncWorker>> &workers, const std::vector<Database *> &dbs)
{
    QElapsedTimer t;
    t.start();
    for (auto &w : workers)
        w->start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        for (Database *db : dbs) {
            if (Outbox(db->connection()).pendingCount() > 0)
                return;
        }
        loop.quit();
    });
    poll.start();
    loop.exec();
    const qint64 ms = t.elapsed();
    for (auto &w : workers)
        w->stop();
    return ms;
}

SyncSettings settingsFor(const QUrl &url, const QString &store, const QString &id, int batch)
{
    SyncSettings s;
    s.url = url;
    s.storeId = store;
    s.registerId = id;
    s.batchSize = batch;
    s.intervalMs = 50;
    s.minBackoffMs = 20;
    s.maxBackoffMs = 500;
    return s;
}

// The batches a register would send, encoded before the clock starts: the ingest figure is
// head office's, not the simulated registers' (which share these two cores).
QList<QByteArray> encodedBatches(Database &db, const QString &store, const QString &id, int batch)
{
    QList<QByteArray> bodies;
    const QList<Outbox::Row> rows = Outbox(db.connection()).nextBatch(std::numeric_limits<int>::max());
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        sync::Batch b;
        b.storeId = store;
        b.registerId = id;
        for (qsizetype i = start; i < std::min<qsizetype>(rows.size(), start + batch); ++i) {
            const Outbox::Row &r = rows[i];
            b.events.append({r.eventId, r.kind, r.createdAt, QJsonDocument::fromJson(r.payload).object()});
        }
        bodies.append(sync::encodeBatch(b));
    }
    return bodies;
}

// Posts each register's batches in order (one request in flight per register, as a register
// does), all registers at once; returns the elapsed ms and the events acknowledged.
std::pair<qint64, qint64> postAll(
    const QList<QList<QByteArray>> &perRegister, const QList<QUrl> &urls, const QStringList &tokens)
{
    QNetworkAccessManager net;
    QEventLoop loop;
    qint64 acked = 0;
    int running = int(perRegister.size());
    QList<qsizetype> next(perRegister.size(), 0);
    std::function<void(qsizetype)> send = [&](qsizetype r) {
        if (next[r] >= perRegister[r].size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        QNetworkRequest request(QUrl(urls[r].toString() + u"/api/v1/events"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer " + tokens[r].toUtf8());
        QNetworkReply *reply = net.post(request, perRegister[r][next[r]]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, r] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                acked += answer.value(u"acked"_s).toArray().size();
                ++next[r]; // else the same batch again
            }
            send(r);
        });
    };
    QElapsedTimer t;
    t.start();
    for (qsizetype r = 0; r < perRegister.size(); ++r)
        send(r);
    loop.exec();
    return {t.elapsed(), acked};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"tickets"_s, u"backlog to drain"_s, u"n"_s, u"100000"_s});
    p.addOption({u"pg-tickets"_s, u"tickets per register for the PostgreSQL ingest"_s, u"n"_s, u"25000"_s});
    p.addOption({u"batch"_s, u"events per request"_s, u"n"_s, u"500"_s});
    p.addOption({u"cache"_s, u"where register databases are kept"_s, u"dir"_s, u"."_s});
    p.addOption({u"skip-postgres"_s, u"only the SQLite drain"_s});
    p.addOption({u"skip-sqlite"_s, u"no SQLite drain"_s});
    p.addOption({u"catalog"_s, u"products for the first sync"_s, u"n"_s, u"1000000"_s});
    p.addOption(
        {u"page"_s, u"master data changes per request"_s, u"n"_s, QString::number(SyncSettings {}.pageSize)});
    p.addOption({u"skip-catalog"_s, u"no first sync"_s});
    p.process(app);
    if (env("COMPTOIR_HQ").isEmpty() || env("COMPTOIRCTL").isEmpty()) {
        std::fputs("bench_sync: set COMPTOIR_HQ and COMPTOIRCTL\n", stderr);
        return 2;
    }
    const int batch = p.value(u"batch"_s).toInt();
    QTemporaryDir dir;

    // 1. One register's backlog to comptoir-hq on SQLite.
    if (!p.isSet(u"skip-sqlite"_s)) {
        const int n = p.value(u"tickets"_s).toInt();
        const QString cached = cachedRegister(p.value(u"cache"_s), u"bench"_s, u"01"_s, n);
        if (cached.isEmpty())
            return 1;
        const QString location = u"sqlite:"_s + dir.filePath(u"hq.db"_s);
        hqCli(location, {u"store-add"_s, u"bench"_s, u"Bench"_s});
        hqCli(location, {u"register-add"_s, u"bench"_s, u"01"_s});
        HqInstance hq;
        if (!hq.start(location))
            return 1;
        auto db = freshCopy(cached, dir.path());
        const QString token = enrollToken(hq.url(), hqCli(location, {u"enroll-code"_s, u"bench"_s, u"01"_s}));
        std::vector<std::unique_ptr<SyncWorker>> workers;
        workers.push_back(std::make_unique<SyncWorker>(
            db->connection(), settingsFor(hq.url(), u"bench"_s, u"01"_s, batch)));
        workers.back()->setToken(token);
        const qint64 ms = drainAll(workers, {db.get()});
        out() << "drain " << n << " tickets to comptoir-hq (SQLite, loopback, batches of " << batch
              << "): " << ms << " ms, " << qint64(n * 1000.0 / std::max<qint64>(1, ms))
              << " tickets/s (target < 60 s)" << Qt::endl;
    }

    // 2. Two instances on one PostgreSQL, four registers at once.
    if (!p.isSet(u"skip-postgres"_s)) {
        const int n = p.value(u"pg-tickets"_s).toInt();
        QDir(dir.path()).mkpath(u"pg"_s);
        PostgresServer pg;
        if (!pg.start(dir.filePath(u"pg"_s)))
            return 1;
        const QString location = pg.location();
        hqCli(location, {u"store-add"_s, u"bench"_s, u"Bench"_s});
        HqInstance a, b;
        if (!a.start(location) || !b.start(location))
            return 1;
        QList<QList<QByteArray>> bodies;
        QList<QUrl> urls;
        QStringList tokens;
        for (int i = 0; i < 4; ++i) {
            const QString id = u"0%1"_s.arg(i + 1);
            const QString cached = cachedRegister(p.value(u"cache"_s), u"bench"_s, id, n);
            if (cached.isEmpty())
                return 1;
            hqCli(location, {u"register-add"_s, u"bench"_s, id});
            urls.append(i % 2 ? b.url() : a.url());
            tokens.append(enrollToken(urls.last(), hqCli(location, {u"enroll-code"_s, u"bench"_s, id})));
            QTemporaryDir sub(dir.filePath(u"r"_s + id + u"-XXXXXX"_s));
            auto db = freshCopy(cached, sub.path());
            bodies.append(encodedBatches(*db, u"bench"_s, id, batch));
        }
        const auto [ms, acked] = postAll(bodies, urls, tokens);
        out() << "ingest " << acked
              << " tickets from 4 registers into 2 comptoir-hq instances on one PostgreSQL "
              << "(batches of " << batch << ", encoded beforehand): " << ms << " ms, "
              << qint64(acked * 1000.0 / std::max<qint64>(1, ms)) << " tickets/s (target >= 5,000)"
              << Qt::endl;
    }
    // 3. First sync of the catalog.
    if (!p.isSet(u"skip-catalog"_s)) {
        const qint64 n = p.value(u"catalog"_s).toLongLong();
        const QString cached = u"%1/hq-catalog-%2.db"_s.arg(p.value(u"cache"_s)).arg(n);
        if (!QFile::exists(cached)) {
            out() << "publishing " << n << " products at head office (once)..." << Qt::endl;
            const QString tmp = cached + u".tmp"_s;
            QFile::remove(tmp);
            const QString at = u"sqlite:"_s + tmp;
            if (hqCli(at, {u"store-add"_s, u"bench"_s, u"Bench"_s}).isEmpty() ||
                hqCli(at, {u"register-add"_s, u"bench"_s, u"01"_s}).isEmpty() ||
                hqCli(at, {u"demo-catalog"_s, u"--products"_s, QString::number(n)}).isEmpty())
                return 1;
            QFile::rename(tmp, cached);
        }
        const QString hqFile = dir.filePath(u"hq-catalog.db"_s);
        QFile::copy(cached, hqFile);
        const QString location = u"sqlite:"_s + hqFile;
        HqInstance hq;
        if (!hq.start(location))
            return 1;
        const QString token = enrollToken(hq.url(), hqCli(location, {u"enroll-code"_s, u"bench"_s, u"01"_s}));
        Database db(dir.filePath(u"first-sync.db"_s));
        if (!db.open())
            return 1;
        SyncSettings settings = settingsFor(hq.url(), u"bench"_s, u"01"_s, batch);
        settings.pageSize = p.value(u"page"_s).toInt();
        SyncWorker worker(db.connection(), settings);
        worker.setToken(token);
        qint64 pages = 0, scannable = 0;
        QElapsedTimer t;
        QObject::connect(&worker, &SyncWorker::pullProgressed, &worker, [&](qint64 done, qint64 total) {
            ++pages;
            if (done == total)
                scannable = t.elapsed();
        });
        QEventLoop loop;
        QObject::connect(&worker, &SyncWorker::idle, &loop, &QEventLoop::quit);
        t.start();
        worker.start();
        loop.exec();
        const qint64 ms = t.elapsed();
        worker.stop();
        Catalog catalog(db.connection());
        const qint64 products = catalog.productCount();
        const qint64 found = catalog.search(u"a"_s, 10).size();
        out() << "first sync of " << products << " products from comptoir-hq (SQLite, loopback, " << pages
              << " pages of " << settings.pageSize << "): all scannable after " << scannable
              << " ms, searchable after " << ms << " ms, "
              << qint64(products * 1000.0 / std::max<qint64>(1, ms)) << " products/s (target < 60 s)"
              << Qt::endl;
        if (products < n || found == 0) {
            std::fputs("bench_sync: the register does not hold the catalog\n", stderr);
            return 1;
        }
    }
    return 0;
}
