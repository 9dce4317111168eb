// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/nexo.h"
#include "payment/terminaltypes.h"

#include <QDateTime>
#include <QString>

// The terminal's side of nexo, as Adyen's terminals speak it: what a register's request asks,
// and the answers, shaped key for key on the answers Adyen captured on a V400m for its mock
// terminal (adyen-examples/adyen-mock-terminal-api, MIT; tests/fixtures/nexo/SOURCES.md) and
// on the Terminal API documentation (receipts as URL-encoded "name=…&value=…&key=…" lines,
// AdditionalResponse as URL-encoded key/values, POITransactionID "tenderReference.pspReference").
// Written from that material, not from the register's decoder (core/payment/nexo.cpp), which
// only shares the JSON amount handling with it.
namespace comptoir::sim {

struct IncomingRequest
{
    QString category;
    nexo::Ids ids;
    TerminalOperation operation = TerminalOperation::Payment;
    bool abort = false; // an AbortRequest
    bool login = false; // a LoginRequest
    Money amount; // Reversal: zero when ReversedAmount is absent (the whole payment)
    QString transactionId; // SaleTransactionID / OriginalPOITransaction
    QString referencedServiceId; // TransactionStatus and Abort: the exchange they are about
    QString referencedCategory; // TransactionStatus: its category ("Payment", "Reversal")
};
Result<IncomingRequest> decodeRequest(QByteArrayView bytes);

// What the answer says besides the result. `found` = false makes a TransactionStatus answer
// "NotFound"; `inProgress` makes it "InProgress".
struct ResponseOptions
{
    bool found = true;
    bool inProgress = false;
    QString poiTransactionId;
    QDateTime timestamp;
    // Set: the Response's ErrorCondition (instead of the one the result's reason maps to) and
    // AdditionalResponse, as a terminal words a decline ("WrongPIN", "refusalReason=...").
    QString errorCondition {};
    QString additionalResponse {};
};
QByteArray encodeResponse(
    const IncomingRequest &request, const TerminalResult &result, const ResponseOptions &options = {});
// A terminal's answer to a message it cannot take, as Adyen's terminals give it: a message
// that names its category gets that category's response with Result "Failure",
// ErrorCondition "MessageFormat" and the reason in AdditionalResponse; anything else (not
// JSON, no header) an EventNotification "Reject" with the message in base64.
QByteArray encodeRefusal(QByteArrayView request, const QString &reason, const QDateTime &now);
// The terminal's answer to a LoginRequest.
QByteArray encodeLoginResponse(const IncomingRequest &request, bool accepted);

// "497010 **** 0003" (Adyen's MaskedPan) from any masked or scrubbed form of a card number.
QString adyenMaskedPan(const QString &masked);

} // namespace comptoir::sim
