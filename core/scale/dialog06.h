// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Dialog 06, the register's side: the serial dialogue European price-computing shop scales
// (Mettler Toledo, Bizerba, Dibal, Cely, Ohaus…) hold with a register. The register sends the
// unit price, asks for the result, and the scale answers with the weight, the unit price and the
// price to pay, computed by the scale, which is the legal-for-trade instrument. Facts from the
// vendors' manuals: METTLER TOLEDO DIVA service manual 72191202 §6.1.8, Ohaus Aviator 7000
// service manual §6.1.3, Cely PI100 manual §7.5, Dibal DPOS400 manual §4.39.
//
// Register → scale: EOT STX "01" ESC price(6) ESC ETX; "03" adds ESC tare(4); "04" adds ESC
// text(13); "05" both; EOT ENQ asks for the result; EOT STX "08" ETX asks for the status after
// a NAK; "10" answers the scale's checksum request; EOT ends every exchange.
// Scale → register: ACK or NAK; STX "02" ESC unit ESC weight(5) ESC unit price(5-6) ESC
// price(6) ETX; STX "09" ESC status(2) ETX; STX "11" ESC D0 [Z(2 hex)] ETX.
// Digits only, no checksum byte: the line's parity is the only protection.
namespace comptoir::dialog06 {

inline constexpr char STX = 0x02;
inline constexpr char ETX = 0x03;
inline constexpr char EOT = 0x04;
inline constexpr char ENQ = 0x05;
inline constexpr char ACK = 0x06;
inline constexpr char NAK = 0x15;
inline constexpr char ESC = 0x1b;

inline constexpr qint64 kMaxUnitPrice = 999999; // six digits of cents
inline constexpr int kMaxTareGrams = 9999; // four digits
inline constexpr int kTextLength = 13;
inline constexpr int kMaxFrame = 64; // the longest scale record is 26 bytes

// Record 01/03/04/05: the unit price in cents per kg, with a tare in grams and a text (the
// product's name, shown by some scales) when given. Errors for what the record cannot carry.
Result<QByteArray> priceRecord(
    qint64 unitPriceCents, std::optional<int> tareGrams = {}, const QString &text = {});
QByteArray resultRequest(); // EOT ENQ
QByteArray statusRequest(); // EOT STX "08" ETX
QByteArray endOfExchange(); // EOT

// The scale's anti-manipulation check: CS, a checksum of the register's legally relevant
// software, and KW, the remainder of CS·x^16 divided by the polynomial P (degree 16, given as 17
// bits, known to the scale's and the register's makers only). Sent as record 10, CS rotated left
// by the high nibble of the scale's random number Z, KW rotated right by its low nibble, each as
// four upper-case hex digits.
quint16 remainder(quint16 checksum, quint32 polynomial);
QByteArray checksumRecord(quint16 checksum, quint32 polynomial, quint8 random);

// Record 09 status codes.
enum class Status {
    NoError = 0,
    GeneralError = 1,
    ParityOrOverflow = 2,
    InvalidRecord = 10,
    InvalidUnitPrice = 11,
    InvalidTare = 12,
    InvalidText = 13,
    InMotion = 20,
    NotMovedSinceLastSale = 21,
    NotFinished = 22,
    BelowMinimum = 30,
    BelowZero = 31,
    Overload = 32,
};

struct Answer
{
    enum class Kind { Ack, Nak, Result, Status, ChecksumRequest, ChecksumVerdict };
    Kind kind = Kind::Nak;
    // Result (record 02): the weight in grams, the unit price and the price to pay in cents.
    qint64 grams = 0;
    qint64 unitPriceCents = 0;
    qint64 priceCents = 0;
    // Status (record 09): the code as sent (see Status).
    int status = 0;
    // ChecksumRequest (record 11, D0 '2'): the random number Z; ChecksumVerdict (D0 '0'/'1').
    quint8 random = 0;
    bool checksumsValid = false;
};

// Cuts the scale's bytes into answers. Bytes before an STX, ACK or NAK are noise and skipped;
// a frame longer than kMaxFrame or malformed (a non-digit, a wrong field count, a unit other
// than kg) is an error, and reading goes on after it.
class AnswerReader
{
public:
    void feed(const QByteArray &bytes);
    // The next answer, an error for a bad frame, or nullopt until more bytes come.
    std::optional<Result<Answer>> next();
    void clear() { m_buffer.clear(); }
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

Result<Answer> decodeFrame(const QByteArray &body); // between STX and ETX

} // namespace comptoir::dialog06
