// SPDX-License-Identifier: GPL-3.0-or-later
// comptoirctl clerk: the register's clerk accounts, for the first manager of a register that
// head office does not feed yet, and for a manager at the register when head office is away.
#include "ctlcommon.h"

#include "sales/eventjournal.h"
#include "staff/clerkdirectory.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

namespace {

// A PIN is read from stdin (one line), never taken from the command line (ps, history).
QString readPin()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

Status journal(Context &c, const QString &action, const ClerkAccount &a)
{
    // Done at the command line, by whoever runs it on the register's machine: "system".
    return EventJournal(c.db->connection(), c.store.registerId)
        .record(EventJournal::ClerkChanged, u"system"_s,
            {{u"action"_s, action}, {u"clerk"_s, a.id}, {u"role"_s, a.roleId}, {u"by"_s, u"comptoirctl"_s}});
}

} // namespace

int cmdClerk(Context &c, const QStringList &args)
{
    ClerkDirectory clerks(c.db->connection());
    const QString sub = args.value(1);
    const auto option = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    if (sub == u"list"_s || sub.isEmpty()) {
        const auto list = clerks.accounts();
        if (!list)
            return fail(list.error().message);
        for (const ClerkAccount &a : *list) {
            out() << a.id << "  " << a.name << "  " << clerks.role(a.roleId).name << "  " << a.origin
                  << (a.locked() ? "  LOCKED" : "") << Qt::endl;
        }
        if (list->isEmpty())
            out() << "no clerk: add the first manager with: comptoirctl clerk add --name NAME --role manager"
                  << Qt::endl;
        return 0;
    }
    if (sub == u"add"_s) {
        const QString name = option(u"--name"_s);
        const QString role = option(u"--role"_s).isEmpty() ? u"cashier"_s : option(u"--role"_s);
        err() << "PIN (4 to 6 digits) on one line: " << Qt::flush;
        const auto created = clerks.create(name, role, readPin(), option(u"--id"_s));
        if (!created)
            return fail(created.error().message);
        if (auto s = journal(c, u"created"_s, *created); !s)
            return fail(s.error().message);
        out() << "added " << created->id << " " << created->name << " (" << clerks.role(role).name << ")"
              << Qt::endl;
        return 0;
    }
    if ((sub == u"unlock"_s || sub == u"pin"_s) && args.size() >= 3) {
        const auto account = clerks.account(args[2]);
        if (!account)
            return fail(u"no clerk %1 at this register"_s.arg(args[2]));
        Status s = Ok {};
        if (sub == u"unlock"_s) {
            s = clerks.unlock(account->id);
        } else {
            err() << "new PIN (4 to 6 digits) on one line: " << Qt::flush;
            s = clerks.setPin(account->id, readPin());
        }
        if (!s)
            return fail(s.error().message);
        if (auto j = journal(c, sub == u"unlock"_s ? u"unlocked"_s : u"new-pin"_s, *account); !j)
            return fail(j.error().message);
        out() << (sub == u"unlock"_s ? "unlocked " : "new PIN for ") << account->id << " " << account->name
              << Qt::endl;
        return 0;
    }
    if (sub == u"roles"_s) {
        for (const Role &r : clerks.roles()) {
            QStringList keys;
            for (Permission p : allPermissions()) {
                if (r.allows(p))
                    keys << permissionKey(p);
            }
            out() << r.id << "  " << r.name << "  line discount up to " << r.lineDiscountMaxBp / 100.0
                  << " %  " << keys.join(u' ') << Qt::endl;
        }
        return 0;
    }
    return fail(
        u"usage: comptoirctl clerk list|roles|add --name NAME [--role ROLE] [--id ID]|unlock ID|pin ID"_s,
        64);
}

} // namespace comptoir::ctl
