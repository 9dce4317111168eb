// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace comptoir {

// What the register asks a payment terminal to do. Protocol-neutral: drivers map it to
// their own bytes (Concert/Caisse-AP records, protocol E fields, nexo JSON).
enum class TerminalOperation {
    Payment, // debit the card
    Refund, // credit the card
    Reversal, // cancel an earlier transaction of the same batch
    LastTransaction, // "what happened to the last one?" (Caisse-AP duplicate, nexo TransactionStatus)
    Identify, // health and identity
    Batch, // end-of-day totals and the fate of stored (offline) payments
};

struct TerminalRequest
{
    TerminalOperation operation = TerminalOperation::Payment;
    // Our attempt reference, at most 10 ASCII characters: protocols echo it back, which is
    // how an answer is tied to the attempt that asked for it.
    QString reference;
    Money amount;
    QString currency = QStringLiteral("978"); // ISO 4217 numeric
    int registerNumber = 1; // "01".."99"
    bool forceOnline = false;
    // Reversal: the reference of the payment to cancel (protocols that name it, like nexo),
    // and the terminal's own id of it when it gave one (nexo: the payment's POITransactionID).
    QString originalReference {};
    QString originalTerminalReference {};
    QString originalTerminalTimestamp {};
    // LastTransaction: what the exchange asked about was (nexo names its category, Payment or
    // Reversal, in the status request; a referenced refund went as a Reversal).
    TerminalOperation about = TerminalOperation::Payment;
};

// How a terminal request ended. `Failed` means the terminal never took the request (no
// answer to ENQ, connection refused): nothing can have been charged and it is safe to try
// again or another terminal. `Unknown` means it may have been charged: never retry the
// debit blindly, ask the terminal (LastTransaction) or the clerk.
enum class TerminalOutcome { Approved, Declined, Cancelled, Failed, Unknown };

struct StoredPaymentReport
{
    QString reference; // the attempt reference the payment was made with
    Money amount;
    QString status; // "pending", "accepted", "declined"
    QString authorisation;
    friend bool operator==(const StoredPaymentReport &, const StoredPaymentReport &) = default;
};

struct TerminalResult
{
    TerminalOperation operation = TerminalOperation::Payment;
    TerminalOutcome outcome = TerminalOutcome::Unknown;
    QString reason; // stable code: "refused", "abandoned", "timeout", "busy", "link", "format", ...
    QString reference; // echoed private data (may differ from ours: then it is not our answer)
    Money amount;
    QString authorisation;
    QString maskedPan; // first 6 / last 4 at most, never more
    QString application; // card application / brand ("CB", "VISA", ...)
    QString entryMode; // "chip", "contactless", "swipe", "manual"
    bool storedOffline = false; // approved by the terminal without the acquirer
    // The terminal's own id of the transaction (nexo POITransactionID: TransactionID and
    // TimeStamp, as received): how that terminal names it in a reversal or a lookup.
    QString terminalReference;
    QString terminalTimestamp;
    QString receiptText; // card receipt lines, masked
    QString detail; // technical detail for the log (never card data)

    // Identification / health
    QString model;
    QString serial;
    QString softwareVersion;
    QDateTime lastOnlineAuthorisation;
    int storedCount = -1; // -1: not reported
    Money storedAmount;
    QString network; // "wifi", "4g", "ethernet"
    int batteryPercent = -1;
    int acquirerLink = -1; // 1: the terminal reaches its bank, 0: it does not, -1: not reported

    // Batch
    int batchCount = 0;
    Money batchDebits;
    Money batchCredits;
    QList<StoredPaymentReport> storedPayments;

    bool approved() const { return outcome == TerminalOutcome::Approved; }
};

// What the terminal is doing now, for the clerk's instructions.
enum class TerminalStage {
    Idle,
    Connecting,
    Sending, // request on the wire, waiting for the terminal to take it
    CustomerInteraction, // the terminal has it: card, PIN, bank
    Receiving, // the answer is arriving
    Recovering, // asking the terminal what happened to an earlier attempt
};

QString toString(TerminalOperation op);
QString toString(TerminalOutcome outcome);
std::optional<TerminalOutcome> outcomeFromString(const QString &s);

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::TerminalResult)
