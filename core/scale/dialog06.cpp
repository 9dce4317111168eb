// SPDX-License-Identifier: GPL-3.0-or-later
#include "scale/dialog06.h"

#include <QCoreApplication>
#include <QList>

namespace comptoir::dialog06 {

namespace {

Error frameError(const QString &detail)
{
    return Error {QStringLiteral("scale.frame"),
        QCoreApplication::translate(
            "comptoir::dialog06", "The scale sent an answer that cannot be read (%1).")
            .arg(detail)};
}

QByteArray digits(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

bool allDigits(const QByteArray &field)
{
    if (field.isEmpty())
        return false;
    for (char c : field) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

quint16 rotateLeft(quint16 value, int bits)
{
    bits &= 15;
    return quint16((value << bits) | (value >> ((16 - bits) & 15)));
}

quint16 rotateRight(quint16 value, int bits)
{
    bits &= 15;
    return quint16((value >> bits) | (value << ((16 - bits) & 15)));
}

QByteArray hex4(quint16 value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

} // namespace

Result<QByteArray> priceRecord(qint64 unitPriceCents, std::optional<int> tareGrams, const QString &text)
{
    if (unitPriceCents < 0 || unitPriceCents > kMaxUnitPrice) {
        return Error {QStringLiteral("scale.unit_price"),
            QCoreApplication::translate(
                "comptoir::dialog06", "The scale takes unit prices from 0.00 to 9999.99 per kg.")};
    }
    if (tareGrams && (*tareGrams < 0 || *tareGrams > kMaxTareGrams))
        return Error {QStringLiteral("scale.tare"),
            QCoreApplication::translate("comptoir::dialog06", "The scale takes a tare from 0 to 9.999 kg.")};
    QByteArray label;
    if (!text.isEmpty()) {
        // Thirteen printable ASCII characters: accents and the rest become spaces.
        for (QChar c : text.left(kTextLength))
            label.append(c.unicode() >= 0x20 && c.unicode() < 0x7f ? char(c.unicode()) : ' ');
        label = label.leftJustified(kTextLength, ' ');
    }
    const char *record = tareGrams ? (label.isEmpty() ? "03" : "05") : (label.isEmpty() ? "01" : "04");
    QByteArray out;
    out.append(EOT).append(STX).append(record).append(ESC).append(digits(unitPriceCents, 6));
    if (tareGrams)
        out.append(ESC).append(digits(*tareGrams, 4));
    if (!label.isEmpty())
        out.append(ESC).append(label);
    if (!tareGrams && label.isEmpty())
        out.append(ESC); // record 01 alone ends its last field with ESC
    out.append(ETX);
    return out;
}

QByteArray resultRequest()
{
    return QByteArray() + EOT + ENQ;
}

QByteArray statusRequest()
{
    return QByteArray() + EOT + STX + "08" + ETX;
}

QByteArray endOfExchange()
{
    return QByteArray(1, EOT);
}

quint16 remainder(quint16 checksum, quint32 polynomial)
{
    // CS·x^16 mod P, long division over GF(2), P of degree 16 (bit 16 set).
    quint32 value = quint32(checksum) << 16;
    const quint32 divisor = polynomial & 0x1ffff;
    if (!(divisor & 0x10000))
        return 0; // not a degree-16 polynomial: no remainder worth sending
    for (int bit = 31; bit >= 16; --bit) {
        if (value & (1u << bit))
            value ^= divisor << (bit - 16);
    }
    return quint16(value);
}

QByteArray checksumRecord(quint16 checksum, quint32 polynomial, quint8 random)
{
    const quint16 kw = remainder(checksum, polynomial);
    return QByteArray() + EOT + STX + "10" + ESC + hex4(rotateLeft(checksum, random >> 4)) +
        hex4(rotateRight(kw, random & 0x0f)) + ETX;
}

Result<Answer> decodeFrame(const QByteArray &body)
{
    const QList<QByteArray> fields = body.split(ESC);
    const QByteArray record = fields.value(0);
    Answer a;
    if (record == "02") {
        if (fields.size() != 5)
            return frameError(QCoreApplication::translate("comptoir::dialog06", "record 02 with %1 fields")
                                  .arg(fields.size()));
        if (fields[1] != "3") {
            return Error {QStringLiteral("scale.unit"),
                QCoreApplication::translate("comptoir::dialog06",
                    "The scale weighs in pounds: set it to kilograms (Dialog 06 status 3).")};
        }
        if (fields[2].size() != 5 || !allDigits(fields[2]) || fields[3].size() < 5 || fields[3].size() > 6 ||
            !allDigits(fields[3]) || fields[4].size() != 6 || !allDigits(fields[4]))
            return frameError(
                QCoreApplication::translate("comptoir::dialog06", "record 02 with a malformed field"));
        a.kind = Answer::Kind::Result;
        a.grams = fields[2].toLongLong();
        a.unitPriceCents = fields[3].toLongLong();
        a.priceCents = fields[4].toLongLong();
        return a;
    }
    if (record == "09") {
        if (fields.size() != 2 || fields[1].size() != 2 || !allDigits(fields[1]))
            return frameError(
                QCoreApplication::translate("comptoir::dialog06", "record 09 with a malformed status"));
        a.kind = Answer::Kind::Status;
        a.status = fields[1].toInt();
        return a;
    }
    if (record == "11") {
        if (fields.size() != 2 || fields[1].isEmpty())
            return frameError(
                QCoreApplication::translate("comptoir::dialog06", "record 11 without a verdict"));
        const QByteArray &f = fields[1];
        if (f[0] == '2' && f.size() == 3) {
            bool ok = false;
            const uint z = f.mid(1).toUInt(&ok, 16);
            if (!ok)
                return frameError(QCoreApplication::translate(
                    "comptoir::dialog06", "record 11 with a malformed random number"));
            a.kind = Answer::Kind::ChecksumRequest;
            a.random = quint8(z);
            return a;
        }
        if ((f == "0" || f == "1")) {
            a.kind = Answer::Kind::ChecksumVerdict;
            a.checksumsValid = f == "1";
            return a;
        }
        return frameError(
            QCoreApplication::translate("comptoir::dialog06", "record 11 with an unknown verdict"));
    }
    return frameError(QCoreApplication::translate("comptoir::dialog06", "unknown record \"%1\"")
                          .arg(QString::fromLatin1(record.left(8).toHex())));
}

void AnswerReader::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

std::optional<Result<Answer>> AnswerReader::next()
{
    // Noise before the start of an answer goes.
    qsizetype start = 0;
    while (
        start < m_buffer.size() && m_buffer[start] != STX && m_buffer[start] != ACK && m_buffer[start] != NAK)
        ++start;
    m_buffer.remove(0, start);
    if (m_buffer.isEmpty())
        return std::nullopt;
    if (m_buffer[0] == ACK || m_buffer[0] == NAK) {
        Answer a;
        a.kind = m_buffer[0] == ACK ? Answer::Kind::Ack : Answer::Kind::Nak;
        m_buffer.remove(0, 1);
        return Result<Answer>(a);
    }
    const qsizetype end = m_buffer.indexOf(ETX);
    if (end < 0) {
        if (m_buffer.size() <= kMaxFrame)
            return std::nullopt;
        // No end in sight: drop this start and look for the next one.
        m_buffer.remove(0, 1);
        return Result<Answer>(
            frameError(QCoreApplication::translate("comptoir::dialog06", "no end of record after %1 bytes")
                           .arg(kMaxFrame)));
    }
    const QByteArray body = m_buffer.mid(1, end - 1);
    m_buffer.remove(0, end + 1);
    if (body.size() > kMaxFrame)
        return Result<Answer>(frameError(
            QCoreApplication::translate("comptoir::dialog06", "a record of %1 bytes").arg(body.size())));
    return decodeFrame(body);
}

} // namespace comptoir::dialog06
