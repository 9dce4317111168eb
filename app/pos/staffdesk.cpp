// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffdesk.h"

#include <QJSEngine>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStaff, "comptoir.staff", QtInfoMsg)

namespace comptoir {

namespace {
Staff *s_instance = nullptr;
} // namespace

Staff::Staff(ClerkDirectory &directory, ClerkSession &session, QString preselected, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_session(session)
    , m_requested(std::move(preselected))
{
    refresh();
}

Staff::~Staff()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Staff *Staff::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Staff::setInstance(Staff *instance)
{
    s_instance = instance;
}

QVariantMap Staff::entry(const ClerkAccount &a) const
{
    return {{u"id"_s, a.id}, {u"name"_s, a.name}, {u"role"_s, m_directory.role(a.roleId).name},
        {u"locked"_s, a.locked()}};
}

void Staff::refresh()
{
    if (m_session.reload()) {
        qCInfo(lcStaff).noquote() << "signed out: the account was retired";
        cancelApproval();
        Q_EMIT clerkChanged();
    } else if (m_session.signedIn()) {
        Q_EMIT clerkChanged(); // the role may have changed
    }
    m_clerks.clear();
    const auto accounts = m_directory.accounts();
    bool preselectedFound = false;
    if (accounts) {
        for (const ClerkAccount &a : *accounts) {
            m_clerks.append(entry(a));
            preselectedFound = preselectedFound || a.id == m_requested;
        }
    }
    // The clerk asked for (--clerk, the last one signed in) once their account is here; until
    // then the first one.
    m_preselected = preselectedFound || m_clerks.isEmpty()
        ? m_requested
        : m_clerks.first().toMap().value(u"id"_s).toString();
    qCInfo(lcStaff).noquote() << "clerks:" << m_clerks.size()
                              << "may sign in, first offered:" << m_preselected;
    Q_EMIT clerksChanged();
}

QString Staff::roleName() const
{
    return m_session.signedIn() ? m_session.role().name : QString();
}

void Staff::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    Q_EMIT errorChanged();
}

bool Staff::signIn(const QString &clerkId, const QString &pin)
{
    const auto signedIn = m_session.signIn(clerkId, pin);
    if (!signedIn) {
        qCInfo(lcStaff).noquote() << "sign-in refused:" << clerkId << signedIn.error().code;
        setError(signedIn.error().message);
        refresh(); // a locked account shows as locked
        return false;
    }
    qCInfo(lcStaff).noquote() << "signed in:" << signedIn->name << u"(%1)"_s.arg(m_session.role().id);
    setError({});
    m_requested = signedIn->id;
    refresh();
    Q_EMIT clerkChanged();
    return true;
}

bool Staff::unlock(const QString &lockedId, const QString &managerId, const QString &pin)
{
    if (auto s = m_session.unlock(lockedId, managerId, pin); !s) {
        qCInfo(lcStaff).noquote() << "unlock refused:" << lockedId << "by" << managerId << s.error().code;
        setError(s.error().message);
        refresh();
        return false;
    }
    qCInfo(lcStaff).noquote() << "unlocked:" << lockedId << "by" << managerId;
    setError({});
    refresh();
    return true;
}

QVariantList Staff::unlockers() const
{
    QVariantList list;
    for (const ClerkAccount &a : m_session.unlockers())
        list.append(entry(a));
    return list;
}

void Staff::signOut()
{
    if (!m_session.signedIn())
        return;
    if (const QString why = m_busy ? m_busy() : QString(); !why.isEmpty()) {
        setError(why);
        Q_EMIT refused(why);
        return;
    }
    qCInfo(lcStaff).noquote() << "signed out:" << m_session.clerk().name;
    m_session.signOut();
    cancelApproval();
    setError({});
    Q_EMIT clerkChanged();
}

bool Staff::can(const QString &permissionKey) const
{
    const auto p = permissionFromKey(permissionKey);
    return p && m_session.allows(*p);
}

bool Staff::attempt(std::function<Status()> action, const QJsonObject &detail)
{
    const Status s = action();
    if (s)
        return true;
    if (s.error().code == u"staff.approval_needed"_s && m_session.awaitedApproval()) {
        qCInfo(lcStaff).noquote() << "approval needed:" << permissionKey(*m_session.awaitedApproval());
        m_pending = std::move(action);
        m_pendingDetail = detail;
        setError({});
        Q_EMIT approvalChanged();
    }
    return false;
}

QString Staff::approvalText() const
{
    const auto p = m_session.awaitedApproval();
    return m_pending && p ? permissionLabel(*p) : QString();
}

QVariantList Staff::approvers() const
{
    QVariantList list;
    const auto p = m_session.awaitedApproval();
    const auto accounts = m_directory.accounts();
    if (!m_pending || !p || !accounts)
        return list;
    for (const ClerkAccount &a : *accounts) {
        if (m_session.mayApprove(a, *p))
            list.append(entry(a));
    }
    return list;
}

bool Staff::approve(const QString &approverId, const QString &pin)
{
    const auto p = m_session.awaitedApproval();
    if (!m_pending || !p)
        return false;
    if (auto s = m_session.approve(*p, approverId, pin, m_pendingDetail); !s) {
        qCInfo(lcStaff).noquote() << "approval refused:" << approverId << s.error().code;
        setError(s.error().message);
        Q_EMIT approvalChanged(); // a locked approver shows as locked
        return false;
    }
    qCInfo(lcStaff).noquote() << "approved:" << permissionKey(*p) << "by" << approverId;
    setError({});
    const auto action = std::move(m_pending);
    m_pending = nullptr;
    m_pendingDetail = {};
    Q_EMIT approvalChanged();
    const Status s = action(); // refused for another reason: the action said why
    m_session.cancelApproval(); // an approval not used by that action is not kept
    return bool(s);
}

void Staff::cancelApproval()
{
    if (!m_pending)
        return;
    m_pending = nullptr;
    m_pendingDetail = {};
    m_session.cancelApproval();
    setError({});
    Q_EMIT approvalChanged();
}

} // namespace comptoir
