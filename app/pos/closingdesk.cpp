// SPDX-License-Identifier: GPL-3.0-or-later
#include "closingdesk.h"

#include "closing/closingtext.h"
#include "staffdesk.h"

#include <QJSEngine>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcClosingDesk, "comptoir.closings", QtInfoMsg)

namespace comptoir {

namespace {
ClosingDesk *s_instance = nullptr;
} // namespace

ClosingDesk::ClosingDesk(ClosingBook &book, Staff &staff, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_staff(staff)
{
    connect(&m_staff, &Staff::clerkChanged, this, &ClosingDesk::refresh);
    // The first clerk of a new business day is asked for the Z of the day before.
    connect(&m_staff, &Staff::clerkChanged, this, [this] {
        if (m_staff.signedIn() && !dayToClose().isEmpty())
            askForClosing();
    });
}

ClosingDesk::~ClosingDesk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ClosingDesk *ClosingDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ClosingDesk::setInstance(ClosingDesk *instance)
{
    s_instance = instance;
}

QString ClosingDesk::dayToClose() const
{
    const auto day = m_book.dayToClose();
    if (!day || !day->has_value())
        return {};
    return QLocale().toString(**day, QLocale::LongFormat);
}

void ClosingDesk::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    Q_EMIT errorChanged();
}

void ClosingDesk::refresh()
{
    Q_EMIT changed();
}

void ClosingDesk::askForClosing()
{
    qCInfo(lcClosingDesk) << "closing needed:" << dayToClose();
    Q_EMIT changed();
    Q_EMIT closingNeeded();
}

bool ClosingDesk::run(std::function<Status()> action)
{
    // The action itself reports why it was refused; an approval asked is not an error.
    const bool done = m_staff.attempt([this, action = std::move(action)]() -> Status {
        const Status s = action();
        if (!s && s.error().code != u"staff.approval_needed"_s)
            setError(s.error().message);
        return s;
    });
    if (done)
        setError({});
    Q_EMIT changed();
    return done;
}

void ClosingDesk::show(const QList<Closing> &closings)
{
    QStringList texts;
    QStringList titles;
    for (const Closing &c : closings) {
        texts << ClosingText::text(c, m_book.store());
        titles << ClosingText::title(c.kind) + u" — "_s + ClosingText::periodText(c);
    }
    m_kind = !closings.isEmpty() && closings.first().kind == Closing::Kind::X ? u"x-report"_s : u"closing"_s;
    m_title = titles.join(u" · "_s);
    m_text = texts.join(u"\n"_s);
    Q_EMIT reportChanged();
}

bool ClosingDesk::xReport()
{
    return run([this]() -> Status {
        const auto x = m_book.xReport();
        if (!x)
            return x.error();
        qCInfo(lcClosingDesk) << "x report: tickets" << x->figures.tickets << "total"
                              << x->figures.total.cents();
        show({*x});
        return Ok {};
    });
}

bool ClosingDesk::closeDay()
{
    return run([this]() -> Status {
        const auto made = m_book.closeDay();
        if (!made)
            return made.error();
        for (const Closing &c : *made)
            qCInfo(lcClosingDesk).noquote()
                << "closed:" << Closing::kindKey(c.kind) << c.period << "No." << c.number << "tickets"
                << c.figures.tickets << "total" << c.figures.total.cents();
        show(*made);
        return Ok {};
    });
}

bool ClosingDesk::showLast()
{
    const auto last = m_book.last();
    if (!last)
        return false;
    show({*last});
    return true;
}

} // namespace comptoir
