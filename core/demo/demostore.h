// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sales/storeprofile.h"
#include "sales/ticket.h"

#include <QSqlDatabase>

namespace comptoir {

// The demo store: a training-mode register (receipts say so) with a generated catalog.
class DemoStore
{
public:
    static StoreProfile profile();
    static Clerk clerk();
    // The demo's clerks: Camille, cashier (PIN 1234), and Sam, manager (PIN 9999).
    struct DemoClerk
    {
        QString id, name, role, pin;
    };
    static QList<DemoClerk> demoClerks();
    // Sets up the profile and, if the catalog is empty, generates `products` products.
    static Status prepare(QSqlDatabase db, qint64 products);
};

// Where the register keeps its database unless told otherwise.
QString defaultDatabasePath();

// The clerk signed in at this register (until clerk sign-in lands: from the settings).
Clerk currentClerk(QSqlDatabase db);

} // namespace comptoir
