// SPDX-License-Identifier: GPL-3.0-or-later
// Serial lines on real pseudo-terminals (posix_openpt): whatever framing is asked and whatever
// state a previous process left the line in, the line opens and carries bytes both ways.
#include "common/serialline.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

namespace {

// The master side of a pty: what a socat cable or a serial-over-IP bridge holds.
class Pty
{
public:
    Pty()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master >= 0 && ::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0)
            m_slave = QString::fromLocal8Bit(::ptsname(m_master));
        if (m_master >= 0) {
            termios tio {};
            ::tcgetattr(m_master, &tio);
            ::cfmakeraw(&tio);
            ::tcsetattr(m_master, TCSANOW, &tio);
        }
    }
    ~Pty()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    bool ok() const { return !m_slave.isEmpty(); }
    QString slave() const { return m_slave; }
    int master() const { return m_master; }

    QByteArray readMaster(qsizetype expected)
    {
        QByteArray got;
        for (int i = 0; i < 200 && got.size() < expected; ++i) {
            char buf[256];
            const ssize_t n = ::read(m_master, buf, sizeof buf);
            if (n > 0)
                got.append(buf, n);
            else
                QTest::qWait(5);
        }
        return got;
    }

    // What a register killed while it held the line at SPEED 7E1 leaves behind: the termios
    // QSerialPort sets, which a pty takes except for its bits, and no close() to restore them.
    bool leaveSlaveAsAKilledRegister(speed_t speed)
    {
        const int fd = ::open(m_slave.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (fd < 0)
            return false;
        termios tio {};
        const bool read = ::tcgetattr(fd, &tio) == 0;
        ::cfmakeraw(&tio);
        tio.c_cflag |= CLOCAL | CREAD;
        tio.c_cc[VTIME] = 0;
        tio.c_cc[VMIN] = 0;
        tio.c_cflag = (tio.c_cflag & ~(CSIZE | PARODD | CSTOPB | CRTSCTS)) | CS7 | PARENB;
        tio.c_iflag = (tio.c_iflag & ~(PARMRK | INPCK | IXON | IXOFF | IXANY)) | IGNPAR;
        ::cfsetispeed(&tio, speed);
        ::cfsetospeed(&tio, speed);
        ::tcsetattr(fd, TCSANOW, &tio); // "fails" on a pty, which keeps CS8, yet takes the rest
        ::close(fd);
        return read;
    }

private:
    int m_master = -1;
    QString m_slave;
};

} // namespace

class TestSerialLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndCarriesBytes_data()
    {
        QTest::addColumn<int>("leftSpeed"); // 0: a fresh line, else what a killed register left
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("dataBits");
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("stopBits");
        const struct
        {
            const char *name;
            int baud, dataBits, parity, stopBits;
        } framings[] = {
            {"9600 7E1", 9600, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::OneStop},
            {"1200 7E1", 1200, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::OneStop},
            {"9600 8N1", 9600, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop},
            {"19200 7O2", 19200, QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::TwoStop},
            {"115200 8E1", 115200, QSerialPort::Data8, QSerialPort::EvenParity, QSerialPort::OneStop},
        };
        const struct
        {
            const char *name;
            int speed;
        } states[] = {{"fresh", 0}, {"left at 9600 7E1", B9600}, {"left at 1200 7E1", B1200},
            {"left at 19200 7E1", B19200}};
        for (const auto &state : states) {
            for (const auto &f : framings) {
                QTest::addRow("%s, %s", f.name, state.name)
                    << state.speed << f.baud << f.dataBits << f.parity << f.stopBits;
            }
        }
    }
    void opensAndCarriesBytes()
    {
        QFETCH(int, leftSpeed);
        QFETCH(int, baud);
        QFETCH(int, dataBits);
        QFETCH(int, parity);
        QFETCH(int, stopBits);
        Pty pty;
        QVERIFY2(pty.ok(), "no pseudo-terminal available");
        if (leftSpeed)
            QVERIFY(pty.leaveSlaveAsAKilledRegister(speed_t(leftSpeed)));

        QSerialPort port(pty.slave());
        QString note;
        const SerialFraming framing {baud, QSerialPort::DataBits(dataBits), QSerialPort::Parity(parity),
            QSerialPort::StopBits(stopBits)};
        QVERIFY2(openSerialLine(port, QIODevice::ReadWrite, framing, &note), qPrintable(port.errorString()));
        QCOMPARE(port.baudRate(), baud);
        QCOMPARE(port.error(), QSerialPort::NoError);
        if (!note.isEmpty()) // a pty keeps 8 bits without parity; says so in plain words
            QVERIFY2(note.contains(framing.text()), qPrintable(note));

        // Register to device: an ENQ and a Concert-style frame, 7-bit bytes.
        const QByteArray out("\x05\x02"
                             "0100000001150978\x03\x1c");
        QCOMPARE(port.write(out), out.size());
        QVERIFY(port.waitForBytesWritten(1000));
        QCOMPARE(pty.readMaster(out.size()), out);

        // Device to register.
        const QByteArray in("\x06\x02"
                            "OK\x03\x10");
        QCOMPARE(::write(pty.master(), in.constData(), size_t(in.size())), ssize_t(in.size()));
        QByteArray got;
        for (int i = 0; i < 100 && got.size() < in.size(); ++i) {
            port.waitForReadyRead(20);
            got += port.readAll();
        }
        QCOMPARE(got, in);
    }

    void aMissingDeviceSaysSo()
    {
        QSerialPort port(u"/dev/does-not-exist-comptoir"_s);
        QVERIFY(!openSerialLine(port, QIODevice::ReadWrite, {}));
        QCOMPARE(port.error(), QSerialPort::DeviceNotFoundError);
        QVERIFY(!port.isOpen());
    }

    // A register killed between QSerialPort creating its lock file and writing its PID leaves
    // an empty file: after a couple of seconds it no longer keeps the line from opening.
    void anEmptyLockLeftByAKilledProcessIsCleared()
    {
        Pty pty;
        QVERIFY2(pty.ok(), "no pseudo-terminal available");
        QString lockPath;
        {
            QSerialPort port(pty.slave());
            QVERIFY2(openSerialLine(port, QIODevice::ReadWrite, {}), qPrintable(port.errorString()));
            const QString name = u"LCK.."_s + QString(port.portName()).replace(u'/', u'_');
            for (const char *folder : {"/var/lock", "/run/lock", "/tmp", "/var/tmp"}) {
                const QString candidate = QString::fromLatin1(folder) + u'/' + name;
                if (QFileInfo::exists(candidate)) {
                    lockPath = candidate;
                    break;
                }
            }
            if (lockPath.isEmpty())
                QSKIP("QSerialPort keeps no lock file this test can find on this system");
        }
        QVERIFY(!QFileInfo::exists(lockPath)); // closed: Qt removed it

        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly)); // empty, as the killed process left it
        lock.close();

        // Just created: maybe a process still writing its PID. Qt's judgement stands.
        {
            QSerialPort port(pty.slave());
            QVERIFY(!openSerialLine(port, QIODevice::ReadWrite, {}));
            QCOMPARE(port.error(), QSerialPort::PermissionError);
        }
        QVERIFY(QFileInfo::exists(lockPath));

        // Ten seconds later it is a leftover: cleared, the line opens, and the note says so.
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(
            lock.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
        lock.close();
        QSerialPort port(pty.slave());
        QString note;
        QVERIFY2(openSerialLine(port, QIODevice::ReadWrite, {}, &note), qPrintable(port.errorString()));
        QVERIFY2(note.contains(u"empty lock file"_s), qPrintable(note));
        QVERIFY(QFileInfo(lockPath).size() > 0); // Qt's own lock now, with its PID
    }

    void framingText()
    {
        QCOMPARE(
            (SerialFraming {9600, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::OneStop}.text()),
            u"9600 7E1"_s);
        QCOMPARE(
            (SerialFraming {115200, QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::TwoStop}.text()),
            u"115200 8N2"_s);
        QCOMPARE(
            (SerialFraming {1200, QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::OneStop}.text()),
            u"1200 7O1"_s);
    }
};

QTEST_GUILESS_MAIN(TestSerialLine)
#include "tst_serialline.moc"
