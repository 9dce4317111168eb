// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyalty.h"

#include "storage/database.h"
#include "storage/settingstable.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

LoyaltyProgram loadLoyaltyProgram(const SettingsTable &settings)
{
    return LoyaltyProgram::fromSetting(settings.value(LoyaltyProgram::kSettingKey));
}

LoyaltyLedger::LoyaltyLedger(QSqlDatabase db)
    : m_db(std::move(db))
{ }

LoyaltyBalance LoyaltyLedger::balance(const Customer &customer) const
{
    LoyaltyBalance b;
    b.confirmed = customer.points;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT coalesce(sum(points_earned), 0), coalesce(sum(points_redeemed), 0) "
              "FROM ticket_customers WHERE customer_id = ? AND confirmed = 0"_s);
    q.addBindValue(customer.id);
    if (q.exec() && q.next()) {
        b.pendingEarned = q.value(0).toLongLong();
        b.pendingRedeemed = q.value(1).toLongLong();
    }
    return b;
}

qint64 LoyaltyLedger::redeemable(
    const Customer &customer, const LoyaltyProgram &program, bool headOfficeReachable) const
{
    return program.enabled ? redeemable(customer, balance(customer), program, headOfficeReachable) : 0;
}

qint64 LoyaltyLedger::redeemable(const Customer &customer, const LoyaltyBalance &b,
    const LoyaltyProgram &program, bool headOfficeReachable)
{
    if (!program.enabled)
        return 0;
    const qint64 available = std::max<qint64>(0, b.available());
    if (headOfficeReachable && !b.provisional())
        return available;
    const qint64 allowance = customer.offlineRedeemCents / std::max<qint64>(1, program.pointValueCents);
    return std::clamp<qint64>(allowance - b.pendingRedeemed, 0, available);
}

Status LoyaltyLedger::confirm(const QString &customerId, const QDateTime &asked)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE ticket_customers SET confirmed = 1 WHERE customer_id = ? AND confirmed = 0 "
              "AND ticket_uuid IN (SELECT event_id FROM outbox WHERE state = 'acked' AND acked_at <= ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(asked.toUTC().toString(Qt::ISODateWithMs));
    return exec(q, "confirming the customer's points");
}

} // namespace comptoir::crm
