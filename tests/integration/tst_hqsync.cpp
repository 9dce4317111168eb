// SPDX-License-Identifier: GPL-3.0-or-later
// The register against a real comptoir-hq process on loopback (SQLite at head office), with
// the device token in a real keychain (tests/tools/with-keyring.sh): enrollment, exactly-once
// upload through lost acknowledgements, a faulty network and kill -9 of either side, poison events, chain
// checks, hostile requests, head office's report against the register's own totals, and
// master data (catalog, store prices, customers, settings) coming down in pages.
#include "catalog/catalog.h"
#include "counter/salesession.h"
#include "crm/customerdirectory.h"
#include "crm/customereditor.h"
#include "crm/loyalty.h"
#include "crm/offers.h"
#include "faultproxy.h"
#include "hqfixtures.h"
#include "payment/terminalconfig.h"
#include "sales/checkout.h"
#include "sales/receipt.h"
#include "sales/salejournal.h"
#include "sales/storeprofile.h"
#include "sales/ticketquery.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/changefeeds.h"
#include "sync/customerlookup.h"
#include "sync/devicecredentials.h"
#include "sync/enroller.h"
#include "sync/masterdata.h"
#include "sync/noticeclient.h"
#include "sync/outbox.h"
#include "sync/syncprotocol.h"
#include "sync/syncworker.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

using namespace comptoir::testing;

namespace {

// comptoir-hq on an SQLite file the test reads as an auditor would.
class HeadOffice
{
public:
    explicit HeadOffice(const QString &dir)
        : m_location(u"sqlite:"_s + dir + u"/hq.db"_s)
        , m_file(dir + u"/hq.db"_s)
    { }

    QString cli(const QStringList &args) const { return hqCli(m_location, args); }
    bool start(quint16 port = 0, const QString &cert = {}, const QString &key = {})
    {
        return m_instance.start(m_location, port, cert, key);
    }
    void kill() { m_instance.kill(); }
    QUrl url() const { return m_instance.url(); }
    quint16 port() const { return m_instance.port(); }

    QVariant scalar(const QString &sql) const
    {
        const QString name = u"hq-read-"_s + QString::number(quintptr(this));
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_file);
            db.open();
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
            else
                qWarning() << sql << "failed";
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }
    qint64 count(const QString &table) const
    {
        return scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
    }

private:
    QString m_location;
    QString m_file;
    HqInstance m_instance;
};

// A register with a demo catalog, enrolled at `hq` as register 01 of the demo store.
struct Register
{
    QString path;
    std::unique_ptr<Database> db;
};

Status enroll(Database &db, const QUrl &url, const QString &code, const QByteArray &pin = {})
{
    Enroller enroller(db.connection());
    std::optional<Status> result;
    QEventLoop loop;
    QObject::connect(&enroller, &Enroller::finished, &loop, [&](Status s, const QString &) {
        result = std::move(s);
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    enroller.enroll(url, code, pin);
    if (!result)
        loop.exec();
    return result ? *result : Status(Error {u"timeout"_s, u"no answer"_s});
}

} // namespace

class TestHqSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeadOffice> m_hq;

    Register makeRegister(const QString &name, int sales)
    {
        Register r;
        r.path = m_dir->filePath(name);
        [&] {
            QVERIFY(ctl(r.path, {u"generate-demo"_s, u"--products"_s, u"1000"_s}));
            if (sales > 0)
                QVERIFY(ctl(r.path, {u"sell"_s, QString::number(sales), u"--seed"_s, u"7"_s}));
        }();
        r.db = std::make_unique<Database>(r.path);
        [&] {
            QVERIFY(r.db->open());
        }();
        return r;
    }

    // Head office with the demo store and register 01, and the register enrolled there.
    Register enrolledRegister(int sales)
    {
        [&] {
            QVERIFY(!m_hq->cli({u"store-add"_s, u"demo-paris-11"_s, u"Démo Paris 11e"_s}).isEmpty());
            QVERIFY(!m_hq->cli({u"register-add"_s, u"demo-paris-11"_s, u"01"_s}).isEmpty());
            QVERIFY(m_hq->start());
        }();
        Register r = makeRegister(u"register.db"_s, sales);
        const QString code = m_hq->cli({u"enroll-code"_s, u"demo-paris-11"_s, u"01"_s});
        [&] {
            const Status s = enroll(*r.db, m_hq->url(), code);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }();
        return r;
    }

    std::unique_ptr<SyncWorker> worker(Register &r, int batchSize = 100)
    {
        SyncSettings s = SyncSettings::load(SettingsTable(r.db->connection()));
        s.batchSize = batchSize;
        s.intervalMs = 100;
        s.minBackoffMs = 50;
        s.maxBackoffMs = 400;
        s.requestTimeoutMs = 5000;
        auto w = std::make_unique<SyncWorker>(r.db->connection(), s);
        const auto token = DeviceCredentials::readNow(DeviceCredentials::keyFor(s.storeId, s.registerId));
        if (token)
            w->setToken(*token);
        return w;
    }

    // Runs the worker until the outbox has nothing left to send (or the timeout).
    static bool drain(SyncWorker &w, int timeoutMs = 60000)
    {
        w.start();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QSignalSpy idle(&w, &SyncWorker::idle);
            idle.wait(500);
            if (!idle.isEmpty() && w.stats().pending == 0)
                break;
        }
        w.stop();
        return w.stats().pending == 0;
    }

    static qint64 grandTotal(Register &r)
    {
        QSqlQuery q(r.db->connection());
        q.exec(u"SELECT grand_total_cents FROM tickets ORDER BY number DESC LIMIT 1"_s);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    // POST with raw bytes, the way a hostile client would.
    static std::pair<int, QByteArray> post(const QUrl &url, const QByteArray &body, const QByteArray &token,
        const QByteArray &type = "application/json")
    {
        QNetworkAccessManager net;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = net.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return {status, answer};
    }

    // Head office's products as the register should have them: SKU -> (first barcode, price).
    QHash<QString, std::pair<QString, qint64>> hqProducts(const QString &store) const
    {
        QHash<QString, std::pair<QString, qint64>> products;
        const QString name = u"hq-products"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir->filePath(u"hq.db"_s));
            db.open();
            QSqlQuery q(db);
            q.exec(u"SELECT record_key, data FROM master_data WHERE feed = 'products' AND NOT deleted"_s);
            while (q.next()) {
                const QJsonObject d = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
                products.insert(q.value(0).toString(),
                    {d.value(u"barcodes"_s).toArray().first().toString(),
                        d.value(u"price_cents"_s).toInteger()});
            }
            q.prepare(
                u"SELECT record_key, data FROM master_data WHERE feed = 'prices' AND scope = ? AND NOT deleted"_s);
            q.addBindValue(store);
            q.exec();
            while (q.next()) {
                auto it = products.find(q.value(0).toString());
                if (it != products.end())
                    it->second = QJsonDocument::fromJson(q.value(1).toByteArray())
                                     .object()
                                     .value(u"price_cents"_s)
                                     .toInteger();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return products;
    }

    // How many of head office's products the register sells under another price (or not at all).
    static int priceMismatches(Register &r, const QHash<QString, std::pair<QString, qint64>> &products)
    {
        Catalog catalog(r.db->connection());
        int wrong = 0;
        for (auto it = products.cbegin(); it != products.cend(); ++it) {
            const auto p = catalog.productByBarcode(it->first);
            if (!p || p->sku != it.key() || p->price.cents() != it->second)
                ++wrong;
        }
        return wrong;
    }

    // A customers file for `comptoir-hq publish customers FILE --store STORE`.
    QString customersFile(const QString &name, const QStringList &ids, const QString &tier = u"standard"_s)
    {
        QJsonArray records;
        for (const QString &id : ids) {
            const QString card = u"CARTE-%1-%2"_s.arg(name, id);
            const QJsonObject data {{u"display_name"_s, u"Client %1"_s.arg(id)}, {u"tier"_s, tier},
                {u"cards"_s, QJsonArray {card}}};
            records.append(QJsonObject {{u"key"_s, id}, {u"data"_s, data}});
        }
        const QString path = m_dir->filePath(name + u".json"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(records).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("COMPTOIR_HQ").isEmpty() && !env("COMPTOIRCTL").isEmpty(),
            "COMPTOIR_HQ and COMPTOIRCTL must point to the executables");
        QVERIFY2(!env("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run through tests/tools/with-keyring.sh");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hq = std::make_unique<HeadOffice>(m_dir->path());
    }
    void cleanup()
    {
        m_hq.reset();
        m_dir.reset();
    }

    void enrollmentTradesAOneTimeCodeForAKeychainToken()
    {
        QVERIFY(!m_hq->cli({u"store-add"_s, u"demo-paris-11"_s, u"Démo"_s}).isEmpty());
        QVERIFY(!m_hq->cli({u"register-add"_s, u"demo-paris-11"_s, u"01"_s}).isEmpty());
        QVERIFY(m_hq->start());
        Register r = makeRegister(u"a.db"_s, 3);

        const Status wrong = enroll(*r.db, m_hq->url(), u"AAAA-BBBB-CCCC"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"enroll.refused"_s);

        const QString code = m_hq->cli({u"enroll-code"_s, u"demo-paris-11"_s, u"01"_s});
        QCOMPARE(code.size(), 14);
        QVERIFY(enroll(*r.db, m_hq->url(), code.toLower())); // typed in lower case: still the code

        // Used once.
        Register other = makeRegister(u"b.db"_s, 0);
        const Status again = enroll(*other.db, m_hq->url(), code);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"enroll.refused"_s);

        // The token is in the keychain; head office keeps its hash; no file holds the token.
        const auto token = DeviceCredentials::readNow(DeviceCredentials::keyFor(u"demo-paris-11"_s, u"01"_s));
        QVERIFY2(token, token ? "" : qPrintable(token.error().message));
        QVERIFY(token->size() >= 43);
        QCOMPARE(m_hq->scalar(u"SELECT token_hash FROM registers WHERE id = '01'"_s).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(token->toUtf8(), QCryptographicHash::Sha256).toHex()));
        QDir dir(m_dir->path());
        for (const QString &f : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token->toUtf8()), qPrintable(f));
        }
        QCOMPARE(SettingsTable(r.db->connection()).value(u"hq.url"_s), m_hq->url().toString());

        // A register that sold as another store cannot take this register's place.
        QVERIFY(ctl(other.path, {u"config"_s, u"store.id"_s, u"elsewhere"_s}));
        QVERIFY(ctl(other.path, {u"sell"_s, u"1"_s}));
        const QString code2 = m_hq->cli({u"enroll-code"_s, u"demo-paris-11"_s, u"01"_s});
        const Status identity = enroll(*other.db, m_hq->url(), code2);
        QVERIFY(!identity);
        QCOMPARE(identity.error().code, u"enroll.identity"_s);
    }

    void overHttpsWithAPinnedCertificate()
    {
        // Head office's self-signed certificate, as a chain's IT makes for a pilot.
        const QString cert = m_dir->filePath(u"hq.crt"_s), key = m_dir->filePath(u"hq.key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=hq.comptoir.test"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, "openssl is required");
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pin =
            QCryptographicHash::hash(QSslCertificate(pem.readAll()).toDer(), QCryptographicHash::Sha256)
                .toHex();

        QVERIFY(!m_hq->cli({u"store-add"_s, u"demo-paris-11"_s, u"Démo"_s}).isEmpty());
        QVERIFY(!m_hq->cli({u"register-add"_s, u"demo-paris-11"_s, u"01"_s}).isEmpty());
        QVERIFY(m_hq->start(0, cert, key));
        QCOMPARE(m_hq->url().scheme(), u"https"_s);
        Register r = makeRegister(u"tls.db"_s, 40);
        const QString code = m_hq->cli({u"enroll-code"_s, u"demo-paris-11"_s, u"01"_s});

        // Not pinned: a self-signed certificate is refused; pinned to another: refused too.
        const Status unpinned = enroll(*r.db, m_hq->url(), code);
        QVERIFY(!unpinned);
        QCOMPARE(unpinned.error().code, u"enroll.network"_s);
        const Status wrongPin = enroll(*r.db, m_hq->url(), code, QByteArray(64, 'a'));
        QVERIFY(!wrongPin);
        QCOMPARE(wrongPin.error().code, u"enroll.network"_s);
        // The code was never seen by head office: still good with the right pin.
        const Status pinned = enroll(*r.db, m_hq->url(), code, pin);
        QVERIFY2(pinned, pinned ? "" : qPrintable(pinned.error().message));
        QCOMPARE(SettingsTable(r.db->connection()).value(u"hq.pin_sha256"_s), QString::fromLatin1(pin));

        auto w = worker(r);
        QCOMPARE(w->settings().pinSha256, pin);
        QVERIFY(drain(*w));
        QCOMPARE(m_hq->count(u"tickets"_s), 40);
    }

    void throughAFaultyNetwork()
    {
        Register r = enrolledRegister(400);
        // Master data comes down through the same faults, in small pages.
        QVERIFY(!m_hq->cli({u"demo-catalog"_s, u"--products"_s, u"300"_s}).isEmpty());
        FaultProxy proxy(m_hq->port());
        SyncSettings s = SyncSettings::load(SettingsTable(r.db->connection()));
        s.url = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        s.batchSize = 20; // many exchanges, so every fault comes round several times
        s.intervalMs = 50;
        s.minBackoffMs = 20;
        s.maxBackoffMs = 100;
        s.requestTimeoutMs = 3000;
        s.pageSize = 40;
        SyncWorker w(r.db->connection(), s);
        const auto token = DeviceCredentials::readNow(DeviceCredentials::keyFor(s.storeId, s.registerId));
        QVERIFY(token);
        w.setToken(*token);
        QVERIFY(drain(w, 120000));
        qInfo("exchanges: %d passed, %d delayed, %d reset, %d answers dropped, %d cut, %d 503",
            proxy.count(FaultProxy::Pass), proxy.count(FaultProxy::Delay),
            proxy.count(FaultProxy::ResetBeforeForwarding), proxy.count(FaultProxy::DropAnswer),
            proxy.count(FaultProxy::TruncateAnswer), proxy.count(FaultProxy::Answer503));
        for (int f = 0; f < FaultProxy::FaultCount; ++f)
            QVERIFY2(proxy.count(FaultProxy::Fault(f)) >= 3, qPrintable(QString::number(f)));
        // Answers lost after head office stored the batch, answers cut, 503s after the fact:
        // every ticket once.
        QCOMPARE(m_hq->count(u"events"_s), 400);
        QCOMPARE(m_hq->count(u"tickets"_s), 400);
        QCOMPARE(m_hq->scalar(u"SELECT chain_status || ' ' || chain_number FROM registers"_s).toString(),
            u"ok 400"_s);
        QCOMPARE(w.stats().acked, 400);
        QCOMPARE(w.stats().quarantined, 0);
        // Cut or garbled pages were refused whole and asked for again: the register holds
        // head office's catalog exactly.
        const auto products = hqProducts(u"demo-paris-11"_s);
        QCOMPARE(products.size(), 300);
        QCOMPARE(priceMismatches(r, products), 0);
        QCOMPARE(MasterData(r.db->connection(), u"01"_s).cursors().value(sync::Feed::Products),
            m_hq->scalar(u"SELECT max(rev) FROM master_data WHERE feed = 'products'"_s).toLongLong());
    }

    void masterDataComesDownInPagesAndPricesFollow()
    {
        Register r = enrolledRegister(0);
        // Head office's catalog, imported from the CSV a chain exports, with the store's own
        // offline card rules and customers.
        const QString csv = m_dir->filePath(u"catalog.csv"_s);
        QVERIFY(ctl(
            m_dir->filePath(u"csv.db"_s), {u"generate-demo"_s, u"--products"_s, u"700"_s, u"--csv"_s, csv}));
        QVERIFY(m_hq->cli({u"import-catalog"_s, csv}).contains(u"700 products published"_s));
        QVERIFY(
            !m_hq->cli({u"setting-set"_s, u"demo-paris-11"_s, u"payment.offline"_s,
                           u"{\"max_amount_cents\": 2500, \"max_count\": 4, \"max_total_cents\": 10000}"_s})
                 .isEmpty());
        QVERIFY(!m_hq->cli({u"publish"_s, u"customers"_s,
                               customersFile(u"paris"_s, {u"C-1"_s, u"C-2"_s}, u"premium"_s), u"--store"_s,
                               u"demo-paris-11"_s})
                     .isEmpty());
        const qint64 visible =
            m_hq->scalar(u"SELECT count(*) FROM master_data WHERE scope IN ('', 'demo-paris-11')"_s)
                .toLongLong();
        QVERIFY(visible > 700);

        auto w = worker(r);
        SyncSettings settings = w->settings();
        settings.pageSize = 100;
        w = std::make_unique<SyncWorker>(r.db->connection(), settings);
        w->setToken(*DeviceCredentials::readNow(DeviceCredentials::keyFor(u"demo-paris-11"_s, u"01"_s)));
        QList<std::pair<qint64, qint64>> progress;
        connect(w.get(), &SyncWorker::pullProgressed, this, [&](qint64 done, qint64 total) {
            progress.append({done, total});
        });
        QVERIFY(drain(*w));
        // Pages of at most 100, each one announced, against the total head office gave first
        // (counted again from where the register stands if an exchange failed on the way).
        QVERIFY2(progress.size() >= visible / 100, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.first().second, visible);
        QVERIFY(progress.first().first <= 100);
        for (qsizetype i = 1; i < progress.size(); ++i) {
            if (progress[i].second != progress[i - 1].second)
                continue; // a new count
            QVERIFY(progress[i].first > progress[i - 1].first);
            QVERIFY(progress[i].first - progress[i - 1].first <= 100);
        }
        QCOMPARE(progress.last().first, progress.last().second);
        // No sale went up, yet head office heard from the register.
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM events"_s).toLongLong(), 0);
        QVERIFY(
            !m_hq->scalar(
                     u"SELECT last_contact_at FROM registers WHERE store_id = 'demo-paris-11' AND id = '01'"_s)
                 .toString()
                 .isEmpty());
        // A sale for customer C-1 goes up with its customer, outside the signed ticket.
        QVERIFY(ctl(r.path, {u"sell"_s, u"2"_s, u"--customer"_s, u"C-1"_s}));
        QVERIFY(drain(*w));
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM tickets WHERE customer_id = 'C-1' AND hash_ok = 1"_s)
                     .toLongLong(),
            2);
        // C-1 erased at head office while one more of their sales is on its way: every ticket
        // stays, signed and counted, without the link (column and stored event); the register
        // drops the customer and the links at its next sync.
        QVERIFY(ctl(r.path, {u"sell"_s, u"1"_s, u"--customer"_s, u"C-1"_s}));
        const QString erased = m_hq->cli({u"anonymise"_s, u"C-1"_s});
        QVERIFY2(
            erased.contains(u"2 ticket(s) unlinked, record withdrawn from 1 store(s)"_s), qPrintable(erased));
        QVERIFY(drain(*w));
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM tickets WHERE hash_ok = 1"_s).toLongLong(), 3);
        QCOMPARE(
            m_hq->scalar(u"SELECT count(*) FROM tickets WHERE customer_id IS NOT NULL"_s).toLongLong(), 0);
        QCOMPARE(
            m_hq->scalar(u"SELECT count(*) FROM events WHERE payload LIKE '%\"customer\"%'"_s).toLongLong(),
            0);
        QVERIFY(m_hq->cli({u"status"_s}).contains(u"ok through 3"_s));
        QVERIFY(!crm::CustomerDirectory(r.db->connection()).byId(u"C-1"_s));
        QSqlQuery links(r.db->connection());
        QVERIFY(links.exec(u"SELECT count(*) FROM ticket_customers"_s) && links.next());
        QCOMPARE(links.value(0).toInt(), 0);
        QVERIFY(SaleJournal(r.db->connection(), StoreProfile::load(SettingsTable(r.db->connection())))
                    .verify()
                    .ok);

        // The bulk settings of the long pull are gone: the register's connection is durable again.
        QSqlQuery pragma(r.db->connection());
        QVERIFY(pragma.exec(u"PRAGMA synchronous"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 2); // FULL
        QVERIFY(pragma.exec(u"PRAGMA cache_size"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), -8000);
        pragma.finish();

        auto products = hqProducts(u"demo-paris-11"_s);
        QCOMPARE(products.size(), 700);
        QCOMPARE(priceMismatches(r, products), 0);
        const PaymentSetup setup = PaymentSetup::load(SettingsTable(r.db->connection())).value();
        QCOMPARE(setup.offlinePolicy.maxAmount.cents(), 2500);
        QCOMPARE(setup.offlinePolicy.maxCount, 4);
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM customers c JOIN customer_cards k ON k.customer_id = c.id "
                       "WHERE c.tier = 'premium'"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1); // C-2; C-1 was erased above
        q.finish();

        // A store price set at head office is what the next scan finds, within one interval.
        const QString sku = products.keys().first();
        const QString barcode = products.value(sku).first;
        w->start();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_hq->cli({u"price-set"_s, u"demo-paris-11"_s, sku, u"0,99"_s})
                    .contains(u"1 record(s) changed"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            Catalog(r.db->connection()).productByBarcode(barcode)->price.cents(), 99, 20000);
        qInfo("price change at head office to the register's catalog: %lld ms (interval %d ms)",
            clock.elapsed(), w->settings().intervalMs);

        // Another store's prices and customers never reach this register.
        QVERIFY(!m_hq->cli({u"store-add"_s, u"lyon-2"_s, u"Lyon 2e"_s}).isEmpty());
        QVERIFY(!m_hq->cli({u"price-set"_s, u"lyon-2"_s, sku, u"0,01"_s}).isEmpty());
        QVERIFY(!m_hq->cli({u"publish"_s, u"customers"_s, customersFile(u"lyon"_s, {u"L-1"_s}), u"--store"_s,
                               u"lyon-2"_s})
                     .isEmpty());
        QVERIFY(m_hq->cli({u"price-set"_s, u"nowhere"_s, sku, u"0,01"_s}).isEmpty()); // no such store
        QVERIFY(!m_hq->cli({u"price-clear"_s, u"demo-paris-11"_s, sku}).isEmpty());
        // The withdrawal comes after lyon's changes: once it is here, they were looked at.
        QTRY_COMPARE_WITH_TIMEOUT(Catalog(r.db->connection()).productByBarcode(barcode)->price.cents(),
            products.value(sku).second, 20000);
        w->stop();
        QVERIFY(q.exec(u"SELECT count(*) FROM customers WHERE id = 'L-1'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QCOMPARE(priceMismatches(r, products), 0);
        const auto cursors = MasterData(r.db->connection(), u"01"_s).cursors();
        QCOMPARE(cursors.value(sync::Feed::Products),
            m_hq->scalar(u"SELECT max(rev) FROM master_data WHERE feed = 'products'"_s).toLongLong());
    }

    // Points earned and redeemed offline reach head office once, however often the tickets
    // are sent; the register's balance is provisional until head office's record includes
    // them; a redemption beyond what head office holds is kept and flagged.
    void loyaltyPointsCountOnceAndTheBalanceIsConfirmed()
    {
        Register r = enrolledRegister(0);
        QVERIFY(!m_hq->cli({u"setting-set"_s, u"demo-paris-11"_s, u"loyalty.program"_s,
                               u"{\"points_per_euro\": 1, \"point_value_cents\": 5}"_s})
                     .isEmpty());
        const auto publishCustomer = [&](qint64 points) {
            const QJsonObject data {{u"display_name"_s, u"Client Fidèle"_s}, {u"tier"_s, u"standard"_s},
                {u"points"_s, points}, {u"offline_redeem_cents"_s, 500}};
            const QString path = m_dir->filePath(u"c9-%1.json"_s.arg(points));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(
                QJsonDocument(QJsonArray {QJsonObject {{u"key"_s, u"C-9"_s}, {u"data"_s, data}}}).toJson());
            f.close();
            return m_hq->cli({u"publish"_s, u"customers"_s, path, u"--store"_s, u"demo-paris-11"_s});
        };
        QVERIFY(!publishCustomer(300).isEmpty());
        auto w = worker(r);
        QVERIFY(drain(*w));
        QTRY_VERIFY_WITH_TIMEOUT(crm::CustomerDirectory(r.db->connection()).byId(u"C-9"_s), 10000);
        QCOMPARE(crm::loadLoyaltyProgram(SettingsTable(r.db->connection())).pointValueCents, 5);

        // The register goes on selling without head office: three sales, points earned.
        QVERIFY(ctl(r.path, {u"sell"_s, u"3"_s, u"--customer"_s, u"C-9"_s, u"--seed"_s, u"11"_s}));
        const auto registerSum = [&](const char *column) {
            QSqlQuery q(r.db->connection());
            q.exec(u"SELECT sum(%1) FROM ticket_customers WHERE customer_id = 'C-9'"_s.arg(
                QLatin1StringView(column)));
            return q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 earned = registerSum("points_earned");
        QVERIFY2(earned > 0, qPrintable(QString::number(earned)));
        crm::LoyaltyLedger ledger(r.db->connection());
        const auto c9 = [&] {
            return *crm::CustomerDirectory(r.db->connection()).byId(u"C-9"_s);
        };
        QVERIFY(ledger.balance(c9()).provisional());
        QCOMPARE(ledger.balance(c9()).available(), 300 + earned);

        // Up, then every acknowledgement lost and everything sent again: counted once.
        QVERIFY(drain(*w));
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'pending', acked_at = NULL"_s));
        auto again = worker(r, 1);
        QVERIFY(drain(*again));
        QCOMPARE(m_hq->count(u"loyalty_ledger"_s), 3);
        QCOMPARE(
            m_hq->scalar(u"SELECT sum(earned) FROM loyalty_ledger WHERE customer_id = 'C-9'"_s).toLongLong(),
            earned);
        QCOMPARE(
            m_hq->scalar(u"SELECT points FROM loyalty_accounts WHERE customer_id = 'C-9'"_s).toLongLong(),
            300 + earned);
        // Head office's record says so, and once it is back the register's figure is confirmed.
        again->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ledger.balance(c9()).provisional(), 20000);
        again->stop();
        QCOMPARE(c9().points, 300 + earned);
        QCOMPARE(ledger.balance(c9()).available(), 300 + earned);

        // The customer spent their points online meanwhile (head office's balance 0, as the
        // web shop's ledger entry would leave it); the register, offline, still believes in its
        // figure and redeems within the allowance (500 cents: 100 points). The sale stands;
        // head office flags the overdrawn account.
        QVERIFY(m_hq->scalar(u"UPDATE loyalty_accounts SET points = 0 RETURNING points"_s).isValid());
        QVERIFY(ctl(r.path,
            {u"sell"_s, u"1"_s, u"--customer"_s, u"C-9"_s, u"--redeem"_s, u"1000"_s, u"--max-lines"_s, u"1"_s,
                u"--seed"_s, u"12"_s}));
        QVERIFY(q.exec(u"SELECT points_earned, points_redeemed FROM ticket_customers c JOIN tickets t "
                       "ON t.uuid = c.ticket_uuid ORDER BY t.number DESC LIMIT 1"_s) &&
            q.next());
        const qint64 lastEarned = q.value(0).toLongLong();
        const qint64 redeemed = q.value(1).toLongLong();
        q.finish();
        QCOMPARE(redeemed, 100);
        QVERIFY2(lastEarned < redeemed, qPrintable(QString::number(lastEarned)));
        QVERIFY(drain(*w));
        QCOMPARE(
            m_hq->scalar(u"SELECT points FROM loyalty_accounts WHERE customer_id = 'C-9'"_s).toLongLong(),
            lastEarned - redeemed);
        QVERIFY(m_hq->scalar(u"SELECT detail FROM chain_flags WHERE kind = 'loyalty'"_s)
                    .toString()
                    .contains(u"redeemed 100 point(s) of C-9"_s));
    }

    // Customers changed and created at a register while head office is away: merged field by
    // field when it is back (a field changed on both sides goes to the later change, the other
    // value kept), a sale to the new customer counted once however often it is sent, and the
    // register's snapshot back to head office's figures.
    void customersEditedOfflineMergeFieldByField()
    {
        Register r = enrolledRegister(0);
        const auto publish = [&](const QString &key, const QJsonObject &data, const QString &store) {
            const QString path = m_dir->filePath(key + u".json"_s);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(QJsonArray {QJsonObject {{u"key"_s, key}, {u"data"_s, data}}}).toJson());
            f.close();
            return !m_hq->cli({u"publish"_s, u"customers"_s, path, u"--store"_s, store}).isEmpty();
        };
        QJsonObject c5 {{u"display_name"_s, u"Cliente Cinq"_s}, {u"first_name"_s, u"Cliente"_s},
            {u"last_name"_s, u"Cinq"_s}, {u"tier"_s, u"standard"_s}, {u"phone"_s, u"06 11 11 11 11"_s},
            {u"email"_s, u"c5@example.fr"_s}, {u"notes"_s, u"ancienne note"_s}};
        QVERIFY(publish(u"C-5"_s, c5, u"demo-paris-11"_s));
        QVERIFY(!m_hq->cli({u"setting-set"_s, u"demo-paris-11"_s, u"loyalty.program"_s,
                               u"{\"points_per_euro\": 1, \"point_value_cents\": 5}"_s})
                     .isEmpty());
        auto w = worker(r);
        QVERIFY(drain(*w));
        QTRY_VERIFY_WITH_TIMEOUT(crm::CustomerDirectory(r.db->connection()).byId(u"C-5"_s), 10000);

        // Offline: the clerk changes C-5's phone and notes, and creates a customer who buys.
        crm::CustomerEditor editor(r.db->connection(), u"01"_s);
        QJsonObject changed = editor.record(u"C-5"_s)->first;
        changed.insert(u"phone"_s, u"07 22 22 22 22"_s);
        changed.insert(u"notes"_s, u"note du magasin"_s);
        const auto edit = editor.save(u"C-5"_s, changed);
        QVERIFY2(edit, edit ? "" : qPrintable(edit.error().message));
        QCOMPARE(edit->fields.keys(), (QStringList {u"notes"_s, u"phone"_s}));
        const auto created = editor.create(
            QJsonObject {{u"display_name"_s, u"Nouveau Client"_s}, {u"first_name"_s, u"Nouveau"_s},
                {u"last_name"_s, u"Client"_s}, {u"phone"_s, u"06 33 33 33 33"_s}},
            u"demo-paris-11"_s);
        QVERIFY(created);
        const QString newId = created->customerId;
        QVERIFY(newId.startsWith(u"R-"_s));
        QCOMPARE(crm::CustomerDirectory(r.db->connection()).search(u"07 22 22"_s).size(), 1);
        QVERIFY(ctl(r.path, {u"sell"_s, u"1"_s, u"--customer"_s, newId, u"--seed"_s, u"5"_s}));
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(u"SELECT points_earned FROM ticket_customers WHERE customer_id = '%1'"_s.arg(newId)) &&
            q.next());
        const qint64 earned = q.value(0).toLongLong();
        q.finish();

        // Meanwhile, later, head office changes C-5's notes and e-mail.
        QTest::qWait(20);
        c5.insert(u"notes"_s, u"note du siège"_s);
        c5.insert(u"email"_s, u"c5.nouveau@example.fr"_s);
        QVERIFY(publish(u"C-5"_s, c5, u"demo-paris-11"_s));

        // Back online: each field merged on its own, the conflict kept.
        QVERIFY(drain(*w));
        const auto hqRecord = [&](const QString &id) {
            return QJsonDocument::fromJson(
                m_hq->scalar(u"SELECT data FROM master_data WHERE feed = 'customers' "
                             "AND record_key = '%1' AND scope = 'demo-paris-11'"_s.arg(id))
                    .toString()
                    .toUtf8())
                .object();
        };
        QCOMPARE(hqRecord(u"C-5"_s).value(u"phone"_s).toString(), u"07 22 22 22 22"_s); // the register's
        QCOMPARE(
            hqRecord(u"C-5"_s).value(u"email"_s).toString(), u"c5.nouveau@example.fr"_s); // head office's
        QCOMPARE(hqRecord(u"C-5"_s).value(u"notes"_s).toString(), u"note du siège"_s); // both: the later
        QCOMPARE(m_hq->count(u"customer_conflicts"_s), 1);
        QCOMPARE(
            m_hq->scalar(
                    u"SELECT field || '|' || winner || '|' || kept || '|' || lost FROM customer_conflicts"_s)
                .toString(),
            u"notes|head-office|note du siège|note du magasin"_s);
        QVERIFY(m_hq->cli({u"conflicts"_s, u"C-5"_s}).contains(u"1 conflict(s)"_s));
        QCOMPARE(hqRecord(newId).value(u"display_name"_s).toString(), u"Nouveau Client"_s);
        QCOMPARE(hqRecord(newId).value(u"home_store"_s).toString(), u"demo-paris-11"_s);
        QCOMPARE(m_hq->scalar(u"SELECT points FROM loyalty_accounts WHERE customer_id = '%1'"_s.arg(newId))
                     .toLongLong(),
            earned);

        // The register gets the merged record back; nothing of its own left pending.
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(
            crm::CustomerDirectory(r.db->connection()).byId(u"C-5"_s)->notes, u"note du siège"_s, 20000);
        w->stop();
        const auto mine = crm::CustomerDirectory(r.db->connection()).byId(u"C-5"_s);
        QCOMPARE(mine->phone, u"07 22 22 22 22"_s);
        QCOMPARE(mine->email, u"c5.nouveau@example.fr"_s);
        QCOMPARE(editor.pendingCount(u"C-5"_s), 0);
        QCOMPARE(editor.pendingCount(newId), 0);

        // Every acknowledgement lost, everything sent again: nothing merged or counted twice.
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'pending', acked_at = NULL"_s));
        auto again = worker(r, 1);
        QVERIFY(drain(*again));
        QCOMPARE(m_hq->count(u"customer_conflicts"_s), 1);
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM loyalty_ledger WHERE customer_id = '%1'"_s.arg(newId))
                     .toLongLong(),
            1);
        QCOMPARE(hqRecord(u"C-5"_s).value(u"notes"_s).toString(), u"note du siège"_s);

        // A customer of another store: the register finds them through head office, with their
        // web orders in their history, and keeps them from then on.
        QVERIFY(!m_hq->cli({u"store-add"_s, u"demo-lyon"_s, u"Démo Lyon"_s}).isEmpty());
        QVERIFY(publish(u"C-6"_s,
            QJsonObject {{u"display_name"_s, u"Éloïse Sixtine"_s}, {u"tier"_s, u"premium"_s},
                {u"phone"_s, u"+33 6 66 66 66 66"_s}, {u"home_store"_s, u"demo-lyon"_s}},
            u"demo-lyon"_s));
        const QString order = m_dir->filePath(u"order.json"_s);
        {
            QFile f(order);
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(
                QJsonObject {{u"order"_s, u"WEB-1001"_s}, {u"customer"_s, u"C-6"_s},
                    {u"at"_s, u"2026-11-20T18:30:00.000Z"_s}, {u"total_cents"_s, 4590},
                    {u"items"_s, QJsonArray {QJsonObject {{u"sku"_s, u"EPIC-0001"_s}, {u"quantity"_s, 2}}}}})
                        .toJson());
        }
        QVERIFY(m_hq->cli({u"order-add"_s, order}).contains(u"recorded"_s));
        QVERIFY(m_hq->cli({u"order-add"_s, order}).contains(u"already recorded"_s));
        QCOMPARE(
            m_hq->scalar(u"SELECT earned FROM loyalty_ledger WHERE customer_id = 'C-6'"_s).toLongLong(), 45);
        QVERIFY(!crm::CustomerDirectory(r.db->connection()).byId(u"C-6"_s));

        const SyncSettings settings = SyncSettings::load(SettingsTable(r.db->connection()));
        CustomerLookup lookup(settings.url, settings.pinSha256);
        lookup.setToken(
            *DeviceCredentials::readNow(DeviceCredentials::keyFor(settings.storeId, settings.registerId)));
        QSignalSpy found(&lookup, &CustomerLookup::found);
        QSignalSpy history(&lookup, &CustomerLookup::historyReceived);
        QSignalSpy adopted(&lookup, &CustomerLookup::adopted);
        QSignalSpy failed(&lookup, &CustomerLookup::failed);
        for (const QString &text : {u"eloise six"_s, u"06 66 66"_s, u"+33666666666"_s}) {
            found.clear();
            lookup.search(text);
            QVERIFY2(found.wait(10000), qPrintable(text));
            const QJsonArray customers = found.first().at(1).toJsonArray();
            QCOMPARE(customers.size(), 1);
            QCOMPARE(customers.first().toObject().value(u"id"_s).toString(), u"C-6"_s);
        }
        lookup.search(u"nobody at all"_s);
        QVERIFY(found.wait(10000));
        QVERIFY(found.last().at(1).toJsonArray().isEmpty());
        lookup.history(u"C-6"_s);
        QVERIFY(history.wait(10000));
        const QJsonArray entries = history.first().at(2).toJsonArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"channel"_s).toString(), u"online"_s);
        QCOMPARE(entries.first().toObject().value(u"total_cents"_s).toInteger(), 4590);
        lookup.history(newId);
        QVERIFY(history.wait(10000));
        QCOMPARE(
            history.last().at(2).toJsonArray().first().toObject().value(u"channel"_s).toString(), u"store"_s);
        lookup.adopt(u"C-6"_s);
        QVERIFY(adopted.wait(10000));
        QVERIFY(failed.isEmpty());
        QVERIFY(hqRecord(u"C-6"_s).contains(u"display_name"_s)); // published to this store now
        w->start();
        QTRY_VERIFY_WITH_TIMEOUT(crm::CustomerDirectory(r.db->connection()).byId(u"C-6"_s), 20000);
        w->stop();

        // A token head office does not know gets nothing.
        lookup.setToken(u"forged"_s);
        lookup.search(u"eloise"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).value<CustomerLookup::Failure>(), CustomerLookup::Failure::Refused);

        // The new customer's erasure takes their edits' details and search terms too.
        QVERIFY(m_hq->cli({u"anonymise"_s, newId}).contains(u"anonymised"_s));
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM customer_terms WHERE customer_id = '%1'"_s.arg(newId))
                     .toLongLong(),
            0);
        QVERIFY(
            !m_hq->scalar(
                     u"SELECT count(*) FROM events WHERE kind = 'customer-edit' AND payload LIKE '%%Nouveau%%'"_s)
                 .toLongLong());
    }

    // Two registers offline both let a customer use the same single-use offer: both sales
    // stand, head office flags the second use, and every register learns it is used.
    void aSingleUseOfferUsedTwiceOfflineIsFlagged()
    {
        Register a = enrolledRegister(0);
        QVERIFY(!m_hq->cli({u"register-add"_s, u"demo-paris-11"_s, u"02"_s}).isEmpty());
        Register b = makeRegister(u"register2.db"_s, 0);
        {
            const Status s =
                enroll(*b.db, m_hq->url(), m_hq->cli({u"enroll-code"_s, u"demo-paris-11"_s, u"02"_s}));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        const auto file = [&](const QString &name, const QJsonArray &records) {
            const QString path = m_dir->filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(records).toJson());
            return path;
        };
        const QJsonObject offer {{u"title"_s, u"-10 % sur tout"_s}, {u"single_use"_s, true},
            {u"reward"_s, QJsonObject {{u"percent_off"_s, 10}}}};
        QVERIFY(
            !m_hq->cli({u"publish"_s, u"offers"_s,
                           file(u"offers.json"_s, {QJsonObject {{u"key"_s, u"O-1"_s}, {u"data"_s, offer}}})})
                 .isEmpty());
        const QJsonObject consent {{u"purpose"_s, u"personalised-offers"_s}, {u"channel"_s, u"any"_s},
            {u"granted"_s, true}, {u"at"_s, u"2026-01-01T10:00:00.000Z"_s}, {u"source"_s, u"store"_s}};
        const QJsonObject customer {{u"display_name"_s, u"Cliente Sept"_s}, {u"tier"_s, u"standard"_s},
            {u"consents"_s, QJsonArray {consent}}};
        QVERIFY(
            !m_hq->cli({u"publish"_s, u"customers"_s,
                           file(u"c7.json"_s, {QJsonObject {{u"key"_s, u"C-7"_s}, {u"data"_s, customer}}}),
                           u"--store"_s, u"demo-paris-11"_s})
                 .isEmpty());
        auto wa = worker(a);
        auto wb = worker(b);
        QVERIFY(drain(*wa));
        QVERIFY(drain(*wb));

        // Both offline: each register sees the offer unused and applies it.
        for (Register *r : {&a, &b}) {
            QSqlDatabase db = r->db->connection();
            const auto c7 = crm::CustomerDirectory(db).byId(u"C-7"_s);
            QVERIFY(c7);
            Catalog catalog(db);
            Checkout checkout(db, StoreProfile::load(SettingsTable(db)));
            checkout.basket().setCustomer(u"C-7"_s);
            QVERIFY(checkout.basket().addProduct(*catalog.productById(1)));
            const Status applied =
                crm::OfferBook(db, catalog)
                    .apply(*c7, checkout.basket(), u"O-1"_s, QDateTime::currentDateTimeUtc());
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            QVERIFY(checkout.addTender(Tender::Cash, checkout.remaining()));
            const auto ticket = checkout.complete({u"c1"_s, u"Camille"_s});
            QVERIFY(ticket);
            QCOMPARE(ticket->offers, QStringList {u"O-1"_s});
        }
        QVERIFY(drain(*wa));
        QVERIFY(drain(*wb));
        QCOMPARE(m_hq->count(u"offer_redemptions"_s), 2);
        QCOMPARE(m_hq->scalar(u"SELECT count(*) FROM chain_flags WHERE kind = 'offer'"_s).toLongLong(), 1);
        QVERIFY(m_hq->scalar(u"SELECT detail FROM chain_flags WHERE kind = 'offer'"_s)
                    .toString()
                    .contains(u"single-use offer O-1 of C-7, used 2 times"_s));
        // Head office's record tells every register the offer is used.
        wa->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            crm::CustomerDirectory(a.db->connection()).byId(u"C-7"_s)->usedOffers.contains(u"O-1"_s), 20000);
        wa->stop();
    }

    // A customer bought three croissants in Paris and brings two back in Lyon: the Lyon register
    // finds the Paris receipt at head office, returns them in cash, and neither Lyon nor the
    // Paris register can take back more than the one left, whichever journal holds the returns.
    void aReceiptOfAnotherStoreIsReturnedThereOnce()
    {
        Register paris = enrolledRegister(0);
        QVERIFY(!m_hq->cli({u"store-add"_s, u"demo-lyon"_s, u"Démo Lyon"_s}).isEmpty());
        QVERIFY(!m_hq->cli({u"register-add"_s, u"demo-lyon"_s, u"01"_s}).isEmpty());
        Register lyon = makeRegister(u"lyon.db"_s, 0);
        {
            const Status s =
                enroll(*lyon.db, m_hq->url(), m_hq->cli({u"enroll-code"_s, u"demo-lyon"_s, u"01"_s}));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        const auto lookupOf = [](Register &r) {
            const SyncSettings settings = SyncSettings::load(SettingsTable(r.db->connection()));
            auto lookup = std::make_unique<CustomerLookup>(settings.url, settings.pinSha256);
            lookup->setToken(*DeviceCredentials::readNow(
                DeviceCredentials::keyFor(settings.storeId, settings.registerId)));
            return lookup;
        };
        const auto sessionOf = [](Register &r, Catalog &catalog) {
            QSqlDatabase db = r.db->connection();
            return std::make_unique<SaleSession>(db, StoreProfile::load(SettingsTable(db)),
                Clerk {u"c1"_s, u"Camille"_s}, catalog, BarcodeDecoder());
        };

        // Paris: three croissants, cash; head office has the ticket.
        Catalog parisCatalog(paris.db->connection());
        auto atParis = sessionOf(paris, parisCatalog);
        Basket three;
        QVERIFY(three.addProduct(*parisCatalog.productBySku(u"BOUL-0002"_s), 3000));
        QVERIFY(atParis->loadBasket(three));
        QVERIFY(atParis->startPayment() && atParis->payRemaining(Tender::Cash));
        const Ticket sold = *atParis->lastTicket();
        atParis->newSale();
        auto wParis = worker(paris);
        QVERIFY(drain(*wParis));

        // Lyon scans the receipt: not in its journal, so head office is asked.
        Catalog lyonCatalog(lyon.db->connection());
        auto atLyon = sessionOf(lyon, lyonCatalog);
        auto lyonLookup = lookupOf(lyon);
        atLyon->setChainLookup(lyonLookup.get());
        QVERIFY(atLyon->scan(TicketQuery::receiptCode(sold.uuid)));
        QVERIFY(atLyon->findingTicketInChain());
        QTRY_VERIFY_WITH_TIMEOUT(!atLyon->findingTicketInChain(), 10000);
        QVERIFY(atLyon->lastTicketElsewhere().has_value());
        QCOMPARE(atLyon->stage(), SaleSession::Stage::Receipt);
        QCOMPARE(atLyon->lastTicket()->uuid, sold.uuid);
        QCOMPARE(atLyon->lastTicketElsewhere()->storeName, u"Démo Paris 11e"_s);
        QCOMPARE(atLyon->returnableLines().first().returnableMilli(), 3000);
        // Its own register reprints and cancels it; Lyon has a ticket of the same number.
        QCOMPARE(atLyon->reprintLast().error().code, u"sale.reprint_elsewhere"_s);
        QCOMPARE(atLyon->voidLastTicket(u"x"_s).error().code, u"sale.void_elsewhere"_s);
        QVERIFY(!atLyon->lastTicketCancellable());
        QVERIFY(atLyon->returnFromTicket(1, 2000, u"Damaged"_s));
        QCOMPARE(
            atLyon->checkout().basket().totals().total.cents(), -sold.lines.first().total.cents() * 2 / 3);
        QVERIFY(atLyon->startPayment() && atLyon->payRemaining(Tender::Cash));
        const Ticket refund = *atLyon->lastTicket();
        QCOMPARE(refund.lines.first().returnsOf, TicketReturns::lineKey(sold.uuid, 1));
        // Its receipt names the Paris ticket with its place: a number alone would be Lyon's own.
        ReceiptOptions options;
        atLyon->nameOrigins(refund, options);
        const QString receipt =
            ReceiptRenderer::text(refund, StoreProfile::load(SettingsTable(lyon.db->connection())), options);
        QVERIFY2(receipt.contains(u"RETURN, ticket %1: Damaged"_s.arg(sold.number, 6, 10, QLatin1Char('0'))),
            qPrintable(receipt));
        QVERIFY2(receipt.contains(u"\nof Démo Paris 11e, register 01\n"_s), qPrintable(receipt));
        atLyon->newSale();

        // Before Lyon's return reaches head office, Lyon's own journal counts it.
        QVERIFY(atLyon->scan(TicketQuery::receiptCode(sold.uuid)));
        QVERIFY(atLyon->findingTicketInChain());
        QTRY_VERIFY_WITH_TIMEOUT(!atLyon->findingTicketInChain(), 10000);
        QVERIFY(atLyon->lastTicketElsewhere().has_value());
        QCOMPARE(atLyon->returnableLines().first().returnableMilli(), 1000);
        atLyon->newSale();
        auto wLyon = worker(lyon);
        QVERIFY(drain(*wLyon));
        QCOMPARE(m_hq->count(u"ticket_links"_s), 1);
        // Once it has: head office and the journal both know it, counted once.
        QVERIFY(atLyon->scan(TicketQuery::receiptCode(sold.uuid)));
        QVERIFY(atLyon->findingTicketInChain());
        QTRY_VERIFY_WITH_TIMEOUT(!atLyon->findingTicketInChain(), 10000);
        QVERIFY(atLyon->lastTicketElsewhere().has_value());
        QCOMPARE(atLyon->lastTicketElsewhere()->elsewhere.links.size(), 1);
        QCOMPARE(atLyon->returnableLines().first().returnableMilli(), 1000);
        QCOMPARE(atLyon->returnFromTicket(1, 2000, u"again"_s).error().code, u"returns.too_many"_s);
        atLyon->newSale();

        // Paris opens its own ticket: head office tells it what came back in Lyon.
        auto parisLookup = lookupOf(paris);
        atParis->setChainLookup(parisLookup.get());
        QVERIFY(atParis->showTicket(sold.uuid));
        QCOMPARE(atParis->returnableLines().first().returnableMilli(), 3000); // its journal alone
        QTRY_VERIFY_WITH_TIMEOUT(!atParis->findingTicketInChain(), 10000);
        QVERIFY(!atParis->lastTicketElsewhere()); // its own
        QCOMPARE(atParis->returnableLines().first().returnableMilli(), 1000);
        QCOMPARE(atParis->returnFromTicket(1, 2000, u"again"_s).error().code, u"returns.too_many"_s);
        QVERIFY(atParis->returnFromTicket(1, 1000, u"the last one"_s));
        QVERIFY(atParis->cancelSale());

        // A receipt nobody has, and one with a code that is no ticket id: told, nothing shown.
        QSignalSpy notices(atLyon.get(), &SaleSession::notice);
        QVERIFY(atLyon->scan(TicketQuery::receiptCode(u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!atLyon->findingTicketInChain(), 10000);
        QVERIFY(notices.last().first().toString().contains(u"No register of the chain"_s));
        QCOMPARE(atLyon->stage(), SaleSession::Stage::Selling);

        // Head office answers only a known register, and only about a ticket id.
        QNetworkAccessManager net;
        const auto get = [&](const QString &path, const QByteArray &token) {
            QNetworkRequest r(QUrl(m_hq->url().toString() + path));
            r.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = net.get(r);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const SyncSettings lyonSettings = SyncSettings::load(SettingsTable(lyon.db->connection()));
        const QByteArray token = DeviceCredentials::readNow(
            DeviceCredentials::keyFor(lyonSettings.storeId, lyonSettings.registerId))
                                     ->toUtf8();
        QCOMPARE(get(u"/api/v1/tickets/"_s + sold.uuid, token), 200);
        QCOMPARE(get(u"/api/v1/tickets/"_s + sold.uuid, "forged"), 401);
        QCOMPARE(get(u"/api/v1/tickets/not-a-ticket"_s, token), 400);
        QCOMPARE(get(u"/api/v1/tickets/%27%20OR%201=1--"_s, token), 400);
        QCOMPARE(get(u"/api/v1/tickets/0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s, token), 404);
    }

    // A premium customer who checks in (a kiosk, a store app) is announced over WebSocket to
    // the registers of that store only, with the offers that target them; a standard customer
    // or one who did not agree to personalised offers is not.
    void aPremiumCustomersArrivalReachesTheStoresRegisters()
    {
        Register r = enrolledRegister(0);
        const auto consent = [](bool granted) {
            return QJsonArray {QJsonObject {{u"purpose"_s, u"personalised-offers"_s},
                {u"channel"_s, u"any"_s}, {u"granted"_s, granted}, {u"at"_s, u"2026-01-01T10:00:00.000Z"_s},
                {u"source"_s, u"store"_s}}};
        };
        const auto record = [&](const QString &id, const QString &tier, bool agreed) {
            QJsonObject data {{u"display_name"_s, QString(u"Client "_s + id)}, {u"tier"_s, tier}};
            data.insert(u"consents"_s, consent(agreed));
            return QJsonObject {{u"key"_s, id}, {u"data"_s, data}};
        };
        const auto publish = [&](const QString &feed, const QJsonArray &records, const QString &store) {
            const QString path = m_dir->filePath(feed + store + u".json"_s);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(records).toJson());
            f.close();
            QStringList args {u"publish"_s, feed, path};
            if (!store.isEmpty())
                args << u"--store"_s << store;
            return !m_hq->cli(args).isEmpty();
        };
        QVERIFY(publish(u"customers"_s,
            QJsonArray {record(u"C-P"_s, u"premium"_s, true), record(u"C-N"_s, u"vip"_s, false),
                record(u"C-S"_s, u"standard"_s, true)},
            u"demo-paris-11"_s));
        QVERIFY(publish(u"offers"_s,
            QJsonArray {QJsonObject {{u"key"_s, u"O-PREM"_s},
                            {u"data"_s,
                                QJsonObject {{u"title"_s, u"Coupe offerte"_s},
                                    {u"target"_s, QJsonObject {{u"tiers"_s, QJsonArray {u"premium"_s}}}},
                                    {u"reward"_s, QJsonObject {{u"percent_off"_s, 10}}}}}},
                QJsonObject {{u"key"_s, u"O-SPORT"_s},
                    {u"data"_s,
                        QJsonObject {{u"title"_s, u"Sport"_s},
                            {u"target"_s, QJsonObject {{u"interests"_s, QJsonArray {u"sport"_s}}}},
                            {u"reward"_s, QJsonObject {{u"percent_off"_s, 10}}}}}}},
            {}));

        NoticeClient client(m_hq->url(), {});
        QSignalSpy connected(&client, &NoticeClient::connected);
        QSignalSpy notices(&client, &NoticeClient::checkIn);
        client.start(*DeviceCredentials::readNow(DeviceCredentials::keyFor(u"demo-paris-11"_s, u"01"_s)));
        QVERIFY(connected.wait(10000));
        // Without a register's token the socket is closed.
        QWebSocket intruder;
        QSignalSpy closed(&intruder, &QWebSocket::disconnected);
        intruder.open(NoticeClient::notificationsUrl(m_hq->url()));
        QVERIFY(closed.wait(10000));

        QVERIFY2(
            m_hq->cli({u"checkin"_s, u"C-S"_s, u"demo-paris-11"_s}).contains(u"not a premium customer"_s),
            "C-S");
        QVERIFY2(m_hq->cli({u"checkin"_s, u"C-N"_s, u"demo-paris-11"_s}).contains(u"no consent"_s), "C-N");
        const QString announced = m_hq->cli({u"checkin"_s, u"C-P"_s, u"demo-paris-11"_s});
        QVERIFY2(
            announced.startsWith(u"announced to the registers of demo-paris-11"_s), qPrintable(announced));
        QVERIFY(notices.wait(10000));
        QCOMPARE(notices.size(), 1);
        const QJsonObject notice = notices.first().first().toJsonObject();
        QCOMPARE(notice.value(u"customer"_s).toString(), u"C-P"_s);
        QCOMPARE(notice.value(u"name"_s).toString(), u"Client C-P"_s);
        QCOMPARE(notice.value(u"tier"_s).toString(), u"premium"_s);
        QCOMPARE(notice.value(u"offers"_s).toArray(), QJsonArray {u"Coupe offerte"_s});

        // The same through the API, as a loyalty kiosk holding an operator token would.
        const QByteArray kiosk = m_hq->cli({u"operator-token"_s, u"kiosk"_s}).trimmed().toUtf8();
        QUrl api = m_hq->url();
        api.setPath(u"/api/v1/checkins"_s);
        const auto [status, body] = post(api, "{\"customer\": \"C-P\", \"store\": \"demo-paris-11\"}", kiosk);
        QCOMPARE(status, 200);
        QVERIFY2(body.contains("\"notified\":true"), body.constData());
        QCOMPARE(
            post(api, "{\"customer\": \"C-P\", \"store\": \"demo-paris-11\"}", "not-a-token").first, 401);
        QCOMPARE(post(api, "{\"customer\": \"nobody\", \"store\": \"demo-paris-11\"}", kiosk).first, 422);
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 10000);

        // Another store's premium customer is not announced here.
        QVERIFY(!m_hq->cli({u"store-add"_s, u"lyon-2"_s, u"Lyon 2e"_s}).isEmpty());
        QVERIFY(publish(u"customers"_s, QJsonArray {record(u"L-P"_s, u"premium"_s, true)}, u"lyon-2"_s));
        QVERIFY(m_hq->cli({u"checkin"_s, u"L-P"_s, u"lyon-2"_s}).startsWith(u"announced"_s));
        QTest::qWait(2000);
        QCOMPARE(notices.size(), 2);
        client.stop();
    }

    void everyTicketOnceThoughAcknowledgementsAreLost()
    {
        Register r = enrolledRegister(250);
        auto w = worker(r);
        QVERIFY(drain(*w));
        QCOMPARE(m_hq->count(u"tickets"_s), 250);
        QCOMPARE(w->stats().acked, 250);

        // Every acknowledgement lost: the register sends everything again.
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'pending', acked_at = NULL"_s));
        auto again = worker(r, 37);
        QVERIFY(drain(*again));
        QCOMPARE(m_hq->count(u"events"_s), 250);
        QCOMPARE(m_hq->count(u"tickets"_s), 250);
        QCOMPARE(m_hq->scalar(u"SELECT count(DISTINCT ticket_id) FROM tickets"_s).toLongLong(), 250);
        QCOMPARE(m_hq->scalar(u"SELECT chain_status || ' ' || chain_number FROM registers"_s).toString(),
            u"ok 250"_s);

        // Head office's figures are the register's, to the cent.
        QCOMPARE(m_hq->scalar(u"SELECT sum(total_cents) FROM tickets"_s).toLongLong(), grandTotal(r));
        QCOMPARE(m_hq->scalar(u"SELECT sum(gross_cents) FROM ticket_vat"_s).toLongLong(), grandTotal(r));
    }

    void headOfficeKilledMidBatchThenBack()
    {
        Register r = enrolledRegister(600);
        auto w = worker(r, 20);
        QSignalSpy progressed(w.get(), &SyncWorker::progressed);
        QSignalSpy connectivity(w.get(), &SyncWorker::connectivityChanged);
        w->start();
        QVERIFY(progressed.wait(10000));
        const quint16 port = m_hq->port();
        m_hq->kill(); // SIGKILL, batches in flight
        QTRY_COMPARE_WITH_TIMEOUT(w->connectivity(), SyncWorker::Connectivity::Offline, 10000);
        QVERIFY(w->stats().pending > 0);

        // Selling goes on while head office is away.
        QVERIFY(ctl(r.path, {u"sell"_s, u"40"_s, u"--seed"_s, u"8"_s}));
        QVERIFY(m_hq->start(port));
        QTRY_VERIFY_WITH_TIMEOUT(w->stats().pending == 0, 30000);
        w->stop();
        QCOMPARE(w->connectivity(), SyncWorker::Connectivity::Online);
        QCOMPARE(m_hq->count(u"events"_s), 640);
        QCOMPARE(m_hq->count(u"tickets"_s), 640);
        QCOMPARE(m_hq->scalar(u"SELECT chain_status || ' ' || chain_number FROM registers"_s).toString(),
            u"ok 640"_s);
    }

    void registerKilledMidSync()
    {
        Register r = enrolledRegister(1500);
        QVERIFY(ctl(r.path, {u"config"_s, u"hq.batch_size"_s, u"10"_s}));
        for (int round = 0; round < 3; ++round) {
            QProcess sync;
            sync.start(env("COMPTOIRCTL"), {u"--db"_s, r.path, u"sync"_s});
            QVERIFY(sync.waitForStarted());
            QTest::qWait(300 + 150 * round);
            sync.kill(); // SIGKILL, mid-batch
            sync.waitForFinished();
        }
        const qint64 before = m_hq->count(u"events"_s);
        QVERIFY2(before > 0 && before < 1500, qPrintable(QString::number(before)));
        QByteArray out;
        QVERIFY(ctl(r.path, {u"sync"_s}, &out));
        QVERIFY2(out.contains("0 pending, 1500 acknowledged"), out.constData());
        QCOMPARE(m_hq->count(u"events"_s), 1500);
        QCOMPARE(m_hq->count(u"tickets"_s), 1500);
    }

    void poisonEventsAreSetAsideAndDoNotBlock()
    {
        Register r = enrolledRegister(20);
        Outbox outbox(r.db->connection());
        // A "ticket" head office cannot read, and an event whose kind is not a kind.
        QVERIFY(outbox.append(u"poison-ticket-1"_s, u"ticket"_s, u"01"_s, QDateTime::currentDateTimeUtc(),
            "{\"format\": 99, \"uuid\": \"poison-ticket-1\"}"));
        QVERIFY(outbox.append(
            u"poison-kind-1"_s, u"Not A Kind!"_s, u"01"_s, QDateTime::currentDateTimeUtc(), "{}"));
        // A readable ticket that the tables cannot hold (a VAT rate twice): refused as an
        // event, not a database error that would refuse the batch for ever.
        QSqlQuery q(r.db->connection());
        QVERIFY(
            q.exec(u"SELECT payload FROM outbox WHERE kind = 'ticket' ORDER BY seq LIMIT 1"_s) && q.next());
        QJsonObject twice = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        q.finish(); // an open read would pin this connection's snapshot
        twice[u"uuid"_s] = u"poison-vat-1"_s;
        QJsonArray vat = twice.value(u"vat"_s).toArray();
        vat.append(vat.first());
        twice[u"vat"_s] = vat;
        QVERIFY(outbox.append(u"poison-vat-1"_s, u"ticket"_s, u"01"_s, QDateTime::currentDateTimeUtc(),
            QJsonDocument(twice).toJson(QJsonDocument::Compact)));
        QVERIFY(ctl(r.path, {u"sell"_s, u"5"_s, u"--seed"_s, u"9"_s})); // after the poison
        auto w = worker(r, 8);
        QVERIFY(drain(*w));
        const auto stats = w->stats();
        QCOMPARE(stats.quarantined, 3);
        QCOMPARE(stats.acked, 25);
        QCOMPARE(m_hq->count(u"tickets"_s), 25);
        const auto rows = outbox.recent(10, u"quarantined"_s);
        QCOMPARE(rows.size(), 3);
        for (const auto &row : rows) {
            QVERIFY2(row.lastError.contains(u"ticket"_s) || row.lastError.contains(u"kind"_s) ||
                    row.lastError.contains(u"VAT rate twice"_s),
                qPrintable(row.lastError));
        }
        QCOMPARE(w->connectivity(), SyncWorker::Connectivity::Online);
    }

    void aMissingTicketIsFlaggedUntilItArrives()
    {
        Register r = enrolledRegister(30);
        QSqlQuery q(r.db->connection());
        // Ticket 12 held back (set aside at the register).
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'quarantined', last_error = 'held back by the test' "
                       "WHERE event_id = (SELECT uuid FROM tickets WHERE number = 12)"_s));
        auto w = worker(r);
        QVERIFY(drain(*w));
        QCOMPARE(m_hq->count(u"tickets"_s), 29);
        QCOMPARE(m_hq->scalar(u"SELECT chain_status FROM registers"_s).toString(), u"gap"_s);
        QCOMPARE(m_hq->scalar(u"SELECT chain_number FROM registers"_s).toLongLong(), 11);
        QVERIFY(m_hq->scalar(u"SELECT chain_detail FROM registers"_s)
                    .toString()
                    .contains(u"ticket 12 missing"_s));
        const QString status = m_hq->cli({u"status"_s});
        QVERIFY2(status.contains(u"gap through 11"_s), qPrintable(status));

        // Sent again: the chain closes.
        QVERIFY(q.exec(u"SELECT uuid FROM tickets WHERE number = 12"_s) && q.next());
        QVERIFY(Outbox(r.db->connection()).requeue(q.value(0).toString()));
        auto again = worker(r);
        QVERIFY(drain(*again));
        QCOMPARE(m_hq->scalar(u"SELECT chain_status || ' ' || chain_number FROM registers"_s).toString(),
            u"ok 30"_s);
    }

    void hostileRequestsChangeNothing()
    {
        Register r = enrolledRegister(10);
        auto w = worker(r);
        QVERIFY(drain(*w));
        const auto token = DeviceCredentials::readNow(DeviceCredentials::keyFor(u"demo-paris-11"_s, u"01"_s));
        QVERIFY(token);
        const QByteArray good = token->toUtf8();
        const QUrl events(m_hq->url().toString() + u"/api/v1/events"_s);
        const qint64 before = m_hq->count(u"events"_s);
        QCOMPARE(before, 10);

        sync::Batch valid;
        valid.storeId = u"demo-paris-11"_s;
        valid.registerId = u"01"_s;
        valid.events.append({u"0199aaaa-0000-7000-8000-000000000001"_s, u"note"_s,
            QDateTime::currentDateTimeUtc(), QJsonObject {{u"text"_s, u"x"_s}}});
        const QByteArray validBody = sync::encodeBatch(valid);

        struct Case
        {
            const char *what;
            QByteArray body;
            QByteArray token;
            QByteArray type;
            int status;
        };
        sync::Batch otherStore = valid;
        otherStore.storeId = u"lyon-2"_s;
        sync::Batch injected = valid;
        injected.events[0].id = u"x'); DROP TABLE events; --"_s;
        const QByteArray forged = QByteArray(43, 'A');
        const QList<Case> cases = {
            {"no token", validBody, {}, "application/json", 401},
            {"forged token", validBody, forged, "application/json", 401},
            {"not JSON", "{\"store\": \"demo-paris-11\", \"events\": [", good, "application/json", 400},
            {"JSON array", "[1, 2, 3]", good, "application/json", 400},
            {"other store", sync::encodeBatch(otherStore), good, "application/json", 403},
            {"SQL in an id", sync::encodeBatch(injected), good, "application/json", 400},
            {"oversized", QByteArray(9 * 1024 * 1024, ' '), good, "application/json", 413},
            {"form instead of JSON", "a=1", good, "application/x-www-form-urlencoded", 415},
        };
        for (const Case &c : cases) {
            const auto [status, answer] = post(events, c.body, c.token, c.type);
            QVERIFY2(status == c.status,
                qPrintable(u"%1: HTTP %2 %3"_s.arg(QLatin1StringView(c.what))
                               .arg(status)
                               .arg(QString::fromUtf8(answer.left(200)))));
            QVERIFY2(!sync::decodeErrorCode(answer).isEmpty(), c.what);
        }
        // Master data: the same gate.
        const QUrl changes(m_hq->url().toString() + u"/api/v1/changes"_s);
        const QList<Case> pulls = {
            {"changes without token", "{\"cursors\":{}}", {}, "application/json", 401},
            {"changes with forged token", "{\"cursors\":{}}", forged, "application/json", 401},
            {"changes not JSON", "{\"cursors\":", good, "application/json", 400},
            {"changes unknown feed", "{\"cursors\":{\"users\":0}}", good, "application/json", 400},
            {"changes cursor as SQL", "{\"cursors\":{\"products\":\"0 OR 1=1\"}}", good, "application/json",
                400},
            {"changes huge page", "{\"cursors\":{},\"limit\":100000000}", good, "application/json", 400},
            {"changes oversized", QByteArray(9 * 1024 * 1024, ' '), good, "application/json", 413},
        };
        for (const Case &c : pulls) {
            const auto [status, answer] = post(changes, c.body, c.token, c.type);
            QVERIFY2(
                status == c.status, qPrintable(u"%1: HTTP %2"_s.arg(QLatin1StringView(c.what)).arg(status)));
            QVERIFY2(!sync::decodeErrorCode(answer).isEmpty(), c.what);
        }
        QCOMPARE(post(changes, "{\"cursors\":{}}", good).first, 200);
        // Enrollment with rubbish.
        const QUrl enroll(m_hq->url().toString() + u"/api/v1/enroll"_s);
        QCOMPARE(post(enroll, "{\"code\": 12}", {}).first, 400);
        QCOMPARE(post(enroll, "{\"code\": \"' OR 1=1 --\"}", {}).first, 403);
        QCOMPARE(
            post(QUrl(m_hq->url().toString() + u"/api/v1/status"_s), "{}", good).first, 404); // wrong method

        QCOMPARE(m_hq->count(u"events"_s), before);
        QCOMPARE(m_hq->count(u"tickets"_s), 10);
        QCOMPARE(m_hq->count(u"registers"_s), 1);
        // And the API still works for the real register.
        QCOMPARE(post(events, validBody, good).first, 200);
        QCOMPARE(m_hq->count(u"events"_s), before + 1);
    }

    void reportMatchesTheRegisterToTheCent()
    {
        Register r = enrolledRegister(120);
        // A ticket paid in cash only: one that moved money on a card is cancelled at the register.
        QSqlQuery cash(r.db->connection());
        QVERIFY(
            cash.exec(u"SELECT number FROM tickets t WHERE kind = 'sale' AND NOT EXISTS (SELECT 1 FROM "
                      "ticket_tenders tt WHERE tt.ticket_id = t.id AND tt.kind LIKE 'card%') ORDER BY number "
                      "LIMIT 1"_s) &&
            cash.next());
        const QString number = cash.value(0).toString();
        cash.finish();
        QVERIFY(ctl(r.path, {u"void"_s, number, u"--reason"_s, u"erreur de caisse"_s}));
        auto w = worker(r);
        QVERIFY(drain(*w));
        const QString json =
            m_hq->cli({u"report"_s, u"--from"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                u"--to"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)});
        const QJsonArray days = QJsonDocument::fromJson(json.toUtf8()).object().value(u"days"_s).toArray();
        qint64 total = 0, vat = 0, tenders = 0, tickets = 0;
        for (const QJsonValue &d : days) {
            const QJsonObject o = d.toObject();
            total += o.value(u"total_cents"_s).toInteger();
            tickets += o.value(u"tickets"_s).toInteger();
            for (const QJsonValue &v : o.value(u"vat"_s).toArray())
                vat += v.toObject().value(u"gross_cents"_s).toInteger();
            const QJsonObject t = o.value(u"tenders"_s).toObject();
            for (auto it = t.begin(); it != t.end(); ++it)
                tenders += it.value().toInteger();
        }
        QCOMPARE(tickets, 121);
        QCOMPARE(total, grandTotal(r));
        QCOMPARE(vat, grandTotal(r));
        QCOMPARE(tenders, grandTotal(r));
    }
};

QTEST_GUILESS_MAIN(TestHqSync)
#include "tst_hqsync.moc"
