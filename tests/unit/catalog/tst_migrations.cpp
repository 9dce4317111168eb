// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {
// The schema as SQLite describes it, without the order things were created in.
QStringList schemaOf(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(
        u"SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (q.next())
        out << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(3).toString();
    return out;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsLatest()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"r.db"_s));
        QVERIFY(db.open());
        QCOMPARE(Migrations::currentVersion(db.connection()), Migrations::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Opening again is a no-op.
        QVERIFY(db.open());
        QCOMPARE(Migrations::currentVersion(db.connection()), Migrations::latestVersion());
    }

    void stepwiseEqualsFresh()
    {
        // A register upgraded one version at a time ends with the same schema as a new one.
        QTemporaryDir dir;
        Database fresh(dir.filePath(u"fresh.db"_s));
        QVERIFY(fresh.open());
        Database old(dir.filePath(u"old.db"_s));
        QSqlDatabase c = old.connection();
        for (int v = 1; v <= Migrations::latestVersion(); ++v) {
            QVERIFY(Migrations::apply(c, v));
            QCOMPARE(Migrations::currentVersion(c), v);
        }
        QCOMPARE(schemaOf(c), schemaOf(fresh.connection()));
    }

    void dataSurvivesUpgrade()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"r.db"_s));
        QSqlDatabase c = db.connection();
        QVERIFY(Migrations::apply(c, 1));
        QSqlQuery q(c);
        QVERIFY(q.exec(
            u"INSERT INTO products (sku, name, price_cents, vat_bp) VALUES ('A1', 'Pain', 130, 550)"_s));
        QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('store.id', 's1')"_s));
        QVERIFY(db.open()); // start-up migrates the rest
        QCOMPARE(Migrations::currentVersion(c), Migrations::latestVersion());
        QVERIFY(q.exec(u"SELECT name, price_cents FROM products WHERE sku = 'A1'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Pain"_s);
        QCOMPARE(q.value(1).toInt(), 130);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"r.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
        const Status s = db.open();
        QVERIFY(!s);
        QCOMPARE(s.error().code, u"storage.newer_schema"_s);
    }

    void failedMigrationLeavesVersion()
    {
        // A migration that fails half-way is rolled back whole: version and tables unchanged.
        QTemporaryDir dir;
        Database db(dir.filePath(u"r.db"_s));
        QSqlDatabase c = db.connection();
        QVERIFY(Migrations::apply(c, 1));
        QSqlQuery q(c);
        QVERIFY(q.exec(u"CREATE TABLE tickets (x)"_s)); // makes step 2 fail on its first statement
        QVERIFY(!Migrations::apply(c));
        QCOMPARE(Migrations::currentVersion(c), 1);
        QVERIFY(!q.exec(u"SELECT * FROM outbox"_s));
    }

    void garbageFileIsReportedNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db(path);
        const Status s = db.open();
        QVERIFY(!s);
        QVERIFY(!s.error().message.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).size(), 8192);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
