// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqloyalty.h"

#include "hqcustomers.h"
#include "hqmasterdata.h"

#include "crm/customer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::hq {

namespace {

constexpr qsizetype kMaxPurchases = 50; // products kept per customer, the latest bought
constexpr qsizetype kMaxUsedOffers = 200;

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// The record's "purchases" with `skus` bought at `at`: one entry per product, the latest
// purchase first, at most kMaxPurchases.
QJsonArray withPurchases(const QJsonArray &purchases, const QStringList &skus, const QString &at)
{
    QList<std::pair<QString, QString>> list; // sku, at
    for (const QJsonValue &v : purchases) {
        const QJsonObject p = v.toObject();
        list.append({p.value(u"sku"_s).toString(), p.value(u"at"_s).toString()});
    }
    for (const QString &sku : skus) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto &p) { return p.first == sku; });
        if (it == list.end())
            list.append({sku, at});
        else if (it->second < at)
            it->second = at;
    }
    std::stable_sort(
        list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (list.size() > kMaxPurchases)
        list.resize(kMaxPurchases);
    QJsonArray out;
    for (const auto &[sku, when] : list)
        out.append(QJsonObject {{u"sku"_s, sku}, {u"at"_s, when}});
    return out;
}

} // namespace

Status HqLoyalty::recordOffers(const Entry &e, const QString &now)
{
    QSqlDatabase db = m_db.db();
    for (const QString &offer : e.offers) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO offer_redemptions (offer_id, ticket_id, customer_id, store_id, register_id, "
                  "used_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        for (const QVariant &v : QVariantList {offer, e.entryId, e.customerId, e.storeId, e.registerId, e.at})
            q.addBindValue(v);
        if (auto s = run(q, "noting an offer used"); !s)
            return s;
        q.prepare(u"SELECT count(*) FROM offer_redemptions WHERE offer_id = ? AND customer_id = ?"_s);
        q.addBindValue(offer);
        q.addBindValue(e.customerId);
        if (auto s = run(q, "counting the offer's uses"); !s)
            return s;
        const qint64 uses = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (uses < 2)
            continue;
        q.prepare(u"SELECT data FROM master_data WHERE feed = 'offers' AND record_key = ?"_s);
        q.addBindValue(offer);
        if (auto s = run(q, "reading the offer"); !s)
            return s;
        const bool singleUse = !q.next() ||
            QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                .object()
                .value(u"single_use"_s)
                .toBool(true);
        q.finish();
        if (!singleUse)
            continue;
        QSqlQuery flag(db);
        flag.prepare(u"INSERT INTO chain_flags (store_id, register_id, number, kind, detail, flagged_at) "
                     "VALUES (?, ?, ?, 'offer', ?, ?) ON CONFLICT DO NOTHING"_s);
        for (const QVariant &v : QVariantList {e.storeId, e.registerId, e.number,
                 u"ticket %1 used single-use offer %2 of %3, used %4 times"_s
                     .arg(e.entryId, offer, e.customerId)
                     .arg(uses),
                 now})
            flag.addBindValue(v);
        if (auto s = run(flag, "flagging an offer used twice"); !s)
            return s;
    }
    return Ok {};
}

HqLoyalty::HqLoyalty(HqDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::optional<qint64>> HqLoyalty::record(const Entry &e)
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO loyalty_ledger (entry_id, customer_id, channel, store_id, register_id, earned, "
              "redeemed, balance_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) "
              "ON CONFLICT (entry_id) DO NOTHING RETURNING entry_id"_s);
    for (const QVariant &v : QVariantList {e.entryId, e.customerId, e.channel, textOrNull(e.storeId),
             textOrNull(e.registerId), e.earned, e.redeemed, e.at})
        q.addBindValue(v);
    if (auto s = run(q, "writing a loyalty entry"); !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>(); // counted already
    q.finish();

    // The customer's record in every store that holds it (the same record everywhere).
    QStringList scopes;
    QJsonObject data;
    const auto readRecord = [&]() -> Status {
        const auto held = HqCustomers(m_db, m_clock).find(e.customerId);
        if (!held)
            return held.error();
        scopes = *held ? (*held)->stores : QStringList();
        data = *held ? (*held)->record : QJsonObject();
        return Ok {};
    };
    if (auto s = readRecord(); !s) // its points start the balance the first time
        return s.error();

    const qint64 delta = e.earned - e.redeemed;
    const QString now = iso(m_clock.now());
    QSqlQuery account(db);
    account.prepare(u"INSERT INTO loyalty_accounts (customer_id, points, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (customer_id) DO UPDATE SET points = loyalty_accounts.points + ?, "
                    "updated_at = excluded.updated_at RETURNING points"_s);
    for (const QVariant &v :
        QVariantList {e.customerId, data.value(u"points"_s).toInteger() + delta, now, delta})
        account.addBindValue(v);
    if (auto s = run(account, "moving the customer's points"); !s)
        return s.error();
    if (!account.next())
        return Error {u"db"_s, u"no balance returned for a loyalty entry"_s};
    const qint64 balance = account.value(0).toLongLong();
    account.finish();

    QSqlQuery after(db);
    after.prepare(u"UPDATE loyalty_ledger SET balance_after = ? WHERE entry_id = ?"_s);
    after.addBindValue(balance);
    after.addBindValue(e.entryId);
    if (auto s = run(after, "noting the balance"); !s)
        return s.error();

    if (balance < 0 && e.redeemed > 0 && !e.registerId.isEmpty()) {
        QSqlQuery flag(db);
        flag.prepare(u"INSERT INTO chain_flags (store_id, register_id, number, kind, detail, flagged_at) "
                     "VALUES (?, ?, ?, 'loyalty', ?, ?) ON CONFLICT DO NOTHING"_s);
        for (const QVariant &v : QVariantList {e.storeId, e.registerId, e.number,
                 u"ticket %1 redeemed %2 point(s) of %3, whose balance is now %4"_s.arg(e.entryId)
                     .arg(e.redeemed)
                     .arg(e.customerId)
                     .arg(balance),
                 now})
            flag.addBindValue(v);
        if (auto s = run(flag, "flagging an overdrawn loyalty account"); !s)
            return s.error();
    }

    if (auto s = recordOffers(e, now); !s)
        return s.error();

    // Read again under the balance's lock: on PostgreSQL another instance may have just
    // republished the record.
    if (auto s = readRecord(); !s)
        return s.error();
    if (!data.isEmpty()) {
        data.insert(u"points"_s, balance);
        if (!e.offers.isEmpty()) {
            QJsonArray used = data.value(u"used_offers"_s).toArray();
            for (const QString &offer : e.offers) {
                if (!used.contains(offer))
                    used.append(offer);
            }
            while (used.size() > kMaxUsedOffers)
                used.removeFirst();
            data.insert(u"used_offers"_s, used);
        }
        if (!e.skus.isEmpty() &&
            crm::Customer::fromJson(e.customerId, data).consentsTo(u"personalised-offers")) {
            data.insert(u"purchases"_s, withPurchases(data.value(u"purchases"_s).toArray(), e.skus, e.at));
        } else if (data.contains(u"purchases"_s) &&
            !crm::Customer::fromJson(e.customerId, data).consentsTo(u"personalised-offers")) {
            data.remove(u"purchases"_s); // consent withdrawn: head office keeps none
        }
        if (!e.storeId.isEmpty() && !scopes.contains(e.storeId))
            scopes << e.storeId; // a customer seen in a store is one it keeps
        HqMasterData records(m_db, m_clock);
        for (const QString &scope : std::as_const(scopes)) {
            if (auto n = records.publishWithin(sync::Feed::Customers, scope, {{e.customerId, false, data}});
                !n)
                return n.error();
        }
    }
    return std::optional<qint64>(balance);
}

Result<qint64> HqLoyalty::balance(const QString &customerId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT points FROM loyalty_accounts WHERE customer_id = ?"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "reading the customer's points"); !s)
        return s.error();
    if (q.next())
        return q.value(0).toLongLong();
    q.finish();
    q.prepare(u"SELECT data FROM master_data WHERE feed = 'customers' AND record_key = ? AND deleted = 0 "
              "ORDER BY rev DESC LIMIT 1"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "reading the customer's record"); !s)
        return s.error();
    if (!q.next())
        return qint64(0);
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"points"_s).toInteger();
}

Result<QJsonArray> HqLoyalty::entries(const QString &customerId, int limit) const
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT entry_id, channel, coalesce(store_id, ''), earned, redeemed, balance_after, created_at "
        "FROM loyalty_ledger WHERE customer_id = ? ORDER BY created_at DESC, entry_id DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (auto s = run(q, "reading the customer's loyalty entries"); !s)
        return s.error();
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject {{u"entry"_s, q.value(0).toString()}, {u"channel"_s, q.value(1).toString()},
            {u"store"_s, q.value(2).toString()}, {u"earned"_s, q.value(3).toLongLong()},
            {u"redeemed"_s, q.value(4).toLongLong()}, {u"balance"_s, q.value(5).toLongLong()},
            {u"at"_s, q.value(6).toString()}});
    }
    return out;
}

Status HqLoyalty::forget(const QString &customerId)
{
    for (const QString &table : {u"loyalty_ledger"_s, u"loyalty_accounts"_s, u"offer_redemptions"_s}) {
        QSqlQuery q(m_db.db());
        q.prepare(u"DELETE FROM %1 WHERE customer_id = ?"_s.arg(table));
        q.addBindValue(customerId);
        if (auto s = run(q, "erasing the customer's loyalty entries"); !s)
            return s;
    }
    return Ok {};
}

} // namespace comptoir::hq
