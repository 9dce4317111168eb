// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace comptoir {

// Events waiting to reach head office. Appended in the same transaction as the fact they
// describe (a ticket), so an event exists if and only if the fact does. Drained by the sync
// worker in `seq` order; an event's id is the fact's own id, so head office can ingest
// idempotently.
//
// States: pending (never sent) -> sent (on its way, or the answer was lost: sent again) ->
// acked (head office holds it). quarantined: head office refused it as invalid; kept, shown
// on the sync screen, sent again only when someone asks (requeue).
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Stats
    {
        qint64 pending = 0; // pending + sent: not yet at head office
        qint64 sent = 0;
        qint64 acked = 0;
        qint64 quarantined = 0;
        QDateTime oldestPendingAt;
        QDateTime lastAckedAt;
    };

    struct Row
    {
        qint64 seq = 0;
        QString eventId;
        QString kind;
        QString registerId;
        QDateTime createdAt;
        QByteArray payload;
        QString state;
        int attempts = 0;
        QString lastError;
        QDateTime ackedAt;
    };

    Status append(const QString &eventId, const QString &kind, const QString &registerId,
        const QDateTime &createdAt, const QByteArray &payload);
    Stats stats() const;
    qint64 pendingCount() const; // cheap (kept count): pending + sent
    // The statements stats() runs besides reading the kept counts: each one index seek (a
    // test checks their query plans).
    static QStringList statsStatements();

    // The next events to send, oldest first (pending and sent ones).
    QList<Row> nextBatch(int max) const;
    // Newest first; `state` empty for all.
    QList<Row> recent(int limit, const QString &state = {}) const;

    Status markSent(const QList<qint64> &seqs);
    Status markAcked(const QStringList &eventIds, const QDateTime &at);
    Status quarantine(const QString &eventId, const QString &reason);
    Status noteError(const QList<qint64> &seqs, const QString &error); // kept for the sync screen
    Status requeue(const QString &eventId); // quarantined -> pending

private:
    QList<Row> rows(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace comptoir
