// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "sales/salejournal.h"

#include <QJsonObject>
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
