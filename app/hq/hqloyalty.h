// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "hqdatabase.h"

#include <QJsonArray>

namespace comptoir::hq {

// Head office's loyalty ledger, the source of truth for points, and what else a customer's
// ticket tells: the personalised offers used and, for customers who agreed to personalised
// offers, the products bought (the record's "purchases", which offers may target).
//
// A register's ticket says what it earned and redeemed for its customer (sales/ticket.h,
// "loyalty"). When head office stores a ticket for the first time it writes one ledger entry
// keyed by the ticket's id, in the same transaction: a ticket sent again, by a retried sync
// or a restored register, finds its entry there and moves nothing. The customer's balance
// (loyalty_accounts, seeded from their record's "points" the first time) moves by the
// difference, and the customer's record is republished with it to every store that holds
// it and to the store that made the sale (a customer seen there is one it keeps).
//
// A balance going below zero is a redemption made offline beyond what head office could
// confirm: it is kept (the sale happened) and flagged on the ticket ("loyalty"). A single-use
// offer used a second time by the same customer (two registers offline) is kept and flagged
// the same way ("offer"). The record's "used_offers" tells every register it is used.
class HqLoyalty
{
public:
    HqLoyalty(HqDatabase &db, const Clock &clock = Clock::system());

    struct Entry
    {
        QString entryId; // the ticket's id, or an online order's
        QString customerId;
        QString channel; // "store" or "online"
        QString storeId;
        QString registerId;
        qint64 number = 0; // the ticket's number, for a flag
        qint64 earned = 0;
        qint64 redeemed = 0;
        QString at; // ISO 8601
        QStringList offers; // personalised offers used
        QStringList skus; // products bought
    };

    // In the caller's transaction. Returns the balance after the entry, or std::nullopt when
    // the entry was already in the ledger.
    Result<std::optional<qint64>> record(const Entry &entry);

    // The customer's balance, or the points of their record when they never moved.
    Result<qint64> balance(const QString &customerId) const;
    // Their latest entries, newest first: [{entry, channel, store, earned, redeemed, balance, at}].
    Result<QJsonArray> entries(const QString &customerId, int limit) const;

    // GDPR erasure: the customer's entries and balance go (in the caller's transaction).
    Status forget(const QString &customerId);

private:
    Status recordOffers(const Entry &entry, const QString &now);

    HqDatabase &m_db;
    const Clock &m_clock;
};

} // namespace comptoir::hq
