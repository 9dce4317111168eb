// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstable.h"

#include "database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

QString SettingsTable::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SettingsTable::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value); // a null QString would bind NULL
    return exec(q, "saving a setting");
}

} // namespace comptoir
