// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkdirectory.h"

#include "common/uuidv7.h"
#include "staff/pin.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ClerkDirectory", text);
}

ClerkAccount accountFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
        q.value(4).toInt(), q.value(5).toString()};
}

const QString selectAccount = u"SELECT id, name, role_id, active, failed_tries, origin FROM clerks"_s;

bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool validName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 60 || n != name)
        return false;
    for (QChar c : n) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

Error refusal(const QString &what)
{
    return {u"staff.record"_s, u"clerk record refused: %1"_s.arg(what)};
}

} // namespace

ClerkDirectory::ClerkDirectory(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<QList<ClerkAccount>> ClerkDirectory::accounts() const
{
    QSqlQuery q(m_db);
    q.prepare(selectAccount + u" WHERE active ORDER BY name COLLATE NOCASE, id"_s);
    if (auto s = exec(q, "reading the clerks"); !s)
        return s.error();
    QList<ClerkAccount> list;
    while (q.next())
        list.append(accountFrom(q));
    return list;
}

std::optional<ClerkAccount> ClerkDirectory::account(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectAccount + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

bool ClerkDirectory::hasManager() const
{
    const auto list = accounts();
    if (!list)
        return false;
    for (const ClerkAccount &a : *list) {
        if (role(a.roleId).allows(Permission::ManageClerks))
            return true;
    }
    return false;
}

Role ClerkDirectory::role(const QString &roleId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT name, permissions, line_discount_max_bp FROM clerk_roles WHERE id = ?"_s);
    q.addBindValue(roleId);
    if (q.exec() && q.next()) {
        Role r {roleId, q.value(0).toString(), {}, q.value(2).toInt()};
        for (const QJsonValue &key : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()) {
            if (const auto p = permissionFromKey(key.toString()))
                r.permissions.set(std::size_t(*p));
        }
        return r;
    }
    for (const Role &r : Role::builtIn()) {
        if (r.id == roleId)
            return r;
    }
    return {roleId, roleId, {}, 0};
}

QList<Role> ClerkDirectory::roles() const
{
    QList<Role> list = Role::builtIn();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM clerk_roles ORDER BY id"_s);
    if (exec(q, "reading the roles")) {
        while (q.next()) {
            const Role r = role(q.value(0).toString());
            const auto same =
                std::find_if(list.begin(), list.end(), [&](const Role &x) { return x.id == r.id; });
            if (same != list.end())
                *same = r;
            else
                list.append(r);
        }
    }
    return list;
}

Result<ClerkAccount> ClerkDirectory::checkPin(const QString &id, QStringView pin)
{
    const auto found = account(id);
    if (!found || !found->active)
        return Error {u"staff.unknown"_s, tr("This clerk cannot sign in at this register.")};
    ClerkAccount a = *found;
    if (a.locked())
        return Error {u"staff.locked"_s,
            tr("%1 is locked after %2 wrong PINs. A manager must unlock the account.")
                .arg(a.name)
                .arg(ClerkAccount::MaxTries)};
    QSqlQuery hashQuery(m_db);
    hashQuery.prepare(u"SELECT pin_hash FROM clerks WHERE id = ?"_s);
    hashQuery.addBindValue(id);
    if (auto s = exec(hashQuery, "reading a PIN"); !s)
        return s.error();
    const QString stored = hashQuery.next() ? hashQuery.value(0).toString() : QString();
    hashQuery.finish();
    const bool good = pin::verify(stored, pin);
    // Counted in the file itself (another program, comptoirctl, may count at the same time),
    // and a good PIN of an account locked meanwhile does not open it.
    QSqlQuery q(m_db);
    q.prepare(good
            ? u"UPDATE clerks SET failed_tries = 0 WHERE id = ? AND failed_tries < ? RETURNING failed_tries"_s
            : u"UPDATE clerks SET failed_tries = failed_tries + 1 WHERE id = ? RETURNING failed_tries"_s);
    q.addBindValue(id);
    if (good)
        q.addBindValue(ClerkAccount::MaxTries);
    if (auto s = exec(q, "counting PIN tries"); !s)
        return s.error();
    if (!q.next()) {
        if (good)
            return Error {u"staff.locked"_s,
                tr("%1 is locked after %2 wrong PINs. A manager must unlock the account.")
                    .arg(a.name)
                    .arg(ClerkAccount::MaxTries)};
        return Error {u"staff.unknown"_s, tr("This clerk cannot sign in at this register.")};
    }
    a.failedTries = q.value(0).toInt();
    q.finish();
    if (good) {
        // Head office's hashes are head office's: rehashed there, never here (a hash changed
        // here would read as a new PIN on head office's next update, and unlock).
        if (a.origin == u"register"_s && pin::needsRehash(stored)) {
            if (const auto fresh = pin::hash(pin)) {
                QSqlQuery r(m_db);
                r.prepare(u"UPDATE clerks SET pin_hash = ? WHERE id = ?"_s);
                r.addBindValue(*fresh);
                r.addBindValue(id);
                exec(r, "rehashing a PIN").ok();
            }
        }
        return a;
    }
    if (a.locked())
        return Error {u"staff.locked"_s,
            tr("Wrong PIN. %1 is now locked: a manager must unlock the account.").arg(a.name)};
    const int left = ClerkAccount::MaxTries - a.failedTries;
    return Error {u"staff.pin_wrong"_s,
        QCoreApplication::translate("comptoir::ClerkDirectory",
            "Wrong PIN. %n try(ies) left before the account locks.", nullptr, left)};
}

Status ClerkDirectory::store(const ClerkAccount &a, const QString &pinHash, bool resetTries)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO clerks (id, name, role_id, pin_hash, active, failed_tries, origin, updated_at) "
              "VALUES (?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
              "role_id = excluded.role_id, pin_hash = excluded.pin_hash, active = excluded.active, "
              "origin = excluded.origin, updated_at = excluded.updated_at, "
              "failed_tries = CASE WHEN ? OR pin_hash <> excluded.pin_hash THEN 0 ELSE failed_tries END"_s);
    for (const QVariant &v : QVariantList {a.id, a.name, a.roleId, pinHash, a.active, a.origin,
             m_clock.now().toUTC().toString(Qt::ISODateWithMs), resetTries})
        q.addBindValue(v);
    return exec(q, "saving a clerk");
}

Result<ClerkAccount> ClerkDirectory::create(
    const QString &name, const QString &roleId, QStringView pin, const QString &id)
{
    if (!id.isEmpty() && (!validId(id) || account(id)))
        return Error {u"staff.id"_s, tr("This clerk id is taken or not valid.")};
    if (!validName(name))
        return Error {u"staff.name"_s, tr("A clerk's name is 1 to 60 characters.")};
    const QList<Role> known = roles();
    if (std::none_of(known.begin(), known.end(), [&](const Role &r) { return r.id == roleId; }))
        return Error {u"staff.role"_s, tr("This role does not exist.")};
    const auto hashed = pin::hash(pin);
    if (!hashed)
        return hashed.error();
    const ClerkAccount a {id.isEmpty() ? createUuidV7String() : id, name, roleId, true, 0, u"register"_s};
    if (auto s = store(a, *hashed, true); !s)
        return s.error();
    return a;
}

Status ClerkDirectory::setPin(const QString &id, QStringView pin)
{
    const auto a = account(id);
    if (!a)
        return Error {u"staff.unknown"_s, tr("This clerk cannot sign in at this register.")};
    const auto hashed = pin::hash(pin);
    if (!hashed)
        return hashed.error();
    return store(*a, *hashed, true);
}

Status ClerkDirectory::unlock(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE clerks SET failed_tries = 0 WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto s = exec(q, "unlocking a clerk"); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error {u"staff.unknown"_s, tr("This clerk cannot sign in at this register.")};
    return Ok {};
}

Status ClerkDirectory::applyClerk(const QJsonObject &record)
{
    const QString id = record.value(u"id"_s).toString();
    const QString name = record.value(u"name"_s).toString();
    const QString roleId = record.value(u"role"_s).toString();
    const QString pinHash = record.value(u"pin_hash"_s).toString();
    const QJsonValue active = record.value(u"active"_s);
    if (!validId(id))
        return refusal(u"id must be 1 to 64 letters, digits, '-', '_' or '.'"_s);
    if (!validName(name))
        return refusal(u"name must be 1 to 60 printable characters without surrounding spaces"_s);
    if (!validId(roleId))
        return refusal(u"role must be a role id"_s);
    if (!pin::isAcceptedHash(pinHash))
        return refusal(u"pin_hash must be an Argon2id PHC string (m 8-256 MiB, t 1-10, p 1)"_s);
    if (!active.isUndefined() && !active.isBool())
        return refusal(u"active must be true or false"_s);
    return store({id, name, roleId, active.toBool(true), 0, u"hq"_s}, pinHash, false);
}

Status ClerkDirectory::applyRole(const QJsonObject &record)
{
    const QString id = record.value(u"id"_s).toString();
    const QString name = record.value(u"name"_s).toString();
    const QJsonValue permissions = record.value(u"permissions"_s);
    const QJsonValue maxBp = record.value(u"line_discount_max_bp"_s);
    if (!validId(id))
        return Error {u"staff.record"_s, u"role record refused: id must be a role id"_s};
    if (!validName(name))
        return Error {u"staff.record"_s, u"role record refused: name must be 1 to 60 printable characters"_s};
    if (!permissions.isArray() || permissions.toArray().size() > PermissionCount * 2)
        return Error {u"staff.record"_s, u"role record refused: permissions must be a list of keys"_s};
    QJsonArray keys;
    for (const QJsonValue &v : permissions.toArray()) {
        if (!permissionFromKey(v.toString()))
            return Error {
                u"staff.record"_s, u"role record refused: unknown permission '%1'"_s.arg(v.toString())};
        keys.append(v);
    }
    const double bp = maxBp.isUndefined() ? 0.0 : maxBp.toDouble(-1);
    if (bp < 0 || bp > 10000 || bp != double(qint64(bp)))
        return Error {u"staff.record"_s, u"role record refused: line_discount_max_bp must be 0 to 10000"_s};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO clerk_roles (id, name, permissions, line_discount_max_bp) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, permissions = excluded.permissions, "
              "line_discount_max_bp = excluded.line_discount_max_bp"_s);
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    q.addBindValue(int(bp));
    return exec(q, "saving a role");
}

Status ClerkDirectory::retire(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE clerks SET active = 0, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    return exec(q, "retiring a clerk");
}

Status ClerkDirectory::removeRole(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM clerk_roles WHERE id = ?"_s);
    q.addBindValue(id);
    return exec(q, "removing a role");
}

} // namespace comptoir
