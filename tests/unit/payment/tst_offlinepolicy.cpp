// SPDX-License-Identifier: GPL-3.0-or-later
#include "payment/offlinepolicy.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

class TestOfflinePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsAreCheckedBeforeAsking_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("storedCount");
        QTest::addColumn<qint64>("storedTotal");
        QTest::addColumn<QString>("error"); // empty: allowed
        const int pay = int(TerminalOperation::Payment);
        QTest::newRow("small payment") << pay << 1250LL << 0 << 0LL << QString();
        QTest::newRow("exactly the maximum") << pay << 5000LL << 0 << 0LL << QString();
        QTest::newRow("one cent over") << pay << 5001LL << 0 << 0LL << u"policy.offline_amount"_s;
        QTest::newRow("count reached") << pay << 100LL << 3 << 300LL << u"policy.offline_count"_s;
        QTest::newRow("total reached") << pay << 4000LL << 2 << 8000LL << u"policy.offline_total"_s;
        QTest::newRow("total exactly") << pay << 2000LL << 2 << 8000LL << QString();
        QTest::newRow("refund") << int(TerminalOperation::Refund) << 100LL << 0 << 0LL
                                << u"policy.no_offline_refund"_s;
    }
    void limitsAreCheckedBeforeAsking()
    {
        QFETCH(int, operation);
        QFETCH(qint64, amount);
        QFETCH(int, storedCount);
        QFETCH(qint64, storedTotal);
        QFETCH(QString, error);
        OfflineCardPolicy p;
        p.maxAmount = Money::fromCents(5000);
        p.maxCount = 3;
        p.maxTotal = Money::fromCents(10000);
        const OfflinePolicyEngine engine(p);
        const Status s = engine.checkRequest(TerminalOperation(operation), Money::fromCents(amount),
            {storedCount, Money::fromCents(storedTotal)});
        QCOMPARE(s.ok() ? QString() : s.error().code, error);
        if (!s.ok())
            QVERIFY(!s.error().message.isEmpty());
    }

    void allowanceShrinks()
    {
        OfflineCardPolicy p;
        p.maxAmount = Money::fromCents(5000);
        p.maxCount = 3;
        p.maxTotal = Money::fromCents(10000);
        const OfflinePolicyEngine engine(p);
        auto a = engine.allowance({});
        QCOMPARE(a.paymentsLeft, 3);
        QCOMPARE(a.perPayment, Money::fromCents(5000));
        a = engine.allowance({2, Money::fromCents(8000)});
        QCOMPARE(a.paymentsLeft, 1);
        QCOMPARE(a.totalLeft, Money::fromCents(2000));
        QCOMPARE(a.perPayment, Money::fromCents(2000));
        a = engine.allowance({3, Money::fromCents(3000)});
        QCOMPARE(a.perPayment, Money());
    }

    void disabledRefusesEverything()
    {
        OfflineCardPolicy p;
        p.enabled = false;
        const auto s =
            OfflinePolicyEngine(p).checkRequest(TerminalOperation::Payment, Money::fromCents(1), {});
        QCOMPARE(s.error().code, u"policy.offline_disabled"_s);
    }

    void brandsAndEntryModes()
    {
        const OfflinePolicyEngine engine;
        TerminalResult r;
        r.outcome = TerminalOutcome::Approved;
        r.storedOffline = true;
        r.application = u"CB"_s;
        r.entryMode = u"chip"_s;
        QVERIFY(engine.checkApproval(r).ok());
        r.entryMode = u"swipe"_s;
        QCOMPARE(engine.checkApproval(r).error().code, u"policy.offline_entry_mode"_s);
        r.entryMode = u"contactless"_s;
        r.application = u"AMEX"_s;
        QCOMPARE(engine.checkApproval(r).error().code, u"policy.offline_brand"_s);
    }

    void fileRoundTripAndBadFiles()
    {
        QTemporaryDir dir;
        OfflineCardPolicy p;
        p.maxAmount = Money::fromCents(3000);
        p.allowedBrands = {u"CB"_s};
        const QString path = dir.filePath(u"offline.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(p.toJson()).toJson());
        f.close();
        const auto loaded = OfflineCardPolicy::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), p);

        QVERIFY(OfflineCardPolicy::load(dir.filePath(u"missing.json"_s)).ok()); // defaults
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        QCOMPARE(OfflineCardPolicy::load(path).error().code, u"policy.invalid"_s);
        QCOMPARE(
            OfflineCardPolicy::fromJson({{u"max_amount_cents"_s, 12.5}}).error().code, u"policy.invalid"_s);
        QCOMPARE(OfflineCardPolicy::fromJson({{u"max_count"_s, -1}}).error().code, u"policy.invalid"_s);
    }
};

QTEST_GUILESS_MAIN(TestOfflinePolicy)
#include "tst_offlinepolicy.moc"
