// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace comptoir {

// What a clerk types (or scans) to find a ticket of the store: its number ("42"), a day
// ("25/11", "25/11/2026", "2026-11-25"), its amount ("12,50", "12.50 €"), the last four
// digits of the card that paid it ("*1234"), or the code printed on the receipt (scanned).
// Nothing typed: the latest tickets.
struct TicketQuery
{
    enum class By { Latest, Number, Day, Amount, CardDigits, ReceiptCode };
    By by = By::Latest;
    qint64 number = 0;
    QDate day;
    Money amount; // the ticket's total, sign ignored (a refund of 12,50 is found by 12,50)
    QString cardDigits; // four digits
    QString uuid; // ReceiptCode: the ticket's uuid

    // `today` completes a day typed without its year (the latest such day not after today).
    static std::optional<TicketQuery> parse(const QString &text, QDate today);

    // The code a receipt carries for its ticket (a QR code or barcode scanners read as text):
    // "TK" and the uuid's 32 hexadecimal digits in capitals (QR alphanumeric mode).
    static QString receiptCode(const QString &uuid);
    // The uuid a receipt code names, or an empty string when it is none.
    static QString uuidOfReceiptCode(QStringView code);
};

} // namespace comptoir
