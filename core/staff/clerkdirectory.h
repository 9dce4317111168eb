// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "sales/ticket.h"
#include "staff/permission.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace comptoir {

struct ClerkAccount
{
    static constexpr int MaxTries = 5; // wrong PINs in a row before the account locks

    QString id;
    QString name;
    QString roleId;
    bool active = true;
    int failedTries = 0;
    QString origin; // "hq" (master data) or "register" (created here by a manager)

    bool locked() const { return failedTries >= MaxTries; }
    Clerk clerk() const { return {id, name}; }
    friend bool operator==(const ClerkAccount &, const ClerkAccount &) = default;
};

// The clerks of this register and their roles (tables `clerks` and `clerk_roles`). Accounts
// come from head office's master data, or are created here by a manager when head office is
// away. PINs are kept only as Argon2id hashes (staff/pin.h); five wrong PINs in a row lock an
// account until a manager unlocks it or a new PIN arrives. Works offline: nothing here needs
// the network.
class ClerkDirectory
{
public:
    explicit ClerkDirectory(QSqlDatabase db, const Clock &clock = Clock::system());

    // Active accounts, by name.
    Result<QList<ClerkAccount>> accounts() const;
    std::optional<ClerkAccount> account(const QString &id) const;
    bool hasManager() const; // an active account that may manage clerks

    // The role as head office defined it, else the built-in one of that id; a role nobody
    // knows allows nothing (a clerk of an unknown role still sells).
    Role role(const QString &roleId) const;
    QList<Role> roles() const;

    // Checks a clerk's PIN. A wrong one is counted ("staff.pin_wrong", with the tries left);
    // the fifth locks the account ("staff.locked"). A good one resets the count.
    Result<ClerkAccount> checkPin(const QString &id, QStringView pin);

    // An account created at this register. `name` 1 to 60 characters, `roleId` a known role;
    // `id` (letters, digits, '-', '_', '.') or a new one.
    Result<ClerkAccount> create(
        const QString &name, const QString &roleId, QStringView pin, const QString &id = {});
    Status setPin(const QString &id, QStringView pin); // and unlocks
    Status unlock(const QString &id);

    // Head office's records (master data), checked field by field: refused with a reason,
    // never half applied. Clerk: {"id", "name", "role", "pin_hash" (Argon2id PHC), "active"}.
    // Role: {"id", "name", "permissions": [keys], "line_discount_max_bp"}.
    Status applyClerk(const QJsonObject &record);
    Status applyRole(const QJsonObject &record);
    // Head office took the account away: it no longer signs in (tickets keep its id and name).
    Status retire(const QString &id);
    Status removeRole(const QString &id);

private:
    Status store(const ClerkAccount &a, const QString &pinHash, bool resetTries);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace comptoir
