// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUrl>
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
    if (m_refused)
        return {}; // not opened: every statement on it fails, nothing touches the file

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (m_readOnly) {
        // A URI: read-only without a lock file of its own; "immutable" when SQLite may not make
        // the WAL's shared-memory file next to it (a copy on a read-only medium).
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            (m_immutable ? u"?immutable=1"_s : u"?mode=ro"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    // Not before the file passed the checks: journal_mode=WAL rewrites the header of a file
    // in rollback mode, one that may yet be refused.
    if (!m_readOnly && !m_probing)
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

Status Database::probeFile(const OpenOptions &options) const
{
    const QFileInfo info(m_path);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("comptoir::Database", text);
    };
    if (!info.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return Error {u"storage.missing"_s, tr("There is no database at %1.").arg(m_path)};
        return Ok {};
    }
    if (info.isDir())
        return Error {u"storage.folder"_s, tr("%1 is a folder, not a register's database.").arg(m_path)};
    if (!info.isFile()) // a pipe, a device: reading it could wait forever
        return Error {
            u"storage.not_file"_s, tr("%1 is not a file: it cannot be a register's database.").arg(m_path)};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"storage.unreadable"_s,
            tr("Cannot read %1: %2. Nothing was changed.").arg(m_path, file.errorString())};
    if (file.size() == 0)
        return Error {u"storage.empty"_s,
            tr("%1 is an empty file, not a register's database: nothing was written to it. For a new "
               "register, remove the empty file; otherwise restore the register's database from its "
               "backup.")
                .arg(m_path)};
    // Every SQLite database starts with these 16 bytes (sqlite.org, "Database File Format").
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16) || file.size() < 512)
        return Error {u"storage.not_database"_s,
            tr("%1 is not a database (it does not start as one, or it is cut short): nothing was "
               "written to it. Restore the register's database from its backup.")
                .arg(m_path)};
    if (!options.readOnly && !info.isWritable())
        return Error {u"storage.read_only"_s,
            tr("%1 is read-only: the register cannot record sales in it. (comptoirctl verify reads it "
               "as it is.)")
                .arg(m_path)};
    return Ok {};
}

Status Database::probeSchema(QSqlDatabase db) const
{
    // The first read: a file that is not a database, is damaged, or is held by another
    // program says so here.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT (SELECT count(*) FROM sqlite_schema), "
                "(SELECT count(*) FROM sqlite_schema WHERE name = 'settings')"_s) ||
        !q.next())
        return errorFrom(
            q.lastError(), QCoreApplication::translate("comptoir::Database", "reading the database"));
    const int current = Migrations::currentVersion(db);
    // Tables without a schema version, or a version without the register's settings table.
    if ((current == 0 && q.value(0).toInt() > 0) || (current > 0 && q.value(1).toInt() == 0))
        return Error {u"storage.foreign"_s,
            QCoreApplication::translate(
                "comptoir::Database", "%1 is a database, but not a register's: nothing was written to it.")
                .arg(m_path)};
    if (current > Migrations::latestVersion())
        return Migrations::apply(db); // refuses before it writes: "written by a newer version"
    if (m_readOnly && current < Migrations::latestVersion())
        return Error {u"storage.old_read_only"_s,
            QCoreApplication::translate("comptoir::Database",
                "%1 was written by an older Comptoir (schema %2, this version knows %3): a read-only "
                "copy cannot be brought up to date. Copy it to a folder you may write to, then open "
                "the copy.")
                .arg(m_path)
                .arg(current)
                .arg(Migrations::latestVersion())};
    return Ok {};
}

Status Database::open(const OpenOptions &options)
{
    m_refused = false;
    Status s = openChecked(options);
    if (!s) {
        releaseThreadConnection();
        m_refused = true;
    }
    return s;
}

Status Database::openChecked(const OpenOptions &options)
{
    if (auto s = probeFile(options); !s)
        return s;
    const QFileInfo info(m_path);
    if (!options.readOnly && !QDir().mkpath(info.absolutePath())) {
        return Error {u"storage.mkdir"_s,
            QCoreApplication::translate("comptoir::Database", "Cannot create the folder %1.")
                .arg(info.absolutePath())};
    }
    if (options.readOnly || m_readOnly)
        releaseThreadConnection(); // a read-only reading has a connection of its own
    m_readOnly = options.readOnly;
    m_probing = true;
    m_immutable = false;
    if (m_readOnly) {
        // How to read a file as it is, without a byte written next to it. SQLite reads a WAL
        // database through a shared-memory file it makes beside it; when there is no WAL to
        // read (none beside it, or empty), the file alone holds every committed ticket and is
        // read as "immutable". Header byte 18 is 2 in WAL mode ("Database File Format").
        QFile file(m_path);
        QByteArray header;
        if (file.open(QIODevice::ReadOnly))
            header = file.read(20);
        const QFileInfo wal(m_path + u"-wal"_s);
        m_immutable = header.size() == 20 && header.at(18) == 2 && (!wal.exists() || wal.size() == 0);
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_probing = false;
        return errorFrom(
            db.lastError(), QCoreApplication::translate("comptoir::Database", "opening the database"));
    }
    Status probed = probeSchema(db);
    if (!probed && m_readOnly && QFileInfo::exists(m_path + u"-wal"_s) &&
        (probed.error().code == u"storage.readonly"_s || probed.error().code == u"storage.cantopen"_s))
        probed = Error {u"storage.wal_read_only"_s,
            QCoreApplication::translate("comptoir::Database",
                "%1 has tickets still in its WAL file (%1-wal), which SQLite reads only where it may "
                "write beside it. Copy both files to a folder you may write to, then read the copy.")
                .arg(m_path)};
    if (!probed && probed.error().code == u"storage.busy"_s) {
        m_probing = false;
        return Error {u"storage.locked"_s,
            QCoreApplication::translate("comptoir::Database",
                "%1 is held by another program (another Comptoir running on it?): close it, then try "
                "again. Nothing was changed.")
                .arg(m_path)};
    }
    m_probing = false;
    if (!probed)
        return probed;
    if (m_readOnly)
        return Ok {}; // probeSchema refused an older or a newer schema: a copy is read as it is
    applyConnectionSettings(db);
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
    case 3: // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        id = u"storage.cantopen"_s;
        message = QCoreApplication::translate("comptoir::Database",
            "The database cannot be opened: the file or its folder may not be read or written here. "
            "Nothing was changed.");
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
