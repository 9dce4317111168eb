// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/changefeeds.h"

#include <QMap>
#include <QSqlDatabase>

namespace comptoir {

// The register's side of the master data feeds: where each feed stands (its cursor) and how
// head office's changes land in the register's own tables. A page of changes is applied in
// one transaction together with the new cursors, so a register killed or out of disk in the
// middle has applied all of a page or none of it, and asks for it again.
//
//   settings   -> payment.setup (offline card rules, this register's terminals), store profile,
//                 quick keys (favourites)
//   categories -> categories (a department's VAT rate for its key)
//   products   -> products, barcodes, search index (list price; a store price stays on top)
//   prices     -> store_prices, products.price_cents
//   customers  -> customers, customer_cards, the loyalty points they confirm
//   offers     -> offers
//   roles      -> clerk_roles (what each role may do)
//   clerks     -> clerks (accounts with their PIN hashes; a deleted one is retired)
class MasterData
{
public:
    MasterData(QSqlDatabase db, QString registerId);

    QMap<sync::Feed, qint64> cursors() const;

    struct Applied
    {
        QMap<sync::Feed, int> changes; // per feed, how many records changed
        bool paymentSetupChanged = false; // the terminals or offline rules need reloading
        bool storeProfileChanged = false;
        bool quickKeysChanged = false; // the favourites page or a department changed
        bool clerksChanged = false; // accounts or roles
    };
    // Applies the reply (already validated by decodeChangesReply) and moves the cursors. While
    // more pages follow, products skip the search index and wait in the search backlog.
    // `askedAt`: when the request was sent. A customer's record then includes the loyalty
    // points of every ticket head office had acknowledged by that time (crm::LoyaltyLedger).
    Result<Applied> apply(const sync::ChangesReply &reply, const QDateTime &askedAt = {});

    // For a long first sync on `db` (the sync's own connection): cache, checkpoints and
    // durability tuned for bulk writing, or back to normal.
    static void setBulkLoading(QSqlDatabase db, bool bulk);

    // Indexes up to `limit` products of the search backlog in one transaction; how many are left.
    Result<qint64> indexSearchBacklog(qint64 limit);

private:
    Status applySettings(const sync::FeedPage &page, Applied &applied);

    QSqlDatabase m_db;
    QString m_registerId;
};

} // namespace comptoir
