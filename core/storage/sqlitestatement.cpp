// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace comptoir {

namespace {

// The live statements of each connection (connections belong to threads; the registry is
// touched only when a statement is prepared, finalized or destroyed).
QMutex registryLock;
QHash<sqlite3 *, QSet<SqliteStatement *>> &registry()
{
    static QHash<sqlite3 *, QSet<SqliteStatement *>> statements;
    return statements;
}
} // namespace

SqliteStatement::SqliteStatement(QSqlDatabase db, QByteArray sql)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
{ }

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *SqliteStatement::get()
{
    sqlite3 *handle = handleOf(m_db);
    if (handle == m_handle && m_stmt)
        return m_stmt;
    finalize();
    if (!handle)
        return nullptr;
    if (const int rc = sqlite3_prepare_v3(
            handle, m_sql.constData(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        rc != SQLITE_OK) {
        qCWarning(lcStorage) << "cannot prepare" << m_sql << ":" << sqlite3_errmsg(handle);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return nullptr;
    }
    m_handle = handle;
    const QMutexLocker lock(&registryLock);
    registry()[handle].insert(this);
    return m_stmt;
}

void SqliteStatement::release()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void SqliteStatement::finalize()
{
    if (!m_stmt)
        return;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    const QMutexLocker lock(&registryLock);
    if (auto it = registry().find(m_handle); it != registry().end()) {
        it->remove(this);
        if (it->isEmpty())
            registry().erase(it);
    }
    m_handle = nullptr;
}

void SqliteStatement::finalizeAll(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return;
    QSet<SqliteStatement *> statements;
    {
        const QMutexLocker lock(&registryLock);
        statements = registry().take(handle);
    }
    for (SqliteStatement *s : std::as_const(statements)) {
        sqlite3_finalize(s->m_stmt);
        s->m_stmt = nullptr;
        s->m_handle = nullptr;
    }
}

} // namespace comptoir
