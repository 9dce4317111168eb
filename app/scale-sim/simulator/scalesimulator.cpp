// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalesimulator.h"

#include <QIODevice>
#include <QList>

namespace comptoir::sim {

namespace {

constexpr char STX = 0x02, ETX = 0x03, EOT = 0x04, ENQ = 0x05, ACK = 0x06, NAK = 0x15, ESC = 0x1b;

bool digitsOnly(const QByteArray &s, int size)
{
    if (s.size() != size)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// CRC-16, MSB first, no reflection, initial value 0, over the checksum's two bytes: the
// remainder of CS·x^16 by the polynomial, as a scale's firmware computes it byte by byte.
quint16 crc16(quint16 value, quint16 poly)
{
    quint16 crc = 0;
    for (quint8 byte : {quint8(value >> 8), quint8(value & 0xff)}) {
        crc ^= quint16(byte) << 8;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ poly) : quint16(crc << 1);
    }
    return crc;
}

quint16 rotl(quint16 v, int n)
{
    n &= 15;
    return n ? quint16((v << n) | (v >> (16 - n))) : v;
}
quint16 rotr(quint16 v, int n)
{
    n &= 15;
    return n ? quint16((v >> n) | (v << (16 - n))) : v;
}

QByteArray frame(const QByteArray &body)
{
    return QByteArray(1, STX) + body + ETX;
}

QByteArray padded(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

} // namespace

ScaleSimulator::ScaleSimulator(Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{ }

void ScaleSimulator::attach(QIODevice *device)
{
    m_device = device;
    connect(device, &QIODevice::readyRead, this, [this] {
        if (!m_device)
            return;
        const QByteArray answer = receive(m_device->readAll());
        if (!answer.isEmpty())
            m_device->write(answer);
    });
}

void ScaleSimulator::setLoad(int grams)
{
    if (grams != m_load)
        m_movedSinceSale = true;
    m_load = grams;
    m_settling = m_config.settlingRequests;
}

QByteArray ScaleSimulator::receive(const QByteArray &bytes)
{
    m_input.append(bytes);
    if (m_input.size() > 256)
        m_input = m_input.right(64); // a register that never ends its records: keep the tail
    QByteArray out;
    while (!m_input.isEmpty()) {
        const qsizetype eot = m_input.indexOf(EOT);
        if (eot < 0) {
            m_input.clear(); // nothing starts without EOT
            break;
        }
        m_input.remove(0, eot);
        if (m_input.size() < 2)
            break;
        if (m_input[1] == ENQ) {
            m_input.remove(0, 2);
            out += handleEnquiry();
        } else if (m_input[1] == STX) {
            const qsizetype etx = m_input.indexOf(ETX);
            if (etx < 0)
                break;
            const QByteArray record = m_input.mid(2, etx - 2);
            m_input.remove(0, etx + 1);
            m_lastRecord = record;
            out += handleRecord(record);
        } else {
            m_input.remove(0, 1); // EOT alone: the register ends the exchange
        }
    }
    return m_silent ? QByteArray() : out;
}

quint32 ScaleSimulator::nextRandom()
{
    // xorshift32: the same sequence every run, so a demo or a test replays the same weights
    m_seed ^= m_seed << 13;
    m_seed ^= m_seed >> 17;
    m_seed ^= m_seed << 5;
    return m_seed;
}

QByteArray ScaleSimulator::nak(int status)
{
    m_status = status;
    return QByteArray(1, NAK);
}

QByteArray ScaleSimulator::handleRecord(const QByteArray &record)
{
    const QByteArray number = record.left(2);
    const QList<QByteArray> fields = record.mid(2).split(ESC);
    if (number == "08") {
        const int status = m_status;
        m_status = 0;
        return frame("09" + QByteArray(1, ESC) + padded(status, 2));
    }
    if (number == "10") {
        if (!m_awaitingChecksums || fields.size() != 2 || !fields[0].isEmpty())
            return nak(10);
        m_awaitingChecksums = false;
        m_verdict = checkChecksums(fields[1]) ? 1 : 0;
        return QByteArray(1, ACK);
    }
    // Price records: 01 "ESC price ESC", 03 "ESC price ESC tare", 04 "ESC price ESC text",
    // 05 "ESC price ESC tare ESC text" (fields[0] is the empty text before the first ESC).
    const int expected = number == "01" ? 3 : number == "03" || number == "04" ? 3 : number == "05" ? 4 : -1;
    if (expected < 0 || fields.size() != expected || !fields[0].isEmpty())
        return nak(10);
    if (!digitsOnly(fields[1], 6))
        return nak(11);
    int tare = 0;
    if (number == "01" && !fields[2].isEmpty())
        return nak(10);
    if (number == "03" || number == "05") {
        if (!digitsOnly(fields[2], 4))
            return nak(12);
        tare = fields[2].toInt();
    }
    if ((number == "04" && fields[2].size() != 13) || (number == "05" && fields[3].size() != 13))
        return nak(13);
    m_unitPrice = fields[1].toLongLong();
    m_tare = tare;
    m_verdict = -1;
    if (m_config.demoLoads && (!m_movedSinceSale || m_load <= 0)) {
        // A new article on the platter: 150 g to 2.5 kg, settling for a moment.
        setLoad(150 + int(nextRandom() % 2351));
    }
    if (m_config.polynomial && (!m_checked || m_sinceCheck >= m_config.weighingsPerCheck)) {
        ++m_checksumRequests;
        m_random = int(nextRandom() & 0xff);
        m_awaitingChecksums = true;
        return frame("11" + QByteArray(1, ESC) + '2' +
            QByteArray::number(m_random, 16).toUpper().rightJustified(2, '0'));
    }
    return QByteArray(1, ACK);
}

bool ScaleSimulator::checkChecksums(const QByteArray &field) const
{
    if (field.size() != 8)
        return false;
    bool okCs = false, okKw = false;
    const quint16 sentCs = quint16(field.left(4).toUInt(&okCs, 16));
    const quint16 sentKw = quint16(field.mid(4).toUInt(&okKw, 16));
    if (!okCs || !okKw || field.toUpper() != field)
        return false;
    const quint16 cs = rotr(sentCs, m_random >> 4);
    const quint16 kw = rotl(sentKw, m_random & 0x0f);
    return crc16(cs, quint16(m_config.polynomial & 0xffff)) == kw;
}

QByteArray ScaleSimulator::handleEnquiry()
{
    if (m_verdict >= 0) {
        const int verdict = m_verdict;
        m_verdict = -1;
        m_checked = verdict == 1;
        m_sinceCheck = 0;
        return frame("11" + QByteArray(1, ESC) + (verdict ? '1' : '0'));
    }
    if (m_awaitingChecksums || (m_config.polynomial && !m_checked))
        return nak(1);
    if (m_unitPrice < 0)
        return nak(10);
    if (m_settling > 0) {
        --m_settling;
        return nak(20);
    }
    const int net = m_load - m_tare;
    if (m_load < 0 || net < 0)
        return nak(31);
    if (m_load > m_config.capacityGrams)
        return nak(32);
    if (net < m_config.minimumGrams)
        return nak(30);
    if (!m_movedSinceSale)
        return nak(21);
    // The price to pay, rounded half up to the cent.
    const qint64 price = (qint64(net) * m_unitPrice + 500) / 1000;
    if (price > 999999)
        return nak(11);
    m_movedSinceSale = false;
    ++m_sinceCheck;
    ++m_weighings;
    const qint64 unitPrice = m_unitPrice;
    m_unitPrice = -1; // the next weighing needs its price again
    Q_EMIT weighed(net, unitPrice, price);
    return frame("02" + QByteArray(1, ESC) + '3' + ESC + padded(net, 5) + ESC + padded(unitPrice, 6) + ESC +
        padded(price, 6));
}

} // namespace comptoir::sim
