// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "crm/customeredit.h"

#include <QSet>
#include <QSqlDatabase>

namespace comptoir::crm {

// Customers created or changed at the register, online or not. Saving is one transaction:
// the snapshot takes the new record at once (the clerk finds the customer by their new phone
// number straight away), the change is kept (customer_edits) and queued for head office as an
// outbox event "customer-edit" (crm::CustomerEdit), which head office merges field by field.
//
// Until head office has merged an edit, its records of the customer do not include it: each
// one that comes down gets the register's pending edits laid over it again (overlay), so a
// change made offline never disappears from the counter. An edit counts as merged once its
// event was acknowledged before the changes request that brought the record was sent, as
// loyalty points are confirmed (crm::LoyaltyLedger).
class CustomerEditor
{
public:
    CustomerEditor(QSqlDatabase db, QString registerId, const Clock &clock = Clock::system());

    // The record as the register holds it now, with its head office revision; std::nullopt
    // for a customer the snapshot does not hold.
    std::optional<std::pair<QJsonObject, qint64>> record(const QString &customerId) const;

    // Saves `after` as the customer's record. Error "customer.invalid" (the reason, for the
    // log: the app layer checks each field for the clerk first) or "customer.unknown"; an edit
    // without fields when nothing changed (nothing saved).
    Result<CustomerEdit> save(const QString &customerId, const QJsonObject &after);
    // A new customer, standard tier, no points, this store's. Returns the edit (its id).
    Result<CustomerEdit> create(const QJsonObject &record, const QString &homeStore);

    // The customers with edits head office has not merged yet.
    QSet<QString> pendingCustomers() const;
    qint64 pendingCount(const QString &customerId) const;
    // After head office's `record` of the customer was written (MasterData, in its
    // transaction): edits merged by then are marked so; the others are laid over it again.
    Status overlay(
        const QString &customerId, const QJsonObject &record, qint64 hqRevision, const QDateTime &askedAt);

private:
    Result<CustomerEdit> store(const CustomerEdit &edit, const QJsonObject &record, qint64 hqRevision);

    QSqlDatabase m_db;
    QString m_registerId;
    const Clock &m_clock;
};

} // namespace comptoir::crm
