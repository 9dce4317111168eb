// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashdrawer.h"

#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "staff/clerksession.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::CashDrawer", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

const char *openingName(CashDrawer::Opening why)
{
    switch (why) {
    case CashDrawer::Opening::Sale:
        return "sale";
    case CashDrawer::Opening::NoSale:
        return "no-sale";
    case CashDrawer::Opening::Float:
        return "float";
    case CashDrawer::Opening::CashIn:
        return "cash-in";
    case CashDrawer::Opening::CashOut:
        return "cash-out";
    case CashDrawer::Opening::Count:
        return "count";
    }
    return "?";
}

Status checkAmount(Money amount)
{
    if (amount.cents() <= 0 || amount.cents() > CashDrawer::MaxAmountCents)
        return Error {u"cash.amount"_s,
            QCoreApplication::translate(
                "comptoir::CashDrawer", "Enter an amount between 0,01 and 1 000 000,00.")};
    return Ok {};
}

Status checkReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty() || r.size() > 80)
        return Error {u"cash.reason"_s,
            QCoreApplication::translate("comptoir::CashDrawer", "Say why, in 1 to 80 characters.")};
    return Ok {};
}

const QString selectSession = u"SELECT id, opened_at, opened_by, float_cents, after_ticket_id, counted_at, "
                              "counted_by, counted_cents, expected_cents, variance_cents, count "
                              "FROM drawer_sessions WHERE register_id = ? "_s;

CashDrawer::Session sessionFrom(const QSqlQuery &q)
{
    CashDrawer::Session s;
    s.id = q.value(0).toLongLong();
    s.openedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    s.openedBy = q.value(2).toString();
    s.openingFloat = Money::fromCents(q.value(3).toLongLong());
    s.afterTicketId = q.value(4).toLongLong();
    if (!q.value(5).isNull()) {
        s.countedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        s.countedBy = q.value(6).toString();
        s.counted = Money::fromCents(q.value(7).toLongLong());
        s.expected = Money::fromCents(q.value(8).toLongLong());
        s.variance = Money::fromCents(q.value(9).toLongLong());
        if (auto c = CashCount::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object()))
            s.count = *c;
    }
    return s;
}

} // namespace

CashDrawer::CashDrawer(QSqlDatabase db, QString registerId, EventJournal &journal, const Clock &clock)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
    , m_journal(journal)
    , m_clock(clock)
{ }

QDateTime CashDrawer::now() const
{
    // Never before the last closing, even if the clock stepped back: a count or a movement
    // belongs to the closing after it (closing/closingbook.h reads them by time).
    QDateTime now = m_clock.now().toUTC();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT max(closed_at) FROM closings WHERE register_id = ?"_s);
    q.addBindValue(m_registerId);
    if (q.exec() && q.next() && !q.value(0).isNull()) {
        const QDateTime closed = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        if (closed.isValid() && now <= closed)
            now = closed.addMSecs(1);
    }
    return now;
}

Result<QString> CashDrawer::actor(std::optional<Permission> permission)
{
    if (!m_clerks)
        return m_actor;
    if (!m_clerks->signedIn())
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    if (permission) {
        if (auto s = m_clerks->require(*permission); !s)
            return s.error();
    }
    return m_clerks->clerk().id;
}

Status CashDrawer::journalOpening(Opening why, const QString &by, const QJsonObject &detail)
{
    QJsonObject d = detail;
    d.insert(u"why"_s, QLatin1StringView(openingName(why)));
    return m_journal.append(EventJournal::DrawerOpened, by, d);
}

std::optional<CashDrawer::Session> CashDrawer::current() const
{
    QSqlQuery q(m_db);
    q.prepare(selectSession + u"AND counted_at IS NULL"_s);
    q.addBindValue(m_registerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

std::optional<CashDrawer::Session> CashDrawer::last() const
{
    QSqlQuery q(m_db);
    q.prepare(selectSession + u"AND counted_at IS NOT NULL ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(m_registerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

Result<CashDrawer::Session> CashDrawer::openWithFloat(Money amount)
{
    if (amount.isNegative() || amount.cents() > MaxAmountCents)
        return Error {u"cash.amount"_s, tr("Enter an amount between 0,00 and 1 000 000,00.")};
    const auto by = actor(std::nullopt);
    if (!by)
        return by.error();
    if (current())
        return Error {u"cash.open"_s, tr("The drawer is open for the day already: count it first.")};
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QSqlQuery lastTicket(m_db);
    lastTicket.prepare(u"SELECT coalesce(max(id), 0) FROM tickets WHERE register_id = ?"_s);
    lastTicket.addBindValue(m_registerId);
    if (auto s = exec(lastTicket, "reading the last ticket"); !s)
        return s.error();
    const qint64 after = lastTicket.next() ? lastTicket.value(0).toLongLong() : 0;
    lastTicket.finish();
    const QDateTime now = this->now();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO drawer_sessions (register_id, opened_at, opened_by, float_cents, "
              u"after_ticket_id, training) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
        QVariantList {m_registerId, iso(now), *by, amount.cents(), after, m_training ? 1 : 0})
        q.addBindValue(v);
    if (auto s = exec(q, "opening the drawer"); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = journalOpening(Opening::Float, *by, {{u"amount"_s, amount.cents()}, {u"session"_s, id}}); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Session session;
    session.id = id;
    session.openedAt = now;
    session.openedBy = *by;
    session.openingFloat = amount;
    session.afterTicketId = after;
    return session;
}

Status CashDrawer::move(const char *kind, Money amount, const QString &reason)
{
    if (auto s = checkAmount(amount); !s)
        return s;
    if (auto s = checkReason(reason); !s)
        return s;
    const auto session = current();
    if (!session)
        return Error {u"cash.closed"_s, tr("Open the drawer with its float first.")};
    const auto by = actor(Permission::CashInOut);
    if (!by)
        return by.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO drawer_movements (session_id, kind, amount_cents, reason, clerk_id, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {
             session->id, QString::fromLatin1(kind), amount.cents(), reason.trimmed(), *by, iso(now())})
        q.addBindValue(v);
    if (auto s = exec(q, "recording cash in or out"); !s)
        return s;
    const Opening why = qstrcmp(kind, "in") == 0 ? Opening::CashIn : Opening::CashOut;
    if (auto s = journalOpening(why, *by,
            {{u"amount"_s, amount.cents()}, {u"reason"_s, reason.trimmed()}, {u"session"_s, session->id}});
        !s)
        return s;
    return tx.commit();
}

Status CashDrawer::cashIn(Money amount, const QString &reason)
{
    return move("in", amount, reason);
}

Status CashDrawer::cashOut(Money amount, const QString &reason)
{
    return move("out", amount, reason);
}

Status CashDrawer::noSale(const QString &reason)
{
    if (auto s = checkReason(reason); !s)
        return s;
    const auto by = actor(Permission::NoSale);
    if (!by)
        return by.error();
    return m_journal.record(EventJournal::DrawerOpened, *by,
        {{u"why"_s, QLatin1StringView(openingName(Opening::NoSale))}, {u"reason"_s, reason.trimmed()}});
}

bool CashDrawer::opensFor(const Ticket &ticket)
{
    return std::any_of(ticket.tenders.cbegin(), ticket.tenders.cend(),
        [](const TicketTender &t) { return t.kind == Tender::Cash; });
}

Result<bool> CashDrawer::openedForSale(const Ticket &ticket)
{
    if (!opensFor(ticket))
        return false;
    Money cash;
    for (const TicketTender &t : ticket.tenders) {
        if (t.kind == Tender::Cash)
            cash += t.amount;
    }
    const auto by = actor(std::nullopt);
    if (!by)
        return by.error();
    if (auto s = m_journal.record(EventJournal::DrawerOpened, *by,
            {{u"why"_s, QLatin1StringView(openingName(Opening::Sale))}, {u"number"_s, ticket.number},
                {u"cash"_s, (cash - ticket.change).cents()}});
        !s)
        return s.error();
    return true;
}

Result<CashDrawer::Figures> CashDrawer::figures() const
{
    const auto session = current();
    if (!session)
        return Error {u"cash.closed"_s, tr("Open the drawer with its float first.")};
    Figures f;
    f.openingFloat = session->openingFloat;
    QSqlQuery moves(m_db);
    moves.prepare(u"SELECT coalesce(sum(CASE kind WHEN 'in' THEN amount_cents END), 0), "
                  "coalesce(sum(CASE kind WHEN 'out' THEN amount_cents END), 0) "
                  "FROM drawer_movements WHERE session_id = ?"_s);
    moves.addBindValue(session->id);
    if (auto s = exec(moves, "reading cash in and out"); !s || !moves.next())
        return s ? Error {u"storage.io"_s, u"no sums"_s} : s.error();
    f.cashIn = Money::fromCents(moves.value(0).toLongLong());
    f.cashOut = Money::fromCents(moves.value(1).toLongLong());
    // The session's tickets by id (the journal's primary key): a range, however long the day.
    // Figures edited in the file beyond any till's reach are refused, never overflowed.
    QSqlQuery sales(m_db);
    sales.prepare(
        u"SELECT count(*), "
        "coalesce(sum((SELECT coalesce(sum(amount_cents), 0) FROM ticket_tenders tt "
        "WHERE tt.ticket_id = t.id AND tt.kind = 'cash') - "
        "CASE WHEN EXISTS (SELECT 1 FROM ticket_tenders tt WHERE tt.ticket_id = t.id AND tt.kind = 'cash') "
        "THEN t.change_cents ELSE 0 END), 0), "
        "coalesce(max(abs(t.total_cents)), 0) "
        "FROM tickets t WHERE t.register_id = ? AND t.id > ? AND t.training = ?"_s);
    sales.addBindValue(m_registerId);
    sales.addBindValue(session->afterTicketId);
    sales.addBindValue(m_training ? 1 : 0);
    if (auto s = exec(sales, "reading the session's cash sales"); !s || !sales.next())
        return s ? Error {u"storage.io"_s, u"no sums"_s} : s.error();
    f.tickets = sales.value(0).toLongLong();
    const qint64 cash = sales.value(1).toLongLong();
    if (sales.value(2).toLongLong() > (qint64(1) << 38) || std::abs(cash) > (qint64(1) << 50))
        return Error {u"cash.figures"_s,
            tr("The journal holds figures no till could have made: run comptoirctl verify.")};
    f.cashSales = Money::fromCents(cash);
    f.expected = f.openingFloat + f.cashIn - f.cashOut + f.cashSales;
    return f;
}

Result<CashDrawer::Session> CashDrawer::count(const CashCount &count)
{
    const auto total = count.total();
    if (!total)
        return Error {u"cash.count"_s, tr("A count is a whole number of euro coins or notes of each value.")};
    const auto session = current();
    if (!session)
        return Error {u"cash.closed"_s, tr("Open the drawer with its float first.")};
    const auto by = actor(Permission::CashCount);
    if (!by)
        return by.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto f = figures();
    if (!f)
        return f.error();
    const QDateTime now = this->now();
    const Money variance = *total - f->expected;
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE drawer_sessions SET counted_at = ?, counted_by = ?, counted_cents = ?, expected_cents = ?, "
        "variance_cents = ?, count = ? WHERE id = ? AND counted_at IS NULL"_s);
    for (const QVariant &v :
        QVariantList {iso(now), *by, total->cents(), f->expected.cents(), variance.cents(),
            QString::fromUtf8(QJsonDocument(count.toJson()).toJson(QJsonDocument::Compact)), session->id})
        q.addBindValue(v);
    if (auto s = exec(q, "recording the count"); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return Error {u"cash.closed"_s, tr("The drawer was counted meanwhile.")};
    if (auto s = journalOpening(Opening::Count, *by, {{u"session"_s, session->id}}); !s)
        return s.error();
    if (auto s = m_journal.append(EventJournal::CashCounted, *by,
            {{u"session"_s, session->id}, {u"counted"_s, total->cents()},
                {u"expected"_s, f->expected.cents()}, {u"variance"_s, variance.cents()},
                {u"count"_s, count.toJson()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Session done = *session;
    done.countedAt = now;
    done.countedBy = *by;
    done.counted = *total;
    done.expected = f->expected;
    done.variance = variance;
    done.count = count;
    return done;
}

} // namespace comptoir
