// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printqueue.h"
#include "print/receiptprinter.h"

#include <QObject>
#include <QTimer>

namespace comptoir {

// Sends the queued jobs to the receipt printer, oldest first, one at a time. A job the printer
// did not confirm stays queued with the reason; the printer is then asked again every few
// seconds, and the queue goes on as soon as it is ready (paper loaded, cover closed, cable
// back). Nothing is lost across a restart: the queue is in the register's file.
class PrintSpooler : public QObject
{
    Q_OBJECT
public:
    static constexpr int RetryMs = 3000;

    PrintSpooler(PrintQueue &queue, ReceiptPrinter &printer, QObject *parent = nullptr);

    // Queues and starts printing; the job's id.
    Result<qint64> print(
        const QString &kind, const QString &label, const QByteArray &data, const QString &ticketUuid = {});
    // What the clerk sees: the printer's state in words, and what waits.
    QString statusText() const { return m_statusText; }
    QString statusKey() const { return m_statusKey; } // PrinterStatus::key(), or "unreachable"
    qint64 waiting() const { return m_queue.waitingCount(); }
    PrintQueue &queue() { return m_queue; }

public Q_SLOTS:
    void kick(); // prints the next job if the printer is free

Q_SIGNALS:
    void printed(qint64 jobId);
    void changed(); // the printer's state or the queue

private:
    void onFinished(const QString &errorCode, const QString &message);
    void setState(const QString &key, const QString &text);

    PrintQueue &m_queue;
    ReceiptPrinter &m_printer;
    QTimer m_retry;
    qint64 m_current = 0;
    QString m_statusKey = QStringLiteral("ready");
    QString m_statusText;
};

} // namespace comptoir
