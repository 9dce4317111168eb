// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerksession.h"

#include "sales/eventjournal.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ClerkSession", text);
}
} // namespace

ClerkSession::ClerkSession(ClerkDirectory &directory, EventJournal &journal)
    : m_directory(directory)
    , m_journal(journal)
{ }

Result<ClerkAccount> ClerkSession::signIn(const QString &clerkId, QStringView pin)
{
    auto checked = m_directory.checkPin(clerkId, pin);
    if (!checked) {
        // Refused tries are evidence too (someone trying PINs): journalled with the account
        // tried, never with what was typed.
        m_journal.record(EventJournal::SignInRefused, clerkId, {{u"reason"_s, checked.error().code}}).ok();
        return checked;
    }
    if (m_clerk && m_clerk->id != checked->id)
        signOut();
    const bool already = m_clerk && m_clerk->id == checked->id;
    m_clerk = *checked;
    m_role = m_directory.role(checked->roleId);
    m_awaited.reset();
    m_approved.reset();
    if (!already)
        m_journal.record(EventJournal::SignIn, checked->id, {{u"role"_s, m_role.id}}).ok();
    return checked;
}

void ClerkSession::signOut()
{
    if (!m_clerk)
        return;
    m_journal.record(EventJournal::SignOut, m_clerk->id).ok();
    m_clerk.reset();
    m_role = {};
    m_awaited.reset();
    m_approved.reset();
}

bool ClerkSession::reload()
{
    if (!m_clerk)
        return false;
    const auto account = m_directory.account(m_clerk->id);
    if (!account || !account->active) {
        m_journal.record(EventJournal::SignOut, m_clerk->id, {{u"why"_s, u"account retired"_s}}).ok();
        m_clerk.reset();
        m_role = {};
        m_awaited.reset();
        m_approved.reset();
        return true;
    }
    m_clerk = *account;
    m_role = m_directory.role(account->roleId);
    return false;
}

bool ClerkSession::mayApprove(const ClerkAccount &account, Permission p) const
{
    if (!m_clerk || account.id == m_clerk->id || !account.active)
        return false;
    const Role r = m_directory.role(account.roleId);
    return r.allows(Permission::ApproveOverride) && r.allows(p);
}

Error ClerkSession::approvalNeeded(Permission p)
{
    m_awaited = p;
    return {u"staff.approval_needed"_s,
        tr("%1: your role does not allow it. A manager may approve with their PIN.").arg(permissionLabel(p))};
}

Status ClerkSession::require(Permission p)
{
    if (!m_clerk)
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    if (m_role.allows(p))
        return Ok {};
    if (m_approved == p) {
        m_approved.reset();
        m_awaited.reset();
        return Ok {};
    }
    return approvalNeeded(p);
}

Status ClerkSession::requireLineDiscount(int bp)
{
    if (!m_clerk)
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    if (bp <= m_role.lineDiscountMaxBp)
        return Ok {};
    return require(Permission::LineDiscount);
}

Status ClerkSession::approve(
    Permission p, const QString &approverId, QStringView pin, const QJsonObject &detail)
{
    if (!m_clerk)
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    if (approverId == m_clerk->id)
        return Error {u"staff.self_approval"_s, tr("Another clerk must approve.")};
    const auto approver = m_directory.checkPin(approverId, pin);
    if (!approver) {
        m_journal
            .record(EventJournal::SignInRefused, approverId,
                {{u"reason"_s, approver.error().code}, {u"approving"_s, permissionKey(p)},
                    {u"for"_s, m_clerk->id}})
            .ok();
        return approver.error();
    }
    if (!mayApprove(*approver, p))
        return Error {u"staff.cannot_approve"_s, tr("%1 may not approve this.").arg(approver->name)};
    QJsonObject d = detail;
    d.insert(u"permission"_s, permissionKey(p));
    d.insert(u"clerk"_s, m_clerk->id);
    d.insert(u"approver"_s, approver->id);
    if (auto s = m_journal.record(EventJournal::Override, m_clerk->id, d); !s)
        return s;
    m_approved = p;
    m_awaited.reset();
    return Ok {};
}

Status ClerkSession::unlock(const QString &lockedId, const QString &managerId, QStringView managerPin)
{
    const auto locked = m_directory.account(lockedId);
    if (!locked || !locked->active)
        return Error {u"staff.unknown"_s, tr("This clerk cannot sign in at this register.")};
    if (managerId == lockedId)
        return Error {u"staff.self_approval"_s, tr("Another clerk must approve.")};
    const auto manager = m_directory.checkPin(managerId, managerPin);
    if (!manager) {
        m_journal
            .record(EventJournal::SignInRefused, managerId,
                {{u"reason"_s, manager.error().code}, {u"unlocking"_s, lockedId}})
            .ok();
        return manager.error();
    }
    if (!m_directory.role(manager->roleId).allows(Permission::ManageClerks))
        return Error {u"staff.cannot_approve"_s, tr("%1 may not approve this.").arg(manager->name)};
    if (auto s = m_directory.unlock(lockedId); !s)
        return s;
    return m_journal.record(
        EventJournal::ClerkChanged, manager->id, {{u"action"_s, u"unlocked"_s}, {u"clerk"_s, lockedId}});
}

QList<ClerkAccount> ClerkSession::unlockers() const
{
    QList<ClerkAccount> list;
    if (const auto accounts = m_directory.accounts()) {
        for (const ClerkAccount &a : *accounts) {
            if (!a.locked() && m_directory.role(a.roleId).allows(Permission::ManageClerks))
                list.append(a);
        }
    }
    return list;
}

void ClerkSession::cancelApproval()
{
    m_awaited.reset();
    m_approved.reset();
}

} // namespace comptoir
