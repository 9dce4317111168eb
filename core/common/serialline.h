// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSerialPort>
#include <QString>

namespace comptoir {

// How bytes are framed on a serial line: "9600 7E1" for a Concert terminal, "9600 8N1" for
// most scanners.
struct SerialFraming
{
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;

    QString text() const; // "9600 7E1"
};

// Opens PORT (its name already set) with FRAMING.
//
// QSerialPort applies the framing inside open(), and Debian's tcsetattr() reports EINVAL when
// the device silently keeps other bits than asked, which a pseudo-terminal always does: Linux
// ptys are 8-bit without parity. Asking 7E1 of a pty therefore failed open() whenever the pty
// still held the speed a killed process left on it, so a register on a serial-over-IP bridge
// or a socat cable could lose its terminal for good after a crash. The line is opened raw at
// 8N1 and the speed first, which every device takes, and the framing is asked for after. A
// device that keeps 8 bits is used as it is: a pty passes 7-bit protocol bytes unchanged, and
// on a real cable the protocol's own checks (LRC, parity errors) turn garbled frames into a
// failed exchange, never a wrong one. *NOTE says so, for the log.
//
// An empty UUCP lock file for the port, a couple of seconds old, is removed first: a process
// killed while QSerialPort created it never wrote its PID, and Qt would refuse the line for
// 30 s. *NOTE says so too.
//
// Returns false with port.errorString() when the device cannot be opened at all.
bool openSerialLine(
    QSerialPort &port, QIODevice::OpenMode mode, const SerialFraming &framing, QString *note = nullptr);

} // namespace comptoir
