// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "crm/customeredit.h"
#include "hqdatabase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace comptoir::hq {

struct RegisterIdentity;

// Head office's side of the customers, beyond publishing their records (HqMasterData):
//  - the search a register falls back on for a customer its snapshot does not hold, over
//    terms of their name, phone, e-mail and cards (customer_terms, crm::searchTerms), kept
//    up to date with every record written;
//  - adopting such a customer into the register's store, so it keeps them;
//  - the customer's one history: tickets from every store and orders from the web shop;
//  - online orders, which earn and spend points like tickets (HqLoyalty, channel "online");
//  - registers' edits merged field by field (crm::CustomerEdit): when each field last changed
//    is kept (customer_fields), a conflict is won by the later change, head office's on a
//    tie, and the value that lost is kept (customer_conflicts).
class HqCustomers
{
public:
    explicit HqCustomers(HqDatabase &db, const Clock &clock = Clock::system());

    struct Held
    {
        QJsonObject record;
        QStringList stores; // the stores whose registers hold it
    };
    // The customer's current record, std::nullopt when head office has none (or withdrew it).
    Result<std::optional<Held>> find(const QString &customerId) const;

    // Called for every customer record HqMasterData writes, in its transaction: search terms
    // and the fields' change times.
    Status noteWritten(const QString &customerId, const QJsonObject &before, const QJsonObject &after,
        bool deleted, const QString &at);

    // Up to `limit` customers matching `text` (crm::searchTermGroups): [{"id", "record"}].
    Result<QJsonArray> search(const QString &text, int limit) const;
    // The customer's record published to `storeId` (its registers keep them from now on).
    Result<std::optional<QJsonObject>> adopt(const QString &customerId, const QString &storeId);
    // Tickets and online orders, newest first: [{"channel": "store"|"online", "id", "at",
    // "total_cents", "store", "store_name", "number", "kind", "items", "points_earned",
    // "points_redeemed"}].
    Result<QJsonArray> history(const QString &customerId, int limit) const;

    struct OnlineOrder
    {
        QString id; // the web shop's order number
        QString customerId;
        QDateTime at;
        qint64 totalCents = 0;
        QStringList skus;
        qint64 items = 0;
        std::optional<qint64> pointsEarned; // else from the loyalty programme
        qint64 pointsRedeemed = 0;
    };
    // {"order", "customer", "at", "total_cents", "items": [{"sku", "quantity"}],
    // "points_earned"?, "points_redeemed"?}; Error "order.invalid".
    static Result<OnlineOrder> orderFromJson(const QJsonObject &o);
    // In its own transaction. false: the order was already recorded (nothing moved).
    Result<bool> recordOnlineOrder(const OnlineOrder &order);

    // A register's edit, the first time head office stores it (in the caller's transaction).
    // Returns the fields that were a conflict.
    Result<QStringList> applyEdit(const RegisterIdentity &who, const crm::CustomerEdit &edit);
    // Conflicts kept, newest first; all customers when `customerId` is empty.
    Result<QJsonArray> conflicts(const QString &customerId, int limit) const;

    // GDPR erasure (in the caller's transaction): terms, field times, conflicts, online
    // orders and the registers' edit events lose the customer's data.
    Status forget(const QString &customerId);

private:
    Result<qint64> programPointsOn(qint64 cents, const QString &customerId) const;

    HqDatabase &m_db;
    const Clock &m_clock;
};

} // namespace comptoir::hq
