// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/paymentterminal.h"

#include <QList>
#include <QTimer>

#include <functional>

namespace comptoir::test {

// A payment terminal driven by the test: every request is kept, and the test says how each
// ends (finish()), or sets `answer` to end them by itself on the next turn of the event loop.
// It models a terminal's own journal as a terminal keeps one: approved debits and credits,
// the last transaction, reversals, so the test can check what the customer was really charged.
class FakeTerminal : public PaymentTerminal
{
    Q_OBJECT
public:
    using Answer = std::function<TerminalResult(const TerminalRequest &)>;

    explicit FakeTerminal(QObject *parent = nullptr)
        : PaymentTerminal(parent)
    { }

    QList<TerminalRequest> requests;
    Answer answer; // empty: the test calls finish() itself
    QList<TerminalOperation> unsupported; // e.g. LastTransaction for protocol E
    bool abortable = true;
    bool delivers = true; // the request reaches the terminal as soon as it starts

    // The terminal's own view: references approved, reversed, and the last one it ran.
    QStringList approved;
    QStringList reversed;
    QString last;
    qint64 chargedCents = 0; // debits minus credits minus reversals, as the bank sees it

    bool isBusy() const override { return m_running; }
    bool canAbortRunning() const override { return abortable; }
    bool requestDelivered() const override { return m_running && delivers; }
    bool supports(TerminalOperation op) const override { return !unsupported.contains(op); }

    void start(const TerminalRequest &request) override
    {
        m_running = true;
        requests.append(request);
        setStage(TerminalStage::CustomerInteraction);
        if (answer) {
            const TerminalResult r = answer(request);
            QTimer::singleShot(0, this, [this, r] { finish(r); });
        }
    }

    void abort() override
    {
        if (!m_running)
            return;
        TerminalResult r;
        r.operation = requests.last().operation;
        r.outcome = TerminalOutcome::Cancelled;
        r.reason = QStringLiteral("cancelled");
        r.reference = requests.last().reference;
        finish(r);
    }

    // Ends the running request, keeping the terminal's journal as a real one would.
    void finish(TerminalResult r)
    {
        if (!m_running)
            return;
        const TerminalRequest &q = requests.last();
        if (r.approved()) {
            switch (q.operation) {
            case TerminalOperation::Payment:
                approved << q.reference;
                chargedCents += q.amount.cents();
                last = q.reference;
                break;
            case TerminalOperation::Refund:
                approved << q.reference;
                chargedCents -= q.amount.cents();
                last = q.reference;
                break;
            case TerminalOperation::Reversal:
                reversed << q.originalReference;
                chargedCents -= q.amount.cents();
                last = q.reference;
                break;
            default:
                break;
            }
        }
        m_running = false;
        setStage(TerminalStage::Idle);
        Q_EMIT finished(r);
    }

    // A terminal that approves everything and answers status queries from its journal.
    static TerminalResult approveAll(const TerminalRequest &q, const FakeTerminal &self)
    {
        TerminalResult r;
        r.operation = q.operation;
        r.reference = q.reference;
        r.amount = q.amount;
        if (q.operation == TerminalOperation::LastTransaction) {
            r.outcome = self.last.isEmpty() ? TerminalOutcome::Failed : TerminalOutcome::Approved;
            r.reference = self.last;
            r.amount = q.amount;
            return r;
        }
        r.outcome = TerminalOutcome::Approved;
        r.authorisation = QStringLiteral("A1B2C3");
        r.maskedPan = QStringLiteral("497010######0003");
        r.application = QStringLiteral("CB");
        r.entryMode = QStringLiteral("chip");
        return r;
    }

private:
    bool m_running = false;
};

} // namespace comptoir::test
