// SPDX-License-Identifier: GPL-3.0-or-later
#include "masterdata.h"

#include "staff/clerkdirectory.h"

#include "catalog/catalog.h"
#include "counter/quickkeys.h"
#include "crm/customerdirectory.h"
#include "crm/customereditor.h"
#include "crm/loyalty.h"
#include "payment/terminalconfig.h"
#include "sales/storeprofile.h"
#include "storage/database.h"
#include "storage/settingstable.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

using sync::Feed;

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

// One prepared statement, run with its binds; the error names what was being written.
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql)
        : m_query(db)
    {
        m_query.prepare(sql);
    }
    Status run(const QVariantList &binds, const QString &context)
    {
        for (const QVariant &b : binds)
            m_query.addBindValue(b);
        if (!m_query.exec())
            return Database::errorFrom(m_query.lastError(), context);
        return Ok {};
    }
    std::optional<QVariant> first(const QVariantList &binds, const QString &context, Status *status)
    {
        *status = run(binds, context);
        std::optional<QVariant> v;
        if (*status && m_query.next())
            v = m_query.value(0);
        m_query.finish();
        return v;
    }

private:
    QSqlQuery m_query;
};

} // namespace

MasterData::MasterData(QSqlDatabase db, QString registerId)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
{ }

QMap<Feed, qint64> MasterData::cursors() const
{
    QMap<Feed, qint64> cursors;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT feed, cursor FROM sync_cursors"_s)) {
        while (q.next()) {
            if (const auto feed = sync::feedFromName(q.value(0).toString()))
                cursors.insert(*feed, q.value(1).toLongLong());
        }
    }
    return cursors;
}

Status MasterData::applySettings(const sync::FeedPage &page, Applied &applied)
{
    SettingsTable settings(m_db);
    auto loaded = PaymentSetup::load(settings);
    // A setup the register cannot read any more is replaced by what head office says.
    PaymentSetup setup = loaded ? loaded.value() : PaymentSetup {};
    bool setupChanged = false;
    for (const sync::Change &c : page.changes) {
        const QJsonValue value = c.data.value(u"value"_s);
        if (c.key == u"payment.offline"_s) {
            setup.offlinePolicy =
                c.deleted ? OfflineCardPolicy {} : OfflineCardPolicy::fromJson(value.toObject()).value();
            setupChanged = true;
        } else if (c.key == u"payment.health_interval_s"_s) {
            setup.healthIntervalSeconds =
                c.deleted ? PaymentSetup {}.healthIntervalSeconds : int(value.toInteger());
            setupChanged = true;
        } else if (c.key.startsWith(u"payment.terminals/"_s)) {
            if (c.key.mid(18) != m_registerId)
                continue; // another register of the store
            setup.terminals = c.deleted
                ? QList<TerminalConfig> {}
                : PaymentSetup::fromJson(QJsonObject {{u"terminals"_s, value}}).value().terminals;
            setupChanged = true;
        } else if (c.key == crm::LoyaltyProgram::kSettingKey) {
            const QString json = c.deleted
                ? QString()
                : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            if (auto s = settings.setValue(c.key, json); !s)
                return s;
        } else if (c.key == QLatin1StringView(QuickKeys::kSettingKey)) {
            // Head office's list replaces what a manager changed here.
            Catalog catalog(m_db);
            QuickKeys keys(m_db, catalog);
            if (auto s =
                    keys.save(c.deleted ? QuickKeySet {} : QuickKeySet::fromJson(value.toObject()).value());
                !s)
                return s;
            applied.quickKeysChanged = true;
        } else if (c.key == u"store.profile"_s && !c.deleted) {
            StoreProfile profile = StoreProfile::load(settings);
            const QJsonObject p = value.toObject();
            profile.storeName = p.value(u"name"_s).toString();
            profile.address.clear();
            for (const QJsonValue &line : p.value(u"address"_s).toArray())
                profile.address << line.toString();
            profile.siret = p.value(u"siret"_s).toString();
            profile.vatNumber = p.value(u"vat_number"_s).toString();
            profile.phone = p.value(u"phone"_s).toString();
            profile.receiptFooter = p.value(u"receipt_footer"_s).toString();
            if (auto s = profile.save(settings); !s)
                return s;
            applied.storeProfileChanged = true;
        }
        ++applied.changes[Feed::Settings];
    }
    if (setupChanged) {
        if (auto s = setup.save(settings); !s)
            return s;
        applied.paymentSetupChanged = true;
    }
    return Ok {};
}

Result<MasterData::Applied> MasterData::apply(const sync::ChangesReply &reply, const QDateTime &askedAt)
{
    Applied applied;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    Statement saveCursor(m_db,
        u"INSERT INTO sync_cursors (feed, cursor, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    for (const sync::FeedPage &page : reply.feeds) {
        const QString what = u"applying %1 from head office"_s.arg(sync::feedName(page.feed));
        switch (page.feed) {
        case Feed::Settings:
            if (auto s = applySettings(page, applied); !s)
                return s.error();
            break;
        case Feed::Categories: {
            CatalogWriter writer(m_db);
            Statement drop(m_db,
                u"DELETE FROM categories WHERE code = ? AND NOT EXISTS "
                "(SELECT 1 FROM products WHERE category_id = categories.id)"_s);
            for (const sync::Change &c : page.changes) {
                if (c.deleted) {
                    if (auto s = drop.run({c.key}, what); !s)
                        return s.error();
                } else {
                    Category category {0, c.key, c.data.value(u"name"_s).toString(),
                        c.data.value(u"color"_s).toString(), int(c.data.value(u"position"_s).toInteger()),
                        std::nullopt};
                    if (c.data.contains(u"department_vat_bp"_s))
                        category.departmentVat =
                            VatRate(int(c.data.value(u"department_vat_bp"_s).toInteger()));
                    if (auto id = writer.upsertCategory(category); !id)
                        return id.error();
                    applied.quickKeysChanged = true;
                }
            }
            break;
        }
        case Feed::Products: {
            CatalogWriter writer(m_db);
            writer.setDeferSearchIndex(reply.more());
            if (reply.more() && page.remaining > 0) {
                // The first page of a sync says how many changes follow: more than the
                // products held, this is a first sync (or a catalog replaced), written faster
                // without the category index, built again once the last page is in.
                QSqlQuery held(m_db);
                if (!held.exec(u"SELECT count(*) FROM products"_s) || !held.next())
                    return Database::errorFrom(held.lastError(), what);
                const qint64 products = held.value(0).toLongLong();
                held.finish();
                if (page.remaining > products) {
                    if (auto s = writer.deferCategoryIndex(); !s)
                        return s.error();
                }
            }
            Statement storePrice(m_db, u"SELECT price_cents FROM store_prices WHERE sku = ?"_s);
            Statement listPrice(m_db, u"UPDATE products SET list_price_cents = ? WHERE id = ?"_s);
            Statement retire(m_db, u"UPDATE products SET active = 0 WHERE sku = ?"_s);
            QSqlQuery anyStorePrice(m_db);
            const bool storePrices =
                anyStorePrice.exec(u"SELECT 1 FROM store_prices LIMIT 1"_s) && anyStorePrice.next();
            anyStorePrice.finish();
            for (const sync::Change &c : page.changes) {
                if (c.deleted) {
                    // Tickets name the product: it stops selling, its row stays.
                    if (auto s = retire.run({c.key}, what); !s)
                        return s.error();
                    continue;
                }
                const QJsonObject &d = c.data;
                Product p;
                p.sku = c.key;
                p.name = d.value(u"name"_s).toString();
                p.price = Money::fromCents(d.value(u"price_cents"_s).toInteger());
                p.vat = VatRate(int(d.value(u"vat_bp"_s).toInteger()));
                p.categoryCode = d.value(u"category"_s).toString();
                for (const QJsonValue &code : d.value(u"barcodes"_s).toArray())
                    p.barcodes << code.toString();
                p.image = d.value(u"image"_s).toString();
                p.soldByWeight = d.value(u"sold_by_weight"_s).toBool(false);
                p.tareGrams = int(d.value(u"tare_g"_s).toInteger(0));
                p.active = d.value(u"active"_s).toBool(true);
                std::optional<QVariant> own;
                if (storePrices) {
                    Status s = Ok {};
                    own = storePrice.first({p.sku}, what, &s);
                    if (!s)
                        return s.error();
                }
                const Money list = p.price;
                if (own)
                    p.price = Money::fromCents(own->toLongLong());
                auto id = writer.upsertProduct(p);
                if (!id)
                    return id.error();
                if (own) {
                    if (auto s = listPrice.run({list.cents(), *id}, what); !s)
                        return s.error();
                }
            }
            break;
        }
        case Feed::Prices: {
            Statement keep(m_db,
                u"INSERT INTO store_prices (sku, price_cents) VALUES (?, ?) "
                "ON CONFLICT (sku) DO UPDATE SET price_cents = excluded.price_cents"_s);
            Statement set(m_db,
                u"UPDATE products SET list_price_cents = coalesce(list_price_cents, price_cents), "
                "price_cents = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE sku = ?"_s);
            Statement forget(m_db, u"DELETE FROM store_prices WHERE sku = ?"_s);
            Statement back(m_db,
                u"UPDATE products SET price_cents = list_price_cents, list_price_cents = NULL, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                "WHERE sku = ? AND list_price_cents IS NOT NULL"_s);
            for (const sync::Change &c : page.changes) {
                Status s = c.deleted ? forget.run({c.key}, what)
                                     : keep.run({c.key, c.data.value(u"price_cents"_s).toInteger()}, what);
                if (s)
                    s = c.deleted ? back.run({c.key}, what)
                                  : set.run({c.data.value(u"price_cents"_s).toInteger(), c.key}, what);
                if (!s)
                    return s.error();
            }
            break;
        }
        case Feed::Customers: {
            crm::CustomerWriter writer(m_db);
            crm::LoyaltyLedger ledger(m_db);
            crm::CustomerEditor editor(m_db, m_registerId);
            const QSet<QString> edited = editor.pendingCustomers();
            for (const sync::Change &c : page.changes) {
                Status s = c.deleted ? writer.remove(c.key) : writer.upsert(c.key, c.data, c.rev);
                if (s && !c.deleted && askedAt.isValid())
                    s = ledger.confirm(c.key, askedAt);
                // Changes made here that head office has not merged yet stay visible.
                if (s && !c.deleted && edited.contains(c.key))
                    s = editor.overlay(c.key, c.data, c.rev, askedAt);
                if (!s)
                    return s.error();
            }
            break;
        }
        case Feed::Offers: {
            Statement save(m_db,
                u"INSERT INTO offers (id, title, starts_at, ends_at, hq_rev, body) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, starts_at = excluded.starts_at, "
                "ends_at = excluded.ends_at, hq_rev = excluded.hq_rev, body = excluded.body"_s);
            Statement drop(m_db, u"DELETE FROM offers WHERE id = ?"_s);
            for (const sync::Change &c : page.changes) {
                const Status s = c.deleted
                    ? drop.run({c.key}, what)
                    : save.run({c.key, c.data.value(u"title"_s).toString(),
                                   nullableText(c.data.value(u"starts_at"_s).toString()),
                                   nullableText(c.data.value(u"ends_at"_s).toString()), c.rev,
                                   QString::fromUtf8(compact(c.data))},
                          what);
                if (!s)
                    return s.error();
            }
            break;
        }
        case Feed::Roles:
        case Feed::Clerks: {
            ClerkDirectory clerks(m_db);
            for (const sync::Change &c : page.changes) {
                QJsonObject record = c.data;
                record.insert(u"id"_s, c.key);
                Status s = Ok {};
                if (page.feed == Feed::Roles)
                    s = c.deleted ? clerks.removeRole(c.key) : clerks.applyRole(record);
                else
                    s = c.deleted ? clerks.retire(c.key) : clerks.applyClerk(record);
                if (!s)
                    return s.error();
            }
            applied.clerksChanged = true;
            break;
        }
        }
        if (page.feed != Feed::Settings)
            applied.changes[page.feed] += int(page.changes.size());
        if (auto s = saveCursor.run({sync::feedName(page.feed), page.cursor, now}, what); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return applied;
}

Result<qint64> MasterData::indexSearchBacklog(qint64 limit)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto left = CatalogWriter(m_db).indexBacklog(limit);
    if (!left)
        return left.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return left;
}

void MasterData::setBulkLoading(QSqlDatabase db, bool bulk)
{
    if (!bulk) {
        Database::applyConnectionSettings(db);
        return;
    }
    // A large first sync writes the same index pages over and over: a bigger cache and fewer
    // checkpoints write each of them far fewer times. NORMAL durability is safe here: a page
    // lost to a power cut went with its cursor, and comes again.
    QSqlQuery pragma(db);
    for (const QString &sql : {u"PRAGMA cache_size=-131072"_s, u"PRAGMA synchronous=NORMAL"_s,
             u"PRAGMA wal_autocheckpoint=16384"_s}) {
        if (!pragma.exec(sql))
            qWarning() << sql << pragma.lastError().text();
    }
}

} // namespace comptoir
