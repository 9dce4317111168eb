// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace comptoir {

// Events waiting to reach head office. Appended in the same transaction as the fact they
// describe (a ticket), so an event exists if and only if the fact does. Drained by the sync
// worker in `seq` order; an event's id is the fact's own id, so head office can ingest
// idempotently.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Stats
    {
        qint64 pending = 0;
        qint64 quarantined = 0;
        QDateTime oldestPendingAt;
    };

    Status append(const QString &eventId, const QString &kind, const QString &registerId,
        const QDateTime &createdAt, const QByteArray &payload);
    Stats stats() const;

private:
    QSqlDatabase m_db;
};

} // namespace comptoir
