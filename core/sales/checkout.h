// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basket/basket.h"
#include "basket/basketstore.h"
#include "common/clock.h"
#include "sales/salejournal.h"

namespace comptoir {

struct Tender
{
    static inline const QString Cash = QStringLiteral("cash");
    static inline const QString Card = QStringLiteral("card");
    // Approved by the terminal without its bank (store-and-forward): the bank may still refuse it.
    static inline const QString CardOffline = QStringLiteral("card-offline");
    static inline const QString Cheque = QStringLiteral("cheque");
    // Loyalty points of the sale's customer (crm/loyalty.h); the reference says how many.
    static inline const QString Loyalty = QStringLiteral("loyalty");

    QString kind;
    Money amount;
    QString reference;

    friend bool operator==(const Tender &, const Tender &) = default;
};

// One sale from first item to recorded ticket: the basket, the tenders taken, and the
// commit to the journal. The GUI and `comptoirctl sell` both go through it. Its working
// state is saved after every change (save()) and restored at start-up.
class Checkout
{
public:
    static constexpr qint64 kMaxChangeCents = 50000; // a bigger change is a typing mistake

    Checkout(QSqlDatabase db, StoreProfile store, const Clock &clock = Clock::system());

    Basket &basket() { return m_basket; }
    const Basket &basket() const { return m_basket; }
    SaleJournal &journal() { return m_journal; }
    const SaleJournal &journal() const { return m_journal; }
    BasketStore &store() { return m_store; }
    QSqlDatabase database() const { return m_db; }

    // While tenders are taken the basket is locked (cancel the payment to edit it).
    bool paymentStarted() const { return !m_tenders.isEmpty(); }
    const QList<Tender> &tenders() const { return m_tenders; }
    Money due() const { return m_basket.totals().total; }
    Money paid() const;
    Money remaining() const; // due - paid, never below zero for a sale
    Money change() const;
    bool isSettled() const;

    Status addTender(const QString &kind, Money amount, const QString &reference = {});
    // Pays with `points` of the customer's loyalty points, at most `redeemable` in all
    // (crm::LoyaltyLedger::redeemable) and at most what is due.
    Status redeemPoints(qint64 points, qint64 redeemable);
    qint64 pointsRedeemed() const; // by this payment so far
    Status removeTender(int index);
    void cancelPayment() { m_tenders.clear(); }

    // Records the sale (ticket + outbox + cleared working state, one transaction) and starts
    // a new basket. `inTransaction` also runs in that transaction (the card payments tied to
    // the ticket). On failure nothing is recorded and the basket is kept. A basket that cancels
    // a ticket (Basket::cancels) and still holds all of it is recorded as that ticket's
    // cancellation, with the tenders it was paid back by; edited since, as a return.
    Result<Ticket> complete(const Clerk &clerk, const SaleJournal::Hook &inTransaction = {});

    Status save();
    bool restore(); // true when a saved basket was brought back
    void reset();

    Result<QString> park(const Clerk &clerk, const QString &label);
    Status resume(const QString &parkedId);

private:
    TicketDraft draft(const Clerk &clerk) const;
    Result<TicketDraft> recordedDraft(const Clerk &clerk) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    SaleJournal m_journal;
    BasketStore m_store;
    Basket m_basket;
    QList<Tender> m_tenders;
};

} // namespace comptoir
