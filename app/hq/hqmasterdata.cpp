// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqmasterdata.h"

#include "hqcustomers.h"

#include "crm/democustomers.h"
#include "crm/loyaltyprogram.h"

#include "catalog/democatalog.h"
#include "counter/quickkeys.h"
#include "demo/demostore.h"
#include "staff/pin.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHq)

namespace comptoir::hq {

namespace {

using sync::Feed;

QString scopeOf(Feed feed, const QString &storeId)
{
    return sync::isStoreFeed(feed) ? storeId : QString(u""_s);
}

// Buffers the CSV importer's batches and publishes each in one transaction.
class HqCatalogSink final : public CatalogSink
{
public:
    explicit HqCatalogSink(HqMasterData &data)
        : m_data(data)
    { }
    Status begin() override
    {
        m_products.clear();
        return Ok {};
    }
    Status commit() override
    {
        if (m_products.isEmpty())
            return Ok {};
        auto published = m_data.publish(Feed::Products, {}, m_products);
        m_products.clear();
        if (!published)
            return Error {u"storage.io"_s, published.error().message};
        return Ok {};
    }
    void abandon() override { m_products.clear(); }
    bool hasCategory(const QString &code) override { return m_categories.contains(code); }
    Status saveCategory(const Category &c) override
    {
        auto published = m_data.publish(Feed::Categories, {}, {HqMasterData::categoryRecord(c)});
        if (!published)
            return Error {u"storage.io"_s, published.error().message};
        m_categories.insert(c.code);
        return Ok {};
    }
    Status saveProduct(const Product &p) override
    {
        HqMasterData::Record r = HqMasterData::productRecord(p);
        if (const QString why = sync::validateChange(Feed::Products, r.key, r.data); !why.isEmpty())
            return Error {u"catalog.row"_s, why};
        m_products.append(std::move(r));
        return Ok {};
    }

private:
    HqMasterData &m_data;
    QList<HqMasterData::Record> m_products;
    QSet<QString> m_categories;
};

} // namespace

HqMasterData::HqMasterData(HqDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> HqMasterData::publish(Feed feed, const QString &storeId, const QList<Record> &records)
{
    return write(feed, storeId, records, false);
}

Result<qint64> HqMasterData::publishWithin(Feed feed, const QString &storeId, const QList<Record> &records)
{
    return write(feed, storeId, records, true);
}

Result<qint64> HqMasterData::write(
    Feed feed, const QString &storeId, const QList<Record> &records, bool withinTransaction)
{
    if (sync::isStoreFeed(feed) && !sync::isValidIdentifier(storeId))
        return Error {u"masterdata.store"_s, u"%1 belong to a store: name it"_s.arg(sync::feedName(feed))};
    // The last word on a key wins; one statement may not touch a row twice (PostgreSQL).
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &r = records[i];
        if (!r.deleted) {
            if (const QString why = sync::validateChange(feed, r.key, r.data); !why.isEmpty())
                return Error {
                    u"masterdata.invalid"_s, u"%1 \"%2\": %3"_s.arg(sync::feedName(feed), r.key, why)};
        } else if (r.key.isEmpty() || r.key.size() > 64) {
            return Error {
                u"masterdata.invalid"_s, u"%1: a deleted record needs its key"_s.arg(sync::feedName(feed))};
        }
        last.insert(r.key, i);
    }
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (last.value(records[i].key) == i)
            rows.append(i);
    }
    QList<QByteArray> bodies;
    bodies.reserve(rows.size());
    for (qsizetype i : rows) {
        bodies.append(
            records[i].deleted ? "{}"_ba : QJsonDocument(records[i].data).toJson(QJsonDocument::Compact));
        if (bodies.last().size() > sync::kMaxChangeData)
            return Error {u"masterdata.invalid"_s,
                u"%1 \"%2\": over %3 bytes"_s.arg(sync::feedName(feed), records[i].key)
                    .arg(sync::kMaxChangeData)};
    }
    if (rows.isEmpty())
        return qint64(0);

    QSqlDatabase db = m_db.db();
    if (sync::isStoreFeed(feed)) {
        // A typo in the store would publish to nobody.
        const auto known = storeExists(db, storeId);
        if (!known)
            return known.error();
        if (!*known)
            return Error {u"masterdata.store"_s, u"no store \"%1\" (comptoir-hq store-add)"_s.arg(storeId)};
    }
    HqTransaction tx(db);
    if (!withinTransaction) {
        if (auto s = tx.begin(); !s)
            return s.error();
    }
    QSqlQuery reserve(db);
    reserve.prepare(u"UPDATE feed_counters SET rev = rev + ? WHERE feed = ? RETURNING rev"_s);
    reserve.addBindValue(qint64(rows.size()));
    reserve.addBindValue(sync::feedName(feed));
    if (auto s = run(reserve, "reserving revisions"); !s)
        return s.error();
    if (!reserve.next())
        return Error {u"db"_s, u"no counter for feed %1"_s.arg(sync::feedName(feed))};
    const qint64 first = reserve.value(0).toLongLong() - rows.size() + 1;
    reserve.finish();

    const QString scope = scopeOf(feed, storeId);
    const QString now = iso(m_clock.now());
    // Customers: what each record was, for their search terms and fields' change times.
    QHash<QString, QJsonObject> before;
    if (feed == Feed::Customers) {
        QSqlQuery old(db);
        old.prepare(
            u"SELECT data FROM master_data WHERE feed = 'customers' AND scope = ? AND record_key = ?"_s);
        for (qsizetype i : std::as_const(rows)) {
            old.addBindValue(scope);
            old.addBindValue(records[i].key);
            if (auto s = run(old, "reading a customer's record"); !s)
                return s.error();
            if (old.next())
                before.insert(
                    records[i].key, QJsonDocument::fromJson(old.value(0).toString().toUtf8()).object());
            old.finish();
        }
    }
    QSet<QString> changed;
    // An unchanged record keeps its revision: a register has nothing to fetch for it.
    const auto s = insertRows(
        db, m_db.isPostgres() ? 200 : 1,
        u"master_data (feed, scope, record_key, rev, deleted, data, updated_at)"_s, 7,
        u" ON CONFLICT (feed, scope, record_key) DO UPDATE SET rev = excluded.rev, "
        "deleted = excluded.deleted, data = excluded.data, updated_at = excluded.updated_at "
        "WHERE master_data.deleted <> excluded.deleted OR master_data.data <> excluded.data "
        "RETURNING record_key"_s,
        rows.size(),
        [&](qsizetype i, QVariantList &row) {
            const Record &r = records[rows[i]];
            row << sync::feedName(feed) << scope << r.key << first + i << (r.deleted ? 1 : 0)
                << QString::fromUtf8(bodies[i]) << now;
        },
        &changed, "publishing master data");
    if (!s)
        return s.error();
    if (feed == Feed::Customers) {
        HqCustomers customers(m_db, m_clock);
        for (qsizetype i : std::as_const(rows)) {
            const Record &r = records[i];
            if (!changed.contains(r.key))
                continue;
            if (auto noted = customers.noteWritten(r.key, before.value(r.key), r.data, r.deleted, now);
                !noted)
                return noted.error();
        }
    }
    if (!withinTransaction) {
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    return qint64(changed.size());
}

Result<QByteArray> HqMasterData::changes(
    const RegisterIdentity &who, const sync::ChangesRequest &request) const
{
    QSqlDatabase db = m_db.db();
    // One snapshot for the whole answer (PostgreSQL: repeatable read).
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (m_db.isPostgres()) {
        QSqlQuery iso(db);
        iso.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    }
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(u"SELECT record_key, rev, deleted, data FROM master_data "
                 "WHERE feed = ? AND scope = ? AND rev > ? ORDER BY rev LIMIT ?"_s);
    QSqlQuery count(db);
    count.prepare(u"SELECT count(*) FROM master_data WHERE feed = ? AND scope = ? AND rev > ?"_s);

    sync::ChangesReplyWriter out;
    int budget = request.limit;
    for (Feed feed : sync::kAllFeeds) {
        const QString name = sync::feedName(feed);
        const QString scope = scopeOf(feed, who.storeId);
        const qint64 from = request.cursors.value(feed, 0);
        qint64 remaining = -1;
        if (request.count) {
            count.addBindValue(name);
            count.addBindValue(scope);
            count.addBindValue(from);
            if (auto s = run(count, "counting changes"); !s)
                return s.error();
            remaining = count.next() ? count.value(0).toLongLong() : 0;
            count.finish();
        }
        out.beginFeed(feed);
        qint64 cursor = from;
        bool more = budget <= 0; // not looked at: the register asks again
        if (budget > 0) {
            page.addBindValue(name);
            page.addBindValue(scope);
            page.addBindValue(from);
            page.addBindValue(budget + 1);
            if (auto s = run(page, "reading changes"); !s)
                return s.error();
            int n = 0;
            while (page.next()) {
                if (n == budget) {
                    more = true;
                    break;
                }
                cursor = page.value(1).toLongLong();
                out.add(page.value(0).toString(), cursor, page.value(2).toInt() != 0,
                    page.value(3).toString().toUtf8());
                ++n;
            }
            page.finish();
            budget -= n;
        }
        out.endFeed(cursor, more, remaining);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return out.finish();
}

Result<QJsonArray> HqMasterData::status() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(u"SELECT feed, scope, count(*), sum(deleted), max(rev) FROM master_data "
                "GROUP BY feed, scope ORDER BY feed, scope"_s))
        return Error {u"db"_s, u"reading master data status: "_s + q.lastError().text()};
    QJsonArray feeds;
    while (q.next()) {
        feeds.append(QJsonObject {{u"feed"_s, q.value(0).toString()}, {u"store"_s, q.value(1).toString()},
            {u"records"_s, q.value(2).toLongLong()}, {u"deleted"_s, q.value(3).toLongLong()},
            {u"revision"_s, q.value(4).toLongLong()}});
    }
    return feeds;
}

HqMasterData::Record HqMasterData::productRecord(const Product &p)
{
    QJsonObject d {{u"name"_s, p.name}, {u"price_cents"_s, p.price.cents()},
        {u"vat_bp"_s, p.vat.basisPoints()}, {u"barcodes"_s, QJsonArray::fromStringList(p.barcodes)},
        {u"sold_by_weight"_s, p.soldByWeight}, {u"active"_s, p.active}};
    if (p.tareGrams > 0)
        d.insert(u"tare_g"_s, p.tareGrams);
    if (!p.categoryCode.isEmpty())
        d.insert(u"category"_s, p.categoryCode);
    if (!p.image.isEmpty())
        d.insert(u"image"_s, p.image);
    return {p.sku, false, d};
}

HqMasterData::Record HqMasterData::categoryRecord(const Category &c)
{
    QJsonObject d {{u"name"_s, c.name}, {u"position"_s, c.position}};
    if (!c.color.isEmpty())
        d.insert(u"color"_s, c.color);
    if (c.departmentVat)
        d.insert(u"department_vat_bp"_s, c.departmentVat->basisPoints());
    return {c.code, false, d};
}

Result<QList<HqMasterData::Record>> HqMasterData::recordsFromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return Error {u"masterdata.invalid"_s,
            u"expected a JSON list of {\"key\", \"data\"} records (%1)"_s.arg(pe.errorString())};
    QList<Record> records;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(u"key"_s).isString())
            return Error {u"masterdata.invalid"_s, u"record %1 has no \"key\""_s.arg(records.size() + 1)};
        const bool deleted = o.value(u"deleted"_s).toBool(false);
        if (!deleted && !o.value(u"data"_s).isObject())
            return Error {u"masterdata.invalid"_s,
                u"record \"%1\" has no \"data\" object"_s.arg(o.value(u"key"_s).toString())};
        records.append({o.value(u"key"_s).toString(), deleted, o.value(u"data"_s).toObject()});
    }
    return records;
}

Result<qint64> HqMasterData::publishDemoCatalog(qint64 count, const std::function<void(qint64)> &progress)
{
    QList<Record> categories;
    for (const Category &c : DemoCatalog::categories())
        categories.append(categoryRecord(c));
    auto changed = publish(Feed::Categories, {}, categories);
    if (!changed)
        return changed;
    qint64 total = *changed, done = 0;
    QList<Record> batch;
    std::optional<Error> failure;
    const auto flush = [&] {
        auto n = publish(Feed::Products, {}, batch);
        batch.clear();
        if (!n) {
            failure = n.error();
            return false;
        }
        total += *n;
        if (progress)
            progress(done);
        return true;
    };
    DemoCatalog::forEachProduct(count, 2018, [&](const Product &p) {
        batch.append(productRecord(p));
        ++done;
        return batch.size() < 10000 || flush();
    });
    if (!failure && !batch.isEmpty())
        flush();
    if (failure)
        return *failure;
    return total;
}

Result<qint64> HqMasterData::withdrawCustomer(const QString &customerId)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT scope FROM master_data WHERE feed = 'customers' AND record_key = ? AND deleted = 0"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "finding the customer's stores"); !s)
        return s.error();
    QStringList stores;
    while (q.next())
        stores << q.value(0).toString();
    q.finish();
    for (const QString &store : std::as_const(stores)) {
        if (auto n = publish(Feed::Customers, store, {{customerId, true, {}}}); !n)
            return n.error();
    }
    return qint64(stores.size());
}

Status HqMasterData::publishDemoStore(const QString &storeId)
{
    const auto settings = publish(Feed::Settings, storeId,
        {
            {u"store.profile"_s, false,
                QJsonObject {{u"value"_s,
                    QJsonObject {{u"name"_s, u"Comptoir Démo — Paris 11e"_s},
                        {u"address"_s, QJsonArray {u"12 rue Oberkampf"_s, u"75011 Paris"_s}},
                        {u"siret"_s, u"12345678900011"_s}, {u"vat_number"_s, u"FR12123456789"_s},
                        {u"phone"_s, u"01 23 45 67 89"_s},
                        {u"receipt_footer"_s, u"Merci de votre visite ! — Thank you!"_s}}}}},
            {crm::LoyaltyProgram::kSettingKey, false,
                QJsonObject {{u"value"_s, crm::DemoCustomers::loyaltyProgram()}}},
            {QLatin1StringView(QuickKeys::kSettingKey), false,
                QJsonObject {{u"value"_s, QuickKeySet {DemoCatalog::favourites()}.toJson()}}},
            {u"payment.offline"_s, false,
                QJsonObject {{u"value"_s,
                    QJsonObject {{u"enabled"_s, true}, {u"max_amount_cents"_s, 2500}, {u"max_count"_s, 4},
                        {u"max_total_cents"_s, 10000}}}}},
        });
    if (!settings)
        return settings.error();
    QList<Record> showcase;
    for (const auto &[id, record] : crm::DemoCustomers::showcase(storeId))
        showcase.append({id, false, record});
    const auto customers = publish(Feed::Customers, storeId, showcase);
    if (!customers)
        return customers.error();
    QList<Record> demoOffers;
    for (const auto &[id, offer] : crm::DemoCustomers::offers())
        demoOffers.append({id, false, offer});
    const auto offers = publish(Feed::Offers, {}, demoOffers);
    if (!offers)
        return offers.error();
    // The demo's clerks, as a register's own demo has them (PINs in the README).
    QList<Record> clerks;
    for (const DemoStore::DemoClerk &c : DemoStore::demoClerks()) {
        const auto hashed = pin::hash(c.pin);
        if (!hashed)
            return hashed.error();
        clerks.append({c.id, false,
            QJsonObject {
                {u"name"_s, c.name}, {u"role"_s, c.role}, {u"pin_hash"_s, *hashed}, {u"active"_s, true}}});
    }
    if (const auto published = publish(Feed::Clerks, storeId, clerks); !published)
        return published.error();
    return Ok {};
}

CsvImportReport HqMasterData::importCatalog(const QString &csvPath)
{
    HqCatalogSink sink(*this);
    CatalogCsvImporter importer(sink);
    return importer.importFile(csvPath);
}

} // namespace comptoir::hq
