// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments while `comptoirctl sell --card-terminal` takes card payments on a
// terminal simulator (a separate process, with its own journal like a real terminal), over
// Caisse-AP, protocol E and nexo. Between kills the register starts again as it would: it asks
// the terminal about open attempts, adopts approvals into the restored sale, ties them to the
// ticket that counts them or gives them back; what nobody can tell (protocol E) is answered as a
// clerk would, from the terminal's journal. Then:
// - no payment a recorded ticket counts was given back, and every such ticket has its attempt;
// - every approval without a sale was given back or left to the manager with a follow-up;
// - what the terminal charged equals the card tenders of the tickets (plus what the manager
//   must refund), and the end of day says the terminal matches the tickets;
// - the journal verifies, and no card number is on disk or in the logs.
#include "sales/salejournal.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "terminalsimulator.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

struct Run
{
    int exitCode = 0;
    bool killed = false;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCardCrashSafety : public QObject
{
    Q_OBJECT
private:
    QString ctl() const { return qEnvironmentVariable("COMPTOIRCTL"); }
    QString sim() const { return qEnvironmentVariable("COMPTOIR_TERMINAL_SIM"); }
    int kills() const
    {
        return qEnvironmentVariableIsSet("COMPTOIR_CARD_KILLS")
            ? qEnvironmentVariableIntValue("COMPTOIR_CARD_KILLS")
            : 70;
    }

    QString m_db;
    QString m_state;
    quint16 m_control = 0; // the simulator's control port
    QByteArray m_logs; // everything the registers wrote on stderr

    Run ctlRun(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(ctl(), QStringList {u"--db"_s, m_db} + args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.exitCode = -1;
        } else {
            r.exitCode = p.exitCode();
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_logs += r.err;
        return r;
    }

    // The terminal's own journal (the simulator's state file), as a clerk reads the terminal's
    // last receipts: whether the transaction with this reference went through.
    bool terminalAccepted(const QString &reference) const
    {
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QJsonArray answers =
            QJsonDocument::fromJson(f.readAll()).object().value(u"answers"_s).toArray();
        for (const QJsonValue &v : answers) {
            const QJsonArray pair = v.toArray();
            if (pair.at(0).toString() != reference)
                continue;
            const QByteArray records = QByteArray::fromBase64(pair.at(1).toString().toLatin1());
            const qsizetype at = records.indexOf("AE002");
            return at >= 0 && records.mid(at + 5, 2) == "10";
        }
        return false;
    }

    qint64 terminalNetCents() const
    {
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        return o.value(u"batch_debits"_s).toInteger() - o.value(u"batch_credits"_s).toInteger();
    }

    // The terminal's screen: whether it still works on a request (then its journal is not
    // final yet, and a clerk waits before reading it).
    bool terminalIdle() const
    {
        QProcess send;
        send.start(sim(), {u"send"_s, u"--control"_s, QString::number(m_control), u"status"_s});
        if (!send.waitForFinished(10000))
            return false;
        const QByteArray out = send.readAllStandardOutput();
        const qsizetype at = out.indexOf('{');
        return at >= 0 && QJsonDocument::fromJson(out.mid(at)).object().value(u"working"_s).toInt(-1) == 0;
    }

    // What a clerk does when the register asks about a payment nobody could tell: waits for
    // the terminal to be done, looks at its journal and answers. Returns how many were answered.
    int answerAsTheClerk()
    {
        if (!QTest::qWaitFor([&] { return terminalIdle(); }, 30000))
            qWarning() << "the terminal is still working after 30 s";
        Database database(m_db);
        if (!database.open())
            return 0;
        QSqlQuery q(database.connection());
        QList<std::pair<qint64, QString>> open;
        q.exec(u"SELECT id, reference FROM payment_attempts WHERE state = 'unknown' ORDER BY id"_s);
        while (q.next())
            open.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        database.connection().close();
        for (const auto &[id, reference] : open) {
            const bool charged = terminalAccepted(reference);
            const Run r = ctlRun({u"payments"_s, u"--decide"_s, QString::number(id),
                charged ? u"--charged"_s : u"--not-charged"_s});
            if (r.exitCode != 0)
                qWarning() << "decide failed:" << r.err;
        }
        return int(open.size());
    }

    // Each transaction the terminal's journal has, beside what the register made of it.
    void explainDifference(QSqlDatabase c) const
    {
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QJsonArray answers =
            QJsonDocument::fromJson(f.readAll()).object().value(u"answers"_s).toArray();
        for (const QJsonValue &v : answers) {
            const QJsonArray pair = v.toArray();
            const QString reference = pair.at(0).toString();
            const QByteArray records = QByteArray::fromBase64(pair.at(1).toString().toLatin1());
            const auto field = [&](const char *tag) {
                const qsizetype at = records.indexOf(tag);
                if (at < 0)
                    return QByteArray();
                const int length = records.mid(at + 2, 3).toInt();
                return records.mid(at + 5, length);
            };
            QSqlQuery q(c);
            q.prepare(
                u"SELECT a.operation, a.state, COALESCE(a.ticket_uuid, ''), a.original_reference, "
                "COALESCE(o.state, ''), COALESCE(o.ticket_uuid, '') FROM payment_attempts a "
                "LEFT JOIN payment_attempts o ON o.reference = a.original_reference WHERE a.reference = ?"_s);
            q.addBindValue(reference);
            QString register_ = u"(unknown to the register)"_s;
            QString originalState;
            if (q.exec() && q.next()) {
                register_ = u"%1 %2 ticket:%3 of:%4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString().isEmpty() ? u"-"_s : u"yes"_s, q.value(3).toString());
                originalState = q.value(4).toString();
                if (!originalState.isEmpty())
                    register_ += u" (its payment: %1, ticket:%2)"_s.arg(
                        originalState, q.value(5).toString().isEmpty() ? u"-"_s : u"yes"_s);
            }
            const bool approvedThere = field("AE") == "10";
            const bool cancellation = field("CD") == "2";
            // A cancellation the terminal made must have given its payment back at the register.
            const bool fine = cancellation
                ? (!approvedThere ||
                      (register_.contains(u"reversal approved"_s) && originalState == u"released"_s))
                : (approvedThere &&
                      (register_.contains(u"approved"_s) || register_.contains(u"released"_s))) ||
                    (!approvedThere && !register_.contains(u" approved"_s));
            if (!fine || qEnvironmentVariableIsSet("COMPTOIR_CARD_EXPLAIN"))
                qInfo().noquote() << "terminal:" << reference << "CD" << field("CD") << "CB" << field("CB")
                                  << "AE" << field("AE") << "| register:" << register_;
        }
    }

private Q_SLOTS:
    void killedDuringCardSalesLosesNoMoney_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("caisse-ap") << u"caisse-ap"_s;
        QTest::newRow("protocol-e") << u"protocol-e"_s;
        QTest::newRow("nexo") << u"nexo"_s;
    }
    void killedDuringCardSalesLosesNoMoney()
    {
        QFETCH(QString, protocol);
        QVERIFY2(!ctl().isEmpty() && !sim().isEmpty(), "COMPTOIRCTL and COMPTOIR_TERMINAL_SIM must be set");
        QTemporaryDir dir;
        m_db = dir.filePath(u"register.db"_s);
        m_state = dir.filePath(u"terminal.json"_s);
        m_logs.clear();
        QCOMPARE(ctlRun({u"generate-demo"_s, u"--products"_s, u"500"_s}).exitCode, 0);

        // The terminal: its own process, its own journal, as on the store's network.
        QProcess terminal;
        QStringList simArgs {
            u"serve"_s, u"--state"_s, m_state, u"--card-delay"_s, u"30"_s, u"--control"_s, u"0"_s};
        if (protocol == u"caisse-ap"_s)
            simArgs << u"--tcp"_s << u"0"_s;
        else if (protocol == u"protocol-e"_s)
            simArgs << u"--pty"_s << dir.filePath(u"tpe"_s);
        else
            simArgs << u"--nexo"_s << u"0"_s;
        terminal.start(sim(), simArgs);
        QVERIFY(terminal.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += terminal.readAllStandardOutput()).contains("control "), 20000);
        QJsonObject t {{u"id"_s, u"tpe"_s}, {u"label"_s, protocol}};
        for (const QByteArray &line : banner.split('\n')) {
            const QList<QByteArray> w = line.split(' ');
            if (w.size() != 2)
                continue;
            if (w[0] == "control")
                m_control = quint16(w[1].toUInt());
            else if (w[0] == "tcp")
                t.insert(u"link"_s, u"tcp://127.0.0.1:%1"_s.arg(QString::fromLatin1(w[1])));
            else if (w[0] == "pty")
                t.insert(u"link"_s, u"serial:%1?baud=9600"_s.arg(dir.filePath(u"tpe"_s)));
            else if (w[0] == "nexo")
                t.insert(u"url"_s, QString::fromLatin1(w[1]));
        }
        t.insert(u"driver"_s, protocol == u"nexo"_s ? u"nexo"_s : u"concert"_s);
        if (protocol == u"protocol-e"_s)
            t.insert(u"format"_s, u"protocol-e"_s);
        {
            QFile setup(dir.filePath(u"setup.json"_s));
            QVERIFY(setup.open(QIODevice::WriteOnly));
            setup.write(QJsonDocument(QJsonObject {{u"terminals"_s, QJsonArray {t}}}).toJson());
        }
        QCOMPARE(ctlRun({u"payment-setup"_s, dir.filePath(u"setup.json"_s)}).exitCode, 0);

        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int killed = 0, finishedAlone = 0, clerkAnswers = 0, confirmed = 0, dropped = 0;
        const int rounds = kills();
        for (int round = 0; killed < rounds && round < rounds * 3; ++round) {
            QProcess child;
            child.start(ctl(),
                {u"--db"_s, m_db, u"sell"_s, u"100000"_s, u"--card-terminal"_s, u"tpe"_s, u"--print"_s,
                    u"--timeout"_s, u"30"_s, u"--seed"_s, QString::number(round)});
            QVERIFY(child.waitForStarted());
            // Fault injection at a random moment: the recovery at start, a payment at the
            // terminal, an approval on its way to the ticket, a reversal.
            QTest::qWait(40 + int(rng.bounded(500u)));
            if (child.state() == QProcess::Running) {
                child.kill(); // SIGKILL
                ++killed;
            } else {
                ++finishedAlone;
            }
            if (child.state() != QProcess::NotRunning)
                QVERIFY(child.waitForFinished(30000));
            confirmed += int(child.readAllStandardOutput().count("committed "));
            m_logs += child.readAllStandardError();
            if (child.exitStatus() == QProcess::NormalExit) {
                // Only a question for the clerk stops the register by itself.
                QVERIFY2(child.exitCode() == 3,
                    qPrintable(u"exit %1: %2"_s.arg(child.exitCode())
                                   .arg(QString::fromLocal8Bit(m_logs.right(2000)))));
            }
            clerkAnswers += answerAsTheClerk();
            if (rng.bounded(4u) == 0) {
                // The customer walked away: the sale on the screen is gone when the register
                // starts again, so an approval it was waiting for must be given back.
                Database database(m_db);
                QVERIFY(database.open());
                QSqlQuery drop(database.connection());
                QVERIFY(drop.exec(u"DELETE FROM pos_state"_s));
                ++dropped;
            }
        }
        QCOMPARE(killed, rounds);

        // The register starts for good: everything open is settled.
        for (int i = 0; i < 10; ++i) {
            const Run r = ctlRun({u"terminal"_s, u"recover"_s, u"--timeout"_s, u"30"_s});
            if (r.exitCode == 0)
                break;
            QVERIFY2(r.exitCode == 3 || r.exitCode == 5, r.out.constData()); // the clerk, or try again
            clerkAnswers += answerAsTheClerk();
        }
        const Run after = ctlRun({u"sell"_s, u"5"_s, u"--card-terminal"_s, u"tpe"_s, u"--seed"_s, u"999"_s});
        QVERIFY2(after.exitCode == 0, after.err.constData());

        Database database(m_db);
        QVERIFY(database.open());
        QSqlDatabase c = database.connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        const JournalCheck check = SaleJournal(c, StoreProfile::load(SettingsTable(c))).verify();
        QVERIFY2(check.ok, qPrintable(check.reason));

        const auto count = [&](const QString &sql) {
            QSqlQuery x(c);
            if (!x.exec(sql) || !x.next())
                qFatal("%s", qPrintable(sql));
            return x.value(0).toLongLong();
        };
        const QString saleCardTenders =
            u"ticket_tenders tt JOIN tickets t ON t.id = tt.ticket_id AND t.kind = 'sale' "
            "AND tt.kind IN ('card', 'card-offline')"_s;
        // No payment a recorded ticket counts was given back; every such ticket has its attempt.
        const qint64 reversedButCounted =
            count(u"SELECT count(*) FROM %1 JOIN payment_attempts a ON "
                  "a.reference = tt.reference WHERE a.state <> 'approved'"_s.arg(saleCardTenders));
        const qint64 withoutAttempt =
            count(u"SELECT count(*) FROM %1 LEFT JOIN payment_attempts a ON "
                  "a.reference = tt.reference AND a.ticket_uuid = t.uuid WHERE a.id IS NULL"_s.arg(
                      saleCardTenders));
        // Every approval without a sale was given back, or left to the manager.
        const qint64 looseApprovals =
            count(u"SELECT count(*) FROM payment_attempts a WHERE a.state = 'approved' AND a.operation IN "
                  "('payment', 'refund') AND a.ticket_uuid IS NULL AND NOT EXISTS (SELECT 1 FROM "
                  "payment_followups f "
                  "WHERE f.attempt_id = a.id AND f.kind = 'approved-without-sale')"_s);
        const qint64 open =
            count(u"SELECT count(*) FROM payment_attempts WHERE state IN ('sending', 'unknown')"_s);
        const qint64 released = count(u"SELECT count(*) FROM payment_attempts WHERE state = 'released'"_s);
        const qint64 adopted =
            count(u"SELECT count(*) FROM payment_attempt_log l JOIN payment_attempt_log s ON "
                  "s.attempt_id = l.attempt_id AND s.state = 'ticket' WHERE l.detail LIKE "
                  "'%resolved by the terminal%'"_s);
        const qint64 ticketCents =
            count(u"SELECT COALESCE(sum(tt.amount_cents), 0) FROM %1"_s.arg(saleCardTenders));
        // Left to the manager: payments to refund, and refunds the customer got without a sale.
        const qint64 toRefundCents =
            count(u"SELECT COALESCE(sum(CASE a.operation WHEN 'payment' THEN a.amount_cents ELSE "
                  u"-a.amount_cents END), 0) "
                  "FROM payment_attempts a WHERE a.state = 'approved' AND a.ticket_uuid IS NULL "
                  "AND a.operation IN ('payment', 'refund')"_s);
        const qint64 tickets = count(u"SELECT count(*) FROM tickets"_s);
        qInfo().noquote() << protocol << ":" << killed << "kills," << finishedAlone
                          << "stopped for the clerk," << clerkAnswers << "clerk answers," << dropped
                          << "sales walked away from," << confirmed << "sales confirmed," << tickets
                          << "tickets;" << adopted << "approvals recovered from the terminal into a ticket,"
                          << released << "given back; reversed but counted:" << reversedButCounted
                          << "; counted without their attempt:" << withoutAttempt
                          << "; approvals without sale or follow-up:" << looseApprovals << "; open:" << open
                          << "; terminal" << terminalNetCents() << "cents, tickets" << ticketCents
                          << "+ to refund" << toRefundCents;
        QCOMPARE(reversedButCounted, 0);
        QCOMPARE(withoutAttempt, 0);
        QCOMPARE(looseApprovals, 0);
        QCOMPARE(open, 0);
        QVERIFY(tickets >= confirmed);
        // What the customers were charged is what the tickets say, to the cent.
        if (terminalNetCents() != ticketCents + toRefundCents)
            explainDifference(c);
        QCOMPARE(terminalNetCents(), ticketCents + toRefundCents);

        // The end of day agrees (protocol E has no batch: its report is printed on the terminal).
        if (protocol != u"protocol-e"_s) {
            const Run day = ctlRun({u"terminal"_s, u"close-day"_s});
            if (toRefundCents == 0) {
                QVERIFY2(day.exitCode == 0, day.out.constData());
                QVERIFY(day.out.contains("the terminal matches the journal and the tickets"));
            } else {
                // What was left to the manager is the difference the end of day names.
                QVERIFY2(day.exitCode == 4, day.out.constData());
                QVERIFY(day.out.contains("in the tickets"));
            }
        }

        // No card number on disk or in the logs (the simulator sends full ones in protocol E).
        c.close();
        QByteArray files = m_logs;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        for (const QString &pan : TerminalSimulator::testCardNumbers())
            QVERIFY2(!files.contains(pan.toLatin1()), qPrintable(pan));
        terminal.terminate();
        terminal.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestCardCrashSafety)
#include "tst_cardcrashsafety.moc"
