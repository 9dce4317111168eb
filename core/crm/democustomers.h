// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace comptoir::crm {

// Generated customers for demos and benchmarks: French names (many shared, as in life),
// mobile numbers, e-mail addresses, EAN-13 loyalty cards "29..." and, for some, consents,
// interests and a premium or VIP tier. The same `index` always gives the same customer.
class DemoCustomers
{
public:
    static QString idOf(qint64 index); // "G-0000001"
    static QString cardOf(qint64 index); // "291" + 9 digits + check digit
    static QJsonObject record(qint64 index); // the customers feed's JSON

    // Writes customers [0, count) into the register's snapshot, in transactions of 10,000.
    static Status generate(QSqlDatabase db, qint64 count);
};

} // namespace comptoir::crm
