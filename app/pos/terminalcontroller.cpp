// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalcontroller.h"

#include "counter/salesession.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCounter)

namespace comptoir {

namespace {
QPointer<TerminalController> g_instance;

} // namespace

TerminalController::TerminalController(SaleSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cards(session.cards())
{
    if (!m_cards)
        return;
    PaymentService *service = &m_cards->service();
    connect(m_cards, &CardCheckout::changed, this, [this] {
        refreshQuestion();
        Q_EMIT stateChanged();
    });
    connect(m_cards, &CardCheckout::journalChanged, this, &TerminalController::healthChanged);
    connect(service, &PaymentService::batchClosed, this, [this](const BatchReconciliation &b) {
        if (!b.terminalReported) {
            // The terminal cannot say its totals: the register's, to compare with its receipt.
            const QString totals = tr("%n card operation(s), debits %1, credits %2", nullptr, b.journalCount)
                                       .arg(b.journalDebits.toString(), b.journalCredits.toString());
            m_batchText = b.matches()
                ? tr("End of day on %1: the terminal does not report its totals. The register counts %2: "
                     "compare with the terminal's end-of-day receipt.")
                      .arg(b.terminalId, totals)
                : tr("End of day on %1: the terminal does not report its totals. The register counts %2. "
                     "Differences: %3")
                      .arg(b.terminalId, totals, b.differences.join(u"; "_s));
            m_session.notify(
                m_batchText, b.matches() ? SaleSession::Level::Info : SaleSession::Level::Warning);
            Q_EMIT batchChanged();
            Q_EMIT healthChanged();
            return;
        }
        const QString totals = tr("%n card operation(s), debits %1, credits %2", nullptr, b.terminalCount)
                                   .arg(b.terminalDebits.toString(), b.terminalCredits.toString());
        m_batchText = b.matches() ? tr("End of day on %1: %2. The terminal matches the register's tickets.")
                                        .arg(b.terminalId, totals)
                                  : tr("End of day on %1: %2. Differences: %3")
                                        .arg(b.terminalId, totals, b.differences.join(u"; "_s));
        m_session.notify(
            m_batchText, b.matches() ? SaleSession::Level::Success : SaleSession::Level::Warning);
        Q_EMIT batchChanged();
        Q_EMIT healthChanged();
    });
    connect(service, &PaymentService::batchFailed, this, [this](const QString &message) {
        m_batchText = message;
        m_session.notify(message, SaleSession::Level::Failure);
        Q_EMIT batchChanged();
    });
}

TerminalController::~TerminalController() = default;

TerminalController *TerminalController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void TerminalController::setInstance(TerminalController *instance)
{
    g_instance = instance;
}

// ---- what the screen shows -----------------------------------------------------------------

QString TerminalController::stageText() const
{
    if (!busy())
        return {};
    const bool refund = m_session.checkout().remaining().isNegative();
    switch (m_cards->service().stage()) {
    case TerminalStage::Idle:
    case TerminalStage::Connecting:
        return tr("Connecting to the terminal…");
    case TerminalStage::Sending:
        return tr("Sending the amount to the terminal…");
    case TerminalStage::CustomerInteraction:
        return refund ? tr("Present the card for the refund…") : tr("Present the card…");
    case TerminalStage::Receiving:
        return tr("The terminal is answering…");
    case TerminalStage::Recovering:
        return tr("Checking with the terminal what happened…");
    }
    return {};
}

QString TerminalController::terminalLabel() const
{
    return available() ? m_cards->service().terminalLabel(m_cards->selected()) : QString();
}

bool TerminalController::canAbort() const
{
    // A terminal that cannot be stopped from here is stopped on its own keypad; the clerk
    // can still stop waiting, which then asks the terminal what happened; and stop waiting
    // for that answer, to decide with the customer.
    return busy();
}

bool TerminalController::offline() const
{
    return available() && m_cards->service().isOffline(m_cards->selected());
}

QString TerminalController::allowanceText() const
{
    if (!offline())
        return {};
    const OfflineAllowance a = m_cards->service().offlineAllowance();
    if (!a.enabled)
        return tr("The terminal cannot reach the bank and card payments without it are not allowed "
                  "in this store: take another means of payment.");
    if (a.paymentsLeft <= 0 || a.totalLeft.isZero() || a.totalLeft.isNegative())
        return tr("The terminal cannot reach the bank and the store's limit for stored card payments "
                  "is reached: take another means of payment.");
    return tr("The terminal cannot reach the bank: card payments up to %1 are stored and sent later "
              "(%n more allowed, %2 in total).",
        nullptr, a.paymentsLeft)
        .arg(a.perPayment.toString(), a.totalLeft.toString());
}

QVariantList TerminalController::terminals() const
{
    QVariantList out;
    if (!m_cards)
        return out;
    const PaymentService &service = m_cards->service();
    const QLocale locale;
    for (int i = 0; i < service.terminalCount(); ++i) {
        const TerminalHealth &h = service.health(i);
        const TerminalResult &r = h.reading;
        QString state;
        if (!h.checked)
            state = tr("not checked yet");
        else if (!h.reachable &&
            (h.failure == u"tls"_s || h.failure == u"encryption-key"_s || h.failure == u"security"_s ||
                h.failure == u"unauthorised"_s))
            state = tr("refuses the register (security settings)");
        else if (!h.reachable)
            state = tr("unreachable");
        else if (h.acquirerOffline)
            state = tr("working without the bank");
        else
            state = tr("ready");
        QStringList details;
        if (!r.model.isEmpty())
            details << tr("model %1").arg(r.model);
        if (!r.serial.isEmpty())
            details << tr("serial %1").arg(r.serial);
        if (!r.softwareVersion.isEmpty())
            details << tr("software %1").arg(r.softwareVersion);
        if (!r.network.isEmpty())
            details << tr("network %1").arg(r.network);
        if (r.batteryPercent >= 0)
            details << tr("battery %1 %").arg(r.batteryPercent);
        if (r.storedCount >= 0)
            details << tr("%n stored payment(s), %1", nullptr, r.storedCount).arg(r.storedAmount.toString());
        if (r.lastOnlineAuthorisation.isValid())
            details << tr("last online authorisation %1")
                           .arg(locale.toString(
                               r.lastOnlineAuthorisation.toLocalTime(), QLocale::ShortFormat));
        out.append(QVariantMap {
            {u"index"_s, i},
            {u"label"_s, service.terminalLabel(i)},
            {u"id"_s, service.terminalId(i)},
            {u"state"_s, state},
            {u"ok"_s, h.checked && h.reachable && !h.acquirerOffline},
            {u"reachable"_s, h.reachable},
            {u"details"_s, details.join(u" · "_s)},
            {u"checkedAt"_s,
                h.checkedAt.isValid()
                    ? locale.toString(h.checkedAt.toLocalTime().time(), QLocale::ShortFormat)
                    : QString()},
        });
    }
    return out;
}

void TerminalController::select(int index)
{
    if (m_cards)
        m_cards->select(index);
}

QString TerminalController::healthState() const
{
    if (!available())
        return u"none"_s;
    const TerminalHealth &h = m_cards->service().health(m_cards->selected());
    if (h.checked && !h.reachable)
        return u"down"_s;
    if (h.acquirerOffline)
        return u"offline"_s;
    return u"ok"_s;
}

int TerminalController::followupCount() const
{
    return m_cards ? int(m_cards->service().journal().followups().size()) : 0;
}

QVariantList TerminalController::followups() const
{
    QVariantList out;
    if (!m_cards)
        return out;
    const QLocale locale;
    for (const PaymentFollowup &f : m_cards->service().journal().followups()) {
        out.append(QVariantMap {
            {u"id"_s, f.id},
            {u"kind"_s, f.kind},
            {u"amountText"_s, f.amount.toString()},
            {u"detail"_s, f.detail},
            {u"when"_s, locale.toString(f.createdAt.toLocalTime(), QLocale::ShortFormat)},
        });
    }
    return out;
}

// The oldest outcome nobody could tell, put to the clerk with the facts to check.
void TerminalController::refreshQuestion()
{
    const auto a = m_cards ? m_cards->question() : std::nullopt;
    if (!a) {
        m_question.clear();
        return;
    }
    const QLocale locale;
    QString why;
    if (a->reason == u"status-unavailable"_s)
        why = tr("The terminal stopped answering during the payment and cannot tell what happened.");
    else if (a->reason == u"superseded"_s || a->reason == u"mismatch"_s)
        why = tr("The terminal answered for another transaction.");
    else if (a->reason == u"amount-mismatch"_s)
        why = tr("The terminal approved a different amount.");
    else
        why = tr("The terminal's answer was lost.");
    const PaymentService &service = m_cards->service();
    QString terminal = service.terminalLabel(0);
    for (int i = 0; i < service.terminalCount(); ++i) {
        if (service.terminalId(i) == a->terminalId)
            terminal = service.terminalLabel(i);
    }
    const QString time = locale.toString(a->createdAt.toLocalTime().time(), QLocale::ShortFormat);
    const bool refund = a->operation == TerminalOperation::Refund;
    const bool reversal = a->operation == TerminalOperation::Reversal;
    m_question = QVariantMap {
        {u"id"_s, a->id},
        {u"amountText"_s, a->amount.toString()},
        {u"time"_s, time},
        {u"terminal"_s, terminal},
        {u"reference"_s, a->reference},
        {u"why"_s, why},
        {u"text"_s,
            (reversal ? tr("Was the cancellation of the card payment of %1 at %2 (reference %3) accepted?")
                    : refund ? tr("Was the card refund of %1 at %2 (reference %3) accepted?")
                             : tr("Was the card payment of %1 at %2 (reference %3) accepted?"))
                .arg(a->amount.toString(), time, a->reference)},
        {u"hint"_s,
            tr("Look at the terminal's screen or its last receipt (or its journal): answer \"Accepted\" only "
               "if it "
               "shows this amount as accepted.")},
    };
}

// ---- paying ------------------------------------------------------------------------------

bool TerminalController::pay(const QString &amountText)
{
    return available() && bool(m_cards->pay(amountText));
}

QString TerminalController::refundToCardOf(const QString &ticketNumber)
{
    if (!available())
        return tr("No card terminal is set up on this register.");
    const Status s = m_cards->refundToCardOf(ticketNumber);
    return s ? QString() : s.error().message;
}

void TerminalController::abort()
{
    if (m_cards)
        m_cards->abort();
}

void TerminalController::acceptFailover()
{
    if (m_cards)
        m_cards->acceptFailover().ok();
}

void TerminalController::dismissFailover()
{
    if (m_cards)
        m_cards->dismissFailover();
}

void TerminalController::dismissResult()
{
    if (m_cards)
        m_cards->dismissResult();
}

bool TerminalController::answer(bool charged)
{
    return m_cards && bool(m_cards->answer(charged));
}

// ---- health and the end of day ---------------------------------------------------------

void TerminalController::refreshHealth()
{
    if (m_cards)
        m_cards->service().pollHealth();
}

bool TerminalController::closeBatch()
{
    if (!available() || m_cards->service().isBusy()) {
        m_session.notify(tr("The terminal is busy: close the day when no payment is running."),
            SaleSession::Level::Warning);
        return false;
    }
    m_batchText = tr("Closing the day on the terminal…");
    Q_EMIT batchChanged();
    m_cards->service().closeBatch(m_cards->selected());
    return true;
}

bool TerminalController::resolveFollowup(int id)
{
    if (!m_cards)
        return false;
    if (auto s = m_cards->service().journal().resolveFollowup(id, u"done"_s); !s) {
        m_session.notify(s.error().message, SaleSession::Level::Failure, s.error().code);
        return false;
    }
    Q_EMIT healthChanged();
    return true;
}

void TerminalController::refreshTexts()
{
    refreshQuestion();
    Q_EMIT stateChanged();
    Q_EMIT healthChanged();
}

} // namespace comptoir
