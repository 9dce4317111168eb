// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/salejournal.h"
#include "sales/storeprofile.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/settingstable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A register's database with its schema, closed and checkpointed (no -wal file left); in WAL
// mode as the register keeps it, or in one file as a copy may be handed over.
QString makeRegister(const QString &path, bool keepWal = false)
{
    {
        Database db(path);
        if (!db.open())
            return {};
        SettingsTable(db.connection()).setValue(u"register.id"_s, u"01"_s).ok();
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!keepWal)
            q.exec(u"PRAGMA journal_mode=DELETE"_s);
    }
    return path;
}
} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Opening is refused with `code`, and the file is exactly as before.
    void refusedUntouched(const QString &file, const QString &code, Database::OpenOptions options = {})
    {
        const QByteArray before = digestOf(file);
        const qint64 size = QFileInfo(file).size();
        Database db(file);
        const Status s = db.open(options);
        QVERIFY2(!s, qPrintable(file));
        QCOMPARE(s.error().code, code);
        QVERIFY2(!s.error().message.isEmpty() && !s.error().message.endsWith(u": "_s),
            qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(file) || code == u"storage.corrupt"_s ||
                code == u"storage.newer_schema"_s,
            qPrintable(s.error().message));
        QCOMPARE(digestOf(file), before);
        QCOMPARE(QFileInfo(file).size(), size);
    }

private Q_SLOTS:
    void anEmptyFileIsNotANewRegister()
    {
        QVERIFY(writeFile(path(u"empty.db"_s), {}));
        refusedUntouched(path(u"empty.db"_s), u"storage.empty"_s);
        QVERIFY(!QFile::exists(path(u"empty.db-wal"_s)));
    }

    void whatIsNotADatabase()
    {
        QVERIFY(writeFile(path(u"notes.db"_s), "ticket 1: 12,50\nticket 2: 3,10\n"));
        refusedUntouched(path(u"notes.db"_s), u"storage.not_database"_s);
        QVERIFY(writeFile(path(u"short.db"_s), QByteArray("SQLite format 3\0", 16) + QByteArray(80, '\0')));
        refusedUntouched(path(u"short.db"_s), u"storage.not_database"_s);
        QVERIFY(QDir().mkpath(path(u"folder.db"_s)));
        refusedUntouched(path(u"folder.db"_s), u"storage.folder"_s);
    }

    void aTruncatedDatabaseIsDamaged()
    {
        const QString whole = makeRegister(path(u"whole.db"_s));
        QVERIFY(!whole.isEmpty());
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 8192);
        QVERIFY(writeFile(path(u"cut.db"_s), bytes.left(4096))); // its first pages only
        Database db(path(u"cut.db"_s));
        const QByteArray before = digestOf(path(u"cut.db"_s));
        const Status s = db.open();
        QVERIFY(!s);
        QCOMPARE(s.error().code, u"storage.corrupt"_s);
        QCOMPARE(digestOf(path(u"cut.db"_s)), before);
    }

    void anotherProgramsDatabase()
    {
        {
            auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path(u"other.db"_s));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('tarte tatin')"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        refusedUntouched(path(u"other.db"_s), u"storage.foreign"_s);
    }

    void aNewerComptoirsDatabase()
    {
        const QString file = makeRegister(path(u"newer.db"_s));
        {
            auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        refusedUntouched(file, u"storage.newer_schema"_s);
        refusedUntouched(file, u"storage.newer_schema"_s, {false, true});
    }

    void aToolNeverMakesADatabase()
    {
        refusedUntouched(path(u"missing.db"_s), u"storage.missing"_s, {false, false});
        QVERIFY(!QFile::exists(path(u"missing.db"_s)));
        refusedUntouched(path(u"missing.db"_s), u"storage.missing"_s, {true, true});
        QVERIFY(!QFile::exists(path(u"missing.db"_s)));
    }

    // An auditor's copy is read as it is: verified without a byte written next to it.
    void aCopyIsReadAsItIs_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("one file") << false;
        QTest::newRow("in WAL mode, as the register keeps it") << true;
    }
    void aCopyIsReadAsItIs()
    {
        QFETCH(bool, wal);
        const QString dir = wal ? u"copy-wal"_s : u"copy"_s;
        const QString file = makeRegister(path(dir + u"/register.db"_s), wal);
        QVERIFY(!file.isEmpty());
        const QByteArray before = digestOf(file);
        const QStringList filesBefore = QDir(path(dir)).entryList(QDir::Files);
        {
            Database db(file);
            QVERIFY(db.open({false, true}));
            QVERIFY(db.readOnly());
            const JournalCheck check =
                SaleJournal(db.connection(), StoreProfile::load(SettingsTable(db.connection()))).verify();
            QVERIFY(check.ok);
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s)); // read-only
        }
        QCOMPARE(digestOf(file), before);
        QCOMPARE(QDir(path(dir)).entryList(QDir::Files), filesBefore);
    }

    // Another program holds the file (an exclusive lock for longer than the register waits).
    void aFileHeldByAnotherProgram()
    {
        const QString file = makeRegister(path(u"held.db"_s), true);
        auto holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(file);
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('held', '1')"_s));
            Database db(file);
            const Status s = db.open();
            QVERIFY(!s);
            QCOMPARE(s.error().code, u"storage.locked"_s);
            QVERIFY(s.error().message.contains(file));
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        holder.close();
        QSqlDatabase::removeDatabase(u"holder"_s);
    }

    void anOlderCopyReadOnlyIsRefusedWithTheWayOut()
    {
        const QString file = makeRegister(path(u"older.db"_s));
        {
            auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() - 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw2"_s);
        refusedUntouched(file, u"storage.old_read_only"_s, {false, true});
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
