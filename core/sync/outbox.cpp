// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Status Outbox::append(const QString &eventId, const QString &kind, const QString &registerId,
    const QDateTime &createdAt, const QByteArray &payload)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO outbox (event_id, kind, register_id, created_at, payload) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(eventId);
    q.addBindValue(kind);
    q.addBindValue(registerId);
    q.addBindValue(createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(QString::fromUtf8(payload));
    return exec(q, "queueing an event for head office");
}

Outbox::Stats Outbox::stats() const
{
    Stats s;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT sum(state IN ('pending', 'sent')), sum(state = 'quarantined'), "
               "min(CASE WHEN state IN ('pending', 'sent') THEN created_at END) FROM outbox"_s) &&
        q.next()) {
        s.pending = q.value(0).toLongLong();
        s.quarantined = q.value(1).toLongLong();
        s.oldestPendingAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    }
    return s;
}

} // namespace comptoir
