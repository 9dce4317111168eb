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
inline constexpr int kMaxServiceId = 10;
inline constexpr qsizetype kMaxMessageSize = 64 * 1024;

// Who is talking: the register (SaleID), the terminal (POIID) and this exchange (ServiceID,
// unique per request, at most 10 characters; our attempt reference for card transactions).
struct Ids
{
    QString saleId;
    QString poiId;
    QString serviceId;
};

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

// MessageCategory of each operation: Payment (payments and refunds), Reversal,
// TransactionStatus, Diagnosis, Reconciliation.
QString category(TerminalOperation operation);

// The register's request for `request`. For Reversal, request.originalReference names the
// payment to reverse; for LastTransaction, request.reference is the ServiceID of the
// exchange whose fate is asked.
QByteArray encodeRequest(const TerminalRequest &request, const Ids &ids, const QDateTime &now);
// Asks the terminal to stop the transaction of `abortedServiceId` (a payment waiting for the card).
QByteArray encodeAbort(const Ids &ids, const QString &abortedServiceId);

// The terminal's answer to a request of `operation`. The result's reference is the ServiceID
// the answer is about (for TransactionStatus, the one asked about): the caller checks it. Card
// data is masked here.
Result<TerminalResult> decodeResponse(QByteArrayView bytes, TerminalOperation operation);

// The terminal's side, for the simulator and the tests: what a request asks...
struct IncomingRequest
{
    QString category;
    Ids ids;
    TerminalOperation operation = TerminalOperation::Payment;
    bool abort = false; // an AbortRequest
    Money amount;
    QString transactionId; // SaleTransactionID / OriginalPOITransaction
    QString referencedServiceId; // TransactionStatus and Abort: the exchange they are about
};
Result<IncomingRequest> decodeRequest(QByteArrayView bytes);
// ...and its answer, from the same result type the register decodes. `found` = false makes
// a TransactionStatus answer "NotFound"; `inProgress` makes it "InProgress".
struct ResponseOptions
{
    bool found = true;
    bool inProgress = false;
    QString poiTransactionId;
    QDateTime timestamp;
};
QByteArray encodeResponse(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &options = {});

} // namespace comptoir::nexo
