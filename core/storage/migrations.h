// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace comptoir {

// The schema's history: an ordered list of forward migrations, each applied in its own
// transaction together with the new PRAGMA user_version. A database is never migrated down;
// a file written by a newer Comptoir is refused rather than misread.
class Migrations
{
public:
    struct Step
    {
        int version;
        const char *description;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();
    static int currentVersion(QSqlDatabase db);

    // Brings db up to `target` (default: latest).
    static Status apply(QSqlDatabase db, int target = -1);

    // Indexes a bulk load may drop while it writes (a first sync of a million products): built
    // once over all the rows they cost a fraction of keeping them up row by row. restore puts
    // back whichever is missing; every open does, in case a bulk load was cut short.
    static Status dropBulkIndexes(QSqlDatabase db);
    static Status restoreBulkIndexes(QSqlDatabase db);
};

} // namespace comptoir
