// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/scanburstdetector.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using A = ScanBurstDetector::Action;

namespace {
// Plays keys into the detector like the app's event filter does, and records what reaches
// the focused field ("typed") and what was recognised as scans.
struct Harness
{
    ScanBurstDetector detector;
    QString typed;
    QStringList scans;
    QString held;

    void release() { typed += held, held.clear(); }
    void apply(A a, const QString &key)
    {
        switch (a) {
        case A::Pass:
            typed += key;
            break;
        case A::Hold:
            held += key;
            break;
        case A::ReleaseHeldThenHold:
            release();
            held = key;
            break;
        case A::ReleaseHeldThenPass:
            release();
            typed += key;
            break;
        case A::ReleaseHeld:
            release();
            break;
        case A::Scan:
            scans << detector.code();
            held.clear();
            break;
        }
    }
    void key(QChar c, qint64 t) { apply(detector.printable(c, t), QString(c)); }
    void enter(qint64 t) { apply(detector.terminator(t), u"⏎"_s); }
    void other(qint64 t) { apply(detector.otherKey(t), u"⌫"_s); }
    void tick(qint64 t) { apply(detector.timeout(t), QString()); }
    // Types `text` with `gap` ms between keys starting at `t`, returns the time after.
    qint64 type(const QString &text, qint64 t, int gap, bool withEnter)
    {
        for (QChar c : text) {
            tick(t);
            key(c, t);
            t += gap;
        }
        if (withEnter) {
            tick(t);
            enter(t);
        }
        return t + gap;
    }
};
} // namespace

class TestScanBurstDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanAtScannerSpeed_data()
    {
        QTest::addColumn<int>("gap");
        QTest::newRow("1 ms") << 1;
        QTest::newRow("10 ms") << 10;
        QTest::newRow("20 ms (xdotool --delay 20)") << 20;
        QTest::newRow("30 ms") << 30;
        QTest::newRow("50 ms (limit)") << 50;
    }
    void scanAtScannerSpeed()
    {
        QFETCH(int, gap);
        Harness h;
        h.type(u"3017620422003"_s, 1000, gap, true);
        QCOMPARE(h.scans, QStringList {u"3017620422003"_s});
        QCOMPARE(h.typed, QString()); // nothing leaked into the focused field
    }

    void manyScansBackToBack()
    {
        Harness h;
        qint64 t = 0;
        const QStringList codes {u"3017620422003"_s, u"96385074"_s, u"5449000000996"_s, u"036000291452"_s};
        for (int round = 0; round < 25; ++round) {
            for (const QString &c : codes)
                t = h.type(c, t, 30, true) + 30; // next scan 30 ms after the Enter
        }
        QCOMPARE(h.scans.size(), 100);
        for (int i = 0; i < h.scans.size(); ++i)
            QCOMPARE(h.scans[i], codes[i % codes.size()]);
        QVERIFY(h.typed.isEmpty());
    }

    void personTyping()
    {
        Harness h;
        qint64 t = h.type(u"lait demi"_s, 0, 140, false);
        h.tick(t + 200);
        QCOMPARE(h.typed, u"lait demi"_s);
        QVERIFY(h.scans.isEmpty());
    }

    void personTypingFastWordThenEnter()
    {
        // A short fast burst with Enter (a quantity, a PIN) is typing, Enter included.
        Harness h;
        h.type(u"1234"_s, 0, 15, true);
        QCOMPARE(h.typed, u"1234⏎"_s);
        QVERIFY(h.scans.isEmpty());
    }

    void scanWhileTypingInSearchField()
    {
        // The clerk types "caf", pauses, then scans: the scan must not land in the field.
        Harness h;
        qint64 t = h.type(u"caf"_s, 0, 150, false);
        t += 400;
        h.tick(t);
        QCOMPARE(h.typed, u"caf"_s);
        t = h.type(u"3760123450010"_s, t, 12, true);
        QCOMPARE(h.scans, QStringList {u"3760123450010"_s});
        QCOMPARE(h.typed, u"caf"_s);
        // And typing goes on afterwards.
        h.type(u"é"_s, t + 500, 100, false);
        h.tick(t + 800);
        QCOMPARE(h.typed, u"café"_s);
    }

    void slowEnterIsNotAScan()
    {
        Harness h;
        qint64 t = h.type(u"3017620422003"_s, 0, 10, false);
        h.enter(t + 500); // a person pressed Enter later: the burst was released by then? no tick
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"3017620422003⏎"_s);
    }

    void otherKeyReleasesHeld()
    {
        Harness h;
        h.key(u'a', 0);
        h.other(5);
        QCOMPARE(h.typed, u"a⌫"_s);
        h.other(10);
        QCOMPARE(h.typed, u"a⌫⌫"_s);
    }

    void enterAloneAlwaysPasses()
    {
        Harness h;
        h.enter(0);
        QCOMPARE(h.typed, u"⏎"_s);
    }

    void timeoutOnlyAfterInterval()
    {
        ScanBurstDetector d;
        QCOMPARE(d.printable(u'1', 100), A::Hold);
        QCOMPARE(d.timeout(120), A::Pass); // not yet
        QVERIFY(d.holding());
        QCOMPARE(d.deadline(), 150);
        QCOMPARE(d.timeout(151), A::ReleaseHeld);
        QVERIFY(!d.holding());
    }

    void scannerWithoutSuffix()
    {
        ScanBurstDetector::Config config;
        config.terminatorRequired = false;
        Harness h;
        h.detector.setConfig(config);
        qint64 t = h.type(u"96385074"_s, 0, 5, false);
        h.tick(t + 100);
        QCOMPARE(h.scans, QStringList {u"96385074"_s});
        QVERIFY(h.typed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanBurstDetector)
#include "tst_scanburstdetector.moc"
