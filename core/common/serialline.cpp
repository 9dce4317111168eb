// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialline.h"

using namespace Qt::StringLiterals;

namespace comptoir {

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
    port.clearError();
    return true;
}

} // namespace comptoir
