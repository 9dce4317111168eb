// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

// A statement of SQLite's own API, prepared once on the connection Qt SQL opened (Qt's SQLite
// driver links the system's library, the one this uses). For the few queries where Qt SQL's
// per-call work dominates: it describes every column again (name, type, table) and has SQLite
// convert each text to UTF-16, which costs a scan more than the lookup itself.
//
// Qt closes its connections with sqlite3_close(), which fails while a statement is alive, so
// Database finalizes these (finalizeAll()) before it closes a connection; the statement is
// prepared again if the connection is opened again.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase db, QByteArray sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Ready to bind and step (reset, no bindings), or nullptr when the connection is closed,
    // not SQLite, or the SQL does not prepare (logged).
    sqlite3_stmt *get();
    // Resets it and clears its bindings: a statement left stepped would hold a read snapshot.
    void release();

    // Finalizes every statement on this connection (before Qt closes it).
    static void finalizeAll(const QSqlDatabase &db);
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    void finalize();

    QSqlDatabase m_db;
    QByteArray m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace comptoir
