// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "comptoir.storage", QtInfoMsg)

namespace comptoir {

Database::Database(QString path)
    : m_path(std::move(path))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

Database::~Database()
{
    releaseThreadConnection();
}

QString Database::connectionName() const
{
    return u"comptoir-%1-%2"_s.arg(m_id).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    applyConnectionSettings(db);
    return db;
}

void Database::applyConnectionSettings(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
             u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-8000"_s,
             u"PRAGMA wal_autocheckpoint=1000"_s}) {
        if (!q.exec(pragma))
            qCWarning(lcStorage) << pragma << q.lastError().text();
    }
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        SqliteStatement::finalizeAll(db); // else Qt's sqlite3_close() fails, the file stays open
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {u"storage.mkdir"_s,
            QCoreApplication::translate("comptoir::Database", "Cannot create the folder %1.")
                .arg(info.absolutePath())};
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return errorFrom(
            db.lastError(), QCoreApplication::translate("comptoir::Database", "opening the database"));

    if (auto s = Migrations::apply(db); !s)
        return s;
    return Migrations::restoreBulkIndexes(db);
}

Status Database::integrityCheck() const
{
    // Reads every page: seconds on a big catalog, so never on the clerk's start-up path
    // (a file that is not a database fails at open anyway). comptoirctl verify runs it.
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return errorFrom(
            q.lastError(), QCoreApplication::translate("comptoir::Database", "checking the database"));
    if (q.value(0).toString() != u"ok"_s) {
        return Error {u"storage.corrupt"_s,
            QCoreApplication::translate(
                "comptoir::Database", "The database %1 is damaged. Call support; do not delete it.")
                .arg(m_path)};
    }
    return Ok {};
}

Error Database::errorFrom(const QSqlError &error, const QString &context)
{
    const QString native = error.nativeErrorCode();
    // SQLite primary result codes (extended codes keep the primary one in the low byte).
    const int code = native.toInt() & 0xff;
    QString message;
    QString id = u"storage.sql"_s;
    switch (code) {
    case 13: // SQLITE_FULL
        id = u"storage.full"_s;
        message = QCoreApplication::translate("comptoir::Database",
            "The disk is full: nothing was saved. Free some space "
            "or call support, then try again.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        id = u"storage.busy"_s;
        message =
            QCoreApplication::translate("comptoir::Database", "The database is busy. Try again in a moment.");
        break;
    case 8: // SQLITE_READONLY
        id = u"storage.readonly"_s;
        message =
            QCoreApplication::translate("comptoir::Database", "The database cannot be written (read-only).");
        break;
    case 10: // SQLITE_IOERR
        id = u"storage.io"_s;
        message = QCoreApplication::translate(
            "comptoir::Database", "The disk reported an error: nothing was saved. Call support.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        id = u"storage.corrupt"_s;
        message = QCoreApplication::translate(
            "comptoir::Database", "The database is damaged. Call support; do not delete it.");
        break;
    default:
        message = QCoreApplication::translate("comptoir::Database", "Database error while %1: %2")
                      .arg(context, error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    qCWarning(lcStorage) << context << error.text() << native;
    return Error {id, message};
}

Status exec(QSqlQuery &query, const char *context)
{
    if (query.exec())
        return Ok {};
    return Database::errorFrom(query.lastError(), QString::fromLatin1(context));
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return Ok {};
    return Database::errorFrom(q.lastError(), sql.left(60));
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(u"ROLLBACK"_s);
    }
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return Database::errorFrom(q.lastError(), u"BEGIN"_s);
    m_open = true;
    return Ok {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        const Error e = Database::errorFrom(q.lastError(), u"COMMIT"_s);
        return e; // the destructor rolls back
    }
    m_open = false;
    return Ok {};
}

} // namespace comptoir
