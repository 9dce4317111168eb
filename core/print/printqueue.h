// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace comptoir {

// What waits for the receipt printer, kept in the register's file (table print_jobs, schema
// 25) so that a receipt survives a restart, a printer out of paper or unplugged: it is printed,
// in order, once the printer is back, or cancelled by the clerk. A job is marked printed only
// when the printer confirmed it (print/receiptprinter.h).
class PrintQueue
{
public:
    static constexpr qsizetype MaxJobBytes = 1 << 20; // a receipt is a few kilobytes

    struct Job
    {
        qint64 id = 0;
        QDateTime createdAt;
        QString kind; // "receipt", "duplicate", "closing", "x-report", "drawer"
        QString label; // for the clerk: "Ticket 000042", "Day closing No. 3"
        QString ticketUuid;
        QByteArray data;
        int attempts = 0;
        QString lastError;
    };

    explicit PrintQueue(QSqlDatabase db, const Clock &clock = Clock::system());

    Result<qint64> enqueue(
        const QString &kind, const QString &label, const QByteArray &data, const QString &ticketUuid = {});
    std::optional<Job> next() const; // the oldest waiting
    QList<Job> waiting(int limit = 50) const; // oldest first
    qint64 waitingCount() const;
    Status markPrinted(qint64 id);
    Status markFailed(qint64 id, const QString &why);
    Status cancel(qint64 id); // the clerk gives up on it (it stays in the file, cancelled)

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace comptoir
