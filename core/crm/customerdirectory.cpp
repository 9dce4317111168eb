// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdirectory.h"

#include "catalog/catalog.h"
#include "crm/customertext.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

const QString kColumns = u"SELECT id, hq_rev, body FROM customers "_s;

// The words the name index holds for a record: display name, first and last names.
QString searchableName(const QJsonObject &r)
{
    QStringList parts {r.value(u"display_name"_s).toString()};
    for (const auto &field : {u"first_name"_s, u"last_name"_s}) {
        const QString part = r.value(field).toString();
        if (!part.isEmpty() && !parts.constFirst().contains(part, Qt::CaseInsensitive))
            parts << part;
    }
    return parts.join(u' ');
}

// A bound prefix range over an indexed text column: "col >= ? AND col < ? || char(max)".
QString prefixRange(const QString &column)
{
    return u"%1 >= ? AND %1 < ? || char(1114111)"_s.arg(column);
}

} // namespace

CustomerDirectory::CustomerDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<Customer> CustomerDirectory::fetch(QSqlQuery &q) const
{
    QList<Customer> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Customer c = Customer::fromJson(
            q.value(0).toString(), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        c.hqRevision = q.value(1).toLongLong();
        out.append(std::move(c));
    }
    return out;
}

std::optional<Customer> CustomerDirectory::one(const QString &condition, const QString &value) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + u"WHERE "_s + condition);
    q.addBindValue(value);
    const auto found = fetch(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Customer> CustomerDirectory::byCard(const QString &card) const
{
    const QString key = cardKey(card);
    if (key.isEmpty())
        return std::nullopt;
    return one(u"id = (SELECT customer_id FROM customer_cards WHERE card = ?)"_s, key);
}

std::optional<Customer> CustomerDirectory::byId(const QString &id) const
{
    return one(u"id = ?"_s, id);
}

QList<Customer> CustomerDirectory::search(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || limit <= 0)
        return {};
    // Each way of matching is a sub-select of row numbers, each limited on its own index;
    // the union is fetched and sorted here.
    QStringList selects;
    QVariantList values;
    const auto byPrefix = [&](const QString &select, const QString &prefix) {
        selects << select;
        values << prefix << prefix << limit;
    };
    if (looksNumeric(t)) {
        for (const QString &prefix : phoneKeyPrefixes(t))
            byPrefix(
                u"SELECT n FROM customers WHERE "_s + prefixRange(u"phone_key"_s) + u" LIMIT ?"_s, prefix);
        if (const QString card = cardKey(t); card.size() >= 2) {
            byPrefix(u"SELECT c.n FROM customer_cards k JOIN customers c ON c.id = k.customer_id WHERE "_s +
                    prefixRange(u"k.card"_s) + u" LIMIT ?"_s,
                card);
        }
    } else {
        const QString email = t.toLower();
        if (!t.contains(u'@')) {
            if (const QString match = Catalog::ftsQuery(t); !match.isEmpty()) {
                selects << u"SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?"_s;
                values << match << limit;
            }
        }
        if (!email.contains(u' ') && email.size() >= 3)
            byPrefix(
                u"SELECT n FROM customers WHERE "_s + prefixRange(u"email_key"_s) + u" LIMIT ?"_s, email);
    }
    if (selects.isEmpty())
        return {};
    QStringList wrapped;
    for (const QString &s : std::as_const(selects))
        wrapped << u"SELECT * FROM (%1)"_s.arg(s);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + u"WHERE n IN ("_s + wrapped.join(u" UNION "_s) + u")"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<Customer> out = fetch(q);
    std::sort(out.begin(), out.end(), [](const Customer &a, const Customer &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

qint64 CustomerDirectory::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM customers"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

CustomerWriter::CustomerWriter(QSqlDatabase db)
    : m_db(db)
    , m_find(db)
    , m_insert(db)
    , m_update(db)
    , m_dropCards(db)
    , m_addCard(db)
    , m_dropSearch(db)
    , m_addSearch(db)
{
    m_find.prepare(u"SELECT n FROM customers WHERE id = ?"_s);
    m_insert.prepare(u"INSERT INTO customers (display_name, tier, phone_key, email_key, hq_rev, body, id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    m_update.prepare(u"UPDATE customers SET display_name = ?, tier = ?, phone_key = ?, email_key = ?, "
                     "hq_rev = ?, body = ? WHERE id = ?"_s);
    m_dropCards.prepare(u"DELETE FROM customer_cards WHERE customer_id = ?"_s);
    // A card moved to another customer follows its new holder.
    m_addCard.prepare(u"INSERT INTO customer_cards (card, customer_id) VALUES (?, ?) "
                      "ON CONFLICT (card) DO UPDATE SET customer_id = excluded.customer_id"_s);
    m_dropSearch.prepare(u"DELETE FROM customer_search WHERE rowid = ?"_s);
    m_addSearch.prepare(u"INSERT INTO customer_search (rowid, name) VALUES (?, ?)"_s);
}

Result<std::optional<qint64>> CustomerWriter::rowOf(const QString &id)
{
    m_find.addBindValue(id);
    if (!m_find.exec())
        return Database::errorFrom(m_find.lastError(), u"finding a customer"_s);
    std::optional<qint64> row;
    if (m_find.next())
        row = m_find.value(0).toLongLong();
    m_find.finish();
    return row;
}

Status CustomerWriter::upsert(const QString &id, const QJsonObject &r, qint64 hqRevision)
{
    const auto failed = [](const QSqlQuery &q) {
        return Database::errorFrom(q.lastError(), u"saving a customer"_s);
    };
    const auto row = rowOf(id);
    if (!row)
        return row.error();
    QSqlQuery &write = *row ? m_update : m_insert;
    write.addBindValue(r.value(u"display_name"_s).toString());
    write.addBindValue(r.value(u"tier"_s).toString(u"standard"_s));
    // Qt binds a null QString as NULL: no key is an empty one.
    const auto notNull = [](const QString &key) {
        return key.isNull() ? u""_s : key;
    };
    write.addBindValue(notNull(phoneKey(r.value(u"phone"_s).toString())));
    write.addBindValue(notNull(emailKey(r.value(u"email"_s).toString())));
    write.addBindValue(hqRevision);
    write.addBindValue(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    write.addBindValue(id);
    if (!write.exec())
        return failed(write);
    qint64 n = 0;
    if (*row) {
        n = **row;
        m_dropCards.addBindValue(id);
        m_dropSearch.addBindValue(n);
        if (!m_dropCards.exec())
            return failed(m_dropCards);
        if (!m_dropSearch.exec())
            return failed(m_dropSearch);
    } else {
        n = write.lastInsertId().toLongLong();
    }
    for (const QJsonValue &card : r.value(u"cards"_s).toArray()) {
        const QString key = cardKey(card.toString());
        if (key.isEmpty())
            continue;
        m_addCard.addBindValue(key);
        m_addCard.addBindValue(id);
        if (!m_addCard.exec())
            return failed(m_addCard);
    }
    m_addSearch.addBindValue(n);
    m_addSearch.addBindValue(searchableName(r));
    if (!m_addSearch.exec())
        return failed(m_addSearch);
    return Ok {};
}

Status CustomerWriter::remove(const QString &id)
{
    const auto row = rowOf(id);
    if (!row)
        return row.error();
    QSqlQuery q(m_db);
    // Their purchase links go too, even for a customer the snapshot no longer held (an erasure
    // at head office, or a customer this store no longer serves): the tickets stay, signed as
    // they were.
    q.prepare(u"DELETE FROM ticket_customers WHERE customer_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), u"removing a customer"_s);
    // The changes made here that head office already holds go with them (they name the
    // customer's contact details); one still on its way stays queued, head office keeps only
    // the fact of it for an erased customer.
    for (const QString &sql :
        {u"DELETE FROM outbox WHERE kind = 'customer-edit' AND state = 'acked' AND event_id IN "
         "(SELECT edit_id FROM customer_edits WHERE customer_id = ?)"_s,
            u"DELETE FROM customer_edits WHERE customer_id = ? AND edit_id NOT IN "
            "(SELECT event_id FROM outbox WHERE kind = 'customer-edit')"_s}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), u"removing a customer's changes"_s);
    }
    if (!*row)
        return Ok {};
    for (const auto &[sql, value] :
        {std::pair {u"DELETE FROM customer_search WHERE rowid = ?"_s, QVariant(**row)},
            std::pair {u"DELETE FROM customer_cards WHERE customer_id = ?"_s, QVariant(id)},
            std::pair {u"DELETE FROM customers WHERE id = ?"_s, QVariant(id)}}) {
        q.prepare(sql);
        q.addBindValue(value);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), u"removing a customer"_s);
    }
    return Ok {};
}

} // namespace comptoir::crm
