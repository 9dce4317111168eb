// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialline.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace comptoir {

namespace {

// Where QSerialPort keeps the UUCP lock of PORT on Unix: "LCK.." and the port's name with its
// slashes as underscores, in the first of these folders the process may write to (Qt 6.4's
// own list, in its order).
QString serialLockFilePath(const QSerialPort &port)
{
    static const char *const folders[] = {"/var/lock", "/etc/locks", "/var/spool/locks", "/var/spool/uucp",
        "/tmp", "/var/tmp", "/var/lock/lockdev", "/run/lock"};
    QString name = port.portName();
    name.replace(u'/', u'_');
    for (const char *folder : folders) {
        const QFileInfo info(QString::fromLatin1(folder));
        if (info.isReadable() && info.isWritable())
            return info.filePath() + u"/LCK.."_s + name;
    }
    return {};
}

// Removes the lock file of PORT when it is empty and older than a couple of seconds: what a
// process killed between creating the file and writing its PID in it leaves behind. Qt would
// take such a file for a live lock for 30 s, and the register would find its own terminal
// "locked" after a crash or a power cut at that moment. A lock holding a PID is Qt's to judge;
// a file younger than the threshold may be another process still writing its PID.
void clearAbandonedLock(const QSerialPort &port, QString *note)
{
    const QString path = serialLockFilePath(port);
    if (path.isEmpty())
        return;
    const QFileInfo lock(path);
    if (!lock.exists() || lock.size() != 0)
        return;
    const qint64 ageMs = lock.lastModified().msecsTo(QDateTime::currentDateTime());
    if (ageMs < 2000)
        return;
    if (QFile::remove(path) && note)
        *note = u"removed an empty lock file %1, %2 s old, left by a process killed while opening the line"_s
                    .arg(path)
                    .arg(ageMs / 1000);
}

} // namespace

QString SerialFraming::text() const
{
    const QChar parityLetter = parity == QSerialPort::EvenParity ? u'E'
        : parity == QSerialPort::OddParity                       ? u'O'
                                                                 : u'N';
    return u"%1 %2%3%4"_s.arg(baudRate)
        .arg(int(dataBits))
        .arg(parityLetter)
        .arg(stopBits == QSerialPort::TwoStop ? 2 : 1);
}

bool openSerialLine(QSerialPort &port, QIODevice::OpenMode mode, const SerialFraming &framing, QString *note)
{
    if (note)
        note->clear();
    port.setBaudRate(framing.baudRate);
    port.setDataBits(QSerialPort::Data8);
    port.setParity(QSerialPort::NoParity);
    port.setStopBits(QSerialPort::OneStop);
    port.setFlowControl(QSerialPort::NoFlowControl);
    QString lockNote;
    clearAbandonedLock(port, &lockNote);
    if (!port.open(mode))
        return false;

    // Each setter reports its own refusal; try them all so a device that only lacks parity
    // still gets its stop bits.
    QStringList refused;
    if (framing.dataBits != QSerialPort::Data8 && !port.setDataBits(framing.dataBits))
        refused << u"data bits"_s;
    if (framing.parity != QSerialPort::NoParity && !port.setParity(framing.parity))
        refused << u"parity"_s;
    if (framing.stopBits != QSerialPort::OneStop && !port.setStopBits(framing.stopBits))
        refused << u"stop bits"_s;
    if (!refused.isEmpty() && note) {
        *note = u"%1 does not take %2 (%3: %4); it is used with the framing it keeps, which a "
                "pseudo-terminal carries unchanged"_s.arg(
                    port.portName(), framing.text(), refused.join(u", "_s), port.errorString());
    }
    if (!lockNote.isEmpty() && note)
        *note = note->isEmpty() ? lockNote : lockNote + u"; "_s + *note;
    port.clearError();
    return true;
}

} // namespace comptoir
