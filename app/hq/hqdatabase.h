// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

#include <QString>
#include <functional>

namespace comptoir {
struct Ticket;
}

namespace comptoir::hq {

// Head office's database: SQLite (embedded default, one file) or PostgreSQL (production,
// several comptoir-hq instances on one server). The same migrations run on both: the SQL is
// kept to what both understand (TEXT, BIGINT, INSERT ... ON CONFLICT DO NOTHING, no
// AUTOINCREMENT, timestamps as ISO-8601 UTC text).
//
// Locations:
//   sqlite:/var/lib/comptoir-hq/hq.db   (or a bare path)
//   postgresql://user@host:5432/dbname  (password from $COMPTOIR_HQ_DB_PASSWORD if needed)
class HqDatabase
{
public:
    explicit HqDatabase(QString location);
    ~HqDatabase();
    HqDatabase(const HqDatabase &) = delete;
    HqDatabase &operator=(const HqDatabase &) = delete;

    Status open(); // connects and brings the schema up to date
    QSqlDatabase db() const;
    bool isPostgres() const { return m_postgres; }
    QString describe() const; // location without any password

    static int schemaVersion();

private:
    Status migrate();

    QString m_location;
    QString m_connection;
    bool m_postgres = false;
};

// Runs a prepared statement; on failure the error names `context`.
Status run(QSqlQuery &query, const char *context);
// How head office writes times: UTC, ISO 8601 with milliseconds (sorts as text).
QString iso(const QDateTime &at);

// A ticket's links to the tickets it returns items of or cancels (ticket_links,
// tickets.reverses_id), once: a ticket's first storing, or the migration that made them.
Status recordTicketLinks(QSqlDatabase db, const Ticket &ticket);

// Whether head office knows store `storeId`.
Result<bool> storeExists(QSqlDatabase db, const QString &storeId);

// INSERT of `count` rows of `columns` values, `rowsPerStatement` rows per statement (one
// prepared statement reused: PostgreSQL answers a round trip per statement, so many rows per
// statement there; 1 on SQLite). `tail` follows the VALUES (ON CONFLICT ..., RETURNING x);
// returned values go to `returned` when given.
Status insertRows(QSqlDatabase db, qsizetype rowsPerStatement, const QString &table, int columns,
    const QString &tail, qsizetype count, const std::function<void(qsizetype, QVariantList &)> &row,
    QSet<QString> *returned, const char *context);

// A transaction on either backend; rolls back unless committed.
class HqTransaction
{
public:
    explicit HqTransaction(QSqlDatabase db);
    ~HqTransaction();
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace comptoir::hq
