// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "staff/clerkdirectory.h"
#include "staff/clerksession.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QtQmlIntegration>

#include <functional>
#include <optional>

namespace comptoir {

// The sign-in screen and the approval dialog's adapter over ClerkSession: who may sign in,
// who is signed in, and an action the clerk's role does not allow waiting for another clerk's
// PIN. The rules (PINs, lock-out, roles, the journal) are in core/staff.
class Staff : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY clerkChanged)
    Q_PROPERTY(QString clerkId READ clerkId NOTIFY clerkChanged)
    Q_PROPERTY(QString clerkName READ clerkName NOTIFY clerkChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY clerkChanged)
    // Those who may sign in here: [{id, name, role, locked}], by name.
    Q_PROPERTY(QVariantList clerks READ clerks NOTIFY clerksChanged)
    // The clerk the sign-in screen shows first: the last one signed in here, or --clerk.
    Q_PROPERTY(QString preselectedId READ preselectedId NOTIFY clerksChanged)
    // Why the last sign-in or approval failed, for the clerk; empty after a success.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // An action waits for another clerk's approval.
    Q_PROPERTY(bool approvalPending READ approvalPending NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalText READ approvalText NOTIFY approvalChanged)
    // Who may approve it: [{id, name, role, locked}].
    Q_PROPERTY(QVariantList approvers READ approvers NOTIFY approvalChanged)
    // Who may unlock a locked account (the manage_clerks permission): [{id, name, role, locked}].
    Q_PROPERTY(QVariantList unlockers READ unlockers NOTIFY clerksChanged)
public:
    Staff(ClerkDirectory &directory, ClerkSession &session, QString preselected, QObject *parent = nullptr);
    ~Staff() override;

    static Staff *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Staff *instance);

    bool signedIn() const { return m_session.signedIn(); }
    QString clerkId() const { return m_session.clerk().id; }
    QString clerkName() const { return m_session.clerk().name; }
    QString roleName() const;
    QVariantList clerks() const { return m_clerks; }
    QString preselectedId() const { return m_preselected; }
    QString error() const { return m_error; }
    bool approvalPending() const { return bool(m_pending); }
    QString approvalText() const;
    QVariantList approvers() const;

    Q_INVOKABLE bool signIn(const QString &clerkId, const QString &pin);
    // A manager unlocks `lockedId` with their PIN (ClerkSession::unlock).
    Q_INVOKABLE bool unlock(const QString &lockedId, const QString &managerId, const QString &pin);
    QVariantList unlockers() const;
    Q_INVOKABLE void signOut();
    // Whether the signed-in clerk's role allows the permission of this key ("void_ticket").
    Q_INVOKABLE bool can(const QString &permissionKey) const;
    Q_INVOKABLE bool approve(const QString &approverId, const QString &pin);
    Q_INVOKABLE void cancelApproval();
    Q_INVOKABLE void refresh(); // the accounts changed (head office, a manager)

    // Runs `action`; when it is refused for an approval, keeps it to run again once another
    // clerk approved (approve()). True when it ran through.
    // `detail` (what is approved: the ticket, the amount) goes into the journal with the approval.
    bool attempt(std::function<Status()> action, const QJsonObject &detail = {});
    // Why nobody may sign out now (a payment in progress), or empty.
    void setBusy(std::function<QString()> busy) { m_busy = std::move(busy); }
    ClerkSession &session() { return m_session; }

Q_SIGNALS:
    void clerkChanged();
    void clerksChanged();
    void errorChanged();
    void approvalChanged();
    void refused(const QString &why); // a sign-out refused (the banner says why)

private:
    QVariantMap entry(const ClerkAccount &a) const;
    void setError(const QString &text);

    ClerkDirectory &m_directory;
    ClerkSession &m_session;
    QString m_requested; // --clerk, then the last one signed in
    QString m_preselected;
    QVariantList m_clerks;
    QString m_error;
    std::function<Status()> m_pending;
    QJsonObject m_pendingDetail;
    std::function<QString()> m_busy;
};

} // namespace comptoir
