// SPDX-License-Identifier: GPL-3.0-or-later
// Receipt printers: PC858 text checked against Python's own codec, the status bytes of the
// ESC/POS documentation (and of a printer out of paper, as reported), and a network printer
// (the simulator) out of paper, with its cover open, silent, echoing, unplugged or running out
// mid-receipt: nothing is reported printed that was not, and the queue prints it later, in order.
#include "print/escpos.h"
#include "print/printerstatus.h"
#include "print/printqueue.h"
#include "print/printspooler.h"
#include "print/receiptprinter.h"
#include "printersimulator.h"
#include "storage/database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

QByteArray receiptBytes(const QString &label)
{
    return EscPos().initialize().line(label).line(u"Total 3,95 €"_s).feed(3).cut().bytes();
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    PrinterSpec specOf(const PrinterSimulator &sim)
    {
        return *PrinterSpec::parse(u"tcp:127.0.0.1:%1"_s.arg(sim.port()));
    }
    // Prints `data` and waits for the printer's answer.
    Status printOnce(ReceiptPrinter &printer, const QByteArray &data)
    {
        QSignalSpy finished(&printer, &ReceiptPrinter::finished);
        if (!printer.print(data))
            return Error {u"busy"_s, u"busy"_s};
        if (!finished.wait(10000))
            return Error {u"test.timeout"_s, u"no answer within 10 s"_s};
        const QString code = finished.first().at(0).toString();
        if (code.isEmpty())
            return Ok {};
        return Error {code, finished.first().at(1).toString()};
    }

private Q_SLOTS:
    void frenchTextIsPc858AsPythonEncodesIt()
    {
        const QString text =
            u"Crème brûlée à 3,95 € — Île, Noël, naïve, garçon, Ça, ÉTÉ, 25 °C, ½ kg, £ ¥ ß"_s;
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
            {u"-c"_s, u"import sys; sys.stdout.buffer.write(sys.stdin.read().encode('cp858'))"_s});
        QVERIFY(python.waitForStarted());
        QString plain = text;
        plain.replace(u"—"_s, u"-"_s); // not in PC858: ours prints a hyphen
        python.write(plain.toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished());
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(EscPos::cp858(text), python.readAllStandardOutput());
        // What PC858 lacks: the nearest ASCII, else '?'.
        QCOMPARE(EscPos::cp858(u"Œuf, cœur… l’été"_s),
            QByteArray("OEuf, coeur... l'") + char(0x82) + "t" + char(0x82));
        QCOMPARE(EscPos::cp858(u"3\u202F950,00"_s), QByteArray("3 950,00"));
        QCOMPARE(EscPos::cp858(u"日本"_s), QByteArray("??"));
    }

    void commandsAreTheDocumentedBytes()
    {
        QCOMPARE(EscPos().initialize().bytes(), QByteArray("\x1b\x40\x1b\x74\x13"));
        QCOMPARE(EscPos().pulse().bytes(), QByteArray("\x1b\x70\x00\x32\xfa", 5)); // 100 ms on, 500 off
        QCOMPARE(EscPos().cut().bytes(), QByteArray("\x1d\x56\x01"));
        QCOMPARE(EscPos::statusQuery(4), QByteArray("\x10\x04\x04"));
        const QByteArray qr = EscPos().qrCode("TK0123", 6, 'M').bytes();
        QCOMPARE(qr,
            QByteArray("\x1d\x28\x6b\x04\x00\x31\x41\x32\x00"
                       "\x1d\x28\x6b\x03\x00\x31\x43\x06"
                       "\x1d\x28\x6b\x03\x00\x31\x45\x31"
                       "\x1d\x28\x6b\x09\x00\x31\x50\x30TK0123"
                       "\x1d\x28\x6b\x03\x00\x31\x51\x30",
                47));
        QVERIFY(EscPos().qrCode(QByteArray(7090, 'x')).bytes().isEmpty()); // beyond a QR code
    }

    void statusBytes_data()
    {
        QTest::addColumn<QList<int>>("replies"); // to DLE EOT 1, 2, 4
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ready");
        QTest::newRow("all well") << QList<int> {0x12, 0x12, 0x12} << u"ready"_s << true;
        QTest::newRow("out of paper, as a printer answered")
            << QList<int> {0x1A, 0x32, 0x7E} << u"paper-out"_s << false;
        QTest::newRow("paper near its end") << QList<int> {0x12, 0x12, 0x1E} << u"paper-low"_s << true;
        QTest::newRow("cover open") << QList<int> {0x1A, 0x16, 0x12} << u"cover-open"_s << false;
        QTest::newRow("an error") << QList<int> {0x1A, 0x52, 0x12} << u"error"_s << false;
        QTest::newRow("offline") << QList<int> {0x1A, 0x12, 0x12} << u"offline"_s << false;
        QTest::newRow("drawer switch high (0x16)") << QList<int> {0x16, 0x12, 0x12} << u"ready"_s << true;
    }
    void statusBytes()
    {
        QFETCH(QList<int>, replies);
        QFETCH(QString, key);
        QFETCH(bool, ready);
        PrinterStatus s;
        const int n[] = {1, 2, 4};
        for (int i = 0; i < 3; ++i)
            QVERIFY(s.read(n[i], static_cast<unsigned char>(replies[i])));
        QCOMPARE(s.key(), key);
        QCOMPARE(s.ready(), ready);
        QVERIFY(!s.text().isEmpty());
        // The simulator answers what the documentation says for the same state.
        for (int i = 0; i < 3; ++i) {
            if (key != u"offline"_s)
                QCOMPARE(PrinterSimulator::reply(s, n[i]), static_cast<unsigned char>(replies[i]));
        }
    }

    void bytesThatAreNoReplyAreRefused()
    {
        PrinterStatus s;
        for (unsigned char b : {0x00, 0xFF, 0x10, 0x04, 0x01, 0x92, 0x13})
            QVERIFY2(!s.read(1, b), qPrintable(QString::number(b, 16)));
        QCOMPARE(s, PrinterStatus {});
    }

    void specs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normal"); // empty: refused
        QTest::newRow("network") << u"tcp:192.168.1.50"_s << u"tcp:192.168.1.50:9100"_s;
        QTest::newRow("network, port") << u"tcp:printer.local:9101"_s << u"tcp:printer.local:9101"_s;
        QTest::newRow("serial") << u"serial:/dev/ttyS0"_s << u"serial:/dev/ttyS0:19200"_s;
        QTest::newRow("serial, speed") << u"serial:/dev/ttyUSB0:38400"_s << u"serial:/dev/ttyUSB0:38400"_s;
        QTest::newRow("usb") << u"usb:/dev/usb/lp0"_s << u"usb:/dev/usb/lp0"_s;
        QTest::newRow("port 0") << u"tcp:host:0"_s << QString();
        QTest::newRow("port too big") << u"tcp:host:70000"_s << QString();
        QTest::newRow("no host") << u"tcp:"_s << QString();
        QTest::newRow("relative device") << u"usb:lp0"_s << QString();
        QTest::newRow("speed as text") << u"serial:/dev/ttyS0:fast"_s << QString();
        QTest::newRow("unknown") << u"lpt1"_s << QString();
    }
    void specs()
    {
        QFETCH(QString, text);
        QFETCH(QString, normal);
        const auto spec = PrinterSpec::parse(text);
        QCOMPARE(spec.has_value(), !normal.isEmpty());
        if (spec)
            QCOMPARE(spec->text(), normal);
    }

    void aReadyPrinterPrintsAndConfirms()
    {
        PrinterSimulator sim;
        QVERIFY(sim.listen());
        ReceiptPrinter printer(specOf(sim));
        const QByteArray job = receiptBytes(u"Ticket 000001"_s);
        const Status s = printOnce(printer, job);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(sim.receipts.size(), 1);
        QCOMPARE(sim.receipts.first(), job); // the status questions are not on the paper
        QCOMPARE(sim.statusRequests, 6); // 1, 2, 4 before; 1, 2, 4 after
        // An echoing line: the echoed questions are no answers.
        sim.echoes = true;
        QVERIFY(printOnce(printer, receiptBytes(u"Ticket 000002"_s)));
        QCOMPARE(sim.receipts.size(), 2);
    }

    void aPrinterThatCannotPrintIsNeverReportedPrinted_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("out of paper") << u"paper-out"_s << u"printer.paper-out"_s;
        QTest::newRow("cover open") << u"cover-open"_s << u"printer.cover-open"_s;
        QTest::newRow("an error") << u"error"_s << u"printer.error"_s;
        QTest::newRow("silent") << u"silent"_s << u"printer.no_status"_s;
        QTest::newRow("unplugged") << u"unplugged"_s << u"printer.unreachable"_s;
        QTest::newRow("runs out mid-receipt") << u"runs-out"_s << u"printer.paper-out"_s;
    }
    void aPrinterThatCannotPrintIsNeverReportedPrinted()
    {
        QFETCH(QString, state);
        QFETCH(QString, code);
        auto sim = std::make_unique<PrinterSimulator>();
        QVERIFY(sim->listen());
        ReceiptPrinter printer(specOf(*sim));
        sim->state.paperEnd = state == u"paper-out"_s;
        sim->state.coverOpen = state == u"cover-open"_s;
        sim->state.error = state == u"error"_s;
        sim->answersStatus = state != u"silent"_s;
        if (state == u"runs-out"_s)
            sim->paperLeft = 12;
        if (state == u"unplugged"_s)
            sim.reset(); // the port closes
        const Status s = printOnce(printer, receiptBytes(u"Ticket 000003"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
        if (sim)
            QCOMPARE(sim->receipts.size(), 0);
    }

    void theQueueWaitsForPaperAndPrintsInOrder()
    {
        Database db(m_dir.filePath(u"q%1.db"_s.arg(++m_n)));
        QVERIFY(db.open());
        PrinterSimulator sim;
        QVERIFY(sim.listen());
        sim.state.paperEnd = true;
        ReceiptPrinter printer(specOf(sim));
        PrintQueue queue(db.connection());
        PrintSpooler spooler(queue, printer);
        QSignalSpy printed(&spooler, &PrintSpooler::printed);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(spooler.print(u"receipt"_s, u"Ticket %1"_s.arg(i), receiptBytes(u"Ticket %1"_s.arg(i))));
        QTRY_COMPARE_WITH_TIMEOUT(spooler.statusKey(), u"paper-out"_s, 10000);
        QVERIFY(spooler.statusText().contains(u"paper"_s));
        QCOMPARE(queue.waitingCount(), 3);
        QVERIFY(queue.waiting().first().lastError.contains(u"paper"_s));
        QCOMPARE(printed.size(), 0);
        QCOMPARE(sim.receipts.size(), 0);
        // Another queue on the same file (a restart) sees the same three receipts.
        QCOMPARE(PrintQueue(db.connection()).waitingCount(), 3);
        // A roll loaded: the queue goes on by itself, in order, each receipt whole.
        sim.state = {};
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 3, 20000);
        QCOMPARE(queue.waitingCount(), 0);
        QCOMPARE(sim.receipts.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sim.receipts[i], receiptBytes(u"Ticket %1"_s.arg(i + 1)));
        QCOMPARE(spooler.statusKey(), u"ready"_s);
    }

    void aReceiptCutShortIsPrintedAgainWhole()
    {
        Database db(m_dir.filePath(u"q%1.db"_s.arg(++m_n)));
        QVERIFY(db.open());
        PrinterSimulator sim;
        QVERIFY(sim.listen());
        sim.paperLeft = 20; // the roll ends during the receipt
        ReceiptPrinter printer(specOf(sim));
        PrintQueue queue(db.connection());
        PrintSpooler spooler(queue, printer);
        QSignalSpy printed(&spooler, &PrintSpooler::printed);
        const QByteArray job = receiptBytes(u"Ticket 000004"_s);
        QVERIFY(spooler.print(u"receipt"_s, u"Ticket 000004"_s, job));
        QTRY_COMPARE_WITH_TIMEOUT(spooler.statusKey(), u"paper-out"_s, 10000);
        QCOMPARE(printed.size(), 0);
        QCOMPARE(queue.waitingCount(), 1);
        sim.pending.clear(); // the clerk tears off the half receipt and loads a roll
        sim.paperLeft = -1;
        sim.state = {};
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 20000);
        QCOMPARE(sim.receipts, QList<QByteArray> {job});
        // A job the clerk gives up is cancelled, not printed.
        sim.state.coverOpen = true;
        const auto id = spooler.print(u"receipt"_s, u"Ticket 000005"_s, receiptBytes(u"5"_s));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(spooler.statusKey(), u"cover-open"_s, 10000);
        QVERIFY(queue.cancel(*id));
        sim.state = {};
        QTest::qWait(0);
        QCOMPARE(queue.waitingCount(), 0);
        QCOMPARE(queue.enqueue(u"receipt"_s, u"x"_s, QByteArray()).error().code, u"printer.job_size"_s);
        QCOMPARE(
            queue.enqueue(u"receipt"_s, u"x"_s, QByteArray(PrintQueue::MaxJobBytes + 1, 'x')).error().code,
            u"printer.job_size"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrinting)
#include "tst_printing.moc"
