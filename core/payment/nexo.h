// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/terminaltypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace comptoir::nexo {

// nexo Retailer "Terminal API" style messages: JSON over HTTP(S),
// {"SaleToPOIRequest": {"MessageHeader": {...}, "<Category>Request": {...}}} and the
// matching SaleToPOIResponse. Amounts are decimal JSON numbers ("RequestedAmount": 12.5):
// they are written from cents and read back to cents as text, never through a double.

inline constexpr auto kProtocolVersion = "3.0";
inline constexpr int kMaxServiceId = 10; // what the register sends (nexo: 1 to 10)
// What is read back: Adyen's own example requests carry 12 ("1234567890AB").
inline constexpr int kMaxServiceIdRead = 36;
inline constexpr qsizetype kMaxMessageSize = 64 * 1024;

// Who is talking: the register (SaleID), the terminal (POIID) and this exchange (ServiceID,
// unique per request, at most 10 characters; our attempt reference for card transactions).
struct Ids
{
    QString saleId;
    QString poiId;
    QString serviceId;
};

// The ServiceID of a request that is not a card transaction (those use the attempt
// reference): "S", the time in seconds in base 36 (5 characters, unique for 1.9 years), then
// `sequence` in base 36 (4 characters). A register starts its sequence at a random number and
// counts up, so two processes sending in the same second differ unless their sequences meet
// (1 in 1.7 million), and one process never repeats within 48 hours (nexo: SaleID + ServiceID
// unique for 48 hours).
inline constexpr quint32 kServiceSequenceSpan = 36 * 36 * 36 * 36;
QString makeServiceId(qint64 secondsSinceEpoch, quint32 sequence);

// "12.50" from 1250 cents; "-0.05" from -5.
QByteArray formatAmount(Money amount);
// A JSON number as text ("12.5", "12", "0.07") to cents. Rejects exponents, signs other than
// a leading '-', more than two significant decimals and anything past 15 integer digits.
std::optional<Money> parseAmount(QByteArrayView text);

// A JSON object serialised compactly, with every amount member (RequestedAmount,
// AuthorizedAmount, ReversedAmount, TransactionAmount) given as formatAmount() text in the
// object turned into a JSON number.
QByteArray toJson(const QJsonObject &object);
// Parses a message. Amount members are turned into strings of their exact digits first, so
// they reach parseAmount() as written. Fails on anything that is not one JSON object.
Result<QJsonObject> parseJson(QByteArrayView bytes);

// One line of a terminal's receipt (OutputText.Text) made printable. Adyen writes each as
// URL-encoded "name=Card&value=%2a%2a%2a%2a3511&key=pan": the name and the value, the value
// aligned right on kReceiptWidth columns ("Card                            ****3511"); a title
// alone; "key=filler" an empty line. Other text is kept as is. Control characters go.
inline constexpr int kReceiptWidth = 40;
QString receiptLine(const QString &encoded);

// MessageCategory of each operation: Payment (payments and refunds), Reversal,
// TransactionStatus, Diagnosis, Reconciliation.
QString category(TerminalOperation operation);

// How a request goes on the wire: a refund to the card of an earlier payment the terminal
// named (request.originalTerminalReference, its POITransactionID) is Adyen's "referenced
// refund", a ReversalRequest with ReversedAmount; everything else as asked.
TerminalOperation wireOperation(const TerminalRequest &request);
// For a LastTransaction request: how the exchange it asks about went on the wire.
TerminalOperation wireOperationAskedAbout(const TerminalRequest &request);

// The register's request for `request`. For Reversal, request.originalReference names the
// payment to reverse; for LastTransaction, request.reference is the ServiceID of the
// exchange whose fate is asked.
QByteArray encodeRequest(const TerminalRequest &request, const Ids &ids, const QDateTime &now);
// Opens a session with the terminal (LoginRequest): Adyen's terminals answer totals
// (Reconciliation) only to a register logged in. TotalsGroupID is the SaleID.
QByteArray encodeLogin(const Ids &ids, const QDateTime &now);
// Whether the terminal accepted the login; Failed "busy" or "format" otherwise.
Result<TerminalResult> decodeLoginResponse(QByteArrayView bytes);
// Asks the terminal to stop the transaction of `abortedServiceId` (a payment waiting for the card).
QByteArray encodeAbort(const Ids &ids, const QString &abortedServiceId);

// The terminal's answer to a request of `operation`. The result's reference is the ServiceID
// the answer is about (for TransactionStatus, the one asked about): the caller checks it. Card
// data is masked here.
Result<TerminalResult> decodeResponse(QByteArrayView bytes, TerminalOperation operation);

} // namespace comptoir::nexo
