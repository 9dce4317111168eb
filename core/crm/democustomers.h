// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <utility>

namespace comptoir::crm {

// Generated customers for demos and benchmarks: French names (many shared, as in life),
// mobile numbers, e-mail addresses, EAN-13 loyalty cards "29..." and, for some, consents,
// interests and a premium or VIP tier. The same `index` always gives the same customer.
class DemoCustomers
{
public:
    // The demo store's own customers, as head office publishes them ("C-000001": Élodie
    // Martin, premium, card 2900000000018; "C-000002": Karim Benali, card 2900000000025).
    static QList<std::pair<QString, QJsonObject>> showcase(const QString &homeStore);
    // The demo chain's loyalty program: a point per euro, a point worth 5 cents (Élodie's
    // 1,240 points pay 62 €; offline, her allowance of 10 € is 200 points).
    static QJsonObject loyaltyProgram();
    // The demo chain's personalised offers: -10 % on fine food for those interested, 5 € off
    // 30 € for premium and VIP customers, -20 % on the coffee a customer bought in the last
    // 60 days.
    static QList<std::pair<QString, QJsonObject>> offers();
    // Writes them into the register's offers (a demo without head office).
    static Status writeOffers(QSqlDatabase db);

    static QString idOf(qint64 index); // "G-0000001"
    static QString cardOf(qint64 index); // "291" + 9 digits + check digit
    static QJsonObject record(qint64 index); // the customers feed's JSON

    // Writes customers [0, count) into the register's snapshot, in transactions of 10,000.
    static Status generate(QSqlDatabase db, qint64 count);
    // Writes the showcase customers into the register's snapshot (a demo without head office).
    static Status writeShowcase(QSqlDatabase db, const QString &homeStore);
};

} // namespace comptoir::crm
