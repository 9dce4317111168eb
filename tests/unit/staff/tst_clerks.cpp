// SPDX-License-Identifier: GPL-3.0-or-later
// Clerk accounts, the lock-out, head office's records and the approval on the spot.
#include "sales/eventjournal.h"
#include "staff/clerkdirectory.h"
#include "staff/clerksession.h"
#include "staff/pin.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestClerks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    QSqlDatabase db() { return m_db->connection(); }
    ClerkAccount make(ClerkDirectory &d, const QString &name, const QString &role, const QString &pinText)
    {
        auto a = d.create(name, role, pinText);
        if (!a)
            qFatal("%s", qPrintable(a.error().message));
        return *a;
    }
    // The journal's events as "code clerk detail" lines, oldest first.
    QStringList events()
    {
        QSqlQuery q(db());
        q.exec(u"SELECT code, clerk_id, detail FROM jet_events ORDER BY sequence"_s);
        QStringList list;
        while (q.next())
            list << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"r%1.db"_s.arg(++m_n)));
        QVERIFY(m_db->open());
    }

    void permissionsHaveStableDistinctKeys()
    {
        QVERIFY(PermissionCount >= 15);
        QSet<QString> keys;
        for (Permission p : allPermissions()) {
            const QString key = permissionKey(p);
            QVERIFY(!keys.contains(key));
            keys.insert(key);
            QCOMPARE(permissionFromKey(key), p);
            QVERIFY(!permissionLabel(p).isEmpty());
        }
        QCOMPARE(keys.size(), PermissionCount);
        QCOMPARE(permissionFromKey(u"root"_s), std::nullopt);
        // Keys are stored: these must never change.
        QCOMPARE(permissionKey(Permission::VoidTicket), u"void_ticket"_s);
        QCOMPARE(permissionKey(Permission::NoSale), u"no_sale"_s);
        QCOMPARE(permissionKey(Permission::DayClosing), u"day_closing"_s);
    }

    void aPinOpensTheAccountAndFiveWrongOnesLockIt()
    {
        ClerkDirectory d(db());
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        QCOMPARE(d.checkPin(camille.id, u"4821"_s)->name, u"Camille"_s);
        for (int i = 1; i < ClerkAccount::MaxTries; ++i) {
            const auto wrong = d.checkPin(camille.id, u"0000"_s);
            QCOMPARE(wrong.error().code, u"staff.pin_wrong"_s);
            QVERIFY2(wrong.error().message.contains(QString::number(ClerkAccount::MaxTries - i)),
                qPrintable(wrong.error().message));
        }
        QCOMPARE(d.checkPin(camille.id, u"0000"_s).error().code, u"staff.locked"_s);
        // Locked: even the right PIN, even after a restart (the count is on disk).
        QCOMPARE(d.checkPin(camille.id, u"4821"_s).error().code, u"staff.locked"_s);
        ClerkDirectory restarted(db());
        QCOMPARE(restarted.checkPin(camille.id, u"4821"_s).error().code, u"staff.locked"_s);
        QVERIFY(restarted.unlock(camille.id));
        QVERIFY(restarted.checkPin(camille.id, u"4821"_s));
    }

    void aGoodPinResetsTheCount()
    {
        ClerkDirectory d(db());
        const ClerkAccount a = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < ClerkAccount::MaxTries - 1; ++i)
                QVERIFY(!d.checkPin(a.id, u"1111"_s));
            QVERIFY(d.checkPin(a.id, u"4821"_s));
        }
        QVERIFY(!d.account(a.id)->locked());
        // A new PIN unlocks.
        for (int i = 0; i < ClerkAccount::MaxTries; ++i)
            QVERIFY(!d.checkPin(a.id, u"1111"_s));
        QVERIFY(d.account(a.id)->locked());
        QVERIFY(d.setPin(a.id, u"55555"_s));
        QVERIFY(d.checkPin(a.id, u"55555"_s));
        QVERIFY(!d.checkPin(a.id, u"4821"_s));
    }

    void onlyTheHashIsStored()
    {
        ClerkDirectory d(db());
        make(d, u"Camille"_s, u"cashier"_s, u"482193"_s);
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT * FROM clerks"_s) && q.next());
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY(!q.value(i).toString().contains(u"482193"_s));
        QVERIFY(q.value(u"pin_hash"_s).toString().startsWith(u"$argon2id$"_s));
    }

    void createRefusesBadInput()
    {
        ClerkDirectory d(db());
        QCOMPARE(d.create(u""_s, u"cashier"_s, u"1234"_s).error().code, u"staff.name"_s);
        QCOMPARE(d.create(u" Camille"_s, u"cashier"_s, u"1234"_s).error().code, u"staff.name"_s);
        QCOMPARE(d.create(u"Cam\u0007ille"_s, u"cashier"_s, u"1234"_s).error().code, u"staff.name"_s);
        QCOMPARE(d.create(QString(61, u'a'), u"cashier"_s, u"1234"_s).error().code, u"staff.name"_s);
        QCOMPARE(d.create(u"Camille"_s, u"owner"_s, u"1234"_s).error().code, u"staff.role"_s);
        QCOMPARE(d.create(u"Camille"_s, u"cashier"_s, u"12"_s).error().code, u"staff.pin_shape"_s);
        QVERIFY(d.accounts()->isEmpty());
    }

    void headOfficeRecordsAreCheckedFieldByField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("applied");
        const QString hash = *pin::hash(u"1234"_s);
        const auto rec = [&](const QString &id, const QString &name, const QString &role, const QString &h,
                             const QJsonValue &active = true) {
            return QString::fromUtf8(QJsonDocument(
                QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"role"_s, role}, {u"pin_hash"_s, h},
                    {u"active"_s,
                        active}}).toJson(QJsonDocument::Compact));
        };
        QTest::newRow("good") << rec(u"c-42"_s, u"Léa Martin"_s, u"cashier"_s, hash) << true;
        QTest::newRow("id with a quote") << rec(u"c'42"_s, u"Léa"_s, u"cashier"_s, hash) << false;
        QTest::newRow("empty id") << rec(u""_s, u"Léa"_s, u"cashier"_s, hash) << false;
        QTest::newRow("name with a newline") << rec(u"c1"_s, u"Léa\nMartin"_s, u"cashier"_s, hash) << false;
        QTest::newRow("plain PIN") << rec(u"c1"_s, u"Léa"_s, u"cashier"_s, u"1234"_s) << false;
        QTest::newRow("4 GiB hash") << rec(u"c1"_s, u"Léa"_s, u"cashier"_s,
                                           QString(hash).replace(u"m=19456"_s, u"m=4194304"_s))
                                    << false;
        QTest::newRow("active as text") << rec(u"c1"_s, u"Léa"_s, u"cashier"_s, hash, u"yes"_s) << false;
        QTest::newRow("role with a space") << rec(u"c1"_s, u"Léa"_s, u"store manager"_s, hash) << false;
    }
    void headOfficeRecordsAreCheckedFieldByField()
    {
        QFETCH(QString, json);
        QFETCH(bool, applied);
        ClerkDirectory d(db());
        const auto s = d.applyClerk(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(bool(s), applied);
        QCOMPARE(d.accounts()->size(), applied ? 1 : 0);
        if (applied)
            QVERIFY(d.checkPin(u"c-42"_s, u"1234"_s));
        else
            QCOMPARE(s.error().code, u"staff.record"_s);
    }

    void aNewPinFromHeadOfficeUnlocksTheSameOneDoesNot()
    {
        ClerkDirectory d(db());
        const QString hash = *pin::hash(u"1234"_s);
        const QJsonObject rec {
            {u"id"_s, u"c1"_s}, {u"name"_s, u"Léa"_s}, {u"role"_s, u"cashier"_s}, {u"pin_hash"_s, hash}};
        QVERIFY(d.applyClerk(rec));
        for (int i = 0; i < ClerkAccount::MaxTries; ++i)
            QVERIFY(!d.checkPin(u"c1"_s, u"9999"_s));
        QVERIFY(d.applyClerk(rec)); // the same record again (a replayed delta)
        QVERIFY(d.account(u"c1"_s)->locked());
        QJsonObject renewed = rec;
        renewed.insert(u"pin_hash"_s, *pin::hash(u"2468"_s));
        QVERIFY(d.applyClerk(renewed));
        QVERIFY(d.checkPin(u"c1"_s, u"2468"_s));
        // Head office retires the account: it cannot sign in.
        renewed.insert(u"active"_s, false);
        QVERIFY(d.applyClerk(renewed));
        QCOMPARE(d.checkPin(u"c1"_s, u"2468"_s).error().code, u"staff.unknown"_s);
    }

    void headOfficeRolesReplaceTheBuiltInOnes()
    {
        ClerkDirectory d(db());
        QVERIFY(!d.role(u"cashier"_s).allows(Permission::Reprint));
        QVERIFY(d.applyRole(QJsonObject {{u"id"_s, u"cashier"_s}, {u"name"_s, u"Caisse"_s},
            {u"permissions"_s, QJsonArray {u"reprint"_s, u"no_sale"_s}}, {u"line_discount_max_bp"_s, 500}}));
        const Role r = d.role(u"cashier"_s);
        QVERIFY(r.allows(Permission::Reprint));
        QVERIFY(r.allows(Permission::NoSale));
        QVERIFY(!r.allows(Permission::CustomerEdit));
        QCOMPARE(r.lineDiscountMaxBp, 500);
        QCOMPARE(r.name, u"Caisse"_s);
        QCOMPARE(d.applyRole(QJsonObject {{u"id"_s, u"x"_s}, {u"name"_s, u"X"_s},
                                 {u"permissions"_s, QJsonArray {u"root"_s}}})
                     .error()
                     .code,
            u"staff.record"_s);
        QVERIFY(!d.applyRole(QJsonObject {{u"id"_s, u"x"_s}, {u"name"_s, u"X"_s},
            {u"permissions"_s, QJsonArray {}}, {u"line_discount_max_bp"_s, 10001}}));
        QVERIFY(
            !d.applyRole(QJsonObject {{u"id"_s, u"x"_s}, {u"name"_s, u"X"_s}, {u"permissions"_s, u"all"_s}}));
        // A role nobody defined allows nothing.
        QVERIFY(d.role(u"intern"_s).permissions.none());
    }

    void aSignInAndOutAreJournalled()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        QVERIFY(!session.signedIn());
        QCOMPARE(session.require(Permission::Reprint).error().code, u"staff.not_signed_in"_s);
        QCOMPARE(session.signIn(camille.id, u"1111"_s).error().code, u"staff.pin_wrong"_s);
        QVERIFY(!session.signedIn());
        QVERIFY(session.signIn(camille.id, u"4821"_s));
        QCOMPARE(session.clerk().name, u"Camille"_s);
        session.signOut();
        QCOMPARE(session.clerk().id, QString());
        const QStringList e = events();
        QCOMPARE(e.size(), 3);
        QVERIFY(e[0].startsWith(u"sign-in-refused "_s + camille.id));
        QVERIFY(e[0].contains(u"staff.pin_wrong"_s));
        QVERIFY(!e[0].contains(u"1111"_s)); // never what was typed
        QVERIFY(e[1].startsWith(u"sign-in "_s + camille.id));
        QVERIFY(e[2].startsWith(u"sign-out "_s + camille.id));
        QVERIFY(jet.verify().ok);
    }

    void aManagerApprovesOnTheSpotOnceAndBothAreJournalled()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        const ClerkAccount noah = make(d, u"Noah"_s, u"cashier"_s, u"1357"_s);
        const ClerkAccount sam = make(d, u"Sam"_s, u"manager"_s, u"9753"_s);
        QVERIFY(session.signIn(camille.id, u"4821"_s));

        QCOMPARE(session.require(Permission::VoidTicket).error().code, u"staff.approval_needed"_s);
        QCOMPARE(session.awaitedApproval(), Permission::VoidTicket);
        // Not by herself, not by another cashier, not with a wrong PIN.
        QCOMPARE(session.approve(Permission::VoidTicket, camille.id, u"4821"_s).error().code,
            u"staff.self_approval"_s);
        QCOMPARE(session.approve(Permission::VoidTicket, noah.id, u"1357"_s).error().code,
            u"staff.cannot_approve"_s);
        QCOMPARE(
            session.approve(Permission::VoidTicket, sam.id, u"0000"_s).error().code, u"staff.pin_wrong"_s);
        QCOMPARE(d.account(sam.id)->failedTries, 1);
        QCOMPARE(session.require(Permission::VoidTicket).error().code, u"staff.approval_needed"_s);

        QVERIFY(session.approve(Permission::VoidTicket, sam.id, u"9753"_s, {{u"number"_s, 12}}));
        QVERIFY(session.require(Permission::VoidTicket)); // once
        QCOMPARE(session.require(Permission::VoidTicket).error().code, u"staff.approval_needed"_s);
        // An approval is for one permission only.
        QVERIFY(session.approve(Permission::Reprint, sam.id, u"9753"_s));
        QCOMPARE(session.require(Permission::NoSale).error().code, u"staff.approval_needed"_s);

        const QStringList overrides = events().filter(QRegularExpression(u"^override "_s));
        QCOMPARE(overrides.size(), 2);
        QVERIFY(overrides[0].startsWith(u"override "_s + camille.id));
        QVERIFY(overrides[0].contains(u"\"approver\":\"%1\""_s.arg(sam.id)));
        QVERIFY(overrides[0].contains(u"\"permission\":\"void_ticket\""_s));
        QVERIFY(overrides[0].contains(u"\"number\":12"_s));
        QVERIFY(jet.verify().ok);
    }

    void lineDiscountsWithinTheRoleNeedNobody()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        QVERIFY(session.signIn(camille.id, u"4821"_s));
        QVERIFY(session.requireLineDiscount(1000));
        QCOMPARE(session.requireLineDiscount(1001).error().code, u"staff.approval_needed"_s);
        QCOMPARE(session.awaitedApproval(), Permission::LineDiscount);
    }

    void headOfficeRetiringTheClerkSignsThemOut()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const QJsonObject lea {{u"id"_s, u"c-7"_s}, {u"name"_s, u"Léa"_s}, {u"role"_s, u"manager"_s},
            {u"pin_hash"_s, *pin::hash(u"2468"_s)}};
        QVERIFY(d.applyClerk(lea));
        QVERIFY(session.signIn(u"c-7"_s, u"2468"_s));
        QVERIFY(session.allows(Permission::VoidTicket));
        // Her role changes: at once.
        QJsonObject demoted = lea;
        demoted.insert(u"role"_s, u"cashier"_s);
        QVERIFY(d.applyClerk(demoted));
        QVERIFY(!session.reload());
        QVERIFY(session.signedIn());
        QVERIFY(!session.allows(Permission::VoidTicket));
        // Retired: signed out, journalled.
        QVERIFY(d.retire(u"c-7"_s));
        QVERIFY(session.reload());
        QVERIFY(!session.signedIn());
        QVERIFY(events().constLast().startsWith(u"sign-out c-7"_s));
    }

    void aGoodPinOfALockedAccountDoesNotOpenIt()
    {
        ClerkDirectory d(db());
        const ClerkAccount a = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        // Locked by another program meanwhile (comptoirctl, a second register process).
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE clerks SET failed_tries = 5"_s));
        QCOMPARE(d.checkPin(a.id, u"4821"_s).error().code, u"staff.locked"_s);
        QCOMPARE(d.account(a.id)->failedTries, 5);
    }

    void aManagerUnlocksWithTheirPin()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        const ClerkAccount noah = make(d, u"Noah"_s, u"supervisor"_s, u"1357"_s);
        const ClerkAccount sam = make(d, u"Sam"_s, u"manager"_s, u"9753"_s);
        for (int i = 0; i < ClerkAccount::MaxTries; ++i)
            QVERIFY(!session.signIn(camille.id, u"0000"_s));
        QVERIFY(d.account(camille.id)->locked());
        QCOMPARE(session.unlockers().size(), 1); // Sam: a supervisor does not manage clerks
        QCOMPARE(session.unlockers().first().id, sam.id);
        QCOMPARE(session.unlock(camille.id, noah.id, u"1357"_s).error().code, u"staff.cannot_approve"_s);
        QCOMPARE(session.unlock(camille.id, sam.id, u"1111"_s).error().code, u"staff.pin_wrong"_s);
        QVERIFY(d.account(camille.id)->locked());
        QVERIFY(session.unlock(camille.id, sam.id, u"9753"_s));
        QVERIFY(session.signIn(camille.id, u"4821"_s));
        QVERIFY(events()
                    .filter(QRegularExpression(u"^clerk-changed "_s))
                    .constFirst()
                    .startsWith(u"clerk-changed "_s + sam.id));
        QVERIFY(jet.verify().ok);
    }

    void everyEventHasAClerk()
    {
        ClerkDirectory d(db());
        EventJournal jet(db(), u"R1"_s);
        ClerkSession session(d, jet);
        const ClerkAccount camille = make(d, u"Camille"_s, u"cashier"_s, u"4821"_s);
        const ClerkAccount sam = make(d, u"Sam"_s, u"manager"_s, u"9753"_s);
        QVERIFY(!session.signIn(camille.id, u"0000"_s));
        QVERIFY(session.signIn(camille.id, u"4821"_s));
        QVERIFY(!session.require(Permission::NoSale));
        QVERIFY(session.approve(Permission::NoSale, sam.id, u"9753"_s));
        QVERIFY(session.signIn(sam.id, u"9753"_s)); // a quick switch signs Camille out
        QCOMPARE(session.clerk().id, sam.id);
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT count(*), sum(clerk_id = '') FROM jet_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(events()[3].startsWith(u"sign-out "_s + camille.id));
    }
};

QTEST_GUILESS_MAIN(TestClerks)
#include "tst_clerks.moc"
