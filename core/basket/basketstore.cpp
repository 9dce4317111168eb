// SPDX-License-Identifier: GPL-3.0-or-later
#include "basketstore.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

BasketStore::BasketStore(QSqlDatabase db, QString registerId)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
{ }

QString BasketStore::key() const
{
    return u"checkout/"_s + m_registerId;
}

Status BasketStore::saveCurrent(const QJsonObject &state)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO pos_state (key, value, updated_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', "
              u"'now')) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
    q.addBindValue(key());
    q.addBindValue(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    return exec(q, "saving the basket");
}

std::optional<QJsonObject> BasketStore::loadCurrent() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM pos_state WHERE key = ?"_s);
    q.addBindValue(key());
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Status BasketStore::clearCurrent()
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM pos_state WHERE key = ?"_s);
    q.addBindValue(key());
    return exec(q, "clearing the basket");
}

Status BasketStore::park(const QString &id, const QString &label, const QString &clerkId,
    const Basket &basket, const QDateTime &at)
{
    const BasketTotals totals = basket.totals();
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO parked_baskets (id, register_id, label, parked_at, clerk_id, total_cents, item_count, "
        "basket) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {id, m_registerId, label, at.toUTC().toString(Qt::ISODateWithMs),
             clerkId, totals.total.cents(), totals.articleCount,
             QString::fromUtf8(QJsonDocument(basket.toJson()).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    return exec(q, "parking the basket");
}

QList<ParkedBasket> BasketStore::parked() const
{
    QList<ParkedBasket> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, label, parked_at, clerk_id, total_cents, item_count FROM parked_baskets "
              "WHERE register_id = ? ORDER BY parked_at"_s);
    q.addBindValue(m_registerId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
            Money::fromCents(q.value(4).toLongLong()), q.value(5).toLongLong()});
    return out;
}

std::optional<Basket> BasketStore::takeParked(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT basket FROM parked_baskets WHERE id = ? AND register_id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(m_registerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto basket = Basket::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    q.finish();
    if (!basket)
        return std::nullopt;
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM parked_baskets WHERE id = ?"_s);
    del.addBindValue(id);
    if (!del.exec())
        return std::nullopt;
    return basket;
}

qint64 BasketStore::parkedCount() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM parked_baskets WHERE register_id = ?"_s);
    q.addBindValue(m_registerId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace comptoir
