// SPDX-License-Identifier: GPL-3.0-or-later
#include "printqueue.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

const QString kColumns = u"id, created_at, kind, label, ticket_uuid, data, attempts, last_error"_s;

PrintQueue::Job fromRow(const QSqlQuery &q)
{
    PrintQueue::Job j;
    j.id = q.value(0).toLongLong();
    j.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    j.kind = q.value(2).toString();
    j.label = q.value(3).toString();
    j.ticketUuid = q.value(4).toString();
    j.data = q.value(5).toByteArray();
    j.attempts = q.value(6).toInt();
    j.lastError = q.value(7).toString();
    return j;
}

} // namespace

PrintQueue::PrintQueue(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<qint64> PrintQueue::enqueue(
    const QString &kind, const QString &label, const QByteArray &data, const QString &ticketUuid)
{
    if (data.isEmpty() || data.size() > MaxJobBytes)
        return Error {u"printer.job_size"_s,
            QCoreApplication::translate("comptoir::PrintQueue", "Nothing to print, or far too much.")};
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO print_jobs (created_at, kind, label, ticket_uuid, data) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(iso(m_clock.now()));
    q.addBindValue(kind);
    q.addBindValue(label.left(120));
    q.addBindValue(ticketUuid.isNull() ? u""_s : ticketUuid); // a null QString binds as NULL
    q.addBindValue(data);
    if (auto s = exec(q, "queueing a receipt for the printer"); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

std::optional<PrintQueue::Job> PrintQueue::next() const
{
    const QList<Job> jobs = waiting(1);
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

QList<PrintQueue::Job> PrintQueue::waiting(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM print_jobs WHERE state = 'queued' ORDER BY id LIMIT ?"_s.arg(kColumns));
    q.addBindValue(qBound(1, limit, 1000));
    QList<Job> jobs;
    if (!q.exec())
        return jobs;
    while (q.next())
        jobs << fromRow(q);
    return jobs;
}

qint64 PrintQueue::waitingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM print_jobs WHERE state = 'queued'"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Status PrintQueue::markPrinted(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE print_jobs SET state = 'printed', printed_at = ?, attempts = attempts + 1, last_error = '' "
        "WHERE id = ? AND state = 'queued'"_s);
    q.addBindValue(iso(m_clock.now()));
    q.addBindValue(id);
    return exec(q, "marking a receipt printed");
}

Status PrintQueue::markFailed(qint64 id, const QString &why)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'queued'"_s);
    q.addBindValue(why.left(300));
    q.addBindValue(id);
    return exec(q, "recording why a receipt did not print");
}

Status PrintQueue::cancel(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE print_jobs SET state = 'cancelled' WHERE id = ? AND state = 'queued'"_s);
    q.addBindValue(id);
    return exec(q, "cancelling a print job");
}

} // namespace comptoir
