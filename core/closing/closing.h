// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/money.h"
#include "sales/ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace comptoir {

// What a closing (or an X report) counts over its period. Amounts include VAT and are signed:
// a return or a cancellation counts negative. Month and year closings add up the figures of
// their day closings (add()), never the tickets again.
struct ClosingFigures
{
    struct Vat
    {
        Money net;
        Money vat;
        Money gross;
        friend bool operator==(const Vat &, const Vat &) = default;
    };

    qint64 tickets = 0; // every ticket of the period
    qint64 sales = 0; // tickets of kind "sale" (returns included)
    qint64 cancellations = 0; // tickets cancelling another one ("void")
    Money cancelled; // their total (usually negative)
    qint64 returnedLines = 0; // lines of sale tickets taking items back
    Money returned; // their total (negative)
    Money discounts; // line and basket discounts, net of those cancelled or returned
    Money total; // the period's total, signed
    Money salesTotal; // the sum of the tickets with a positive total
    Money refundsTotal; // the sum of the tickets with a negative total (negative)
    QMap<int, Vat> byVat; // by rate, in basis points
    QMap<QString, Money> byTender; // by kind; cash is net of the change given
    // The cash drawer: counts made in the period (cash/cashdrawer.h) and the cash moved.
    qint64 drawerCounts = 0;
    Money counted;
    Money expected;
    Money variance; // counted − expected
    Money cashIn;
    Money cashOut;

    // Adds `o` to these figures; refuses an overflow (nothing changed then).
    Status add(const ClosingFigures &o);

    QJsonObject toJson() const;
    static std::optional<ClosingFigures> fromJson(const QJsonObject &o);

    friend bool operator==(const ClosingFigures &, const ClosingFigures &) = default;
};

// A closing: a record of its own chain (one per register, a separate one for training),
// hash-linked like the tickets. A day closing ("Z") covers the tickets numbered after
// `afterTicket` up to `lastTicket` of its chain's kind (real or training); a month closing adds
// up the month's day closings, a year closing the year's month closings. Never changed.
struct Closing
{
    static constexpr int kFormatVersion = 1;
    enum class Kind { X, Day, Month, Year };

    QString uuid;
    QString storeId;
    QString registerId;
    bool training = false;
    qint64 number = 0; // in its chain, from 1, without gaps (0: an X report, never recorded)
    Kind kind = Kind::Day;
    QString period; // "2026-12-08", "2026-12" or "2026": the business day, month or year
    QDateTime closedAt; // UTC, millisecond precision
    Clerk clerk;
    qint64 afterTicket = 0; // the tickets covered are numbered after this one...
    qint64 lastTicket = 0; // ...up to this one (both 0 before the first ticket)
    ClosingFigures figures;
    Money periodGrandTotal; // the fiscal year's total up to the end of this period
    Money perpetualNet; // since the register's first sale: signed...
    Money perpetualAbsolute; // ...and absolute (sales + |refunds| + |cancellations|)
    QString previousHash;
    QString hash;

    static QString kindKey(Kind k); // "x", "day", "month", "year"
    static std::optional<Kind> kindFromKey(QStringView key);

    // Sorted keys, no whitespace, integers only, UTF-8 (as a ticket's): everything but `hash`.
    QByteArray canonical() const;
    QString computeHash() const; // lower-case hex SHA-256 of canonical()
    QJsonObject toJson() const; // canonical content plus the hash: the JSON export
    static std::optional<Closing> fromJson(const QJsonObject &o);

    friend bool operator==(const Closing &, const Closing &) = default;
};

} // namespace comptoir
