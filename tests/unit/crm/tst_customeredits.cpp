// SPDX-License-Identifier: GPL-3.0-or-later
// Customers changed at the register: what an edit carries (crm::CustomerEdit), consents
// merged by date, head office's search terms, and the register's side (crm::CustomerEditor):
// saved with its outbox event in one go, laid over head office's records until merged.
#include "crm/customerdirectory.h"
#include "crm/customeredit.h"
#include "crm/customereditor.h"
#include "crm/customertext.h"
#include "crm/democustomers.h"
#include "storage/database.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::crm;

namespace {

QJsonObject consent(
    const char *purpose, const char *channel, bool granted, const char *at, const char *source)
{
    return {{u"purpose"_s, QLatin1StringView(purpose)}, {u"channel"_s, QLatin1StringView(channel)},
        {u"granted"_s, granted}, {u"at"_s, QLatin1StringView(at)}, {u"source"_s, QLatin1StringView(source)}};
}

} // namespace

class TestCustomerEdits : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"r%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
        QVERIFY(DemoCustomers::writeShowcase(db(), u"s1"_s));
    }

    void anEditCarriesOnlyWhatChanged()
    {
        const QJsonObject before {{u"display_name"_s, u"Karim Benali"_s}, {u"phone"_s, u"+33698765432"_s},
            {u"points"_s, 85}, {u"interests"_s, QJsonArray {u"sport"_s}}, {u"notes"_s, u""_s}};
        QJsonObject after = before;
        after.insert(u"phone"_s, u"07 11 22 33 44"_s);
        after.insert(u"points"_s, 9999); // not the register's to change
        after.remove(u"interests"_s);
        after.insert(u"notes"_s, u""_s);
        const CustomerEdit e = CustomerEdit::between(u"C-2"_s, before, after, false, m_clock.now());
        QCOMPARE(e.fields.keys(), (QStringList {u"interests"_s, u"phone"_s}));
        QCOMPARE(e.fields.value(u"phone"_s).toObject().value(u"was"_s).toString(), u"+33698765432"_s);
        QCOMPARE(e.fields.value(u"phone"_s).toObject().value(u"now"_s).toString(), u"07 11 22 33 44"_s);
        QVERIFY(e.fields.value(u"interests"_s).toObject().value(u"now"_s).isNull());
        // Applied to another record, only those fields move.
        const QJsonObject applied = e.appliedTo(QJsonObject {{u"display_name"_s, u"K. Benali"_s},
            {u"phone"_s, u"x"_s}, {u"interests"_s, QJsonArray {u"wine"_s}}, {u"points"_s, 90}});
        QCOMPARE(applied.value(u"display_name"_s).toString(), u"K. Benali"_s);
        QCOMPARE(applied.value(u"phone"_s).toString(), u"07 11 22 33 44"_s);
        QVERIFY(!applied.contains(u"interests"_s));
        QCOMPARE(applied.value(u"points"_s).toInt(), 90);
        // Through JSON and back, the same.
        const auto read = CustomerEdit::fromJson(e.toJson());
        QVERIFY(read);
        QCOMPARE(read->fields, e.fields);
        QCOMPARE(read->at, e.at);
        QVERIFY(CustomerEdit::between(u"C-2"_s, before, before, false, m_clock.now()).isEmpty());
    }

    void aMalformedEditIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        // Single quotes for readability, double quotes in the JSON.
        const auto row = [](const char *name, const char *json, const QString &why) {
            QTest::newRow(name) << QByteArray(json).replace('\'', '"') << why;
        };
        row("no customer", "{'edit':'e1','at':'2026-11-24T09:00:00Z','fields':{'phone':{'now':'1'}}}",
            u"customer id"_s);
        row("points",
            "{'edit':'e1','at':'2026-11-24T09:00:00Z','customer':'C-1','fields':{'points':{'now':5}}}",
            u"cannot be changed"_s);
        row("no now",
            "{'edit':'e1','at':'2026-11-24T09:00:00Z','customer':'C-1','fields':{'phone':{'was':'1'}}}",
            u"no \"now\""_s);
        row("no fields", "{'edit':'e1','at':'2026-11-24T09:00:00Z','customer':'C-1','fields':{}}",
            u"no fields"_s);
        row("created, head office id",
            "{'edit':'e1','at':'2026-11-24T09:00:00Z','customer':'C-1','creates':true,'fields':{'phone':{'"
            "now':'1'}}}",
            u"R-"_s);
        row("no date", "{'edit':'e1','customer':'C-1','fields':{'phone':{'now':'1'}}}", u"no date"_s);
    }
    void aMalformedEditIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const auto read = CustomerEdit::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(why), qPrintable(read.error().message));
    }

    // Each say is kept by date: the latest per purpose and channel, head office's on a tie.
    void consentsMergeByDate()
    {
        const QJsonArray kept {consent("marketing", "email", true, "2026-01-01T10:00:00Z", "web"),
            consent("personalised-offers", "any", false, "2026-11-24T09:00:00Z", "hq")};
        const QJsonArray incoming {consent("marketing", "email", false, "2026-11-20T10:00:00Z", "store"),
            consent("personalised-offers", "any", true, "2026-11-24T09:00:00Z", "store"),
            consent("marketing", "sms", true, "2026-11-21T10:00:00Z", "store")};
        const QJsonArray merged = mergeConsents(kept, incoming);
        QCOMPARE(merged.size(), 3);
        Customer c = Customer::fromJson(u"C"_s, QJsonObject {{u"consents"_s, merged}});
        QVERIFY(!c.consentsTo(u"marketing", u"email")); // the store's later refusal
        QVERIFY(c.consentsTo(u"marketing", u"sms"));
        QVERIFY(!c.consentsTo(u"personalised-offers")); // same date: head office's
    }

    void searchTermsFoldAndPrefix()
    {
        QCOMPARE(foldText(u"Élodie Œillet-Çà"), u"elodie oeillet-ca"_s);
        const QStringList terms = searchTerms(u"Élodie Martin"_s, u"Élodie"_s, u"Martin"_s,
            u"06 12 34 56 78"_s, u"Elodie.Martin@Example.fr"_s, {u"2900 0000 0001 8"_s});
        QCOMPARE(terms,
            (QStringList {u"nelodie"_s, u"nmartin"_s, u"p33612345678"_s, u"eelodiemartinexamplefr"_s,
                u"c2900000000018"_s}));
        QCOMPARE(searchTermGroups(u"mart élo"), (QList<QStringList> {{u"nmart"_s, u"nelo"_s}}));
        QCOMPARE(searchTermGroups(u"06 12 34").first(), QStringList {u"p3361234"_s});
        QCOMPARE(searchTermGroups(u"elodie.m@"), (QList<QStringList> {{u"eelodiem"_s}}));
        QVERIFY(searchTermGroups(u"a").isEmpty()); // too short to ask anyone
        QCOMPARE(prefixEnd(u"nmar"_s), u"nmas"_s);
        QCOMPARE(prefixEnd(u"p339"_s), u"p33a"_s);
        QCOMPARE(prefixEnd(u"nmaz"_s), u"nmb"_s);
        QCOMPARE(prefixEnd(u"zz"_s), QString());
        // Every term starting with the prefix is inside the range, and nothing else.
        for (const QString &term : {u"nmar"_s, u"nmartin"_s, u"nmarz9"_s})
            QVERIFY(term >= u"nmar"_s && term < prefixEnd(u"nmar"_s));
        for (const QString &term : {u"nmas"_s, u"nma"_s, u"nmbr"_s})
            QVERIFY(!(term >= u"nmar"_s && term < prefixEnd(u"nmar"_s)));
    }

    // Saved at once on the register, with its event for head office, in one transaction.
    void aChangeIsSavedWithItsEvent()
    {
        CustomerEditor editor(db(), u"01"_s, m_clock);
        QJsonObject karim = editor.record(u"C-000002"_s)->first;
        karim.insert(u"phone"_s, u"07 11 22 33 44"_s);
        karim.insert(u"email"_s, u"karim@example.fr"_s);
        const auto edit = editor.save(u"C-000002"_s, karim);
        QVERIFY2(edit, edit ? "" : qPrintable(edit.error().message));
        QCOMPARE(edit->fields.keys(), (QStringList {u"email"_s, u"phone"_s}));
        QCOMPARE(CustomerDirectory(db()).search(u"07 11 22"_s).size(), 1);
        QCOMPARE(CustomerDirectory(db()).search(u"karim@ex"_s).size(), 1);
        QCOMPARE(editor.pendingCount(u"C-000002"_s), 1);
        const auto rows = Outbox(db()).recent(5);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().kind, u"customer-edit"_s);
        QCOMPARE(rows.first().eventId, edit->editId);
        // Invalid: refused, nothing saved, nothing queued.
        karim.insert(u"email"_s, u"karim at example"_s);
        const auto bad = editor.save(u"C-000002"_s, karim);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"customer.invalid"_s);
        QCOMPARE(Outbox(db()).recent(5).size(), 1);
        QCOMPARE(CustomerDirectory(db()).byId(u"C-000002"_s)->email, u"karim@example.fr"_s);
        QVERIFY(!editor.save(u"C-404"_s, karim));
    }

    // Head office's record, older than the change, comes down: the change is laid over it
    // until head office has merged it.
    void pendingChangesStayOverHeadOfficesRecords()
    {
        CustomerEditor editor(db(), u"01"_s, m_clock);
        QJsonObject karim = editor.record(u"C-000002"_s)->first;
        karim.insert(u"phone"_s, u"07 11 22 33 44"_s);
        const auto edit = editor.save(u"C-000002"_s, karim);
        QVERIFY(edit);
        QJsonObject fromHq = DemoCustomers::showcase(u"s1"_s).at(1).second;
        fromHq.insert(u"points"_s, 120); // head office moved the points meanwhile
        CustomerWriter writer(db());
        QVERIFY(writer.upsert(u"C-000002"_s, fromHq, 7));
        QVERIFY(editor.overlay(u"C-000002"_s, fromHq, 7, m_clock.now()));
        auto mine = CustomerDirectory(db()).byId(u"C-000002"_s);
        QCOMPARE(mine->phone, u"07 11 22 33 44"_s); // still the clerk's
        QCOMPARE(mine->points, 120); // and head office's points
        QCOMPARE(editor.pendingCount(u"C-000002"_s), 1);
        // Acknowledged, then a record asked for afterwards: head office's, as it merged it.
        QVERIFY(Outbox(db()).markAcked({edit->editId}, m_clock.now()));
        fromHq.insert(u"phone"_s, u"07 11 22 33 44"_s);
        QVERIFY(writer.upsert(u"C-000002"_s, fromHq, 8));
        QVERIFY(editor.overlay(u"C-000002"_s, fromHq, 8, m_clock.now().addSecs(1)));
        QCOMPARE(editor.pendingCount(u"C-000002"_s), 0);
        QCOMPARE(editor.pendingCustomers(), QSet<QString>());
    }

    void aNewCustomerGetsARegisterId()
    {
        CustomerEditor editor(db(), u"01"_s, m_clock);
        const auto created = editor.create(
            QJsonObject {{u"display_name"_s, u"Anne Lefèvre"_s}, {u"email"_s, u"anne@example.fr"_s}},
            u"s1"_s);
        QVERIFY(created);
        QVERIFY(created->creates);
        QVERIFY(created->customerId.startsWith(u"R-"_s));
        QCOMPARE(created->customerId.size(), 32);
        const auto anne = CustomerDirectory(db()).byId(created->customerId);
        QVERIFY(anne);
        QCOMPARE(anne->homeStore, u"s1"_s);
        QCOMPARE(CustomerDirectory(db()).search(u"lefevre"_s).size(), 1);
        QVERIFY(!editor.create(QJsonObject {{u"email"_s, u"anne@example.fr"_s}}, u"s1"_s)); // no name
        QVERIFY(created->customerId != CustomerEdit::newCustomerId());
    }
};

QTEST_GUILESS_MAIN(TestCustomerEdits)
#include "tst_customeredits.moc"
