// SPDX-License-Identifier: GPL-3.0-or-later
// Dialog 06: the register's records byte for byte as the scale makers' manuals lay them out
// (METTLER TOLEDO DIVA service manual §6.1.8, Ohaus Aviator 7000 §6.1.3, Cely PI100 §7.5), the
// scale's answers read back, and the driver weighing against the scale simulator over a real
// serial line (a socat pseudo-terminal pair, opened through Qt SerialPort on both ends).
#include "common/serialline.h"
#include "ptydevice.h"
#include "scale/dialog06.h"
#include "scale/dialog06scale.h"
#include "scalesimulator.h"
#include "socatpair.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using comptoir::sim::ScaleSimulator;

namespace {
QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray out;
    for (int b : list)
        out.append(char(b));
    return out;
}
} // namespace

class TestDialog06 : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SocatPair> m_line; // a: the scale's end, b: the register's
    std::unique_ptr<QSerialPort> m_scalePort;

    std::unique_ptr<ScaleSimulator> simulator(ScaleSimulator::Config config = {})
    {
        auto sim = std::make_unique<ScaleSimulator>(config);
        m_scalePort = std::make_unique<QSerialPort>(m_line->a());
        [&] {
            QVERIFY(openSerialLine(*m_scalePort, QIODevice::ReadWrite,
                {9600, QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::OneStop}));
        }();
        sim->attach(m_scalePort.get());
        return sim;
    }
    Dialog06Scale::Config driverConfig() const
    {
        Dialog06Scale::Config c;
        c.portName = m_line ? m_line->b() : QString(); // the tests without a socat pair set their own
        c.answerTimeoutMs = 3000; // generous: a loaded machine only slows the test
        c.settleMs = 30000;
        c.retryMs = 20;
        return c;
    }

private Q_SLOTS:
    // ---- the records, from the manuals' layouts ----------------------------------------------
    void priceRecordsAreLaidOutAsTheManualsSay()
    {
        // 01: EOT STX "01" ESC price(6) ESC ETX (the only record with an ESC before ETX).
        QCOMPARE(dialog06::priceRecord(299).value(),
            bytes({0x04, 0x02, '0', '1', 0x1b, '0', '0', '0', '2', '9', '9', 0x1b, 0x03}));
        // 03: price and tare (4 digits, grams), no ESC before ETX.
        QCOMPARE(dialog06::priceRecord(1250, 15).value(),
            bytes(
                {0x04, 0x02, '0', '3', 0x1b, '0', '0', '1', '2', '5', '0', 0x1b, '0', '0', '1', '5', 0x03}));
        // 04: price and a 13-character text; accents become spaces, short names are padded.
        QCOMPARE(dialog06::priceRecord(590, std::nullopt, u"Pêches"_s).value(),
            QByteArray("\x04\x02"
                       "04\x1b"
                       "000590\x1b"
                       "P ches       \x03"));
        // 05: price, tare, text; a long name is cut at 13.
        QCOMPARE(dialog06::priceRecord(990, 0, u"Abricots catégorie 1"_s).value(),
            QByteArray("\x04\x02"
                       "05\x1b"
                       "000990\x1b"
                       "0000\x1b"
                       "Abricots cat \x03"));
        QCOMPARE(dialog06::resultRequest(), bytes({0x04, 0x05}));
        QCOMPARE(dialog06::statusRequest(), bytes({0x04, 0x02, '0', '8', 0x03}));
        // What the record cannot carry is refused before anything is sent.
        QCOMPARE(dialog06::priceRecord(1000000).error().code, u"scale.unit_price"_s);
        QCOMPARE(dialog06::priceRecord(-1).error().code, u"scale.unit_price"_s);
        QCOMPARE(dialog06::priceRecord(100, 10000).error().code, u"scale.tare"_s);
    }

    void checksumsAreThePolynomialRemainderRotated()
    {
        // CS·x^16 mod P with P = x^16 + x^15 + x^2 + 1 (0x18005, the CRC-16 generator; the
        // scale makers' own polynomial is secret and configured per store).
        QCOMPARE(dialog06::remainder(0x4711, 0x18005), quint16(0x1263));
        QCOMPARE(dialog06::remainder(0x0000, 0x18005), quint16(0));
        QCOMPARE(dialog06::remainder(0x0001, 0x18005), quint16(0x8005));
        // Z = 47h: CS rotated left by 4, KW right by 7, upper-case hex, no ESC between them.
        QCOMPARE(dialog06::checksumRecord(0x4711, 0x18005, 0x47),
            bytes({0x04, 0x02, '1', '0', 0x1b, '7', '1', '1', '4', 'C', '6', '2', '4', 0x03}));
    }

    void answersAreRead()
    {
        dialog06::AnswerReader reader;
        // Noise, an ACK, a result split across reads, a status, the DIVA manual's checksum
        // request example "STX 11 ESC 247 ETX" (send record 10, random number 47h), a verdict.
        reader.feed("\xff\x00" + bytes({0x06}) +
            "\x02"
            "02\x1b"
            "3\x1b"
            "012");
        auto a = reader.next();
        QVERIFY(a && *a);
        QCOMPARE(a->value().kind, dialog06::Answer::Kind::Ack);
        QVERIFY(!reader.next());
        reader.feed("34\x1b"
                    "000299\x1b"
                    "000369\x03\x02"
                    "09\x1b"
                    "20\x03\x02"
                    "11\x1b"
                    "247\x03\x02"
                    "11\x1b"
                    "1\x03");
        a = reader.next();
        QVERIFY(a && *a);
        QCOMPARE(a->value().kind, dialog06::Answer::Kind::Result);
        QCOMPARE(a->value().grams, 1234);
        QCOMPARE(a->value().unitPriceCents, 299);
        QCOMPARE(a->value().priceCents, 369);
        a = reader.next();
        QCOMPARE(a->value().kind, dialog06::Answer::Kind::Status);
        QCOMPARE(a->value().status, 20);
        a = reader.next();
        QCOMPARE(a->value().kind, dialog06::Answer::Kind::ChecksumRequest);
        QCOMPARE(a->value().random, quint8(0x47));
        a = reader.next();
        QCOMPARE(a->value().kind, dialog06::Answer::Kind::ChecksumVerdict);
        QVERIFY(a->value().checksumsValid);
        QVERIFY(!reader.next());
    }

    void badAnswersAreRefusedAndReadingGoesOn()
    {
        dialog06::AnswerReader reader;
        // Pounds, a letter in the weight, a frame that never ends, then a good status.
        reader.feed("\x02"
                    "02\x1b"
                    "1\x1b"
                    "01234\x1b"
                    "000299\x1b"
                    "000369\x03");
        auto a = reader.next();
        QVERIFY(a && !*a);
        QCOMPARE(a->error().code, u"scale.unit"_s);
        reader.feed("\x02"
                    "02\x1b"
                    "3\x1b"
                    "01a34\x1b"
                    "000299\x1b"
                    "000369\x03");
        a = reader.next();
        QVERIFY(a && !*a);
        QCOMPARE(a->error().code, u"scale.frame"_s);
        reader.feed("\x02" + QByteArray(100, '7'));
        a = reader.next();
        QVERIFY(a && !*a);
        reader.feed("\x03\x02"
                    "09\x1b"
                    "31\x03");
        for (int i = 0; i < 5; ++i) {
            a = reader.next();
            QVERIFY(a);
            if (*a)
                break;
        }
        QVERIFY(*a);
        QCOMPARE(a->value().status, 31);
    }

    // ---- the driver against the simulated scale, over a serial line -----------------------------
    void init()
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (!name.startsWith(u"weigh"_s))
            return;
        m_line = std::make_unique<test::SocatPair>();
        QVERIFY(m_line->start(m_dir.path(), name));
    }
    void cleanup()
    {
        m_scalePort.reset();
        m_line.reset();
    }

    void weighsASteadyLoad()
    {
        auto sim = simulator();
        sim->setLoad(1234);
        Dialog06Scale scale(driverConfig());
        QSignalSpy weighed(&scale, &Scale::weighed);
        QSignalSpy failed(&scale, &Scale::failed);
        QSignalSpy progress(&scale, &Scale::progress);
        scale.weigh(299, std::nullopt, u"Pommes"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!weighed.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
        const auto w = weighed[0][0].value<Weighing>();
        QCOMPARE(w.grams, 1234);
        QCOMPARE(w.unitPriceCents, 299);
        QCOMPARE(w.priceCents, 369); // 1.234 kg × 2.99 = 3.68966, rounded by the scale
        QVERIFY(progress.size() >= 2); // "in motion" twice after the load was put down
        QVERIFY(!scale.busy());

        // The same load cannot be sold twice; lifted and put back, it can.
        scale.weigh(299, std::nullopt, {});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(failed[0][0].value<Error>().code, u"scale.same_load"_s);
        sim->setLoad(0);
        sim->setLoad(1234);
        scale.weigh(299, std::nullopt, {});
        QTRY_COMPARE_WITH_TIMEOUT(weighed.size(), 2, 20000);
    }

    // A tare given with the price (record 03): the scale weighs the goods without their container.
    void weighingTakesTheTareOff()
    {
        auto sim = simulator();
        sim->setLoad(256);
        Dialog06Scale scale(driverConfig());
        QSignalSpy weighed(&scale, &Scale::weighed);
        QSignalSpy failed(&scale, &Scale::failed);
        scale.weigh(2490, 6, u"Comté"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!weighed.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
        const auto w = weighed[0][0].value<Weighing>();
        QCOMPARE(w.grams, 250);
        QCOMPARE(w.priceCents, 623); // 0.250 kg × 24.90, rounded by the scale
    }

    void weighingRefusesWhatTheScaleRefuses()
    {
        auto sim = simulator();
        Dialog06Scale scale(driverConfig());
        QSignalSpy weighed(&scale, &Scale::weighed);
        QSignalSpy failed(&scale, &Scale::failed);
        const struct
        {
            int grams;
            const char *code;
        } cases[] = {{-20, "scale.below_zero"}, {16000, "scale.overload"}, {12, "scale.below_minimum"}};
        for (const auto &c : cases) {
            sim->setLoad(c.grams);
            failed.clear();
            scale.weigh(450, std::nullopt, {});
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
            QCOMPARE(failed[0][0].value<Error>().code, QString::fromLatin1(c.code));
            QVERIFY(!failed[0][0].value<Error>().message.isEmpty());
        }
        QVERIFY(weighed.isEmpty());
        QCOMPARE(sim->weighings(), 0);
    }

    void weighingGivesUpOnALoadThatNeverSettles()
    {
        ScaleSimulator::Config config;
        config.settlingRequests = 1000000;
        auto sim = simulator(config);
        sim->setLoad(500);
        auto c = driverConfig();
        c.settleMs = 300;
        Dialog06Scale scale(c);
        QSignalSpy failed(&scale, &Scale::failed);
        scale.weigh(450, std::nullopt, {});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(failed[0][0].value<Error>().code, u"scale.motion"_s);
    }

    void weighingAnswersTheChecksumRequest()
    {
        ScaleSimulator::Config config;
        config.polynomial = 0x18005;
        auto sim = simulator(config);
        sim->setLoad(750);
        {
            auto c = driverConfig();
            c.polynomial = 0x18005;
            c.checksum = 0x4711;
            Dialog06Scale scale(c);
            QSignalSpy weighed(&scale, &Scale::weighed);
            QSignalSpy failed(&scale, &Scale::failed);
            scale.weigh(1290, std::nullopt, {});
            QTRY_VERIFY_WITH_TIMEOUT(!weighed.isEmpty() || !failed.isEmpty(), 20000);
            QVERIFY2(
                failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].value<Error>().message));
            QCOMPARE(weighed[0][0].value<Weighing>().priceCents, 968); // 0.750 × 12.90 = 9.675
            QCOMPARE(sim->checksumRequests(), 1);

            // A register with another polynomial gets no weight; one without any is told to set it.
            sim->setPolynomial(0x11021);
            sim->setLoad(0);
            sim->setLoad(800);
            scale.weigh(1290, std::nullopt, {});
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
            QCOMPARE(failed[0][0].value<Error>().code, u"scale.checksum"_s);
            scale.cancel();
        } // the line is free for another register
        auto bare = driverConfig();
        Dialog06Scale unconfigured(bare);
        QSignalSpy refused(&unconfigured, &Scale::failed);
        unconfigured.weigh(1290, std::nullopt, {});
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 20000);
        QCOMPARE(refused[0][0].value<Error>().code, u"scale.checksum_setup"_s);
        QCOMPARE(sim->weighings(), 1);
    }

    void weighingTimesOutOnASilentScale()
    {
        auto sim = simulator();
        sim->setSilent(true);
        auto c = driverConfig();
        c.answerTimeoutMs = 200;
        Dialog06Scale scale(c);
        QSignalSpy failed(&scale, &Scale::failed);
        scale.weigh(450, std::nullopt, {});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(failed[0][0].value<Error>().code, u"scale.timeout"_s);
        QVERIFY(!scale.busy());
    }

    void weighOnAMissingLineSaysSo()
    {
        auto c = driverConfig();
        c.portName = m_dir.filePath(u"no-such-tty"_s);
        Dialog06Scale scale(c);
        QSignalSpy failed(&scale, &Scale::failed);
        scale.weigh(450, std::nullopt, {});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<Error>().code, u"scale.offline"_s);
        QVERIFY(failed[0][0].value<Error>().message.contains(u"no-such-tty"_s));
    }

    // The demo's scale: the simulator on a pseudo-terminal of its own, no socat.
    void ptyScaleForTheDemo()
    {
        ScaleSimulator::Config config;
        config.demoLoads = true;
        ScaleSimulator sim(config);
        sim::PtyDevice pty;
        QVERIFY(pty.open(QIODevice::ReadWrite));
        sim.attach(&pty);
        auto c = driverConfig();
        c.portName = pty.slavePath();
        Dialog06Scale scale(c);
        QSignalSpy weighed(&scale, &Scale::weighed);
        QSignalSpy failed(&scale, &Scale::failed);
        for (int i = 1; i <= 2; ++i) {
            scale.weigh(399, std::nullopt, {});
            QTRY_VERIFY_WITH_TIMEOUT(weighed.size() == i || !failed.isEmpty(), 20000);
            QVERIFY(failed.isEmpty());
            const auto w = weighed.last()[0].value<Weighing>();
            QVERIFY(w.grams >= 150 && w.grams <= 2500);
            QCOMPARE(w.priceCents, (w.grams * 399 + 500) / 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestDialog06)
#include "tst_dialog06.moc"
