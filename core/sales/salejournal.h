// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "sales/storeprofile.h"
#include "sales/ticket.h"
#include "sales/ticketquery.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace comptoir {

// What the checkout hands to the journal; the journal adds identity, number, time, totals
// and the chain.
struct TicketDraft
{
    QString kind = QStringLiteral("sale");
    Clerk clerk;
    QList<TicketLine> lines;
    QList<TicketTender> tenders;
    QList<TicketVat> vat;
    Money total;
    Money change;
    QString reversesUuid;
    QString note;
    QString customerId; // the customer the sale is for, if any
    qint64 pointsEarned = 0; // loyalty points (crm/loyalty.h), with a customer only
    qint64 pointsRedeemed = 0;
    QStringList offers; // personalised offers used (crm/offers.h), with a customer only
};

struct JournalCheck
{
    bool ok = true;
    qint64 ticketsChecked = 0;
    QString registerId; // of the first problem
    qint64 firstBrokenNumber = 0;
    QString reason; // English, technical
    Money grandTotal; // of the last register checked
};

// The fiscal sale journal: append-only, hash-chained per register, durable before the
// receipt is shown. Each ticket is written with its lines, tenders, VAT breakdown and outbox
// event in one SQLite transaction; the database's triggers refuse any UPDATE or DELETE.
class SaleJournal
{
public:
    // Runs inside the ticket's transaction, with the ticket as it will be committed.
    using Hook = std::function<Status(QSqlDatabase &, const Ticket &)>;

    SaleJournal(QSqlDatabase db, StoreProfile store, const Clock &clock = Clock::system());

    // Records a ticket. `inTransaction` runs inside the same transaction (clearing the
    // saved basket, writing a technical event): if it fails, nothing is recorded.
    Result<Ticket> record(const TicketDraft &draft, const Hook &inTransaction = {});

    // A new ticket that reverses `number` of this register (lines, tenders and VAT negated).
    Result<Ticket> voidTicket(
        qint64 number, const Clerk &clerk, const QString &reason, const Hook &inTransaction = {});
    // The draft of that reversing ticket, refused as voidTicket() refuses; its tenders are the
    // original's negated (a caller that paid the money back otherwise replaces them).
    Result<TicketDraft> voidDraft(const Ticket &original, const Clerk &clerk, const QString &reason) const;

    std::optional<Ticket> ticket(qint64 number) const; // of this register
    std::optional<Ticket> ticketByUuid(const QString &uuid) const;
    std::optional<Ticket> lastTicket() const;
    // A customer's tickets at this register, the latest first.
    QList<Ticket> ticketsOfCustomer(const QString &customerId, int limit) const;
    QList<Ticket> tickets(qint64 fromNumber, qint64 toNumber) const;
    // Tickets in this file that answer what the clerk typed or scanned, the latest first: by
    // number, local day, amount (sign ignored), last four card digits or receipt code.
    QList<Ticket> find(const TicketQuery &query, int limit = 50) const;
    QString voidedBy(const QString &uuid) const; // uuid of the reversing ticket, if any
    // The numbers of the tickets `ticket` cancels or returns items of, by uuid: its receipt
    // names them. A ticket not in this file (another register's) is left out.
    QHash<QString, qint64> originNumbers(const Ticket &ticket) const;
    // The sale ticket (not a cancellation) with a card tender of this terminal reference, if any.
    QString saleTicketWithTender(const QString &reference) const;

    // Walks every register's chain in this file: numbers without gaps, each hash recomputed
    // from the stored rows, previous hashes linked, running totals and arithmetic consistent.
    JournalCheck verify() const;

    // Internal arithmetic of a ticket: lines vs VAT vs tenders. Empty when consistent.
    static QString inconsistency(const Ticket &t);

    const StoreProfile &store() const { return m_store; }

private:
    std::optional<Ticket> loadWhere(const QString &condition, const QVariantList &binds) const;
    std::optional<Ticket> load(qint64 rowId) const;
    // The tickets whose row ids `query` (prepared and bound) selects, in its order.
    QList<Ticket> loadAll(QSqlQuery &query) const;
    Status insert(const Ticket &t);

    QSqlDatabase m_db;
    StoreProfile m_store;
    const Clock &m_clock;
};

} // namespace comptoir
