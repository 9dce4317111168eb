// SPDX-License-Identifier: GPL-3.0-or-later
// A real serial line: socat makes a pseudo-terminal pair; the test writes scanner bytes on
// one end and SerialScanner reads the other through Qt SerialPort.
#include "scan/serialscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestSerialScanner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_socat;
    QString m_scannerEnd; // what the "scanner" writes to
    QString m_posEnd; // what the POS opens

private Q_SLOTS:
    void init()
    {
        const QString socat = qEnvironmentVariable("SOCAT", u"socat"_s);
        if (QStandardPaths::findExecutable(QFileInfo(socat).fileName()).isEmpty() &&
            !QFileInfo(socat).isExecutable())
            QFAIL("socat is required (apt-get install socat)");
        m_scannerEnd = m_dir.filePath(u"scanner"_s);
        m_posEnd = m_dir.filePath(u"pos"_s);
        m_socat.start(
            socat, {u"-d"_s, u"pty,raw,echo=0,link="_s + m_scannerEnd, u"pty,raw,echo=0,link="_s + m_posEnd});
        QVERIFY(m_socat.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_scannerEnd) && QFileInfo::exists(m_posEnd), 5000);
    }
    void cleanup()
    {
        m_socat.kill();
        m_socat.waitForFinished();
    }

    void readsCodesSplitAnyhow()
    {
        SerialScanner::Config config;
        config.portName = QFileInfo(m_posEnd).canonicalFilePath();
        SerialScanner scanner(config);
        QSignalSpy scanned(&scanner, &SerialScanner::scanned);
        QVERIFY(scanner.start());

        QFile line(m_scannerEnd);
        QVERIFY(line.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        // CR, LF and CRLF terminators; a code split across writes; an empty line.
        for (const QByteArray &chunk :
            {QByteArray("3017620422003\r"), QByteArray("96385"), QByteArray("074\n"), QByteArray("\r\n"),
                QByteArray("]C10103760123450010\x1d"
                           "10AB\r\n")}) {
            line.write(chunk);
            QTest::qWait(20);
        }
        QTRY_COMPARE(scanned.size(), 3);
        QCOMPARE(scanned[0][0].toString(), u"3017620422003"_s);
        QCOMPARE(scanned[1][0].toString(), u"96385074"_s);
        QCOMPARE(scanned[2][0].toString(), u"]C10103760123450010\u001d10AB"_s);
    }

    void noiseIsDroppedWithAMessage()
    {
        SerialScanner::Config config;
        config.portName = QFileInfo(m_posEnd).canonicalFilePath();
        config.maxCodeLength = 64;
        SerialScanner scanner(config);
        QSignalSpy scanned(&scanner, &SerialScanner::scanned);
        QSignalSpy errors(&scanner, &SerialScanner::errorOccurred);
        QVERIFY(scanner.start());
        QFile line(m_scannerEnd);
        QVERIFY(line.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        line.write(QByteArray(200, 'x'));
        QTRY_VERIFY(errors.size() >= 1);
        line.write("96385074\r");
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned[0][0].toString(), u"96385074"_s); // the scan after the noise still works
    }

    void missingPortRetries()
    {
        SerialScanner::Config config;
        config.portName = m_dir.filePath(u"no-such-port"_s);
        config.reopenIntervalMs = 50;
        SerialScanner scanner(config);
        QSignalSpy connected(&scanner, &SerialScanner::connectedChanged);
        QVERIFY(!scanner.start());
        QVERIFY(!scanner.isOpen());
        // Plug it in: a link appears where the port was configured.
        QVERIFY(QFile::link(QFileInfo(m_posEnd).canonicalFilePath(), config.portName));
        QTRY_VERIFY(scanner.isOpen());
        QCOMPARE(connected.size(), 1);
    }

    void parseSpec()
    {
        const auto c = SerialScanner::parseSpec(u"/dev/ttyACM0:9600:7E1"_s);
        QVERIFY(c);
        QCOMPARE(c->portName, u"/dev/ttyACM0"_s);
        QCOMPARE(c->baudRate, 9600);
        QCOMPARE(c->dataBits, QSerialPort::Data7);
        QCOMPARE(c->parity, QSerialPort::EvenParity);
        QVERIFY(SerialScanner::parseSpec(u"COM3"_s));
        QVERIFY(!SerialScanner::parseSpec(u""_s));
        QVERIFY(!SerialScanner::parseSpec(u"/dev/ttyS0:fast"_s));
        QVERIFY(!SerialScanner::parseSpec(u"/dev/ttyS0:9600:9X1"_s));
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"
