// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace comptoir::crm {

// A change a register made to a customer's record, offline or not, on its way to head office
// as an event ("customer-edit", an outbox event keyed by `editId`). Each field carries the
// value the clerk started from ("was") and the one they saved ("now"), so head office merges
// field by field (hqcustomers.h): a field nobody else changed takes the register's value; a
// field head office changed meanwhile is a conflict, won by the later change (head office on
// a tie) and kept, both values, at head office. Consents are merged by date, each say kept.
//
//   {"edit": "0191...", "customer": "C-000001", "creates": false, "at": "2026-11-24T10:00:00Z",
//    "fields": {"phone": {"was": "06 12 34 56 78", "now": "07 98 76 54 32"}, ...}}
struct CustomerEdit
{
    QString editId;
    QString customerId;
    bool creates = false; // a customer made at the register ("R-..." id)
    QDateTime at;
    QJsonObject fields; // field -> {"was", "now"}

    // The fields a register may change; the rest (tier, points, offers, purchases) are head
    // office's.
    static const QStringList &editableFields();
    // A new customer's id: "R-" and 30 hex digits of a UUID v7, unique across the chain.
    static QString newCustomerId();

    // The changes from `before` to `after` (records), editable fields only. `creates`: every
    // field of `after` counts, "was" being absent.
    static CustomerEdit between(const QString &customerId, const QJsonObject &before,
        const QJsonObject &after, bool creates, const QDateTime &at);
    bool isEmpty() const { return fields.isEmpty(); }

    // `record` with this edit's values (consents merged, see mergeConsents).
    QJsonObject appliedTo(QJsonObject record) const;

    QJsonObject toJson() const;
    // Error "customer.edit" naming what is wrong.
    static Result<CustomerEdit> fromJson(const QJsonObject &o);
};

// Two lists of consents as one: the latest say per purpose and channel; on the same date,
// `kept`'s. A say in either list is never dropped for an older one.
QJsonArray mergeConsents(const QJsonArray &kept, const QJsonArray &incoming);

} // namespace comptoir::crm
