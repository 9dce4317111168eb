// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crm/customer.h"
#include "crm/loyaltyprogram.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace comptoir {
class SettingsTable;
}

namespace comptoir::crm {

// The register's copy of the program (head office's setting "loyalty.program").
LoyaltyProgram loadLoyaltyProgram(const SettingsTable &settings);

// A customer's points as the register sees them: head office's figure, plus what this
// register's tickets moved since that head office has not confirmed yet.
struct LoyaltyBalance
{
    qint64 confirmed = 0; // in head office's last record of the customer
    qint64 pendingEarned = 0; // by this register's tickets head office has not counted yet
    qint64 pendingRedeemed = 0;

    qint64 available() const { return confirmed + pendingEarned - pendingRedeemed; }
    bool provisional() const { return pendingEarned != 0 || pendingRedeemed != 0; }
};

// The register's side of the loyalty ledger. Each ticket sold to a customer carries the
// points it earned and redeemed (ticket_customers, written with the ticket). Head office
// counts them when the ticket arrives (once: tickets are ingested exactly once, by their
// id) and republishes the customer's record with the new balance. A ticket's points are
// "confirmed" once a record of the customer arrives in answer to a request sent after head
// office acknowledged the ticket: from then on head office's figure includes them.
class LoyaltyLedger
{
public:
    explicit LoyaltyLedger(QSqlDatabase db);

    LoyaltyBalance balance(const Customer &customer) const;

    // How many points the customer may redeem now. With head office reachable and nothing
    // unconfirmed, the whole balance. Otherwise the balance is the register's own guess and
    // head office's allowance (the record's offline_redeem_cents) bounds the risk: no more
    // than the allowance, less what unconfirmed tickets already redeemed.
    qint64 redeemable(
        const Customer &customer, const LoyaltyProgram &program, bool headOfficeReachable) const;
    // The same from a balance already read.
    static qint64 redeemable(const Customer &customer, const LoyaltyBalance &balance,
        const LoyaltyProgram &program, bool headOfficeReachable);

    // In the caller's transaction: `customerId`'s record arrived in answer to a request sent
    // at `asked`; the tickets head office had acknowledged by then are in its figure.
    Status confirm(const QString &customerId, const QDateTime &asked);

private:
    QSqlDatabase m_db;
};

} // namespace comptoir::crm
