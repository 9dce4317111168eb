// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqcustomers.h"

#include "hqloyalty.h"
#include "hqmasterdata.h"
#include "hqservice.h"

#include "crm/customertext.h"
#include "crm/loyaltyprogram.h"
#include "sync/changefeeds.h"
#include "sync/syncprotocol.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHq)

namespace comptoir::hq {

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// An empty text or list is no value: "" and [] and a missing field compare equal.
QJsonValue valueOf(const QJsonValue &v)
{
    if (v.isUndefined() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty()))
        return QJsonValue::Null;
    return v;
}

QString show(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The search terms of a record (crm::searchTerms).
QStringList termsOf(const QJsonObject &r)
{
    QStringList cards;
    for (const QJsonValue &v : r.value(u"cards"_s).toArray())
        cards << v.toString();
    return crm::searchTerms(r.value(u"display_name"_s).toString(), r.value(u"first_name"_s).toString(),
        r.value(u"last_name"_s).toString(), r.value(u"phone"_s).toString(), r.value(u"email"_s).toString(),
        cards);
}

} // namespace

HqCustomers::HqCustomers(HqDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::optional<HqCustomers::Held>> HqCustomers::find(const QString &customerId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT scope, data FROM master_data WHERE feed = 'customers' AND record_key = ? "
              "AND deleted = 0 ORDER BY rev DESC"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "finding the customer's record"); !s)
        return s.error();
    std::optional<Held> held;
    while (q.next()) {
        if (!held)
            held = Held {parse(q.value(1).toString()), {}};
        held->stores << q.value(0).toString();
    }
    return held;
}

Status HqCustomers::noteWritten(const QString &customerId, const QJsonObject &before,
    const QJsonObject &after, bool deleted, const QString &at)
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    // Every ticket sold to a customer republishes their record with new points: the terms
    // are only written again when what they are made of changed.
    const bool sameTerms = !deleted && !before.isEmpty() && termsOf(before) == termsOf(after);
    if (!sameTerms) {
        q.prepare(u"DELETE FROM customer_terms WHERE customer_id = ?"_s);
        q.addBindValue(customerId);
        if (auto s = run(q, "dropping the customer's search terms"); !s)
            return s;
    }
    QJsonObject indexed = after;
    if (deleted) {
        // Another store may still hold them.
        const auto held = find(customerId);
        if (!held)
            return held.error();
        if (!*held)
            return Ok {};
        indexed = (*held)->record;
    }
    const QStringList terms = sameTerms ? QStringList() : termsOf(indexed);
    q.prepare(u"INSERT INTO customer_terms (term, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    for (const QString &term : terms) {
        q.addBindValue(term);
        q.addBindValue(customerId);
        if (auto s = run(q, "indexing the customer"); !s)
            return s;
    }
    if (deleted)
        return Ok {};
    QSqlQuery field(db);
    field.prepare(u"INSERT INTO customer_fields (customer_id, field, changed_at, source) "
                  "VALUES (?, ?, ?, 'head-office') ON CONFLICT (customer_id, field) DO UPDATE SET "
                  "changed_at = excluded.changed_at, source = excluded.source"_s);
    for (const QString &name : crm::CustomerEdit::editableFields()) {
        if (valueOf(before.value(name)) == valueOf(after.value(name)) && !before.isEmpty())
            continue;
        for (const QVariant &v : QVariantList {customerId, name, at})
            field.addBindValue(v);
        if (auto s = run(field, "noting a field's change"); !s)
            return s;
    }
    return Ok {};
}

Result<QJsonArray> HqCustomers::search(const QString &text, int limit) const
{
    const QList<QStringList> groups = crm::searchTermGroups(text);
    QStringList ids;
    QSqlDatabase db = m_db.db();
    for (const QStringList &group : groups) {
        // The first term drives the search; each further one must match too.
        QString sql = u"SELECT DISTINCT customer_id FROM customer_terms WHERE "_s;
        QVariantList binds;
        for (qsizetype i = 0; i < group.size(); ++i) {
            const QString end = crm::prefixEnd(group[i]);
            const QString range = end.isEmpty() ? u"term >= ?"_s : u"term >= ? AND term < ?"_s;
            sql += i == 0
                ? range
                : u" AND customer_id IN (SELECT customer_id FROM customer_terms WHERE "_s + range + u')';
            binds << group[i];
            if (!end.isEmpty())
                binds << end;
        }
        sql += u" LIMIT ?"_s;
        binds << limit;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (auto s = run(q, "searching customers"); !s)
            return s.error();
        while (q.next() && ids.size() < limit) {
            if (const QString id = q.value(0).toString(); !ids.contains(id))
                ids << id;
        }
    }
    QList<std::pair<QString, QJsonObject>> found;
    for (const QString &id : std::as_const(ids)) {
        const auto held = find(id);
        if (!held)
            return held.error();
        if (*held)
            found.append({id, (*held)->record});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second.value(u"display_name"_s).toString(),
                   b.second.value(u"display_name"_s).toString()) < 0;
    });
    QJsonArray out;
    for (const auto &[id, record] : std::as_const(found))
        out.append(QJsonObject {{u"id"_s, id}, {u"record"_s, record}});
    return out;
}

Result<std::optional<QJsonObject>> HqCustomers::adopt(const QString &customerId, const QString &storeId)
{
    const auto held = find(customerId);
    if (!held)
        return held.error();
    if (!*held)
        return std::optional<QJsonObject>();
    if (!(*held)->stores.contains(storeId)) {
        if (auto n = HqMasterData(m_db, m_clock)
                         .publish(sync::Feed::Customers, storeId, {{customerId, false, (*held)->record}});
            !n)
            return n.error();
    }
    return std::optional((*held)->record);
}

Result<QJsonArray> HqCustomers::history(const QString &customerId, int limit) const
{
    QSqlDatabase db = m_db.db();
    QList<QJsonObject> entries;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.ticket_id, t.store_id, coalesce(s.name, t.store_id), t.register_id, t.number, "
              "t.kind, t.created_at, t.total_cents, coalesce(l.earned, 0), coalesce(l.redeemed, 0) "
              "FROM tickets t LEFT JOIN stores s ON s.id = t.store_id "
              "LEFT JOIN loyalty_ledger l ON l.entry_id = t.ticket_id "
              "WHERE t.customer_id = ? ORDER BY t.created_at DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (auto s = run(q, "reading the customer's tickets"); !s)
        return s.error();
    while (q.next()) {
        entries.append(QJsonObject {{u"channel"_s, u"store"_s}, {u"id"_s, q.value(0).toString()},
            {u"store"_s, q.value(1).toString()}, {u"store_name"_s, q.value(2).toString()},
            {u"register"_s, q.value(3).toString()}, {u"number"_s, q.value(4).toLongLong()},
            {u"kind"_s, q.value(5).toString()}, {u"at"_s, q.value(6).toString()},
            {u"total_cents"_s, q.value(7).toLongLong()}, {u"points_earned"_s, q.value(8).toLongLong()},
            {u"points_redeemed"_s, q.value(9).toLongLong()}});
    }
    q.finish();
    q.prepare(u"SELECT order_id, ordered_at, total_cents, items, points_earned, points_redeemed "
              "FROM online_orders WHERE customer_id = ? ORDER BY ordered_at DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (auto s = run(q, "reading the customer's online orders"); !s)
        return s.error();
    while (q.next()) {
        entries.append(QJsonObject {{u"channel"_s, u"online"_s}, {u"id"_s, q.value(0).toString()},
            {u"at"_s, q.value(1).toString()}, {u"total_cents"_s, q.value(2).toLongLong()},
            {u"items"_s, q.value(3).toLongLong()}, {u"kind"_s, u"sale"_s},
            {u"points_earned"_s, q.value(4).toLongLong()}, {u"points_redeemed"_s, q.value(5).toLongLong()}});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"at"_s).toString() > b.value(u"at"_s).toString();
    });
    QJsonArray out;
    for (qsizetype i = 0; i < entries.size() && i < limit; ++i)
        out.append(entries[i]);
    return out;
}

Result<HqCustomers::OnlineOrder> HqCustomers::orderFromJson(const QJsonObject &o)
{
    const auto bad = [](const QString &why) {
        return Error {u"order.invalid"_s, why};
    };
    OnlineOrder order;
    order.id = o.value(u"order"_s).toString();
    order.customerId = o.value(u"customer"_s).toString();
    order.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
    if (order.id.isEmpty() || order.id.size() > 64 || order.id.trimmed() != order.id)
        return bad(u"\"order\": the web shop's order number, 1 to 64 characters"_s);
    if (!sync::isValidIdentifier(order.customerId))
        return bad(u"\"customer\" is not a customer id"_s);
    if (!order.at.isValid())
        return bad(u"\"at\" is not an ISO 8601 date and time"_s);
    const QJsonValue total = o.value(u"total_cents"_s);
    if (!total.isDouble() || total.toDouble() != double(total.toInteger()) || total.toInteger() < 0 ||
        total.toInteger() > 100'000'000)
        return bad(u"\"total_cents\" is not a whole number of cents from 0 to 1000000 euros"_s);
    order.totalCents = total.toInteger();
    const QJsonValue items = o.value(u"items"_s);
    if (!items.isUndefined() && (!items.isArray() || items.toArray().size() > 500))
        return bad(u"\"items\" is not a list of at most 500 lines"_s);
    for (const QJsonValue &v : items.toArray()) {
        const QString sku = v.toObject().value(u"sku"_s).toString();
        const qint64 quantity = v.toObject().value(u"quantity"_s).toInteger(1);
        if (sku.isEmpty() || sku.size() > 64 || quantity < 1 || quantity > 10000)
            return bad(u"an item needs a \"sku\" and a \"quantity\" from 1 to 10000"_s);
        order.skus << sku;
        order.items += quantity;
    }
    for (const auto &[field, target] :
        {std::pair {u"points_earned"_s, 0}, std::pair {u"points_redeemed"_s, 1}}) {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0 ||
            v.toInteger() > 10'000'000)
            return bad(u"\"%1\" is not a number of points"_s.arg(field));
        if (target == 0)
            order.pointsEarned = v.toInteger();
        else
            order.pointsRedeemed = v.toInteger();
    }
    return order;
}

Result<qint64> HqCustomers::programPointsOn(qint64 cents, const QString &customerId) const
{
    // The chain's programme, as published to the customer's home store (or any store).
    const auto held = find(customerId);
    if (!held)
        return held.error();
    const QString home = *held ? (*held)->record.value(u"home_store"_s).toString() : QString();
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT data FROM master_data WHERE feed = 'settings' AND record_key = ? AND deleted = 0 "
              "ORDER BY CASE WHEN scope = ? THEN 0 ELSE 1 END, rev DESC LIMIT 1"_s);
    q.addBindValue(crm::LoyaltyProgram::kSettingKey);
    q.addBindValue(home);
    if (auto s = run(q, "reading the loyalty programme"); !s)
        return s.error();
    if (!q.next())
        return qint64(0);
    const auto program =
        crm::LoyaltyProgram::fromJson(parse(q.value(0).toString()).value(u"value"_s).toObject());
    if (!program || !program->enabled)
        return qint64(0);
    return program->pointsEarnedOn(Money::fromCents(cents));
}

Result<bool> HqCustomers::recordOnlineOrder(const OnlineOrder &order)
{
    QSqlDatabase db = m_db.db();
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto held = find(order.customerId);
    if (!held)
        return held.error();
    if (!*held)
        return Error {u"customer.unknown"_s, u"no customer %1 at head office"_s.arg(order.customerId)};
    qint64 earned = 0;
    if (order.pointsEarned) {
        earned = *order.pointsEarned;
    } else {
        const auto points = programPointsOn(order.totalCents, order.customerId);
        if (!points)
            return points.error();
        earned = *points;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO online_orders (order_id, customer_id, ordered_at, total_cents, items, "
              "points_earned, points_redeemed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (order_id) DO NOTHING RETURNING order_id"_s);
    for (const QVariant &v : QVariantList {order.id, order.customerId, iso(order.at), order.totalCents,
             order.items, earned, order.pointsRedeemed, iso(m_clock.now())})
        q.addBindValue(v);
    if (auto s = run(q, "recording an online order"); !s)
        return s.error();
    if (!q.next())
        return false; // sent again by the web shop
    q.finish();
    const HqLoyalty::Entry entry {u"web:"_s + order.id, order.customerId, u"online"_s, {}, {}, 0, earned,
        order.pointsRedeemed, iso(order.at), {}, order.skus};
    if (auto moved = HqLoyalty(m_db, m_clock).record(entry); !moved)
        return moved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<QStringList> HqCustomers::applyEdit(const RegisterIdentity &who, const crm::CustomerEdit &edit)
{
    QSqlDatabase db = m_db.db();
    const auto held = find(edit.customerId);
    if (!held)
        return held.error();
    QJsonObject record;
    QStringList stores;
    if (*held) {
        record = (*held)->record;
        stores = (*held)->stores;
    } else if (edit.creates) {
        record = QJsonObject {{u"tier"_s, u"standard"_s}, {u"points"_s, 0}, {u"home_store"_s, who.storeId}};
    } else {
        qCInfo(lcHq) << "edit" << edit.editId << "of customer" << edit.customerId
                     << "ignored: head office no longer holds them";
        return QStringList();
    }
    if (!stores.contains(who.storeId))
        stores << who.storeId;

    // When head office's value of a field last changed.
    QSqlQuery since(db);
    since.prepare(u"SELECT changed_at FROM customer_fields WHERE customer_id = ? AND field = ?"_s);
    QSqlQuery conflict(db);
    conflict.prepare(u"INSERT INTO customer_conflicts (edit_id, field, customer_id, store_id, register_id, "
                     "kept, lost, winner, edited_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING"_s);
    const QString now = iso(m_clock.now());
    const QString editedAt = iso(edit.at);
    QStringList conflicts;
    QStringList applied;
    QJsonObject merged = record;
    for (auto it = edit.fields.begin(); it != edit.fields.end(); ++it) {
        const QString &field = it.key();
        const QJsonObject change = it.value().toObject();
        const QJsonValue ours = valueOf(record.value(field));
        const QJsonValue theirs = valueOf(change.value(u"now"_s));
        if (field == u"consents"_s) {
            // Each say is dated: the latest per purpose and channel wins, none is dropped.
            merged.insert(field, crm::mergeConsents(record.value(field).toArray(), theirs.toArray()));
            applied << field;
            continue;
        }
        if (ours == theirs)
            continue;
        if (edit.creates || ours == valueOf(change.value(u"was"_s))) {
            applied << field;
            if (theirs.isNull())
                merged.remove(field);
            else
                merged.insert(field, theirs);
            continue;
        }
        // Both changed it: the later change wins, head office on a tie; the other is kept.
        since.addBindValue(edit.customerId);
        since.addBindValue(field);
        if (auto s = run(since, "reading when the field changed"); !s)
            return s.error();
        const QString headOfficeAt = since.next() ? since.value(0).toString() : QString();
        since.finish();
        const bool registerWins = !headOfficeAt.isEmpty() && editedAt > headOfficeAt;
        if (registerWins) {
            applied << field;
            if (theirs.isNull())
                merged.remove(field);
            else
                merged.insert(field, theirs);
        }
        conflicts << field;
        for (const QVariant &v : QVariantList {edit.editId, field, edit.customerId, who.storeId,
                 who.registerId, show(registerWins ? theirs : ours), show(registerWins ? ours : theirs),
                 registerWins ? u"register"_s : u"head-office"_s, editedAt, now})
            conflict.addBindValue(v);
        if (auto s = run(conflict, "keeping a conflicting change"); !s)
            return s.error();
        qCInfo(lcHq) << "customer" << edit.customerId << "field" << field << "changed at head office and at"
                     << who.storeId << who.registerId
                     << "- kept:" << (registerWins ? "register's" : "head office's");
    }
    if (merged == record && *held)
        return conflicts;
    if (const QString why = sync::validateChange(sync::Feed::Customers, edit.customerId, merged);
        !why.isEmpty()) {
        // Not publishable: head office's record stays, the edit is kept whole as conflicts.
        qCWarning(lcHq) << "edit" << edit.editId << "of customer" << edit.customerId << "not applied:" << why;
        for (const QString &field : edit.fields.keys()) {
            for (const QVariant &v : QVariantList {edit.editId, field, edit.customerId, who.storeId,
                     who.registerId, show(record.value(field)),
                     show(edit.fields.value(field).toObject().value(u"now"_s)), u"invalid"_s, editedAt, now})
                conflict.addBindValue(v);
            if (auto s = run(conflict, "keeping a change that cannot be applied"); !s)
                return s.error();
        }
        return edit.fields.keys();
    }
    HqMasterData records(m_db, m_clock);
    for (const QString &store : std::as_const(stores)) {
        if (auto n = records.publishWithin(sync::Feed::Customers, store, {{edit.customerId, false, merged}});
            !n)
            return n.error();
    }
    // The register's fields changed when its clerk changed them.
    QSqlQuery field(db);
    field.prepare(
        u"UPDATE customer_fields SET changed_at = ?, source = ? WHERE customer_id = ? AND field = ?"_s);
    for (const QString &name : std::as_const(applied)) {
        for (const QVariant &v :
            QVariantList {editedAt, QString(who.storeId + u'/' + who.registerId), edit.customerId, name})
            field.addBindValue(v);
        if (auto s = run(field, "noting the register's change"); !s)
            return s.error();
    }
    return conflicts;
}

Result<QJsonArray> HqCustomers::conflicts(const QString &customerId, int limit) const
{
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT customer_id, field, store_id, register_id, kept, lost, winner, edited_at, resolved_at, "
        "edit_id FROM customer_conflicts WHERE (? = '' OR customer_id = ?) "
        "ORDER BY resolved_at DESC, edit_id, field LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (auto s = run(q, "reading conflicts"); !s)
        return s.error();
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject {{u"customer"_s, q.value(0).toString()}, {u"field"_s, q.value(1).toString()},
            {u"store"_s, q.value(2).toString()}, {u"register"_s, q.value(3).toString()},
            {u"kept"_s, q.value(4).toString()}, {u"lost"_s, q.value(5).toString()},
            {u"winner"_s, q.value(6).toString()}, {u"edited_at"_s, q.value(7).toString()},
            {u"resolved_at"_s, q.value(8).toString()}, {u"edit"_s, q.value(9).toString()}});
    }
    return out;
}

Status HqCustomers::forget(const QString &customerId)
{
    QSqlDatabase db = m_db.db();
    for (const QString &table :
        {u"customer_terms"_s, u"customer_fields"_s, u"customer_conflicts"_s, u"online_orders"_s}) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM %1 WHERE customer_id = ?"_s.arg(table));
        q.addBindValue(customerId);
        if (auto s = run(q, "erasing the customer's data"); !s)
            return s;
    }
    // The registers' edits, as received: only the fact that there was one stays.
    QSqlQuery q(db);
    q.prepare(u"UPDATE events SET payload = ? WHERE kind = 'customer-edit' AND payload LIKE ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(
        QJsonObject {{u"customer"_s, customerId},
            {u"erased"_s, true}}).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString(u"%\"customer\":\""_s + customerId + u"\"%"_s));
    return run(q, "erasing the customer's edits");
}

} // namespace comptoir::hq
