// SPDX-License-Identifier: GPL-3.0-or-later
#include "crm/customer.h"
#include "crm/customertext.h"

#include <QTest>

using namespace comptoir::crm;
using namespace Qt::Literals::StringLiterals;

class TestCustomerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("spaces") << u"06 12 34 56 78"_s << u"33612345678"_s;
        QTest::newRow("dots") << u"06.12.34.56.78"_s << u"33612345678"_s;
        QTest::newRow("dashes") << u"06-12-34-56-78"_s << u"33612345678"_s;
        QTest::newRow("run together") << u"0612345678"_s << u"33612345678"_s;
        QTest::newRow("no-break spaces") << u"06\u00a012\u00a034\u00a056\u00a078"_s << u"33612345678"_s;
        QTest::newRow("+33") << u"+33 6 12 34 56 78"_s << u"33612345678"_s;
        QTest::newRow("+33 (0)") << u"+33 (0)6 12 34 56 78"_s << u"33612345678"_s;
        QTest::newRow("0033") << u"0033 6 12 34 56 78"_s << u"33612345678"_s;
        QTest::newRow("the 0 left out") << u"612345678"_s << u"33612345678"_s;
        QTest::newRow("landline") << u"01 23 45 67 89"_s << u"33123456789"_s;
        QTest::newRow("Réunion mobile") << u"0692 12 34 56"_s << u"262692123456"_s;
        QTest::newRow("Réunion, international") << u"+262 692 12 34 56"_s << u"262692123456"_s;
        QTest::newRow("Guadeloupe") << u"05 90 12 34 56"_s << u"590590123456"_s;
        QTest::newRow("Martinique mobile") << u"06 96 12 34 56"_s << u"596696123456"_s;
        QTest::newRow("Mayotte mobile") << u"06 39 12 34 56"_s << u"262639123456"_s;
        QTest::newRow("Belgium") << u"+32 470 12 34 56"_s << u"32470123456"_s;
        QTest::newRow("UK, 00") << u"0044 20 7946 0958"_s << u"442079460958"_s;
        QTest::newRow("too short") << u"12 34"_s << QString();
        QTest::newRow("French, two digits short") << u"07 98 76 54"_s << QString();
        QTest::newRow("French, one too many") << u"06 12 34 56 78 9"_s << QString();
        QTest::newRow("too long") << u"+33 6 12 34 56 78 90 12 34 56"_s << QString();
        QTest::newRow("letters") << u"06 12 AB 56 78"_s << QString();
        QTest::newRow("two plus") << u"++33612345678"_s << QString();
        QTest::newRow("plus inside") << u"06+12345678"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(comptoir::crm::phoneKey(text), key);
    }

    void phonePrefixes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("06 12") << u"06 12"_s << QStringList {u"33612"_s};
        QTest::newRow("without the 0") << u"612 3"_s << QStringList {u"336123"_s};
        QTest::newRow("+33 6") << u"+33 6"_s << QStringList {u"336"_s};
        QTest::newRow("+33 (0)6 1") << u"+33 (0)6 1"_s << QStringList {u"3361"_s};
        QTest::newRow("0692: Réunion only") << u"0692"_s << QStringList {u"262692"_s};
        QTest::newRow("06: every French mobile")
            << u"06"_s << QStringList {u"336"_s, u"5906"_s, u"5966"_s, u"5946"_s, u"2626"_s};
        QTest::newRow("069") << u"069"_s
                             << QStringList {u"3369"_s, u"59069"_s, u"59669"_s, u"59469"_s, u"26269"_s};
        QTest::newRow("one digit") << u"0"_s << QStringList {};
        QTest::newRow("a name") << u"martin"_s << QStringList {};
    }
    void phonePrefixes()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, prefixes);
        QCOMPARE(phoneKeyPrefixes(typed), prefixes);
    }

    void whatIsTypedOfANumberFindsIt()
    {
        for (const QString &number : {u"06 92 12 34 56"_s, u"06 12 34 56 78"_s, u"+33 6 12 34 56 78"_s,
                 u"05 90 12 34 56"_s, u"0044 20 7946 0958"_s}) {
            const QString key = comptoir::crm::phoneKey(number);
            QVERIFY(!key.isEmpty());
            for (qsizetype typed = 3; typed <= number.size(); ++typed) {
                const QStringList prefixes = phoneKeyPrefixes(number.left(typed));
                if (prefixes.isEmpty())
                    continue; // fewer than 2 digits yet
                QVERIFY2(std::any_of(prefixes.cbegin(), prefixes.cend(),
                             [&](const QString &p) { return key.startsWith(p); }),
                    qPrintable(number.left(typed) + u" -> "_s + prefixes.join(u',')));
            }
        }
    }

    void formatPhone()
    {
        QCOMPARE(comptoir::crm::formatPhone(u"33612345678"_s), u"06 12 34 56 78"_s);
        QCOMPARE(comptoir::crm::formatPhone(u"262692123456"_s), u"06 92 12 34 56"_s);
        QCOMPARE(comptoir::crm::formatPhone(u"32470123456"_s), u"+32470123456"_s);
        QCOMPARE(comptoir::crm::formatPhone(u"262112345678"_s), u"+262112345678"_s); // not dialled with a 0
        QCOMPARE(comptoir::crm::formatPhone(QString()), QString());
    }

    void emailAndCard()
    {
        QCOMPARE(emailKey(u"  Elodie.Martin@Example.FR "_s), u"elodie.martin@example.fr"_s);
        QCOMPARE(emailKey(u"elodie martin@example.fr"_s), QString());
        QCOMPARE(emailKey(u"a@b@c"_s), QString());
        QCOMPARE(emailKey(u"@example.fr"_s), QString());
        QCOMPARE(emailKey(u"elodie@"_s), QString());
        QCOMPARE(cardKey(u"2900 0000 0001 8"_s), u"2900000000018"_s);
        QCOMPARE(cardKey(u"fid-ab12"_s), u"FIDAB12"_s);
        QCOMPARE(cardKey(u"29000'; DROP"_s), QString());
        QVERIFY(looksNumeric(u"06 12"_s));
        QVERIFY(looksNumeric(u"+33 6"_s));
        QVERIFY(!looksNumeric(u"6"_s));
        QVERIFY(!looksNumeric(u"martin 06"_s));
    }

    void consentsTakeTheLatestSay()
    {
        Customer c;
        QVERIFY(!c.consentsTo(u"personalised-offers", u"in-store")); // no say is a refusal
        const QDateTime march(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        c.consents = {{u"personalised-offers"_s, u"any"_s, true, march, u"store"_s},
            {u"marketing"_s, u"email"_s, true, march, u"web"_s}};
        QVERIFY(c.consentsTo(u"personalised-offers", u"in-store")); // "any" covers every channel
        QVERIFY(c.consentsTo(u"marketing", u"email"));
        QVERIFY(!c.consentsTo(u"marketing", u"sms"));
        c.consents.append({u"personalised-offers"_s, u"in-store"_s, false, march.addDays(30), u"store"_s});
        QVERIFY(!c.consentsTo(u"personalised-offers", u"in-store")); // withdrawn later
        QVERIFY(c.consentsTo(u"personalised-offers", u"email")); // the withdrawal named the store only
    }

    void jsonRoundTrip()
    {
        Customer c;
        c.id = u"C-1"_s;
        c.displayName = u"Élodie Martin"_s;
        c.firstName = u"Élodie"_s;
        c.lastName = u"Martin"_s;
        c.phone = u"+33612345678"_s;
        c.email = u"elodie.martin@example.fr"_s;
        c.tier = Tier::Premium;
        c.points = 1250;
        c.offlineRedeemCents = 2000;
        c.consents = {{u"marketing"_s, u"email"_s, true, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC),
            u"store"_s}};
        c.interests = {u"fine-food"_s};
        c.cards = {u"2900000000018"_s};
        QCOMPARE(Customer::fromJson(c.id, c.toJson()), c);
        QVERIFY(c.isPremium());
        QCOMPARE(tierFromName(u"vip"), Tier::Vip);
        QCOMPARE(tierFromName(u"gold"), Tier::Standard);
    }
};

QTEST_GUILESS_MAIN(TestCustomerText)
#include "tst_customertext.moc"
