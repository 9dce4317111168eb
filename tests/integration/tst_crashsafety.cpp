// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments while `comptoirctl sell` rings up sales through the checkout, then
// check that no ticket is half-written, the chain is intact, and every sale the child had
// confirmed (printed after its commit returned) is in the journal exactly once.
#include "sales/salejournal.h"
#include "storage/database.h"
#include "storage/settingstable.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QString ctl() const { return qEnvironmentVariable("COMPTOIRCTL"); }

private Q_SLOTS:
    void killedMidWriteLosesNothing()
    {
        QVERIFY2(!ctl().isEmpty(), "COMPTOIRCTL must point to comptoirctl");
        QTemporaryDir dir;
        const QString db = dir.filePath(u"register.db"_s);
        QProcess gen;
        gen.start(ctl(), {u"--db"_s, db, u"generate-demo"_s, u"--products"_s, u"3000"_s});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);

        QSet<QString> confirmed;
        qint64 lastConfirmed = 0;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        const int rounds = 12;
        int killedWhileRunning = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(ctl(),
                {u"--db"_s, db, u"sell"_s, u"1000000"_s, u"--print"_s, u"--max-lines"_s, u"40"_s, u"--seed"_s,
                    QString::number(round)});
            QVERIFY(child.waitForStarted());
            QTest::qWait(150 + int(rng.bounded(600u)));
            if (child.state() == QProcess::Running) {
                child.kill(); // SIGKILL
                ++killedWhileRunning;
            }
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &l : lines) {
                const QList<QByteArray> parts = l.split(' ');
                if (parts.size() == 3 && parts[0] == "committed") {
                    confirmed.insert(QString::fromLatin1(parts[2]));
                    lastConfirmed = std::max(lastConfirmed, parts[1].toLongLong());
                }
            }
        }
        QCOMPARE(killedWhileRunning, rounds);
        QVERIFY(confirmed.size() > rounds);

        Database database(db);
        QVERIFY(database.open());
        QSqlDatabase c = database.connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);

        const StoreProfile store = StoreProfile::load(SettingsTable(c));
        SaleJournal journal(c, store);
        const JournalCheck check = journal.verify();
        QVERIFY2(check.ok, qPrintable(check.reason));

        // Every confirmed sale exists exactly once.
        QSet<QString> recorded;
        QVERIFY(q.exec(u"SELECT uuid FROM tickets"_s));
        while (q.next())
            recorded.insert(q.value(0).toString());
        for (const QString &uuid : std::as_const(confirmed))
            QVERIFY2(recorded.contains(uuid), qPrintable(uuid));
        QVERIFY(journal.lastTicket()->number >= lastConfirmed);
        // At most one sale per kill was committed but not yet confirmed when the child died.
        QVERIFY(recorded.size() - confirmed.size() <= rounds);

        // No half-written ticket: each has lines, VAT rows and its outbox event.
        QVERIFY(
            q.exec(u"SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_lines l WHERE "
                   "l.ticket_id = t.id) OR NOT EXISTS (SELECT 1 FROM ticket_vat v WHERE v.ticket_id = t.id) "
                   "OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = t.uuid)"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(u"SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM tickets)"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
        qInfo() << rounds << "kills," << confirmed.size() << "confirmed sales," << recorded.size()
                << "tickets recorded, chain verified";

        // The register carries on after the crashes.
        QProcess after;
        after.start(ctl(), {u"--db"_s, db, u"sell"_s, u"20"_s});
        QVERIFY(after.waitForFinished(30000));
        QCOMPARE(after.exitCode(), 0);
        QVERIFY(journal.verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
