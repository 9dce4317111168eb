// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertexts.h"

#include <QTest>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

class TestCustomerTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsForThePanel()
    {
        crm::Customer c;
        c.id = u"C-1"_s;
        c.displayName = u"Élodie Martin"_s;
        c.tier = crm::Tier::Vip;
        c.points = 1240;
        c.phone = u"+33 6 12 34 56 78"_s;
        c.cards = {u"2900000000018"_s};
        const QDateTime march(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        c.consents = {
            {u"marketing"_s, u"email"_s, true, march, u"web"_s},
            {u"personalised-offers"_s, u"any"_s, true, march, u"store"_s},
            {u"marketing"_s, u"email"_s, false, march.addDays(10), u"store"_s}, // withdrawn later
            {u"analytics"_s, u"any"_s, false, march, u"store"_s},
        };
        c.interests = {u"fine-food"_s, u"surf"_s};
        const QVariantMap d = CustomerTexts::details(c);
        QCOMPARE(d.value(u"name"_s).toString(), u"Élodie Martin"_s);
        QCOMPARE(d.value(u"tierText"_s).toString(), u"VIP"_s);
        QVERIFY(d.value(u"premium"_s).toBool());
        QCOMPARE(d.value(u"phone"_s).toString(), u"06 12 34 56 78"_s);
        // The latest say per purpose and channel, one line each, purposes in order.
        const QVariantList consents = d.value(u"consents"_s).toList();
        QCOMPARE(consents.size(), 3);
        QStringList texts;
        for (const QVariant &v : consents)
            texts << v.toMap().value(u"text"_s).toString();
        QCOMPARE(texts,
            (QStringList {u"Purchase analysis, all channels"_s, u"Marketing messages, by e-mail"_s,
                u"Personalised offers, all channels"_s}));
        QVERIFY(!consents[1].toMap().value(u"granted"_s).toBool()); // the withdrawal won
        QVERIFY(consents[2].toMap().value(u"granted"_s).toBool());
        // A segment head office added since is shown as named.
        QCOMPARE(d.value(u"interests"_s).toStringList(), (QStringList {u"Fine food"_s, u"surf"_s}));
        QCOMPARE(CustomerTexts::details(crm::Customer {}).value(u"tierText"_s).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCustomerTexts)
#include "tst_customertexts.moc"
