// SPDX-License-Identifier: GPL-3.0-or-later
#include "customereditor.h"

#include "crm/customerdirectory.h"
#include "storage/database.h"
#include "sync/changefeeds.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCustomerEdits, "comptoir.crm.edits")

namespace comptoir::crm {

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

CustomerEditor::CustomerEditor(QSqlDatabase db, QString registerId, const Clock &clock)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
    , m_clock(clock)
{ }

std::optional<std::pair<QJsonObject, qint64>> CustomerEditor::record(const QString &customerId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT body, hq_rev FROM customers WHERE id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair {parse(q.value(0).toString()), q.value(1).toLongLong()};
}

Result<CustomerEdit> CustomerEditor::save(const QString &customerId, const QJsonObject &after)
{
    const auto held = record(customerId);
    if (!held)
        return Error {u"customer.unknown"_s, u"customer %1 is not on this register"_s.arg(customerId)};
    const CustomerEdit edit = CustomerEdit::between(customerId, held->first, after, false, m_clock.now());
    if (edit.isEmpty())
        return edit;
    return store(edit, edit.appliedTo(held->first), held->second);
}

Result<CustomerEdit> CustomerEditor::create(const QJsonObject &record, const QString &homeStore)
{
    QJsonObject full = record;
    full.insert(u"tier"_s, u"standard"_s);
    full.insert(u"points"_s, 0);
    if (!homeStore.isEmpty())
        full.insert(u"home_store"_s, homeStore);
    const CustomerEdit edit =
        CustomerEdit::between(CustomerEdit::newCustomerId(), {}, full, true, m_clock.now());
    return store(edit, full, 0);
}

Result<CustomerEdit> CustomerEditor::store(
    const CustomerEdit &edit, const QJsonObject &record, qint64 hqRevision)
{
    if (const QString why = sync::validateChange(sync::Feed::Customers, edit.customerId, record);
        !why.isEmpty())
        return Error {u"customer.invalid"_s, why};
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QJsonObject body = edit.toJson();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO customer_edits (edit_id, customer_id, body, created_at) VALUES (?, ?, ?, ?)"_s);
    for (const QVariant &v :
        QVariantList {edit.editId, edit.customerId, compact(body), edit.at.toString(Qt::ISODateWithMs)})
        q.addBindValue(v);
    if (auto s = exec(q, "keeping the customer's change"); !s)
        return s.error();
    if (auto s = Outbox(m_db).append(
            edit.editId, u"customer-edit"_s, m_registerId, edit.at, compact(body).toUtf8());
        !s)
        return s.error();
    if (auto s = CustomerWriter(m_db).upsert(edit.customerId, record, hqRevision); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    // Ids and field names only: no personal data in the logs.
    qCInfo(lcCustomerEdits) << (edit.creates ? "customer created" : "customer changed") << edit.customerId
                            << "fields" << edit.fields.keys() << "edit" << edit.editId;
    return edit;
}

QSet<QString> CustomerEditor::pendingCustomers() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT customer_id FROM customer_edits WHERE merged = 0"_s)) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

qint64 CustomerEditor::pendingCount(const QString &customerId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM customer_edits WHERE customer_id = ? AND merged = 0"_s);
    q.addBindValue(customerId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status CustomerEditor::overlay(
    const QString &customerId, const QJsonObject &record, qint64 hqRevision, const QDateTime &askedAt)
{
    QSqlQuery q(m_db);
    if (askedAt.isValid()) {
        q.prepare(u"UPDATE customer_edits SET merged = 1 WHERE customer_id = ? AND merged = 0 AND edit_id IN "
                  "(SELECT event_id FROM outbox WHERE state = 'acked' AND acked_at <= ?)"_s);
        q.addBindValue(customerId);
        q.addBindValue(askedAt.toUTC().toString(Qt::ISODateWithMs));
        if (auto s = exec(q, "noting the customer's changes merged"); !s)
            return s;
    }
    q.prepare(u"SELECT body FROM customer_edits WHERE customer_id = ? AND merged = 0 ORDER BY created_at"_s);
    q.addBindValue(customerId);
    if (auto s = exec(q, "reading the customer's changes"); !s)
        return s;
    QJsonObject laid = record;
    bool any = false;
    while (q.next()) {
        if (auto edit = CustomerEdit::fromJson(parse(q.value(0).toString()))) {
            laid = edit->appliedTo(laid);
            any = true;
        }
    }
    q.finish();
    if (!any || laid == record)
        return Ok {};
    if (!sync::validateChange(sync::Feed::Customers, customerId, laid).isEmpty())
        return Ok {}; // head office's record stands; the edit still goes up
    return CustomerWriter(m_db).upsert(customerId, laid, hqRevision);
}

} // namespace comptoir::crm
