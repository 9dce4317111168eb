// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawerdesk.h"

#include "staffdesk.h"

#include <QJSEngine>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDrawer, "comptoir.drawer", QtInfoMsg)

namespace comptoir {

namespace {
DrawerDesk *s_instance = nullptr;

std::optional<CashCount> countOf(const QVariantMap &pieces)
{
    QJsonObject o;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        bool ok = false;
        const qint64 n = it.value().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (n != 0)
            o.insert(it.key(), n);
    }
    auto count = CashCount::fromJson(o);
    return count ? std::optional(*count) : std::nullopt;
}
} // namespace

DrawerDesk::DrawerDesk(CashDrawer &drawer, Staff &staff, QObject *parent)
    : QObject(parent)
    , m_drawer(drawer)
    , m_staff(staff)
{
    connect(&m_staff, &Staff::clerkChanged, this, &DrawerDesk::changed);
}

DrawerDesk::~DrawerDesk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

DrawerDesk *DrawerDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DrawerDesk::setInstance(DrawerDesk *instance)
{
    s_instance = instance;
}

void DrawerDesk::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    Q_EMIT errorChanged();
}

bool DrawerDesk::run(std::function<Status()> action)
{
    // The action itself reports why it was refused; an approval asked is not an error.
    const bool done = m_staff.attempt([this, action = std::move(action)]() -> Status {
        const Status s = action();
        if (!s && s.error().code != u"staff.approval_needed"_s)
            setError(s.error().message);
        return s;
    });
    if (done) {
        setError({});
        // Every action of the drawer opens it (the journal says so): the printer's pulse.
        Q_EMIT drawerOpened();
    }
    Q_EMIT changed();
    return done;
}

QString DrawerDesk::summary() const
{
    const auto figures = m_drawer.figures();
    if (!figures)
        return tr("The drawer is not open: give its float to start the day.");
    return tr("Float %1 · cash in %2 · cash out %3")
        .arg(figures->openingFloat.toString(), figures->cashIn.toString(), figures->cashOut.toString());
}

QString DrawerDesk::lastCount() const
{
    const auto last = m_drawer.last();
    if (!last)
        return {};
    return tr("Counted %1 · expected %2 · variance %3")
        .arg(last->counted.toString(), last->expected.toString(), last->variance.toString());
}

int DrawerDesk::lastVarianceCents() const
{
    const auto last = m_drawer.last();
    return last ? int(std::clamp<qint64>(last->variance.cents(), -2000000000, 2000000000)) : 0;
}

QVariantList DrawerDesk::denominations() const
{
    QVariantList list;
    for (auto it = kEuroDenominations.rbegin(); it != kEuroDenominations.rend(); ++it)
        list.append(QVariantMap {{u"cents"_s, *it}, {u"label"_s, Money::fromCents(*it).toString()}});
    return list;
}

bool DrawerDesk::openWithFloat(const QString &amountText)
{
    const auto amount = Money::parse(amountText.isEmpty() ? u"0"_s : amountText);
    if (!amount) {
        setError(tr("Enter an amount such as 150,00."));
        return false;
    }
    return run([this, amount = *amount]() -> Status {
        const auto s = m_drawer.openWithFloat(amount);
        if (s)
            qCInfo(lcDrawer).noquote() << "opened with" << amount.toString();
        return s ? Status(Ok {}) : Status(s.error());
    });
}

bool DrawerDesk::cashIn(const QString &amountText, const QString &reason)
{
    const auto amount = Money::parse(amountText);
    if (!amount) {
        setError(tr("Enter an amount such as 20,00."));
        return false;
    }
    return run([this, amount = *amount, reason] { return m_drawer.cashIn(amount, reason); });
}

bool DrawerDesk::cashOut(const QString &amountText, const QString &reason)
{
    const auto amount = Money::parse(amountText);
    if (!amount) {
        setError(tr("Enter an amount such as 20,00."));
        return false;
    }
    return run([this, amount = *amount, reason] { return m_drawer.cashOut(amount, reason); });
}

bool DrawerDesk::noSale(const QString &reason)
{
    return run([this, reason] { return m_drawer.noSale(reason); });
}

QString DrawerDesk::countTotal(const QVariantMap &pieces) const
{
    const auto count = countOf(pieces);
    const auto total = count ? count->total() : std::nullopt;
    return total ? total->toString() : QString();
}

bool DrawerDesk::count(const QVariantMap &pieces)
{
    const auto counted = countOf(pieces);
    if (!counted) {
        setError(tr("Count each value as a whole number of coins or notes."));
        return false;
    }
    return run([this, counted = *counted]() -> Status {
        const auto s = m_drawer.count(counted);
        if (!s)
            return s.error();
        qCInfo(lcDrawer).noquote() << "counted" << s->counted.toString() << "expected"
                                   << s->expected.toString() << "variance" << s->variance.toString();
        return Ok {};
    });
}

void DrawerDesk::saleRecorded(const Ticket &ticket)
{
    if (const auto opened = m_drawer.openedForSale(ticket); opened && *opened)
        qCInfo(lcDrawer).noquote() << "opened for ticket" << ticket.number;
    Q_EMIT changed();
}

} // namespace comptoir
