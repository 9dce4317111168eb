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
    // The status bar asks every few seconds, on the GUI thread: nothing here may grow with the
    // backlog. Counts are kept by triggers (outbox_counts), the oldest waiting event and the
    // last acknowledgement are one seek each in the state index (see statsStatements()).
    Stats s;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT state, n FROM outbox_counts"_s)) {
        while (q.next()) {
            const QString state = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            if (state == u"pending"_s || state == u"sent"_s)
                s.pending += n;
            if (state == u"sent"_s)
                s.sent = n;
            else if (state == u"acked"_s)
                s.acked = n;
            else if (state == u"quarantined"_s)
                s.quarantined = n;
        }
    }
    const QStringList statements = statsStatements();
    for (int i = 0; i < 2; ++i) {
        if (q.exec(statements.at(i)) && q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            if (at.isValid() && (!s.oldestPendingAt.isValid() || at < s.oldestPendingAt))
                s.oldestPendingAt = at;
        }
    }
    if (q.exec(statements.at(2)) && q.next())
        s.lastAckedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return s;
}

QStringList Outbox::statsStatements()
{
    return {u"SELECT created_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1"_s,
        u"SELECT created_at FROM outbox WHERE state = 'sent' ORDER BY seq LIMIT 1"_s,
        u"SELECT acked_at FROM outbox WHERE state = 'acked' ORDER BY seq DESC LIMIT 1"_s};
}

qint64 Outbox::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COALESCE(sum(n), 0) FROM outbox_counts WHERE state IN ('pending', 'sent')"_s) &&
        q.next())
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
