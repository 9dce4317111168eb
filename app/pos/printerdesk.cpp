// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerdesk.h"

#include "cash/cashdrawer.h"
#include "counter/salesession.h"
#include "print/escpos.h"
#include "sales/receipt.h"
#include "sales/ticketquery.h"

#include <QJSEngine>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPrinterDesk, "comptoir.printer.ui", QtInfoMsg)

namespace comptoir {

namespace {
PrinterDesk *s_instance = nullptr;
} // namespace

PrinterDesk::PrinterDesk(SaleSession &session, PrintSpooler *spooler, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_spooler(spooler)
{
    if (m_spooler) {
        connect(m_spooler, &PrintSpooler::changed, this, &PrinterDesk::changed);
        connect(&m_session, &SaleSession::receiptChanged, this, &PrinterDesk::receiptChanged);
        m_spooler->kick(); // what waited at the last stop
    }
}

PrinterDesk::~PrinterDesk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

PrinterDesk *PrinterDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void PrinterDesk::setInstance(PrinterDesk *instance)
{
    s_instance = instance;
}

QString PrinterDesk::statusKey() const
{
    return m_spooler ? m_spooler->statusKey() : u"none"_s;
}

QString PrinterDesk::statusText() const
{
    if (!m_spooler)
        return tr("No receipt printer is set up: receipts are on the screen and in PDF.");
    if (!m_spooler->statusText().isEmpty())
        return m_spooler->statusText();
    return tr("The receipt printer is ready.");
}

int PrinterDesk::waiting() const
{
    return m_spooler ? int(qMin<qint64>(m_spooler->waiting(), 1'000'000)) : 0;
}

QVariantList PrinterDesk::jobs() const
{
    QVariantList list;
    if (!m_spooler)
        return list;
    for (const PrintQueue::Job &job : m_spooler->queue().waiting()) {
        list.append(QVariantMap {{u"id"_s, job.id}, {u"label"_s, job.label}, {u"error"_s, job.lastError},
            {u"attempts"_s, job.attempts}});
    }
    return list;
}

bool PrinterDesk::printReceipt(const Ticket &ticket, int duplicate, bool openDrawer)
{
    if (!m_spooler)
        return false;
    ReceiptOptions options;
    options.columns = 42;
    options.duplicateNumber = duplicate;
    m_session.nameOrigins(ticket, options);
    const QString text = ReceiptRenderer::text(ticket, m_session.receiptStore(ticket), options);
    const QString label = duplicate > 0 ? tr("Ticket %1, duplicate %2").arg(ticket.number).arg(duplicate)
                                        : tr("Ticket %1").arg(ticket.number);
    const auto id = m_spooler->print(duplicate > 0 ? u"duplicate"_s : u"receipt"_s, label,
        ReceiptRenderer::escPos(text, TicketQuery::receiptCode(ticket.uuid), openDrawer), ticket.uuid);
    if (!id) {
        qCWarning(lcPrinterDesk) << "receipt not queued:" << id.error().message;
        return false;
    }
    m_lastPrinted = ticket.uuid + u'#' + QString::number(duplicate);
    qCInfo(lcPrinterDesk).noquote() << "queued:" << label;
    return true;
}

void PrinterDesk::saleRecorded(const Ticket &ticket)
{
    if (!m_spooler)
        return;
    printReceipt(ticket, 0, CashDrawer::opensFor(ticket)); // the journal has it (CashDrawer)
}

void PrinterDesk::openDrawer()
{
    if (!m_spooler)
        return;
    const auto id = m_spooler->print(u"drawer"_s, tr("Drawer opened"), EscPos().initialize().pulse().bytes());
    if (!id)
        qCWarning(lcPrinterDesk) << "drawer pulse not queued:" << id.error().message;
}

void PrinterDesk::receiptChanged()
{
    // A duplicate asked for (SaleSession::reprintLast): printed once.
    const auto &ticket = m_session.lastTicket();
    const int duplicate = m_session.lastDuplicate();
    if (!ticket || duplicate <= 0)
        return;
    if (m_lastPrinted == ticket->uuid + u'#' + QString::number(duplicate))
        return;
    printReceipt(*ticket, duplicate, false);
}

bool PrinterDesk::printText(const QString &kind, const QString &label, const QString &text)
{
    if (!m_spooler || text.isEmpty())
        return false;
    const auto id = m_spooler->print(kind, label, ReceiptRenderer::escPos(text));
    qCInfo(lcPrinterDesk).noquote() << "queued:" << label;
    return bool(id);
}

void PrinterDesk::retry()
{
    if (m_spooler)
        m_spooler->kick();
}

bool PrinterDesk::cancel(qint64 jobId)
{
    if (!m_spooler)
        return false;
    const bool ok = bool(m_spooler->queue().cancel(jobId));
    Q_EMIT changed();
    return ok;
}

} // namespace comptoir
