// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the head-office sync that need no server: where requests go, how long a
// failing register waits, and what an acknowledgement may say.
#include "sync/syncprotocol.h"
#include "sync/syncworker.h"

#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestSyncProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoint_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << u"https://hq.example.com:8443"_s
                              << u"https://hq.example.com:8443/api/v1/events"_s;
        QTest::newRow("slash") << u"https://hq.example.com/"_s << u"https://hq.example.com/api/v1/events"_s;
        QTest::newRow("behind a path")
            << u"https://gw.example.com/comptoir/"_s << u"https://gw.example.com/comptoir/api/v1/events"_s;
        QTest::newRow("query kept") << u"http://127.0.0.1:9/?x=1"_s
                                    << u"http://127.0.0.1:9/api/v1/events?x=1"_s;
    }
    void endpoint()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(sync::endpoint(QUrl(base), u"/events").toString(), expected);
    }

    void backoffDoublesWithJitterUpToTheCap()
    {
        QCOMPARE(SyncWorker::backoffMs(0, 1000, 300000, 0.5), 0);
        for (int failures = 1; failures <= 40; ++failures) {
            const double exp = std::min(300000.0, 1000.0 * std::pow(2.0, std::min(failures - 1, 30)));
            QCOMPARE(SyncWorker::backoffMs(failures, 1000, 300000, 0.0), int(exp / 2));
            QCOMPARE(SyncWorker::backoffMs(failures, 1000, 300000, 1.0), int(exp));
            const int mid = SyncWorker::backoffMs(failures, 1000, 300000, 0.5);
            QVERIFY(mid >= int(exp / 2) && mid <= int(exp));
        }
        QCOMPARE(SyncWorker::backoffMs(3, 1000, 300000, 7.0), 4000); // random clamped
    }

    void anAckMayOnlyNameWhatWasSent()
    {
        const QStringList sent {u"a"_s, u"b"_s};
        QVERIFY(sync::decodeAck(
            "{\"acked\":[\"a\"],\"rejected\":[{\"id\":\"b\",\"reason\":\"x\"}]}", sent, nullptr));
        QString error;
        QVERIFY(!sync::decodeAck("{\"acked\":[\"a\",\"c\"]}", sent, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!sync::decodeAck("{\"acked\":[\"a\",\"a\"]}", sent, nullptr));
        QVERIFY(!sync::decodeAck("{\"acked\":[\"a\"],\"rejected\":[{\"id\":\"a\"}]}", sent, nullptr));
        QVERIFY(!sync::decodeAck("{\"acked\":\"a\"}", sent, nullptr));
        QVERIFY(!sync::decodeAck("<html>502</html>", sent, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
