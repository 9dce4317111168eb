// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/ticket.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace comptoir {

// A line of another ticket that brought back (or, cancelled, gave back) some of line `returns`
// of a ticket: head office knows them for the whole chain.
struct TicketLink
{
    QString ticketId;
    int position = 0;
    int returns = 0;
    qint64 quantityMilli = 0; // negative: a return; positive: a return cancelled
    friend bool operator==(const TicketLink &, const TicketLink &) = default;
};

// What head office knows of a ticket beyond one register's journal.
struct ChainKnowledge
{
    QString cancelledBy; // the cancellation's ticket id, if any
    QList<TicketLink> links;
};

// A ticket found at head office (GET /api/v1/tickets/{id}), for a return at any register.
// Everything in it is checked before use: the ticket reads and its hash is its content's, ids
// are ticket ids, quantities and positions are bounded.
struct ChainTicket
{
    Ticket ticket;
    QString storeId;
    QString storeName;
    QString registerId;
    ChainKnowledge elsewhere;

    // Head office's answer about `ticketId`; nothing when any of it does not hold.
    static std::optional<ChainTicket> fromJson(const QJsonObject &answer, const QString &ticketId);
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::ChainTicket)
