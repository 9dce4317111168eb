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
        case A::Recheck:
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
        QCOMPARE(d.deadline(), 180); // the interval and the grace of an unproven burst
        QCOMPARE(d.timeout(181), A::ReleaseHeld);
        QVERIFY(!d.holding());
    }

    // ---- a busy machine ----------------------------------------------------------------

    void aScanSurvivesAStallOnceProven_data()
    {
        QTest::addColumn<int>("at"); // the key after which the machine stalled
        QTest::addColumn<int>("stall");
        QTest::newRow("after 4 keys, 120 ms") << 4 << 120;
        QTest::newRow("after 9 keys, 240 ms") << 9 << 240;
        QTest::newRow("before Enter, 200 ms") << 13 << 200;
        QTest::newRow("after the first key, 75 ms") << 1 << 75;
        QTest::newRow("after 2 keys, 70 ms") << 2 << 70;
    }
    void aScanSurvivesAStallOnceProven()
    {
        QFETCH(int, at);
        QFETCH(int, stall);
        const QString code = u"3760123450140"_s;
        Harness h;
        h.type(code.left(at), 1000, 20, false);
        const qint64 t = 1000 + 20 * (at - 1) + stall; // the next key, `stall` after the last
        h.tick(t - 1); // the timer fires while the machine is still catching up
        h.type(code.mid(at), t, 20, true);
        QCOMPARE(h.scans, QStringList {code});
        QCOMPARE(h.typed, QString());
    }

    void twoStallsInAScanStillOneScan()
    {
        const QString code = u"3760123450140"_s;
        Harness h;
        qint64 t = h.type(code.left(5), 0, 20, false) + 180;
        t = h.type(code.mid(5, 4), t, 20, false) + 180;
        h.type(code.mid(9), t, 20, true);
        QCOMPARE(h.scans, QStringList {code});
    }

    void halfACodeIsNeverAScan()
    {
        // The machine stalled after the first keys for longer than any tolerance: those keys
        // went out as typing. The rest, however fast, is typing too (with its Enter, the search
        // field takes the whole code), never a scan of "0123450140".
        Harness h;
        qint64 t = h.type(u"376"_s, 0, 20, false) - 20;
        h.tick(t + 90); // the unproven burst's deadline passed: released
        QCOMPARE(h.typed, u"376"_s);
        h.type(u"0123450140"_s, t + 100, 20, true);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"3760123450140⏎"_s);
    }

    void theScanAfterAHalfCodeIsAScanAgain()
    {
        // Scans back to back (20 ms after each Enter). One is cut by a stall longer than any
        // tolerance and goes out as typing, Enter included; the next ones must still be scans
        // (they used to follow that typing too closely: every later scan was typing).
        Harness h;
        qint64 t = h.type(u"3760123450034"_s, 0, 20, true);
        t = h.type(u"37"_s, t, 20, false) - 20;
        h.tick(t + 410); // past even a proven burst's deadline: released
        t = h.type(u"60123450041"_s, t + 420, 20, true);
        QCOMPARE(h.typed, u"3760123450041⏎"_s);
        t = h.type(u"3760123450058"_s, t, 20, true);
        h.type(u"3760123450065"_s, t, 20, true);
        QCOMPARE(h.scans, (QStringList {u"3760123450034"_s, u"3760123450058"_s, u"3760123450065"_s}));
        QCOMPARE(h.typed, u"3760123450041⏎"_s);
    }

    void aStarvedMachineMayPauseAScanOftenIfItCatchesUp()
    {
        // Each pause is followed by keys at scanner speed: the scanner went on, the machine
        // paused. A 24-character code (a GS1 DataMatrix read as text) with a pause every 4 keys.
        const QString code = u"010376012345003421ABC123"_s;
        Harness h;
        qint64 t = 0;
        for (qsizetype i = 0; i < code.size(); i += 4)
            t = h.type(code.mid(i, 4), t, 10, false) - 10 + 200;
        h.enter(t);
        QCOMPARE(h.scans, QStringList {code});
        QCOMPARE(h.typed, QString());
    }

    void theNextScanSurvivesAStallAfterItsFirstKey_data()
    {
        QTest::addColumn<int>("stall");
        QTest::newRow("252 ms (seen under stress-ng)") << 252;
        QTest::newRow("390 ms") << 390;
    }
    void theNextScanSurvivesAStallAfterItsFirstKey()
    {
        // Scans back to back: the next code's first key comes 20 ms after the Enter, then the
        // machine stalls. The scanner is going on: the code stays one scan.
        QFETCH(int, stall);
        Harness h;
        qint64 t = h.type(u"3760123450034"_s, 0, 20, true);
        h.key(u'3', t);
        h.tick(t + stall - 1); // the timer, on time
        h.type(u"760123450041"_s, t + stall, 20, true);
        QCOMPARE(h.scans, (QStringList {u"3760123450034"_s, u"3760123450041"_s}));
        QCOMPARE(h.typed, QString());
    }

    void aPersonRightAfterAScanIsStillTyping()
    {
        // Keys at a person's pace, even starting at scanner speed after a scan's Enter (which
        // no person does): three pauses in a row end the burst, and the Enter is typed.
        Harness h;
        qint64 t = h.type(u"3760123450034"_s, 0, 20, true);
        h.type(u"123456"_s, t, 200, true);
        QCOMPARE(h.scans, QStringList {u"3760123450034"_s});
        QCOMPARE(h.typed, u"123456⏎"_s);
        // After a human pause, the first key is not proven: a single slow gap ends it.
        Harness p;
        t = p.type(u"3760123450034"_s, 0, 20, true);
        p.type(u"lait"_s, t + 400, 140, false);
        p.tick(t + 400 + 3 * 140 + 81);
        QCOMPARE(p.typed, u"lait"_s);
    }

    void aFastStartThenAPersonsPaceIsTyping()
    {
        // Four keys at scanner speed, then pairs 30 ms apart with 150 ms between them: a
        // person's rhythm. Three pauses without scanner speed between them end the burst.
        Harness h;
        qint64 t = h.type(u"lait"_s, 0, 20, false) - 20;
        for (const QString &pair : {u" d"_s, u"em"_s, u"i "_s, u"ec"_s}) {
            t += 150;
            h.tick(t);
            h.key(pair[0], t);
            h.key(pair[1], t + 30);
            t += 30;
        }
        h.enter(t + 100);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"lait demi ec⏎"_s);
    }

    void halfACodeAfterALongerStallIsTypingToo_data()
    {
        QTest::addColumn<int>("at"); // keys before the stall
        QTest::addColumn<int>("stall");
        QTest::newRow("unproven, 160 ms") << 2 << 160;
        QTest::newRow("unproven, 220 ms") << 3 << 220;
        QTest::newRow("proven, 450 ms") << 5 << 450;
        QTest::newRow("proven, 540 ms") << 6 << 540;
    }
    void halfACodeAfterALongerStallIsTypingToo()
    {
        // Stalled longer than any tolerance, then longer than quietMs after the last key: the
        // rest of the code follows the keys that went out as typing too closely to be a scan of
        // its own ("23450140" has the shape of an EAN-8).
        QFETCH(int, at);
        QFETCH(int, stall);
        const QString code = u"3760123450140"_s;
        Harness h;
        const qint64 last =
            h.type(code.left(at), 0, 20, false) - 40; // type() returns a gap after the next key's time
        h.tick(last + stall - 1); // the timer, on time: released as typing
        h.type(code.mid(at), last + stall, 20, true);
        QVERIFY2(h.scans.isEmpty(), qPrintable(h.scans.join(u' ')));
        QCOMPARE(h.typed, code + u"⏎"_s);
    }

    void bunchedKeysAreStillOneScan()
    {
        // A starved X server hands the keys over all at once: same timestamp.
        Harness h;
        h.type(u"3760123450034"_s, 500, 0, true);
        QCOMPARE(h.scans, QStringList {u"3760123450034"_s});
    }

    void aLateTimerDoesNotDecide()
    {
        ScanBurstDetector d;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(d.printable(QChar(u'1' + i), 100 + 20 * i), A::Hold);
        // The timer fires 400 ms late: the GUI thread was busy, keys may be queued.
        QCOMPARE(d.timeout(1000, 400), A::Recheck);
        QCOMPARE(d.timeout(1005, 400), A::Recheck);
        // The queued keys arrive with their own (early) timestamps, then Enter: one scan.
        for (int i = 5; i < 13; ++i)
            QCOMPARE(d.printable(u'0', 100 + 20 * i), A::Hold);
        QCOMPARE(d.terminator(100 + 20 * 13), A::Scan);
        QCOMPARE(d.code(), u"1234500000000"_s);
        // A timer on time decides at once.
        QCOMPARE(d.printable(u'7', 5000), A::Hold);
        QCOMPARE(d.timeout(5100, 3), A::ReleaseHeld);
    }

    void aLateTimerGivesUpAfterALongWhile()
    {
        ScanBurstDetector d;
        QCOMPARE(d.printable(u'a', 0), A::Hold);
        int rechecks = 0;
        qint64 t = 1000;
        while (d.timeout(t, 500) == A::Recheck) {
            ++rechecks;
            t += 5;
        }
        QCOMPARE(rechecks, d.config().maxRechecks);
        QVERIFY(!d.holding());
    }

    void personTypingStaysTyping_data()
    {
        QTest::addColumn<int>("gap");
        QTest::newRow("60 ms (very fast)") << 60;
        QTest::newRow("90 ms") << 90;
        QTest::newRow("140 ms") << 140;
        QTest::newRow("300 ms") << 300;
    }
    void personTypingStaysTyping()
    {
        QFETCH(int, gap);
        Harness h;
        const qint64 t = h.type(u"3760123450034"_s, 0, gap, true);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"3760123450034⏎"_s);
        Q_UNUSED(t)
    }

    void fastPairsOfAPersonNeverMakeAScanner()
    {
        // A fast typist: pairs of keys 30 ms apart (rollover), 90 ms between pairs, then Enter.
        // Never four keys in a row at scanner speed: typing, every key in the field.
        Harness h;
        qint64 t = 0;
        for (const QString &pair : {u"la"_s, u"it"_s, u"de"_s, u"mi"_s}) {
            h.key(pair[0], t);
            h.key(pair[1], t + 30);
            t += 120;
        }
        h.enter(t);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"laitdemi⏎"_s);
    }

    void aScanRightAfterTypingIsTyping()
    {
        // Typed "pa", then at once (less than quietMs) a burst: the search field gets it all.
        Harness h;
        h.type(u"pa"_s, 0, 120, false); // 'a' at 120 ms
        const qint64 t = 120 + 100;
        h.type(u"3760123450034"_s, t, 10, true);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, u"pa3760123450034⏎"_s);
        // After a quiet moment, the next burst is a scan again.
        h.type(u"3760123450034"_s, t + 2000, 10, true);
        QCOMPARE(h.scans.size(), 1);
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
