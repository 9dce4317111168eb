// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/csvimport.h"
#include "common/clock.h"
#include "common/result.h"
#include "hqdatabase.h"
#include "hqservice.h"
#include "sync/changefeeds.h"

#include <QJsonArray>

namespace comptoir::hq {

// Head office's master data: one change log per feed (sync/changefeeds.h) in the table
// master_data, the current state of each record with the revision of its last change.
//
// Revisions come from feed_counters, one row per feed, taken with UPDATE ... RETURNING in
// the publishing transaction: the row stays locked until that transaction ends, so on
// PostgreSQL two publishers take revisions one after the other and a reader never sees a
// revision while a smaller one is still to be committed (a register's cursor never skips a
// change). Republishing a record unchanged does not make a change.
class HqMasterData
{
public:
    explicit HqMasterData(HqDatabase &db, const Clock &clock = Clock::system());

    struct Record
    {
        QString key;
        bool deleted = false;
        QJsonObject data;
    };

    // Validates every record first (sync::validateChange): one bad record refuses all of them
    // (Error "masterdata.invalid", naming it). `storeId`: the store a store feed belongs to,
    // empty for chain feeds. Returns how many records changed.
    Result<qint64> publish(sync::Feed feed, const QString &storeId, const QList<Record> &records);
    // The same, in the caller's transaction.
    Result<qint64> publishWithin(sync::Feed feed, const QString &storeId, const QList<Record> &records);

    // The answer to a register's POST /changes (JSON, see ChangesReplyWriter).
    Result<QByteArray> changes(const RegisterIdentity &who, const sync::ChangesRequest &request) const;

    // Per feed and scope: records, deleted ones, last revision.
    Result<QJsonArray> status() const;

    // The store's catalog is the chain's: products and categories go to the chain feeds.
    CsvImportReport importCatalog(const QString &csvPath);
    // The demo catalog (DemoCatalog, same seed as the registers' demo), in batches.
    Result<qint64> publishDemoCatalog(qint64 count, const std::function<void(qint64)> &progress = {});
    // The demo store's settings, customers and offers.
    Status publishDemoStore(const QString &storeId);
    // Takes a customer's record away from every store that had it (a deletion in the customers
    // feed: registers drop the customer and their purchase links). Returns how many stores.
    Result<qint64> withdrawCustomer(const QString &customerId);
    // Records from JSON: [{"key": "...", "data": {...}} | {"key": "...", "deleted": true}, ...]
    static Result<QList<Record>> recordsFromJson(const QByteArray &json);

    static Record productRecord(const Product &product);
    static Record categoryRecord(const Category &category);

private:
    Result<qint64> write(
        sync::Feed feed, const QString &storeId, const QList<Record> &records, bool withinTransaction);

    HqDatabase &m_db;
    const Clock &m_clock;
};

} // namespace comptoir::hq
