// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/clerkdirectory.h"

#include <QJsonObject>

#include <optional>

namespace comptoir {

class EventJournal;

// Who is at the register and what they may do. Every sign-in, sign-out, refused PIN and
// approval is in the event journal. An action the clerk's role does not allow is refused with
// "staff.approval_needed" (see `awaitedApproval()`); a clerk whose role allows it and who may
// approve for others then types their PIN on the spot (`approve`), which is journalled with both
// clerks and lets the action through once.
class ClerkSession
{
public:
    ClerkSession(ClerkDirectory &directory, EventJournal &journal);

    Result<ClerkAccount> signIn(const QString &clerkId, QStringView pin);
    void signOut();
    // The accounts changed (head office, a manager): a clerk whose account was retired is
    // signed out (true), a changed role applies at once.
    bool reload();
    // Whether `account` may approve `p` for the clerk signed in: another clerk, whose role
    // allows both ApproveOverride and `p`.
    bool mayApprove(const ClerkAccount &account, Permission p) const;

    bool signedIn() const { return m_clerk.has_value(); }
    // The signed-in clerk, or an empty one (no ticket, closing or event is written without one).
    Clerk clerk() const { return m_clerk ? m_clerk->clerk() : Clerk {}; }
    const Role &role() const { return m_role; }
    bool allows(Permission p) const { return signedIn() && m_role.allows(p); }

    // Lets the action through when the clerk's role allows it or an approval for it is waiting
    // (used up here); else "staff.not_signed_in" or "staff.approval_needed".
    Status require(Permission p);
    // A line discount of `bp` basis points: within the role's threshold, or LineDiscount.
    Status requireLineDiscount(int bp);
    // The permission the last refusal was about, for the approval dialog.
    std::optional<Permission> awaitedApproval() const { return m_awaited; }

    // Another clerk answers for this one: their PIN (counted like a sign-in), their role must
    // allow both ApproveOverride and `p`. Journalled ("override": permission, both clerks,
    // `detail`). The next require(p) passes.
    Status approve(Permission p, const QString &approverId, QStringView pin, const QJsonObject &detail = {});
    // A clerk whose role allows ManageClerks unlocks an account locked by wrong PINs with their
    // own PIN, from the sign-in screen (nobody needs to be signed in); journalled by them.
    Status unlock(const QString &lockedId, const QString &managerId, QStringView managerPin);
    // Accounts that may unlock others here.
    QList<ClerkAccount> unlockers() const;
    // Clears a waiting approval (the clerk gave up).
    void cancelApproval();

private:
    Error approvalNeeded(Permission p);

    ClerkDirectory &m_directory;
    EventJournal &m_journal;
    std::optional<ClerkAccount> m_clerk;
    Role m_role;
    std::optional<Permission> m_awaited;
    std::optional<Permission> m_approved;
};

} // namespace comptoir
