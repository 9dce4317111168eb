// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/offlinepolicy.h"
#include "payment/paymentjournal.h"
#include "payment/paymentterminal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace comptoir {

// What one terminal was last seen doing.
struct TerminalHealth
{
    QString terminalId;
    QString label;
    bool reachable = false;
    bool checked = false;
    bool acquirerOffline = false; // the terminal approves without its bank
    QString failure; // why the last check failed ("unreachable", "tls", "encryption-key", ...)
    QDateTime checkedAt;
    TerminalResult reading; // model, serial, software, stored count and amount, ...
};

// Card payments for one register: the offline rules, the persisted attempt, the terminal
// driver, recovery of attempts whose outcome was lost, failover to another terminal, health
// polling and end-of-day reconciliation. GUI-free; the app layer shows what it says.
class PaymentService : public QObject
{
    Q_OBJECT
public:
    PaymentService(
        PaymentJournal &journal, OfflinePolicyEngine policy, int registerNumber, QObject *parent = nullptr);
    ~PaymentService() override;

    // Takes ownership. The first terminal added is the register's default.
    void addTerminal(const QString &id, const QString &label, PaymentTerminal *terminal);
    int terminalCount() const { return int(m_terminals.size()); }
    QString terminalLabel(int index) const;
    QString terminalId(int index) const;
    PaymentTerminal *terminal(int index) const;
    const TerminalHealth &health(int index) const { return m_terminals.at(index).health; }

    PaymentJournal &journal() { return m_journal; }
    OfflinePolicyEngine &policy() { return m_policy; }

    bool isBusy() const { return m_current.has_value() || m_waiting.has_value() || m_recovering; }
    std::optional<PaymentAttempt> currentAttempt() const;
    TerminalStage stage() const;

    // The remaining offline allowance when the terminal works without its bank.
    OfflineAllowance offlineAllowance() const;
    bool isOffline(int index) const;
    int indexOf(const QString &terminalId) const; // -1: not on this register

    // A card payment or refund. Refused at once (with a clerk-facing message) when the offline
    // rules forbid it or the journal cannot record the attempt; otherwise attemptSettled or
    // attemptUnknown follows.
    // `saleId`: the sale the payment is for (a late approval pays only that one).
    // `originalReference`: a refund back to the card of that earlier payment (at most what of
    // it was not refunded yet). Terminals that can name it (nexo: its POITransactionID, a
    // "referenced refund") are told; for the others it is kept in the journal.
    Status pay(TerminalOperation operation, Money amount, int terminalIndex = 0, const QString &saleId = {},
        const QString &originalReference = {});
    // The clerk stops waiting (see PaymentTerminal::abort).
    void abort();
    bool canAbortRunning() const;

    // Asks the terminals about every attempt left open (start-up, after a crash).
    void recover();
    // The clerk's answer to an attempt nobody could resolve, after checking the terminal's
    // receipt or journal.
    Status decideUnknown(qint64 attemptId, bool charged);
    // A payment approved but no longer wanted (the sale was abandoned): reversed on the
    // terminal if possible, otherwise a follow-up for the manager.
    Status release(qint64 attemptId, const QString &why);

    void pollHealth();
    void setHealthInterval(int ms);

    // End of day on one terminal: its batch totals and stored-payment results against ours.
    void closeBatch(int terminalIndex);

Q_SIGNALS:
    void stageChanged(comptoir::TerminalStage stage);
    void attemptSettled(const comptoir::PaymentAttempt &attempt);
    void attemptUnknown(const comptoir::PaymentAttempt &attempt);
    // The terminal did not take the request: the clerk may try the next one.
    void failoverAvailable(int nextIndex, const QString &label);
    void healthChanged(int index);
    void batchClosed(const comptoir::BatchReconciliation &result);
    void batchFailed(const QString &message);
    void recoveryFinished(int resolved, int unknown);

private:
    enum class Job { Transaction, Recovery, Health, Batch, Release };
    // A terminal still busy with an attempt (it says so, or drops or refuses the question) is
    // asked again every second, for three minutes (the longest a customer is given at the
    // keypad). So is one that cannot be reached right after a payment it took (it restarts):
    // the clerk, with the customer, can stop waiting at any time and decide.
    static constexpr int kInProgressRetryMs = 1000;
    static constexpr int kMaxInProgressAsks = 180;
    // A payment asked for while the same terminal answers a health check waits for that
    // answer (a terminal does one thing at a time) this long at most.
    static constexpr int kHealthGiveWayMs = 8000;
    struct Entry
    {
        QString id;
        QString label;
        PaymentTerminal *terminal = nullptr;
        TerminalHealth health;
    };
    struct Current
    {
        Job job = Job::Transaction;
        int index = 0;
        PaymentAttempt attempt;
        bool newestForTerminal = true;
        int inProgressAsks = 0; // the terminal said "still running": asked again later
        bool stopped = false; // the clerk stopped waiting for the answer to come back
    };

    void finished(int index, const TerminalResult &result);
    void finishTransaction(const TerminalResult &result);
    void finishRecovery(const TerminalResult &result);
    void finishHealth(int index, const TerminalResult &result);
    void closeWithoutTerminal(int index);
    // Records a closed day and tells it (its issues added to its differences).
    void recordBatch(BatchReconciliation &batch);
    void finishBatch(int index, const TerminalResult &result);
    void settleAndReport(const PaymentAttempt &attempt, const TerminalResult &result);
    // The answer may have been lost: asks the terminal's last transaction when it can tell.
    bool askLastTransaction(const TerminalResult &result);
    void reversalEnded(const PaymentAttempt &reversal);
    void reportUnknown(qint64 attemptId, const QString &reason);
    void recoverNext();
    TerminalRequest request(TerminalOperation operation, const PaymentAttempt &attempt) const;
    void startJob(Current job, const TerminalRequest &request);
    // The payment that waited for a health check goes to the terminal.
    void startWaiting();
    // An approval the terminal stored without its bank, outside the store's rules: kept in
    // the journal and given back at once. False when the rules allow it.
    bool refusedByPolicy(const Current &current, const TerminalResult &result);

    PaymentJournal &m_journal;
    OfflinePolicyEngine m_policy;
    int m_registerNumber;
    QList<Entry> m_terminals;
    std::optional<Current> m_current;
    std::optional<Current> m_waiting; // a payment waiting for the running health check
    QList<Current> m_recoveryQueue;
    bool m_recovering = false;
    int m_recoveredResolved = 0;
    int m_recoveredUnknown = 0;
    QTimer m_healthTimer;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::PaymentAttempt)
