// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/terminaltypes.h"

#include <QObject>

namespace comptoir {

// One payment terminal as the core sees it, whatever its protocol. Asynchronous: start()
// runs one operation and exactly one finished() follows. Drivers never retry a debit on
// their own: a request that may have reached the terminal ends as Unknown, and the caller
// asks LastTransaction before anything else.
class PaymentTerminal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isBusy() const = 0;
    virtual void start(const TerminalRequest &request) = 0;

    // Whether the protocol lets the register stop a transaction the terminal already runs
    // (nexo Abort can; Concert cannot: the clerk presses the red key on the terminal).
    virtual bool canAbortRunning() const = 0;
    // Stops waiting. Before the terminal took the request: ends as Failed ("cancelled").
    // After: asks the terminal to abort where the protocol can; otherwise drops the link and
    // ends as Unknown, to be resolved with LastTransaction.
    virtual void abort() = 0;
    // Whether the running request may already be with the terminal (it left the register).
    virtual bool requestDelivered() const = 0; // the terminal may be engaged with it

    // Whether this driver understands the operation at all (protocol E has no status query).
    virtual bool supports(TerminalOperation operation) const = 0;

    TerminalStage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(comptoir::TerminalStage stage);
    void finished(const comptoir::TerminalResult &result);

protected:
    void setStage(TerminalStage stage)
    {
        if (m_stage == stage)
            return;
        m_stage = stage;
        Q_EMIT stageChanged(stage);
    }

private:
    TerminalStage m_stage = TerminalStage::Idle;
};

} // namespace comptoir
