// SPDX-License-Identifier: GPL-3.0-or-later
// The technical event journal's NF525 codes: every event the register can write has one, an
// event without one (or without a clerk) is refused, and a code altered in the file is found.
#include "sales/eventjournal.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestEventJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    static QString sourceRoot() { return QDir(QStringLiteral(COMPTOIR_FIXTURES "/../..")).canonicalPath(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"e%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
    }

    void everyEventCodeOfTheSourceHasAnNf525Code()
    {
        // The codes as the header declares them, read from the source: one added without its
        // NF525 code fails here.
        QFile header(sourceRoot() + u"/core/sales/eventjournal.h"_s);
        QVERIFY2(header.open(QIODevice::ReadOnly), qPrintable(header.fileName()));
        const QString text = QString::fromUtf8(header.readAll());
        static const QRegularExpression constant(u"static constexpr auto (\\w+) = \"([a-z-]+)\";"_s);
        QStringList declared;
        for (const auto &m : constant.globalMatch(text))
            declared << m.captured(2);
        QVERIFY(declared.size() >= 16);
        for (const QString &code : std::as_const(declared))
            QVERIFY2(EventJournal::nf525Code(code) > 0, qPrintable(code + u" has no NF525 code"_s));
        // And the table has no code the header does not declare, each once.
        QSet<QString> seen;
        for (const EventJournal::Code &c : EventJournal::codes()) {
            const QString code = QString::fromLatin1(c.code);
            QVERIFY2(declared.contains(code), c.code);
            QVERIFY2(!seen.contains(code), c.code);
            seen.insert(code);
        }
    }

    void codesComeFromCertifiedProductsOrAreOurOwnAbove900()
    {
        // The numeric codes seen in certified products (fiscal-france.md, section 6).
        const QSet<int> known {10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 110, 120, 126, 127, 130, 140, 170, 190,
            200, 240, 260, 270, 300, 320, 910};
        for (const EventJournal::Code &c : EventJournal::codes()) {
            if (c.fromCertifiedProducts)
                QVERIFY2(known.contains(c.nf525), c.code);
            else
                QVERIFY2(c.nf525 >= 900 && !known.contains(c.nf525), c.code);
        }
        QCOMPARE(EventJournal::nf525Code(u"sign-in"), 80);
        QCOMPARE(EventJournal::nf525Code(u"sign-out"), 40);
        QCOMPARE(EventJournal::nf525Code(u"void"), 190);
        QCOMPARE(EventJournal::nf525Code(u"catalog-import"), 140);
        QCOMPARE(EventJournal::nf525Code(u"no-such-event"), 0);
    }

    void eachEventCarriesItsCode()
    {
        EventJournal jet(m_db->connection(), u"R1"_s);
        QVERIFY(jet.record(EventJournal::Start, u"system"_s));
        QVERIFY(jet.record(EventJournal::SignIn, u"c01"_s));
        QVERIFY(jet.record(EventJournal::Reprint, u"c01"_s, {{u"number"_s, 4}}));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT code, nf525 FROM jet_events ORDER BY sequence"_s));
        QStringList rows;
        while (q.next())
            rows << u"%1=%2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
        QCOMPARE(rows, (QStringList {u"start=900"_s, u"sign-in=80"_s, u"reprint=903"_s}));
        QVERIFY(jet.verify().ok);
    }

    void anEventWithoutACodeOrAClerkIsRefused()
    {
        EventJournal jet(m_db->connection(), u"R1"_s);
        QCOMPARE(jet.record("made-up", u"c01"_s).error().code, u"journal.event_code"_s);
        QCOMPARE(jet.record(EventJournal::Reprint, QString()).error().code, u"journal.event_clerk"_s);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM jet_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void anAlteredCodeIsFound()
    {
        EventJournal jet(m_db->connection(), u"R1"_s);
        QVERIFY(jet.record(EventJournal::SignIn, u"c01"_s));
        QVERIFY(jet.record(EventJournal::Void, u"c01"_s, {{u"number"_s, 3}}));
        QVERIFY(jet.record(EventJournal::SignOut, u"c01"_s));
        // Someone with the file makes the cancellation look like a reprint's code.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"DROP TRIGGER jet_events_append_only_update"_s));
        QVERIFY(q.exec(u"UPDATE jet_events SET nf525 = 903 WHERE code = 'void'"_s));
        const JournalCheck check = jet.verify();
        QVERIFY(!check.ok);
        QCOMPARE(check.firstBrokenNumber, 2);
        QVERIFY2(check.reason.contains(u"NF525 code 903"_s), qPrintable(check.reason));
    }

    void theJournalStaysAppendOnly()
    {
        EventJournal jet(m_db->connection(), u"R1"_s);
        QVERIFY(jet.record(EventJournal::SignIn, u"c01"_s));
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE jet_events SET nf525 = 1"_s));
        QVERIFY(!q.exec(u"DELETE FROM jet_events"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventJournal)
#include "tst_eventjournal.moc"
