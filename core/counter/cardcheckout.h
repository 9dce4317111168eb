// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/paymentservice.h"

#include <QObject>

namespace comptoir {

class SaleSession;

// The card side of a sale (SaleSession::cards()): asks the PaymentService for a payment or a
// refund of what the sale still has to take, turns an approval into the sale's tender, and
// decides what becomes of an approval that does not fit the sale.
//
// The rules, in one place:
// - An approval becomes a tender of the sale in progress when the sale is still being paid
//   and the amount fits what is due; one that a recorded ticket already counts is tied to
//   that ticket (repairing the link); any other is given back on the terminal (reversal), or,
//   when the terminal cannot, left to the manager as a follow-up.
// - A payment tied to a ticket, or named by a recorded ticket's tender, is never given back.
// - Outcomes nobody could tell (the terminal cannot say) wait for the clerk, oldest first, one
//   question at a time.
// - Approvals left over after a crash are looked at once the terminals have been asked
//   about every open attempt (recover()).
class CardCheckout : public QObject
{
    Q_OBJECT
public:
    CardCheckout(SaleSession &session, PaymentService &payments);
    ~CardCheckout() override;

    PaymentService &service() const { return m_service; }
    bool available() const { return m_service.terminalCount() > 0; }
    int selected() const { return m_selected; }
    void select(int index);

    // An attempt of this sale is with the terminal.
    bool waiting() const { return m_attemptId != 0 && m_service.isBusy(); }
    Money amount() const { return m_amount; }
    // Nothing running and nothing left to give back: a script may stop now.
    bool idle() const { return !m_service.isBusy() && m_releases.isEmpty() && m_releasing.isEmpty(); }
    const QString &resultText() const { return m_resultText; }
    bool resultApproved() const { return m_resultApproved; }
    const QString &cardReceipt() const { return m_cardReceipt; }
    // The oldest attempt whose outcome the clerk must tell, if any.
    std::optional<PaymentAttempt> question() const;
    int failoverIndex() const { return m_failoverIndex; }

    // A card payment (or refund) of `amountText`, or of what remains when it is empty.
    Status pay(const QString &amountText);
    Status payAmount(Money amount);
    // A refund due (items returned) given back to the card that paid ticket `ticketNumber` of
    // this register (the number on the customer's receipt): up to what is due and what of
    // that payment was not refunded yet, on the terminal that took it when it is still here.
    Status refundToCardOf(const QString &ticketNumber);
    // What the terminal can still give back of the card payments of this register's ticket.
    Money refundableOf(qint64 ticketNumber) const;
    void abort();
    Status acceptFailover();
    void dismissFailover();
    void dismissResult();
    // The clerk's answer to question(): was the customer charged?
    Status answer(bool charged);

    // Start-up: asks the terminals about open attempts, then deals with approvals no ticket
    // uses (adopted by the restored sale, tied to the ticket that counts them, or given back).
    void recover();
    // Gives an approved payment back on the terminal, one at a time, unless a ticket counts it.
    void release(const QString &reference, const QString &why);

    // Inside the ticket's transaction: ties every card payment the ticket counts to it. Fails
    // (and so records nothing) unless each is an approved payment no other ticket holds.
    Status attachInTransaction(const QStringList &references, const QString &ticketUuid);

    // What the clerk is told of an attempt's outcome.
    static QString outcomeText(const PaymentAttempt &attempt);

Q_SIGNALS:
    void changed(); // what the payment screen shows
    void journalChanged(); // follow-ups, stored payments, health
    void attemptEnded(const comptoir::PaymentAttempt &attempt);
    void recovered();

private:
    Status ready(); // a terminal, nothing of this sale at it, no question left, the sale paying
    Status start(TerminalOperation operation, Money amount, int terminalIndex, const QString &original);
    void settled(const PaymentAttempt &attempt);
    void unknown(const PaymentAttempt &attempt);
    void takeApproved(const PaymentAttempt &attempt);
    // Ties an approved payment to the recorded sale ticket whose tender names it, if any.
    bool tieToRecordedTicket(const PaymentAttempt &attempt);
    void releaseNext();
    void releaseEnded(const PaymentAttempt &reversal);
    void adoptOrphans();
    void setResult(const QString &text, bool approved);

    SaleSession &m_session;
    PaymentService &m_service;
    int m_selected = 0;
    Money m_amount;
    qint64 m_attemptId = 0; // the attempt the payment screen waits for
    QString m_resultText;
    bool m_resultApproved = false;
    QString m_cardReceipt;
    QList<qint64> m_questions; // unknown attempts waiting for the clerk, oldest first
    int m_failoverIndex = -1;
    Money m_failoverAmount;
    QStringList m_releases; // references to give back, one at a time
    QString m_releasing;
    bool m_recovering = false;
};

} // namespace comptoir
