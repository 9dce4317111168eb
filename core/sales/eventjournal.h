// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "sales/salejournal.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace comptoir {

// The technical event journal ("JET" of the French fiscal rules): start and stop, reprints,
// cancellations, imports, settings changes, errors. Append-only and hash-chained like the
// sale journal.
class EventJournal
{
public:
    // Event codes (stable, stored).
    static constexpr auto Start = "start";
    static constexpr auto Stop = "stop";
    static constexpr auto Reprint = "reprint";
    static constexpr auto Void = "void";
    static constexpr auto CatalogImport = "catalog-import";
    static constexpr auto Settings = "settings";
    static constexpr auto PriceOverride = "price-override";
    static constexpr auto Error = "error";
    static constexpr auto Restore = "basket-restored";
    static constexpr auto BasketCancelled = "basket-cancelled";
    static constexpr auto PaymentCancelled = "payment-cancelled";
    static constexpr auto SignIn = "sign-in";
    static constexpr auto SignOut = "sign-out";
    static constexpr auto SignInRefused = "sign-in-refused"; // a wrong PIN, a locked account
    static constexpr auto Override = "override"; // a clerk approved an action for another
    static constexpr auto ClerkChanged = "clerk-changed"; // created, unlocked, new PIN, role
    static constexpr auto DrawerOpened = "drawer-opened"; // why: sale, no-sale, float, cash in/out, count
    static constexpr auto CashCounted = "cash-count"; // counted, expected, variance
    static constexpr auto Closing = "closing"; // a day or month closing (closing/closingbook.h)
    static constexpr auto YearClosing = "year-closing";
    static constexpr auto XReport = "x-report"; // the figures since the last day closing, shown

    // Every code has its numeric NF525 code (the "JET" codes of certified registers), stored
    // with the event; an event whose code has none is refused. Where the shared table of the
    // codes found in certified products (../shared/specs/fiscal-france.md, section 6) has one,
    // it is used; the others are Comptoir's own, from 900 up (the R19 referential itself is not
    // public). README "Event journal codes" lists them.
    struct Code
    {
        const char *code;
        int nf525;
        bool fromCertifiedProducts; // false: Comptoir's own (900 and up)
        const char *meaning;
    };
    static const QList<Code> &codes();
    // 0 when `code` has none.
    static int nf525Code(QStringView code);

    EventJournal(QSqlDatabase db, QString registerId, const Clock &clock = Clock::system());

    // In its own transaction.
    Status record(const char *code, const QString &clerkId, const QJsonObject &detail = {});
    // Inside a transaction the caller already holds (e.g. SaleJournal's hook).
    Status append(const char *code, const QString &clerkId, const QJsonObject &detail = {});

    qint64 count(const char *code, const QString &ticketUuid = {}) const;
    JournalCheck verify() const;

private:
    QSqlDatabase m_db;
    QString m_registerId;
    const Clock &m_clock;
};

} // namespace comptoir
