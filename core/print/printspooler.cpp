// SPDX-License-Identifier: GPL-3.0-or-later
#include "printspooler.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSpooler, "comptoir.printer.queue", QtInfoMsg)

namespace comptoir {

PrintSpooler::PrintSpooler(PrintQueue &queue, ReceiptPrinter &printer, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_printer(printer)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PrintSpooler::kick);
    connect(&m_printer, &ReceiptPrinter::finished, this, &PrintSpooler::onFinished);
}

Result<qint64> PrintSpooler::print(
    const QString &kind, const QString &label, const QByteArray &data, const QString &ticketUuid)
{
    auto id = m_queue.enqueue(kind, label, data, ticketUuid);
    if (id) {
        Q_EMIT changed();
        kick();
    }
    return id;
}

void PrintSpooler::kick()
{
    if (m_printer.busy() || m_current != 0)
        return;
    const auto job = m_queue.next();
    if (!job) {
        m_retry.stop();
        return;
    }
    m_current = job->id;
    qCInfo(lcSpooler).noquote() << "printing job" << job->id << job->kind << job->label;
    m_printer.print(job->data);
}

void PrintSpooler::setState(const QString &key, const QString &text)
{
    if (key == m_statusKey && text == m_statusText)
        return;
    m_statusKey = key;
    m_statusText = text;
    qCInfo(lcSpooler).noquote() << "printer:" << key;
}

void PrintSpooler::onFinished(const QString &errorCode, const QString &message)
{
    const qint64 id = m_current;
    m_current = 0;
    if (id == 0)
        return;
    if (errorCode.isEmpty()) {
        m_queue.markPrinted(id).ok();
        const auto status = m_printer.lastStatus();
        setState(
            status ? status->key() : u"ready"_s, status && status->paperNearEnd ? status->text() : QString());
        qCInfo(lcSpooler) << "printed job" << id;
        Q_EMIT printed(id);
        Q_EMIT changed();
        kick(); // the next one
        return;
    }
    m_queue.markFailed(id, message).ok();
    setState(errorCode.startsWith(u"printer."_s) ? errorCode.mid(8) : errorCode, message);
    qCInfo(lcSpooler).noquote() << "job" << id << "kept:" << errorCode;
    Q_EMIT changed();
    m_retry.start(); // asked again in a moment
}

} // namespace comptoir
