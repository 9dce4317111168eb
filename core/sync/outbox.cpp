// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

constexpr auto kColumns = "seq, event_id, kind, register_id, created_at, payload, state, attempts, "
                          "coalesce(last_error, ''), coalesce(acked_at, '')";

} // namespace

Status Outbox::append(const QString &eventId, const QString &kind, const QString &registerId,
    const QDateTime &createdAt, const QByteArray &payload)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO outbox (event_id, kind, register_id, created_at, payload) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(eventId);
    q.addBindValue(kind);
    q.addBindValue(registerId);
    q.addBindValue(isoUtc(createdAt));
    q.addBindValue(QString::fromUtf8(payload));
    return exec(q, "queueing an event for head office");
}

Outbox::Stats Outbox::stats() const
{
    // Each figure from the state index, so the status bar can ask every few seconds however
    // many acknowledged events the register keeps.
    Stats s;
    QSqlQuery q(m_db);
    if (q.exec(
            u"SELECT count(*), sum(state = 'sent'), min(created_at) FROM outbox WHERE state IN ('pending', 'sent')"_s) &&
        q.next()) {
        s.pending = q.value(0).toLongLong();
        s.sent = q.value(1).toLongLong();
        s.oldestPendingAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    }
    if (q.exec(u"SELECT count(*) FROM outbox WHERE state = 'quarantined'"_s) && q.next())
        s.quarantined = q.value(0).toLongLong();
    if (q.exec(u"SELECT count(*) FROM outbox WHERE state = 'acked'"_s) && q.next())
        s.acked = q.value(0).toLongLong();
    if (q.exec(u"SELECT acked_at FROM outbox WHERE state = 'acked' ORDER BY seq DESC LIMIT 1"_s) && q.next())
        s.lastAckedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return s;
}

qint64 Outbox::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Outbox::Row> Outbox::rows(const QString &sql, const QVariantList &binds) const
{
    QList<Row> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        Row r;
        r.seq = q.value(0).toLongLong();
        r.eventId = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.registerId = q.value(3).toString();
        r.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        r.payload = q.value(5).toString().toUtf8();
        r.state = q.value(6).toString();
        r.attempts = q.value(7).toInt();
        r.lastError = q.value(8).toString();
        r.ackedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        out.append(std::move(r));
    }
    return out;
}

QList<Outbox::Row> Outbox::nextBatch(int max) const
{
    return rows(u"SELECT %1 FROM outbox WHERE state IN ('pending', 'sent') ORDER BY seq LIMIT ?"_s.arg(
                    QLatin1StringView(kColumns)),
        {max});
}

QList<Outbox::Row> Outbox::recent(int limit, const QString &state) const
{
    if (state.isEmpty())
        return rows(
            u"SELECT %1 FROM outbox ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kColumns)), {limit});
    return rows(
        u"SELECT %1 FROM outbox WHERE state = ? ORDER BY seq DESC LIMIT ?"_s.arg(QLatin1StringView(kColumns)),
        {state, limit});
}

Status Outbox::markSent(const QList<qint64> &seqs)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET state = 'sent', attempts = attempts + 1 "
              "WHERE seq = ? AND state IN ('pending', 'sent')"_s);
    for (qint64 seq : seqs) {
        q.addBindValue(seq);
        if (auto s = exec(q, "marking events as sent"); !s)
            return s;
    }
    return tx.commit();
}

Status Outbox::markAcked(const QStringList &eventIds, const QDateTime &at)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET state = 'acked', acked_at = ?, last_error = NULL "
              "WHERE event_id = ? AND state <> 'acked'"_s);
    const QString when = isoUtc(at);
    for (const QString &id : eventIds) {
        q.addBindValue(when);
        q.addBindValue(id);
        if (auto s = exec(q, "marking events as received by head office"); !s)
            return s;
    }
    return tx.commit();
}

Status Outbox::quarantine(const QString &eventId, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE outbox SET state = 'quarantined', last_error = ? WHERE event_id = ? AND state <> 'acked'"_s);
    q.addBindValue(reason);
    q.addBindValue(eventId);
    return exec(q, "setting an event aside");
}

Status Outbox::noteError(const QList<qint64> &seqs, const QString &error)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET last_error = ? WHERE seq = ? AND state IN ('pending', 'sent')"_s);
    for (qint64 seq : seqs) {
        q.addBindValue(error);
        q.addBindValue(seq);
        if (auto s = exec(q, "noting a sync error"); !s)
            return s;
    }
    return tx.commit();
}

Status Outbox::requeue(const QString &eventId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET state = 'pending' WHERE event_id = ? AND state = 'quarantined'"_s);
    q.addBindValue(eventId);
    return exec(q, "sending an event again");
}

} // namespace comptoir
