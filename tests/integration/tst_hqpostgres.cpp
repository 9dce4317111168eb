// SPDX-License-Identifier: GPL-3.0-or-later
// Head office as a chain runs it: a real PostgreSQL server (initdb and pg_ctl in a temporary
// directory), two comptoir-hq instances on it, and several registers sending at once, some of
// them to both instances at the same time (as through a load balancer that retries). Every
// ticket must be stored once, every chain verified, the report equal to the registers' totals.
// Then head office killed (-9) in the middle of a batch and back, master data (catalog, store
// prices) published on PostgreSQL and pulled through it, and a faulty network in front of the pair.
#include "catalog/catalog.h"
#include "faultproxy.h"
#include "hqfixtures.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/masterdata.h"
#include "sync/outbox.h"
#include "sync/syncprotocol.h"
#include "sync/syncworker.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

using namespace comptoir::testing;

namespace {

struct Register
{
    QString id;
    std::unique_ptr<Database> db;
    QString token;
    qint64 grandTotal = 0;
};

// GET with an operator token; the JSON object head office answers.
QJsonObject getJson(const QUrl &url, const QString &token)
{
    QNetworkAccessManager net;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = net.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

class TestHqPostgres : public QObject
{
    Q_OBJECT
private:
    // Store lyon-2 with register 01 on `location`, head office's demo catalog of `catalog`
    // products, and the register's database in `dir` with `sales` tickets to send.
    static std::unique_ptr<Database> lyonRegister(
        const QString &location, const QString &dir, int catalog, int sales, int seed)
    {
        const QString path = dir + u"/register.db"_s;
        if (hqCli(location, {u"store-add"_s, u"lyon-2"_s, u"Lyon 2e"_s}).isEmpty() ||
            hqCli(location, {u"register-add"_s, u"lyon-2"_s, u"01"_s}).isEmpty() ||
            !hqCli(location, {u"demo-catalog"_s, u"--products"_s, QString::number(catalog)})
                 .contains(u"records changed"_s) ||
            !ctl(path, {u"config"_s, u"store.id"_s, u"lyon-2"_s}) ||
            !ctl(path, {u"config"_s, u"register.id"_s, u"01"_s}) ||
            !ctl(path, {u"generate-demo"_s, u"--products"_s, u"200"_s}) ||
            !ctl(path, {u"sell"_s, QString::number(sales), u"--seed"_s, QString::number(seed)}))
            return nullptr;
        auto db = std::make_unique<Database>(path);
        return db->open() ? std::move(db) : nullptr;
    }

    static SyncSettings lyonSettings(const QUrl &url, int batch, int page)
    {
        SyncSettings s;
        s.url = url;
        s.storeId = u"lyon-2"_s;
        s.registerId = u"01"_s;
        s.batchSize = batch;
        s.pageSize = page;
        s.intervalMs = 50;
        s.minBackoffMs = 20;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 3000;
        return s;
    }

    // What head office's status says of lyon-2's only register: each of its `n` tickets once,
    // the chain verified through the last.
    static void verifyStoredOnce(const QUrl &hq, const QString &location, int n)
    {
        const QString operatorToken = hqCli(location, {u"operator-token"_s, u"audit"_s});
        const QJsonArray rows = getJson(QUrl(hq.toString() + u"/api/v1/status?store=lyon-2"_s), operatorToken)
                                    .value(u"registers"_s)
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(u"events"_s).toInteger(), n);
        QCOMPARE(row.value(u"tickets"_s).toInteger(), n);
        QCOMPARE(row.value(u"chain_status"_s).toString(), u"ok"_s);
        QCOMPARE(row.value(u"chain_verified_through"_s).toInteger(), n);
    }

private Q_SLOTS:
    void twoInstancesOnePostgresManyRegisters()
    {
        if (postgresBin(u"initdb"_s).isEmpty())
            QFAIL("PostgreSQL is required (apt-get install postgresql)");
        QVERIFY2(
            !env("COMPTOIR_HQ").isEmpty() && !env("COMPTOIRCTL").isEmpty(), "COMPTOIR_HQ and COMPTOIRCTL");
        QTemporaryDir top;
        QVERIFY(QDir(top.path()).mkpath(u"pg"_s));
        PostgresServer pg;
        QVERIFY(pg.start(top.filePath(u"pg"_s)));
        const QString location = pg.location();

        constexpr int kRegisters = 4;
        constexpr int kSales = 300;
        QVERIFY(!hqCli(location, {u"store-add"_s, u"lyon-2"_s, u"Lyon 2e"_s}).isEmpty());
        HqInstance a, b;
        QVERIFY(a.start(location));
        QVERIFY(b.start(location)); // the second finds the schema migrated, or waits for it

        std::vector<Register> registers(kRegisters);
        for (int i = 0; i < kRegisters; ++i) {
            Register &r = registers[size_t(i)];
            r.id = u"0%1"_s.arg(i + 1);
            const QString path = top.filePath(u"register-%1.db"_s.arg(r.id));
            QVERIFY(!hqCli(location, {u"register-add"_s, u"lyon-2"_s, r.id}).isEmpty());
            QVERIFY(ctl(path, {u"generate-demo"_s, u"--products"_s, u"1000"_s}));
            QVERIFY(ctl(path, {u"config"_s, u"store.id"_s, u"lyon-2"_s}));
            QVERIFY(ctl(path, {u"config"_s, u"register.id"_s, r.id}));
            QVERIFY(ctl(path, {u"sell"_s, QString::number(kSales), u"--seed"_s, QString::number(i)}));
            r.db = std::make_unique<Database>(path);
            QVERIFY(r.db->open());
            r.token = enrollToken(
                i % 2 ? b.url() : a.url(), hqCli(location, {u"enroll-code"_s, u"lyon-2"_s, r.id}));
            QVERIFY(!r.token.isEmpty());
            QSqlQuery q(r.db->connection());
            QVERIFY(
                q.exec(u"SELECT grand_total_cents FROM tickets ORDER BY number DESC LIMIT 1"_s) && q.next());
            r.grandTotal = q.value(0).toLongLong();
        }

        // Every register sends to one instance; registers 01 and 02 also have a second worker
        // on the other instance, sending the very same events at the same time.
        std::vector<std::unique_ptr<SyncWorker>> workers;
        for (int i = 0; i < kRegisters; ++i) {
            Register &r = registers[size_t(i)];
            for (int copy = 0; copy < (i < 2 ? 2 : 1); ++copy) {
                SyncSettings s;
                s.url = (i + copy) % 2 ? b.url() : a.url();
                s.storeId = u"lyon-2"_s;
                s.registerId = r.id;
                s.batchSize = 25 + 10 * copy;
                s.intervalMs = 100;
                s.minBackoffMs = 20;
                s.maxBackoffMs = 200;
                auto w = std::make_unique<SyncWorker>(r.db->connection(), s);
                w->setToken(r.token);
                w->start();
                workers.push_back(std::move(w));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(registers.begin(), registers.end(),
                [](const Register &r) { return Outbox(r.db->connection()).pendingCount() == 0; }),
            90000);
        for (auto &w : workers)
            w->stop();

        // Head office, as an auditor reads it.
        const QString operatorToken = hqCli(location, {u"operator-token"_s, u"audit"_s});
        QVERIFY(!operatorToken.isEmpty());
        const QJsonArray rows =
            getJson(QUrl(a.url().toString() + u"/api/v1/status?store=lyon-2"_s), operatorToken)
                .value(u"registers"_s)
                .toArray();
        QCOMPARE(rows.size(), kRegisters);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.value(u"events"_s).toInteger(), kSales);
            QCOMPARE(row.value(u"tickets"_s).toInteger(), kSales);
            QCOMPARE(row.value(u"chain_status"_s).toString(), u"ok"_s);
            QCOMPARE(row.value(u"chain_verified_through"_s).toInteger(), kSales);
        }

        const QJsonObject report = getJson(QUrl(b.url().toString() +
                                               u"/api/v1/reports/sales?store=lyon-2&from=%1&to=%2"_s.arg(
                                                   QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                                   QDate::currentDate().addDays(1).toString(Qt::ISODate))),
            operatorToken);
        qint64 total = 0, tickets = 0;
        for (const QJsonValue &d : report.value(u"days"_s).toArray()) {
            total += d.toObject().value(u"total_cents"_s).toInteger();
            tickets += d.toObject().value(u"tickets"_s).toInteger();
        }
        qint64 expected = 0;
        for (const Register &r : registers)
            expected += r.grandTotal;
        QCOMPARE(tickets, kRegisters * kSales);
        QCOMPARE(total, expected);
    }

    void killedMidBatchAndMasterDataOnPostgres()
    {
        QTemporaryDir top;
        QVERIFY(QDir(top.path()).mkpath(u"pg"_s));
        PostgresServer pg;
        QVERIFY(pg.start(top.filePath(u"pg"_s)));
        const QString location = pg.location();
        // Master data published on PostgreSQL: 1,500 products and a store price.
        const auto db = lyonRegister(location, top.path(), 1500, 500, 3);
        QVERIFY(db);
        QVERIFY(!hqCli(location, {u"price-set"_s, u"lyon-2"_s, u"EPIC-0001"_s, u"0,99"_s}).isEmpty());
        HqInstance hq;
        QVERIFY(hq.start(location));
        const QString token =
            enrollToken(hq.url(), hqCli(location, {u"enroll-code"_s, u"lyon-2"_s, u"01"_s}));
        QVERIFY(!token.isEmpty());

        SyncWorker w(db->connection(), lyonSettings(hq.url(), 20, 200));
        w.setToken(token);
        QSignalSpy progressed(&w, &SyncWorker::progressed);
        w.start();
        QVERIFY(progressed.wait(10000));
        const quint16 port = hq.port();
        hq.kill(); // SIGKILL, a batch in flight
        QTRY_COMPARE_WITH_TIMEOUT(w.connectivity(), SyncWorker::Connectivity::Offline, 10000);
        QVERIFY(w.stats().pending > 0);
        bool upToDate = false;
        connect(&w, &SyncWorker::idle, this, [&] { upToDate = true; });
        QVERIFY(hq.start(location, port));
        const auto products = [&] {
            return MasterData(db->connection(), u"01"_s).cursors().value(sync::Feed::Products);
        };
        QTRY_VERIFY_WITH_TIMEOUT(upToDate && w.stats().pending == 0 && products() == 1500, 60000);
        w.stop();
        verifyStoredOnce(hq.url(), location, 500);
        if (QTest::currentTestFailed())
            return;

        // The catalog and the store's own price came down from PostgreSQL.
        Catalog catalog(db->connection());
        QCOMPARE(catalog.productBySku(u"EPIC-0001"_s)->price.cents(), 99);
        QVERIFY(catalog.productCount() >= 1500);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT sku FROM products WHERE list_price_cents IS NOT NULL"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"EPIC-0001"_s); // the list price kept under the store's
        QVERIFY(!q.next());
    }

    void throughAFaultyNetworkToThePair()
    {
        QTemporaryDir top;
        QVERIFY(QDir(top.path()).mkpath(u"pg"_s));
        PostgresServer pg;
        QVERIFY(pg.start(top.filePath(u"pg"_s)));
        const QString location = pg.location();
        const auto db = lyonRegister(location, top.path(), 300, 300, 5);
        QVERIFY(db);
        HqInstance a, b;
        QVERIFY(a.start(location));
        QVERIFY(b.start(location));
        const QString token = enrollToken(b.url(), hqCli(location, {u"enroll-code"_s, u"lyon-2"_s, u"01"_s}));
        QVERIFY(!token.isEmpty());

        // The register talks to instance a through the faults, while a second worker on the
        // same outbox talks to b directly (a load balancer sending retries elsewhere).
        FaultProxy proxy(a.port());
        std::vector<std::unique_ptr<SyncWorker>> workers;
        bool upToDate = false;
        for (const QUrl &url : {QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), b.url()}) {
            workers.push_back(std::make_unique<SyncWorker>(db->connection(), lyonSettings(url, 15, 40)));
            workers.back()->setToken(token);
        }
        connect(workers.front().get(), &SyncWorker::idle, this, [&] { upToDate = true; });
        // The faulty path alone first, until every fault has come round a few times.
        workers.front()->start();
        const auto exchanges = [&] {
            int n = 0;
            for (int f = 0; f < FaultProxy::FaultCount; ++f)
                n += proxy.count(FaultProxy::Fault(f));
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(exchanges() >= 4 * FaultProxy::FaultCount, 60000);
        workers.back()->start();
        const auto products = [&] {
            return MasterData(db->connection(), u"01"_s).cursors().value(sync::Feed::Products);
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            upToDate && Outbox(db->connection()).pendingCount() == 0 && products() == 300, 120000);
        for (auto &w : workers)
            w->stop();
        qInfo("exchanges through the proxy: %d passed, %d delayed, %d reset, %d answers dropped, %d cut, %d "
              "503",
            proxy.count(FaultProxy::Pass), proxy.count(FaultProxy::Delay),
            proxy.count(FaultProxy::ResetBeforeForwarding), proxy.count(FaultProxy::DropAnswer),
            proxy.count(FaultProxy::TruncateAnswer), proxy.count(FaultProxy::Answer503));
        for (int f = 0; f < FaultProxy::FaultCount; ++f)
            QVERIFY2(proxy.count(FaultProxy::Fault(f)) >= 4, qPrintable(QString::number(f)));

        verifyStoredOnce(a.url(), location, 300);
        QVERIFY(Catalog(db->connection()).productCount() >= 300);
    }
};

QTEST_GUILESS_MAIN(TestHqPostgres)
#include "tst_hqpostgres.moc"
