// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqdatabase.h"

#include "sales/ticket.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHqDb, "comptoir.hq.db", QtInfoMsg)

namespace comptoir::hq {

namespace {

struct Migration
{
    int version;
    const char *what;
    QStringList statements;
    // Run after the statements, in the same transaction: data the new tables need.
    std::function<Status(QSqlDatabase &)> fill = {};
};

// Version 9: the links of tickets already held, read from their events.
Status fillTicketLinks(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(u"SELECT payload, store_id, register_id FROM events WHERE kind = 'ticket' AND "
                 "(payload LIKE '%returnsOf%' OR payload LIKE '%void%')"_s);
    if (auto s = run(read, "reading tickets for their links"); !s)
        return s;
    QList<Ticket> tickets;
    while (read.next()) {
        auto t = Ticket::fromJson(QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object());
        // The ticket as the register that sent the event (its token) numbered it, not a copy of
        // another register's id.
        if (t && t->storeId == read.value(1).toString() && t->registerId == read.value(2).toString())
            tickets.append(std::move(*t));
    }
    read.finish();
    QSqlQuery held(db);
    held.prepare(u"SELECT 1 FROM tickets WHERE ticket_id = ? AND store_id = ? AND register_id = ?"_s);
    for (const Ticket &t : std::as_const(tickets)) {
        held.addBindValue(t.uuid);
        held.addBindValue(t.storeId);
        held.addBindValue(t.registerId);
        if (auto s = run(held, "looking a ticket up"); !s)
            return s;
        const bool stored = held.next(); // not one left out for reusing a number
        held.finish();
        if (!stored)
            continue;
        if (auto s = recordTicketLinks(db, t); !s)
            return s;
    }
    return Ok {};
}

QList<Migration> migrations()
{
    QList<Migration> all;
    all.append({1, "stores, registers, enrollment, events, tickets, chain checks",
        {
            u"CREATE TABLE stores ("
            " id VARCHAR(32) PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " country VARCHAR(2) NOT NULL DEFAULT 'FR',"
            " timezone VARCHAR(64) NOT NULL DEFAULT 'Europe/Paris',"
            " created_at VARCHAR(30) NOT NULL)"_s,
            u"CREATE TABLE registers ("
            " store_id VARCHAR(32) NOT NULL REFERENCES stores(id),"
            " id VARCHAR(32) NOT NULL,"
            " label TEXT NOT NULL DEFAULT '',"
            " token_hash VARCHAR(64) UNIQUE,"
            " enrolled_at VARCHAR(30),"
            " device_name TEXT,"
            " app_version TEXT,"
            " last_contact_at VARCHAR(30),"
            " backlog BIGINT NOT NULL DEFAULT 0,"
            " chain_number BIGINT NOT NULL DEFAULT 0,"
            " chain_hash VARCHAR(64) NOT NULL DEFAULT "
            "'0000000000000000000000000000000000000000000000000000000000000000',"
            " chain_status VARCHAR(16) NOT NULL DEFAULT 'ok',"
            " chain_detail TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (store_id, id))"_s,
            // Only hashes of codes and tokens are kept: a copy of the database enrolls nobody.
            u"CREATE TABLE enrollment_codes ("
            " code_hash VARCHAR(64) PRIMARY KEY,"
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " created_at VARCHAR(30) NOT NULL,"
            " expires_at VARCHAR(30) NOT NULL,"
            " used_at VARCHAR(30),"
            " FOREIGN KEY (store_id, register_id) REFERENCES registers(store_id, id))"_s,
            u"CREATE TABLE operators ("
            " name VARCHAR(64) PRIMARY KEY,"
            " token_hash VARCHAR(64) NOT NULL UNIQUE,"
            " created_at VARCHAR(30) NOT NULL)"_s,
            // Every event a register sent, once: the key is the register and its own id.
            u"CREATE TABLE events ("
            " event_id VARCHAR(64) NOT NULL,"
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " kind VARCHAR(40) NOT NULL,"
            " created_at VARCHAR(30) NOT NULL,"
            " received_at VARCHAR(30) NOT NULL,"
            " payload TEXT NOT NULL,"
            " PRIMARY KEY (store_id, register_id, event_id))"_s,
            u"CREATE INDEX events_by_received ON events (store_id, register_id, received_at)"_s,
            u"CREATE TABLE tickets ("
            " ticket_id VARCHAR(64) PRIMARY KEY,"
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " number BIGINT NOT NULL,"
            " kind VARCHAR(16) NOT NULL,"
            " created_at VARCHAR(30) NOT NULL,"
            " business_day VARCHAR(10) NOT NULL,"
            " total_cents BIGINT NOT NULL,"
            " change_cents BIGINT NOT NULL,"
            " grand_total_cents BIGINT NOT NULL,"
            " perpetual_total_cents BIGINT NOT NULL,"
            " training INTEGER NOT NULL,"
            " previous_hash VARCHAR(64) NOT NULL,"
            " hash VARCHAR(64) NOT NULL,"
            " hash_ok INTEGER NOT NULL,"
            " UNIQUE (store_id, register_id, number))"_s,
            u"CREATE INDEX tickets_by_day ON tickets (business_day, store_id)"_s,
            u"CREATE TABLE ticket_vat ("
            " ticket_id VARCHAR(64) NOT NULL REFERENCES tickets(ticket_id),"
            " rate_bp INTEGER NOT NULL,"
            " net_cents BIGINT NOT NULL,"
            " vat_cents BIGINT NOT NULL,"
            " gross_cents BIGINT NOT NULL,"
            " PRIMARY KEY (ticket_id, rate_bp))"_s,
            u"CREATE TABLE ticket_tenders ("
            " ticket_id VARCHAR(64) NOT NULL REFERENCES tickets(ticket_id),"
            " position INTEGER NOT NULL,"
            " kind VARCHAR(32) NOT NULL,"
            " amount_cents BIGINT NOT NULL,"
            " PRIMARY KEY (ticket_id, position))"_s,
            // What the chain check found: gaps, breaks, numbers used twice.
            u"CREATE TABLE chain_flags ("
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " number BIGINT NOT NULL,"
            " kind VARCHAR(16) NOT NULL,"
            " detail TEXT NOT NULL,"
            " flagged_at VARCHAR(30) NOT NULL,"
            " PRIMARY KEY (store_id, register_id, number, kind))"_s,
        }});
    // Master data going down to registers (hqmasterdata.h): the current state of every
    // record with the revision of its last change, and a revision counter per feed.
    all.append({2, "master data feeds",
        {
            u"CREATE TABLE feed_counters ("
            " feed VARCHAR(16) PRIMARY KEY,"
            " rev BIGINT NOT NULL)"_s,
            u"INSERT INTO feed_counters (feed, rev) VALUES ('settings', 0), ('categories', 0), "
            "('products', 0), ('prices', 0), ('customers', 0), ('offers', 0)"_s,
            u"CREATE TABLE master_data ("
            " feed VARCHAR(16) NOT NULL,"
            " scope VARCHAR(32) NOT NULL," // '' for the chain, else the store
            " record_key VARCHAR(64) NOT NULL,"
            " rev BIGINT NOT NULL,"
            " deleted INTEGER NOT NULL DEFAULT 0,"
            " data TEXT NOT NULL,"
            " updated_at VARCHAR(30) NOT NULL,"
            " PRIMARY KEY (feed, scope, record_key))"_s,
            u"CREATE UNIQUE INDEX master_data_by_rev ON master_data (feed, scope, rev)"_s,
        }});
    // The customer each ticket was for (outside the signed ticket): their history across
    // stores, and what loyalty points are counted from.
    all.append({3, "the customer of each ticket",
        {
            u"ALTER TABLE tickets ADD COLUMN customer_id VARCHAR(64)"_s,
            u"CREATE INDEX tickets_by_customer ON tickets (customer_id, created_at)"_s,
        }});
    // Customers anonymised (GDPR erasure): their pseudonymous id only, so that a sale still
    // on its way from a register is stored without the link.
    all.append({4, "anonymised customers",
        {
            u"CREATE TABLE anonymised_customers ("
            " customer_id VARCHAR(64) PRIMARY KEY,"
            " anonymised_at VARCHAR(30) NOT NULL)"_s,
        }});
    // The loyalty ledger (hqloyalty.h): one entry per ticket (or online order) that moved a
    // customer's points, written when the ticket is first stored, and each customer's balance.
    all.append({5, "loyalty ledger",
        {
            u"CREATE TABLE loyalty_accounts ("
            " customer_id VARCHAR(64) PRIMARY KEY,"
            " points BIGINT NOT NULL,"
            " updated_at VARCHAR(30) NOT NULL)"_s,
            u"CREATE TABLE loyalty_ledger ("
            " entry_id VARCHAR(64) PRIMARY KEY,"
            " customer_id VARCHAR(64) NOT NULL,"
            " channel VARCHAR(16) NOT NULL,"
            " store_id VARCHAR(32),"
            " register_id VARCHAR(32),"
            " earned BIGINT NOT NULL,"
            " redeemed BIGINT NOT NULL,"
            " balance_after BIGINT NOT NULL,"
            " created_at VARCHAR(30) NOT NULL)"_s,
            u"CREATE INDEX loyalty_ledger_by_customer ON loyalty_ledger(customer_id, created_at)"_s,
        }});
    // Personalised offers used (hqloyalty.h): one row per offer and ticket; a single-use offer
    // found twice for one customer (two registers offline) is flagged.
    all.append({6, "offers used",
        {
            u"CREATE TABLE offer_redemptions ("
            " offer_id VARCHAR(64) NOT NULL,"
            " ticket_id VARCHAR(64) NOT NULL,"
            " customer_id VARCHAR(64) NOT NULL,"
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " used_at VARCHAR(30) NOT NULL,"
            " PRIMARY KEY (offer_id, ticket_id))"_s,
            u"CREATE INDEX offer_redemptions_by_customer ON offer_redemptions(offer_id, customer_id)"_s,
        }});
    // Premium customers' arrival notices for a store's registers (hqcheckins.h), numbered in
    // commit order like master data revisions.
    all.append({7, "check-in notices",
        {
            u"CREATE TABLE checkins ("
            " seq BIGINT PRIMARY KEY,"
            " store_id VARCHAR(32) NOT NULL,"
            " customer_id VARCHAR(64) NOT NULL,"
            " payload TEXT NOT NULL,"
            " created_at VARCHAR(30) NOT NULL)"_s,
            u"INSERT INTO feed_counters (feed, rev) VALUES ('checkins', 0)"_s,
        }});
    // Customers at head office beyond their records (hqcustomers.h): the search terms a
    // register falls back on, when each field last changed (field-by-field merging of the
    // registers' edits) and the edits that lost a conflict, kept; online orders, for the
    // customer's unified history.
    all.append({8, "customer search, edits and online orders",
        {
            u"CREATE TABLE customer_terms ("
            " term VARCHAR(48) NOT NULL,"
            " customer_id VARCHAR(64) NOT NULL,"
            " PRIMARY KEY (term, customer_id))"_s,
            u"CREATE INDEX customer_terms_by_customer ON customer_terms(customer_id)"_s,
            u"CREATE TABLE customer_fields ("
            " customer_id VARCHAR(64) NOT NULL,"
            " field VARCHAR(32) NOT NULL,"
            " changed_at VARCHAR(30) NOT NULL,"
            " source VARCHAR(64) NOT NULL,"
            " PRIMARY KEY (customer_id, field))"_s,
            u"CREATE TABLE customer_conflicts ("
            " edit_id VARCHAR(64) NOT NULL,"
            " field VARCHAR(32) NOT NULL,"
            " customer_id VARCHAR(64) NOT NULL,"
            " store_id VARCHAR(32) NOT NULL,"
            " register_id VARCHAR(32) NOT NULL,"
            " kept TEXT NOT NULL,"
            " lost TEXT NOT NULL,"
            " winner VARCHAR(16) NOT NULL,"
            " edited_at VARCHAR(30) NOT NULL,"
            " resolved_at VARCHAR(30) NOT NULL,"
            " PRIMARY KEY (edit_id, field))"_s,
            u"CREATE INDEX customer_conflicts_by_customer ON customer_conflicts(customer_id)"_s,
            u"CREATE TABLE online_orders ("
            " order_id VARCHAR(64) PRIMARY KEY,"
            " customer_id VARCHAR(64) NOT NULL,"
            " ordered_at VARCHAR(30) NOT NULL,"
            " total_cents BIGINT NOT NULL,"
            " items INTEGER NOT NULL,"
            " points_earned BIGINT NOT NULL,"
            " points_redeemed BIGINT NOT NULL,"
            " received_at VARCHAR(30) NOT NULL)"_s,
            u"CREATE INDEX online_orders_by_customer ON online_orders(customer_id, ordered_at)"_s,
        }});
    // Returns and cancellations across the chain: a register finds another store's ticket with
    // what was already returned of it, wherever (GET /api/v1/tickets/{id}).
    all.append({9, "ticket links: returns and cancellations",
        {
            u"CREATE TABLE ticket_links ("
            " ticket_id VARCHAR(64) NOT NULL,"
            " position INTEGER NOT NULL,"
            " origin_id VARCHAR(64) NOT NULL,"
            " origin_position INTEGER NOT NULL,"
            " quantity_milli BIGINT NOT NULL,"
            " PRIMARY KEY (ticket_id, position))"_s,
            u"CREATE INDEX ticket_links_by_origin ON ticket_links(origin_id)"_s,
            u"ALTER TABLE tickets ADD COLUMN reverses_id VARCHAR(64)"_s,
            u"CREATE INDEX tickets_by_reverses ON tickets(reverses_id)"_s,
        },
        fillTicketLinks});
    // Clerk accounts and roles going down to registers (staff/clerkdirectory.h).
    all.append({10, "clerks and roles feeds",
        {
            u"INSERT INTO feed_counters (feed, rev) VALUES ('roles', 0), ('clerks', 0)"_s,
        }});
    return all;
}

} // namespace

Status recordTicketLinks(QSqlDatabase db, const Ticket &ticket)
{
    const auto isTicketId = [](const QString &id) {
        return id.size() == 36 && !QUuid::fromString(id).isNull();
    };
    const bool returns = std::any_of(ticket.lines.cbegin(), ticket.lines.cend(),
        [](const TicketLine &l) { return !l.returnsOf.isEmpty(); });
    if (!returns && ticket.reversesUuid.isEmpty())
        return Ok {};
    if (isTicketId(ticket.reversesUuid)) { // an old malformed one is left unlinked
        QSqlQuery q(db);
        q.prepare(u"UPDATE tickets SET reverses_id = ? WHERE ticket_id = ?"_s);
        q.addBindValue(ticket.reversesUuid);
        q.addBindValue(ticket.uuid);
        if (auto s = run(q, "linking a cancellation"); !s)
            return s;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO ticket_links (ticket_id, position, origin_id, origin_position, quantity_milli) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (const TicketLine &l : ticket.lines) {
        if (l.returnsOf.isEmpty())
            continue;
        const QString origin = l.returnsOf.section(u'#', 0, 0);
        bool ok = false;
        const int position = l.returnsOf.section(u'#', 1).toInt(&ok);
        if (!ok || position < 1 || !isTicketId(origin))
            continue; // refused at ingest (ticketProblem); an old event is left unlinked
        for (const QVariant &v : QVariantList {ticket.uuid, l.position, origin, position, l.quantityMilli})
            q.addBindValue(v);
        if (auto s = run(q, "linking a returned line"); !s)
            return s;
    }
    return Ok {};
}

Result<bool> storeExists(QSqlDatabase db, const QString &storeId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM stores WHERE id = ?"_s);
    q.addBindValue(storeId);
    if (auto s = run(q, "looking the store up"); !s)
        return s.error();
    return q.next();
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Status run(QSqlQuery &query, const char *context)
{
    if (query.exec())
        return Ok {};
    const QSqlError e = query.lastError();
    qCWarning(lcHqDb) << context << e.text();
    return Error {u"db"_s, u"%1: %2"_s.arg(QLatin1StringView(context), e.text())};
}

Status insertRows(QSqlDatabase db, qsizetype rowsPerStatement, const QString &table, int columns,
    const QString &tail, qsizetype count, const std::function<void(qsizetype, QVariantList &)> &row,
    QSet<QString> *returned, const char *context)
{
    QString tuple = u"("_s;
    for (int c = 0; c < columns; ++c)
        tuple += c ? u", ?"_s : u"?"_s;
    tuple += u')';
    std::optional<QSqlQuery> full; // rowsPerStatement rows: prepared once, run again and again
    QVariantList values;
    for (qsizetype start = 0; start < count; start += rowsPerStatement) {
        const qsizetype n = std::min(rowsPerStatement, count - start);
        std::optional<QSqlQuery> partial;
        std::optional<QSqlQuery> &q = n == rowsPerStatement ? full : partial;
        if (!q) {
            QString sql = u"INSERT INTO "_s + table + u" VALUES "_s;
            for (qsizetype i = 0; i < n; ++i)
                sql += i ? u", "_s + tuple : tuple;
            sql += tail;
            q.emplace(db);
            q->setForwardOnly(true);
            q->prepare(sql);
        }
        for (qsizetype i = 0; i < n; ++i) {
            values.clear();
            row(start + i, values);
            for (const QVariant &v : std::as_const(values))
                q->addBindValue(v);
        }
        if (auto s = run(*q, context); !s)
            return s;
        while (returned && q->next())
            returned->insert(q->value(0).toString());
        q->finish();
    }
    return Ok {};
}

HqTransaction::HqTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

HqTransaction::~HqTransaction()
{
    if (m_open)
        m_db.rollback();
}

Status HqTransaction::begin()
{
    if (!m_db.transaction())
        return Error {u"db"_s, u"cannot begin a transaction: "_s + m_db.lastError().text()};
    m_open = true;
    return Ok {};
}

Status HqTransaction::commit()
{
    if (!m_db.commit())
        return Error {u"db"_s, u"cannot commit: "_s + m_db.lastError().text()};
    m_open = false;
    return Ok {};
}

HqDatabase::HqDatabase(QString location)
    : m_location(std::move(location))
    , m_connection(u"comptoir-hq-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

HqDatabase::~HqDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

int HqDatabase::schemaVersion()
{
    return migrations().last().version;
}

QSqlDatabase HqDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString HqDatabase::describe() const
{
    QUrl url(m_location);
    url.setPassword({});
    return m_postgres ? url.toString() : m_location;
}

Status HqDatabase::open()
{
    QSqlDatabase db;
    if (m_location.startsWith(u"postgres://"_s) || m_location.startsWith(u"postgresql://"_s)) {
        m_postgres = true;
        const QUrl url(m_location);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(
            url.password().isEmpty() ? qEnvironmentVariable("COMPTOIR_HQ_DB_PASSWORD") : url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        const QString path = m_location.startsWith(u"sqlite:"_s) ? m_location.mid(7) : m_location;
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open())
        return Error {u"db.open"_s, u"cannot open %1: %2"_s.arg(describe(), db.lastError().text())};
    QSqlQuery q(db);
    if (!m_postgres) {
        for (const auto &pragma :
            {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s})
            q.exec(pragma);
    }
    return migrate();
}

Status HqDatabase::migrate()
{
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
    int current = 0;
    if (q.exec(u"SELECT max(version) FROM schema_version"_s) && q.next())
        current = q.value(0).toInt();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        HqTransaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        if (m_postgres) {
            // Two instances starting together: one migrates, the other waits here.
            QSqlQuery lock(db);
            lock.exec(u"LOCK TABLE schema_version IN EXCLUSIVE MODE"_s);
            QSqlQuery again(db);
            if (again.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) && again.next() &&
                again.value(0).toInt() >= m.version)
                continue; // the transaction rolls back, nothing was changed
        }
        for (const QString &sql : m.statements) {
            QSqlQuery s(db); // exec(), not prepare(): PostgreSQL cannot prepare DDL
            if (!s.exec(sql))
                return Error {
                    u"db.migrate"_s, u"migration %1: %2"_s.arg(m.version).arg(s.lastError().text())};
        }
        if (m.fill) {
            if (auto s = m.fill(db); !s)
                return Error {u"db.migrate"_s, u"migration %1: %2"_s.arg(m.version).arg(s.error().message)};
        }
        QSqlQuery v(db);
        v.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        v.addBindValue(m.version);
        if (auto r = run(v, "recording the schema version"); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        qCInfo(lcHqDb) << "schema migrated to version" << m.version << m.what;
    }
    return Ok {};
}

} // namespace comptoir::hq
