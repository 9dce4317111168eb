// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace comptoir {

// The register's key/value settings (store identity, scanner rules, ...), in the database so
// that head office can push them later and a restore brings them back with the data.
class SettingsTable
{
public:
    explicit SettingsTable(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace comptoir
