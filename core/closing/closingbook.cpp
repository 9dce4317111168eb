// SPDX-License-Identifier: GPL-3.0-or-later
#include "closingbook.h"

#include "common/uuidv7.h"
#include "sales/eventjournal.h"
#include "staff/clerksession.h"
#include "storage/database.h"
#include "storage/settingstable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcClosing, "comptoir.closing")

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ClosingBook", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString dayText(QDate day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

const QString kColumns = u"uuid, store_id, register_id, training, number, kind, period, closed_at, clerk_id, "
                         "clerk_name, after_ticket, last_ticket, figures, period_grand_total_cents, "
                         "perpetual_net_cents, perpetual_absolute_cents, previous_hash, hash"_s;

// A closing as stored; nullopt for a row that is not one (verify names it).
std::optional<Closing> fromRow(const QSqlQuery &q)
{
    Closing c;
    c.uuid = q.value(0).toString();
    c.storeId = q.value(1).toString();
    c.registerId = q.value(2).toString();
    c.training = q.value(3).toInt() != 0;
    c.number = q.value(4).toLongLong();
    const auto kind = Closing::kindFromKey(q.value(5).toString());
    c.period = q.value(6).toString();
    c.closedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    c.clerk = {q.value(8).toString(), q.value(9).toString()};
    c.afterTicket = q.value(10).toLongLong();
    c.lastTicket = q.value(11).toLongLong();
    QJsonParseError error;
    const QJsonDocument figures = QJsonDocument::fromJson(q.value(12).toString().toUtf8(), &error);
    const auto f = ClosingFigures::fromJson(figures.object());
    if (!kind || error.error != QJsonParseError::NoError || !f || !c.closedAt.isValid())
        return std::nullopt;
    c.kind = *kind;
    c.figures = *f;
    c.periodGrandTotal = Money::fromCents(q.value(13).toLongLong());
    c.perpetualNet = Money::fromCents(q.value(14).toLongLong());
    c.perpetualAbsolute = Money::fromCents(q.value(15).toLongLong());
    c.previousHash = q.value(16).toString();
    c.hash = q.value(17).toString();
    return c;
}

bool addChecked(Money &into, Money more)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(into.cents(), more.cents(), &sum))
        return false;
    into = Money::fromCents(sum);
    return true;
}

Error overflow()
{
    return Error {u"closing.overflow"_s,
        QCoreApplication::translate(
            "comptoir::Closing", "The closing's totals are too large to add up. Call support.")};
}

// The perpetual and period totals of `c`, following `previous` (the chain's last day closing).
Status carryTotals(Closing &c, const std::optional<Closing> &previous)
{
    qint64 refunds = 0; // |refundsTotal|, refused where it has none (a row edited to INT64_MIN)
    if (__builtin_sub_overflow(qint64(0), c.figures.refundsTotal.cents(), &refunds))
        return overflow();
    Money absolute = c.figures.salesTotal;
    if (!addChecked(absolute, Money::fromCents(refunds)))
        return overflow();
    c.perpetualNet = previous ? previous->perpetualNet : Money();
    c.perpetualAbsolute = previous ? previous->perpetualAbsolute : Money();
    const bool sameYear = previous && previous->period.left(4) == c.period.left(4);
    c.periodGrandTotal = sameYear ? previous->periodGrandTotal : Money();
    if (!addChecked(c.perpetualNet, c.figures.total) || !addChecked(c.perpetualAbsolute, absolute) ||
        !addChecked(c.periodGrandTotal, c.figures.total))
        return overflow();
    return Ok {};
}

} // namespace

ClosingBook::ClosingBook(
    QSqlDatabase db, StoreProfile store, EventJournal &journal, const Clock &clock, QTimeZone zone)
    : m_db(std::move(db))
    , m_store(std::move(store))
    , m_journal(journal)
    , m_clock(clock)
    , m_zone(std::move(zone))
{ }

void ClosingBook::setDayStartHour(int hour)
{
    m_dayStartHour = hour >= 0 && hour <= 23 ? hour : DefaultDayStartHour;
}

int ClosingBook::dayStartHourFrom(QSqlDatabase db)
{
    bool ok = false;
    const int hour = SettingsTable(db).value(u"closing.day_start_hour"_s).trimmed().toInt(&ok);
    return ok && hour >= 0 && hour <= 23 ? hour : DefaultDayStartHour;
}

QDate ClosingBook::businessDay(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    const QDate day = local.date();
    return local.time().hour() < m_dayStartHour ? day.addDays(-1) : day;
}

QDateTime ClosingBook::dayStart(QDate day) const
{
    // The first minute whose business day is `day`, found by halving: a start hour in the
    // hour summer time skips does not exist locally, one in the hour winter time repeats exists
    // twice (the first counts).
    qint64 lo = QDateTime(day.addDays(-2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60; // before
    qint64 hi = QDateTime(day.addDays(2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60; // on or after
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (businessDay(QDateTime::fromSecsSinceEpoch(mid * 60, Qt::UTC)) >= day)
            hi = mid;
        else
            lo = mid;
    }
    return QDateTime::fromSecsSinceEpoch(hi * 60, Qt::UTC);
}

Result<Clerk> ClosingBook::actor(Permission permission) const
{
    if (!m_clerks)
        return m_actor;
    if (!m_clerks->signedIn())
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    if (auto s = m_clerks->require(permission); !s)
        return s.error();
    return m_clerks->clerk();
}

std::optional<Closing> ClosingBook::closing(qint64 number) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT %1 FROM closings WHERE register_id = ? AND training = ? AND number = ?"_s.arg(kColumns));
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Closing> ClosingBook::last(std::optional<Closing::Kind> kind) const
{
    const auto c = lastRecord(kind);
    return c ? *c : std::nullopt;
}

Result<std::optional<Closing>> ClosingBook::lastRecord(std::optional<Closing::Kind> kind) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT %1 FROM closings WHERE register_id = ? AND training = ? %2 ORDER BY number DESC LIMIT 1"_s
            .arg(kColumns, kind ? u"AND kind = ?"_s : QString()));
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    if (kind)
        q.addBindValue(Closing::kindKey(*kind));
    if (auto s = exec(q, "reading the last closing"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Closing>();
    // A closing that cannot be read is never taken for none: the next one would start over.
    const auto c = fromRow(q);
    if (!c)
        return Error {u"closing.damaged"_s,
            tr("Closing %1 of this register cannot be read: nothing is closed until it is repaired. Call "
               "support.")
                .arg(q.value(4).toLongLong())};
    return std::optional<Closing>(*c);
}

QList<Closing> ClosingBook::list(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT %1 FROM closings WHERE register_id = ? AND training = ? ORDER BY number DESC LIMIT ?"_s.arg(
            kColumns));
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    q.addBindValue(qBound(1, limit, 10000));
    QList<Closing> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        if (auto c = fromRow(q))
            out << *c;
    }
    return out;
}

Result<ClosingFigures> ClosingBook::ticketFigures(
    const QString &registerId, bool training, qint64 after, qint64 last) const
{
    ClosingFigures f;
    const QString range = u"t.register_id = ?1 AND t.training = ?2 AND t.number > ?3 AND t.number <= ?4"_s;
    const auto run = [&](QSqlQuery &q, const QString &sql) {
        q.setForwardOnly(true);
        q.prepare(sql.arg(range));
        q.bindValue(0, registerId);
        q.bindValue(1, training ? 1 : 0);
        q.bindValue(2, after);
        q.bindValue(3, last);
        return exec(q, "adding up the tickets");
    };
    // SQLite's sum() stops with "integer overflow" rather than wrap: the error is shown.
    QSqlQuery q(m_db);
    if (auto s = run(q,
            u"SELECT count(*), total(t.kind = 'sale'), total(t.kind = 'void'), "
            "coalesce(sum(CASE WHEN t.kind = 'void' THEN t.total_cents END), 0), "
            "coalesce(sum(t.total_cents), 0), coalesce(sum(max(t.total_cents, 0)), 0), "
            "coalesce(sum(min(t.total_cents, 0)), 0), coalesce(sum(t.change_cents), 0) "
            "FROM tickets t WHERE %1"_s);
        !s)
        return s.error();
    qint64 change = 0;
    if (q.next()) {
        f.tickets = q.value(0).toLongLong();
        f.sales = qint64(q.value(1).toDouble());
        f.cancellations = qint64(q.value(2).toDouble());
        f.cancelled = Money::fromCents(q.value(3).toLongLong());
        f.total = Money::fromCents(q.value(4).toLongLong());
        f.salesTotal = Money::fromCents(q.value(5).toLongLong());
        f.refundsTotal = Money::fromCents(q.value(6).toLongLong());
        change = q.value(7).toLongLong();
    }
    QSqlQuery vat(m_db);
    if (auto s = run(vat,
            u"SELECT v.vat_bp, sum(v.net_cents), sum(v.vat_cents), sum(v.gross_cents) "
            "FROM tickets t JOIN ticket_vat v ON v.ticket_id = t.id WHERE %1 GROUP BY v.vat_bp"_s);
        !s)
        return s.error();
    while (vat.next()) {
        f.byVat.insert(vat.value(0).toInt(),
            {Money::fromCents(vat.value(1).toLongLong()), Money::fromCents(vat.value(2).toLongLong()),
                Money::fromCents(vat.value(3).toLongLong())});
    }
    QSqlQuery tenders(m_db);
    if (auto s = run(tenders,
            u"SELECT d.kind, sum(d.amount_cents) FROM tickets t "
            "JOIN ticket_tenders d ON d.ticket_id = t.id WHERE %1 GROUP BY d.kind"_s);
        !s)
        return s.error();
    while (tenders.next())
        f.byTender.insert(tenders.value(0).toString(), Money::fromCents(tenders.value(1).toLongLong()));
    if (change != 0) {
        Money &cash = f.byTender[u"cash"_s];
        qint64 given = 0;
        if (__builtin_sub_overflow(qint64(0), change, &given) || !addChecked(cash, Money::fromCents(given)))
            return overflow();
    }
    QSqlQuery lines(m_db);
    if (auto s = run(lines,
            u"SELECT coalesce(sum(l.line_discount_cents + l.basket_discount_cents), 0), "
            "total(t.kind = 'sale' AND l.quantity_milli < 0), "
            "coalesce(sum(CASE WHEN t.kind = 'sale' AND l.quantity_milli < 0 THEN l.total_cents END), 0) "
            "FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id WHERE %1"_s);
        !s)
        return s.error();
    if (lines.next()) {
        f.discounts = Money::fromCents(lines.value(0).toLongLong());
        f.returnedLines = qint64(lines.value(1).toDouble());
        f.returned = Money::fromCents(lines.value(2).toLongLong());
    }
    return f;
}

Status ClosingBook::addDrawerFigures(ClosingFigures &f, const QDateTime &after, const QDateTime &until,
    const QString &registerId, bool training) const
{
    QSqlQuery counts(m_db);
    counts.prepare(u"SELECT count(*), coalesce(sum(counted_cents), 0), coalesce(sum(expected_cents), 0), "
                   "coalesce(sum(variance_cents), 0) FROM drawer_sessions "
                   "WHERE register_id = ? AND training = ? AND counted_at IS NOT NULL AND counted_at > ? "
                   "AND counted_at <= ?"_s);
    counts.addBindValue(registerId);
    counts.addBindValue(training ? 1 : 0);
    counts.addBindValue(after.isValid() ? iso(after) : u"0"_s);
    counts.addBindValue(iso(until));
    if (auto s = exec(counts, "adding up the drawer's counts"); !s)
        return s;
    if (counts.next()) {
        f.drawerCounts = counts.value(0).toLongLong();
        f.counted = Money::fromCents(counts.value(1).toLongLong());
        f.expected = Money::fromCents(counts.value(2).toLongLong());
        f.variance = Money::fromCents(counts.value(3).toLongLong());
    }
    QSqlQuery moves(m_db);
    moves.prepare(u"SELECT m.kind, sum(m.amount_cents) FROM drawer_movements m "
                  "JOIN drawer_sessions s ON s.id = m.session_id "
                  "WHERE s.register_id = ? AND s.training = ? AND m.created_at > ? AND m.created_at <= ? "
                  "GROUP BY m.kind"_s);
    moves.addBindValue(registerId);
    moves.addBindValue(training ? 1 : 0);
    moves.addBindValue(after.isValid() ? iso(after) : u"0"_s);
    moves.addBindValue(iso(until));
    if (auto s = exec(moves, "adding up the cash put in and taken out"); !s)
        return s;
    while (moves.next()) {
        (moves.value(0).toString() == u"in"_s ? f.cashIn : f.cashOut) =
            Money::fromCents(moves.value(1).toLongLong());
    }
    return Ok {};
}

Result<std::optional<QDate>> ClosingBook::dayToClose() const
{
    const auto lastDayRecord = lastRecord(Closing::Kind::Day);
    if (!lastDayRecord)
        return lastDayRecord.error();
    const std::optional<Closing> &lastDay = *lastDayRecord;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT created_at FROM tickets WHERE register_id = ? AND training = ? AND number > ? "
              "ORDER BY number LIMIT 1"_s);
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    q.addBindValue(lastDay ? lastDay->lastTicket : 0);
    if (auto s = exec(q, "looking for the day to close"); !s)
        return s.error();
    if (!q.next())
        return std::optional<QDate>();
    const QDate day = businessDay(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
    if (day.isValid() && day < today())
        return std::optional<QDate>(day);
    return std::optional<QDate>();
}

Status ClosingBook::readyToSell() const
{
    const auto day = dayToClose();
    if (!day)
        return day.error();
    if (!day->has_value())
        return Ok {};
    return Error {u"closing.day_open"_s,
        tr("The day of %1 is not closed. Close it (Z) before selling.").arg(dayText(**day))};
}

Result<Closing> ClosingBook::append(Closing c)
{
    const auto previousRecord = lastRecord();
    if (!previousRecord)
        return previousRecord.error();
    const std::optional<Closing> &previous = *previousRecord;
    c.uuid = createUuidV7String();
    c.storeId = m_store.storeId;
    c.registerId = m_store.registerId;
    c.training = m_store.training;
    c.number = previous ? previous->number + 1 : 1;
    c.previousHash = previous ? previous->hash : genesisHash();
    // Millisecond precision, never before the previous closing even if the clock stepped back.
    QDateTime now = QDateTime::fromMSecsSinceEpoch(
        (c.closedAt.isValid() ? c.closedAt : m_clock.now()).toMSecsSinceEpoch(), Qt::UTC);
    if (previous && now < previous->closedAt)
        now = previous->closedAt;
    c.closedAt = now;
    c.hash = c.computeHash();
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO closings (%1, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            .arg(kColumns));
    for (const QVariant &v :
        QVariantList {c.uuid, c.storeId, c.registerId, c.training ? 1 : 0, c.number, Closing::kindKey(c.kind),
            c.period, iso(c.closedAt), c.clerk.id, c.clerk.name, c.afterTicket, c.lastTicket,
            QString::fromUtf8(QJsonDocument(c.figures.toJson()).toJson(QJsonDocument::Compact)),
            c.periodGrandTotal.cents(), c.perpetualNet.cents(), c.perpetualAbsolute.cents(), c.previousHash,
            c.hash, c.figures.total.cents()})
        q.addBindValue(v);
    if (auto s = exec(q, "recording the closing"); !s)
        return s.error();
    const char *code = c.kind == Closing::Kind::Year ? EventJournal::YearClosing : EventJournal::Closing;
    if (auto s = m_journal.append(code, c.clerk.id,
            {{u"closing"_s, c.number}, {u"kind"_s, Closing::kindKey(c.kind)}, {u"period"_s, c.period},
                {u"training"_s, c.training}, {u"total"_s, c.figures.total.cents()},
                {u"tickets"_s, c.figures.tickets}, {u"hash"_s, c.hash}});
        !s)
        return s.error();
    qCInfo(lcClosing) << "closing" << c.number << Closing::kindKey(c.kind) << c.period << "tickets"
                      << c.afterTicket << "to" << c.lastTicket << "total" << c.figures.total.cents();
    return c;
}

Result<std::optional<Closing>> ClosingBook::closeOneDay(const Clerk &by, bool evenToday)
{
    const auto lastDayRecord = lastRecord(Closing::Kind::Day);
    if (!lastDayRecord)
        return lastDayRecord.error();
    const std::optional<Closing> &lastDay = *lastDayRecord;
    const auto lastClosing = lastRecord();
    if (!lastClosing)
        return lastClosing.error();
    const auto lastMonthRecord = lastRecord(Closing::Kind::Month);
    if (!lastMonthRecord)
        return lastMonthRecord.error();
    const qint64 after = lastDay ? lastDay->lastTicket : 0;
    QSqlQuery oldest(m_db);
    oldest.prepare(u"SELECT created_at FROM tickets WHERE register_id = ? AND training = ? AND number > ? "
                   "ORDER BY number LIMIT 1"_s);
    oldest.addBindValue(m_store.registerId);
    oldest.addBindValue(m_store.training ? 1 : 0);
    oldest.addBindValue(after);
    if (auto s = exec(oldest, "looking for the day to close"); !s)
        return s.error();
    const QDate today = this->today();
    QDate day = today;
    bool tickets = false;
    if (oldest.next()) {
        tickets = true;
        day = qMin(today, businessDay(QDateTime::fromString(oldest.value(0).toString(), Qt::ISODateWithMs)));
    }
    oldest.finish();
    if (day == today && !evenToday)
        return std::optional<Closing>();
    // Periods never go back, whatever the clock did: not before the last day closed, nor into
    // a month already closed.
    if (lastDay) {
        const QDate lastPeriod = QDate::fromString(lastDay->period, Qt::ISODate);
        if (lastPeriod.isValid() && day < lastPeriod)
            day = lastPeriod;
    }
    if (const auto &month = *lastMonthRecord) {
        const QDate firstOpen = QDate::fromString(month->period + u"-01"_s, Qt::ISODate).addMonths(1);
        if (firstOpen.isValid() && day < firstOpen)
            day = firstOpen;
    }
    qint64 lastTicket = after;
    if (tickets) {
        QSqlQuery upTo(m_db);
        const bool wholeChain = day >= today;
        upTo.prepare(
            u"SELECT max(number) FROM tickets WHERE register_id = ? AND training = ? AND number > ? %1"_s.arg(
                wholeChain ? QString() : u"AND created_at < ?"_s));
        upTo.addBindValue(m_store.registerId);
        upTo.addBindValue(m_store.training ? 1 : 0);
        upTo.addBindValue(after);
        if (!wholeChain) {
            upTo.addBindValue(iso(dayStart(day.addDays(1))));
        }
        if (auto s = exec(upTo, "looking for the day's last ticket"); !s)
            return s.error();
        if (upTo.next() && !upTo.value(0).isNull())
            lastTicket = upTo.value(0).toLongLong();
    }
    auto figures = ticketFigures(m_store.registerId, m_store.training, after, lastTicket);
    if (!figures)
        return figures.error();
    Closing c;
    c.kind = Closing::Kind::Day;
    c.period = day.toString(Qt::ISODate);
    c.clerk = by;
    c.afterTicket = after;
    c.lastTicket = lastTicket;
    c.figures = *figures;
    // The drawer's counts and movements up to now are in it; "now" never before the last
    // closing, so that verify reads the same window from the closedAt recorded.
    c.closedAt = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
    if (*lastClosing && c.closedAt < (*lastClosing)->closedAt)
        c.closedAt = (*lastClosing)->closedAt;
    if (auto s = addDrawerFigures(c.figures, lastDay ? lastDay->closedAt : QDateTime(), c.closedAt,
            m_store.registerId, m_store.training);
        !s)
        return s.error();
    if (c.figures.tickets == 0 && c.figures.drawerCounts == 0 && c.figures.cashIn.cents() == 0 &&
        c.figures.cashOut.cents() == 0)
        return Error {u"closing.nothing"_s,
            tr("Nothing was sold or counted since the last closing: nothing to close.")};
    if (auto s = carryTotals(c, lastDay); !s)
        return s.error();
    auto recorded = append(c);
    if (!recorded)
        return recorded.error();
    return std::optional<Closing>(*recorded);
}

Result<Closing> ClosingBook::closePeriod(const Clerk &by, Closing::Kind kind, const QString &period)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT %1 FROM closings WHERE register_id = ? AND training = ? AND kind = ? AND period LIKE ? "
        "ORDER BY number"_s.arg(kColumns));
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    q.addBindValue(kind == Closing::Kind::Month ? u"day"_s : u"month"_s);
    q.addBindValue(QString(period + u"-%"_s));
    if (auto s = exec(q, "reading the closings of the period"); !s)
        return s.error();
    Closing c;
    c.kind = kind;
    c.period = period;
    c.clerk = by;
    bool first = true;
    while (q.next()) {
        const auto part = fromRow(q);
        if (!part)
            return Error {
                u"closing.damaged"_s, tr("A closing of %1 cannot be read. Call support.").arg(period)};
        if (first)
            c.afterTicket = part->afterTicket;
        first = false;
        c.lastTicket = part->lastTicket;
        if (auto s = c.figures.add(part->figures); !s)
            return s.error();
        c.periodGrandTotal = part->periodGrandTotal;
        c.perpetualNet = part->perpetualNet;
        c.perpetualAbsolute = part->perpetualAbsolute;
    }
    return append(c);
}

Result<QList<Closing>> ClosingBook::closePeriods(const Clerk &by, QDate before)
{
    QList<Closing> made;
    const QString beforeMonth = before.toString(u"yyyy-MM"_s);
    const QString beforeYear = before.toString(u"yyyy"_s);
    const auto pending = [this](const char *part, const char *whole, int length) -> Result<QStringList> {
        QSqlQuery q(m_db);
        q.prepare(
            u"SELECT DISTINCT substr(period, 1, %1) FROM closings c WHERE register_id = ? AND training = ? "
            "AND kind = '%2' AND NOT EXISTS (SELECT 1 FROM closings w WHERE w.register_id = ? "
            "AND w.training = ? AND w.kind = '%3' AND w.period = substr(c.period, 1, %1)) ORDER BY 1"_s
                .arg(length)
                .arg(QLatin1StringView(part), QLatin1StringView(whole)));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(m_store.registerId);
            q.addBindValue(m_store.training ? 1 : 0);
        }
        if (auto s = exec(q, "looking for the periods to close"); !s)
            return s.error();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const auto closeYears = [&](const QString &upTo) -> Status {
        const auto years = pending("month", "year", 4);
        if (!years)
            return years.error();
        for (const QString &year : *years) {
            if (year >= beforeYear || year > upTo)
                break;
            auto c = closePeriod(by, Closing::Kind::Year, year);
            if (!c)
                return c.error();
            made << *c;
        }
        return Ok {};
    };
    const auto months = pending("day", "month", 7);
    if (!months)
        return months.error();
    for (const QString &month : *months) {
        if (month >= beforeMonth)
            break;
        // A year ends with its last month: closed before the next year's months.
        if (auto s = closeYears(QString::number(month.left(4).toInt() - 1)); !s)
            return s.error();
        auto c = closePeriod(by, Closing::Kind::Month, month);
        if (!c)
            return c.error();
        made << *c;
    }
    if (auto s = closeYears(beforeYear); !s)
        return s.error();
    return made;
}

Result<QList<Closing>> ClosingBook::inTransaction(
    Permission permission, const std::function<Result<QList<Closing>>(const Clerk &)> &work)
{
    const auto by = actor(permission);
    if (!by)
        return by.error();
    if (by->id.isEmpty())
        return Error {u"staff.not_signed_in"_s, tr("Sign in first.")};
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto made = work(*by);
    if (!made)
        return made;
    if (auto s = tx.commit(); !s)
        return s.error();
    return made;
}

Result<QList<Closing>> ClosingBook::closePast(const Clerk &by, QDate today)
{
    // The days before today, oldest first, each after the months and years it comes after.
    QList<Closing> made;
    for (;;) {
        const auto next = dayToClose();
        if (!next)
            return next.error();
        if (!next->has_value() || **next >= today)
            break;
        auto periods = closePeriods(by, **next);
        if (!periods)
            return periods.error();
        made << *periods;
        auto day = closeOneDay(by, false);
        if (!day)
            return day.error();
        if (!day->has_value())
            break;
        made << **day;
    }
    auto periods = closePeriods(by, today);
    if (!periods)
        return periods.error();
    made << *periods;
    return made;
}

Result<QList<Closing>> ClosingBook::closeDue()
{
    // Nothing to do needs no permission: the register asks at every start.
    const auto day = dayToClose();
    if (!day)
        return day.error();
    const QDate today = this->today();
    const auto lastDay = last(Closing::Kind::Day);
    const auto lastMonth = last(Closing::Kind::Month);
    const bool monthDue = lastDay && lastDay->period.left(7) < today.toString(u"yyyy-MM"_s) &&
        (!lastMonth || lastMonth->period < lastDay->period.left(7));
    const auto lastYear = last(Closing::Kind::Year);
    const bool yearDue = lastMonth && lastMonth->period.left(4) < today.toString(u"yyyy"_s) &&
        (!lastYear || lastYear->period < lastMonth->period.left(4));
    if (!day->has_value() && !monthDue && !yearDue)
        return QList<Closing>();
    return inTransaction(Permission::DayClosing, [&](const Clerk &by) { return closePast(by, today); });
}

Result<QList<Closing>> ClosingBook::closeDay()
{
    const QDate today = this->today();
    return inTransaction(Permission::DayClosing, [&](const Clerk &by) -> Result<QList<Closing>> {
        auto made = closePast(by, today);
        if (!made)
            return made;
        auto z = closeOneDay(by, true);
        if (!z && (made->isEmpty() || z.error().code != u"closing.nothing"_s))
            return z.error();
        QList<Closing> all = *made;
        if (z && z->has_value())
            all << **z;
        return all;
    });
}

Result<QList<Closing>> ClosingBook::closePeriodAsked(Closing::Kind kind)
{
    const QDate today = this->today();
    // All or nothing: asked for a month (year) that is not over, nothing is closed on the way.
    return inTransaction(Permission::PeriodClosing, [&](const Clerk &by) -> Result<QList<Closing>> {
        auto made = closePast(by, today);
        if (!made)
            return made;
        if (std::any_of(made->cbegin(), made->cend(), [kind](const Closing &c) { return c.kind == kind; }))
            return made;
        if (kind == Closing::Kind::Month) {
            const QString month =
                QLocale().standaloneMonthName(today.month()) + u' ' + QString::number(today.year());
            return Error {u"closing.month_open"_s,
                tr("No month to close: %1 is not over. Its closing is made with the first closing of the "
                   "next month.")
                    .arg(month)};
        }
        return Error {u"closing.year_open"_s,
            tr("No year to close: %1 is not over. Its closing is made with the first closing of the "
               "next year.")
                .arg(today.year())};
    });
}

Result<QList<Closing>> ClosingBook::closeMonth()
{
    return closePeriodAsked(Closing::Kind::Month);
}

Result<QList<Closing>> ClosingBook::closeYear()
{
    return closePeriodAsked(Closing::Kind::Year);
}

Result<Closing> ClosingBook::xReport()
{
    const auto by = actor(Permission::XReport);
    if (!by)
        return by.error();
    // One read of the file: tickets recorded meanwhile wait for the next report.
    if (!m_db.transaction())
        return Database::errorFrom(m_db.lastError(), u"reading the journal"_s);
    const auto lastDayRecord = lastRecord(Closing::Kind::Day);
    if (!lastDayRecord) {
        m_db.rollback();
        return lastDayRecord.error();
    }
    const std::optional<Closing> &lastDay = *lastDayRecord;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT coalesce(max(number), 0) FROM tickets WHERE register_id = ? AND training = ?"_s);
    q.addBindValue(m_store.registerId);
    q.addBindValue(m_store.training ? 1 : 0);
    Closing c;
    c.kind = Closing::Kind::X;
    c.clerk = *by;
    c.afterTicket = lastDay ? lastDay->lastTicket : 0;
    c.lastTicket = c.afterTicket;
    if (!q.exec() || !q.next()) {
        m_db.rollback();
        return Database::errorFrom(q.lastError(), u"reading the last ticket"_s);
    }
    c.lastTicket = qMax(c.afterTicket, q.value(0).toLongLong());
    q.finish();
    auto figures = ticketFigures(m_store.registerId, m_store.training, c.afterTicket, c.lastTicket);
    const QDateTime now = m_clock.now();
    if (figures)
        c.figures = *figures;
    Status drawer = figures ? addDrawerFigures(c.figures, lastDay ? lastDay->closedAt : QDateTime(), now,
                                  m_store.registerId, m_store.training)
                            : Status(figures.error());
    m_db.commit();
    if (!drawer)
        return drawer.error();
    c.uuid = createUuidV7String();
    c.storeId = m_store.storeId;
    c.registerId = m_store.registerId;
    c.training = m_store.training;
    c.closedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    c.period = today().toString(Qt::ISODate);
    if (auto s = carryTotals(c, lastDay); !s)
        return s.error();
    c.previousHash = lastDay ? lastDay->hash : genesisHash();
    c.hash = c.computeHash();
    if (auto s = m_journal.record(EventJournal::XReport, by->id,
            {{u"afterTicket"_s, c.afterTicket}, {u"lastTicket"_s, c.lastTicket},
                {u"total"_s, c.figures.total.cents()}, {u"training"_s, c.training}});
        !s)
        return s.error();
    return c;
}

JournalCheck ClosingBook::verify() const
{
    JournalCheck check;
    QSqlQuery chains(m_db);
    chains.setForwardOnly(true);
    // Every closing is also an event of the (chained) event journal, with its number and hash:
    // closings deleted from the table, the newest or a whole chain, are found by their events.
    if (!chains.exec(u"SELECT register_id, training FROM closings UNION "
                     "SELECT register_id, coalesce(json_extract(detail, '$.training'), 0) FROM jet_events "
                     "WHERE code IN ('closing', 'year-closing') ORDER BY 1, 2"_s)) {
        check.ok = false;
        check.reason = u"cannot read the closings"_s;
        return check;
    }
    QList<std::pair<QString, bool>> all;
    while (chains.next())
        all.append({chains.value(0).toString(), chains.value(1).toInt() != 0});
    for (const auto &[registerId, training] : all) {
        QMap<qint64, QString> journalled; // closing number -> hash, from the event journal
        QSqlQuery events(m_db);
        events.prepare(
            u"SELECT json_extract(detail, '$.closing'), json_extract(detail, '$.hash') FROM jet_events "
            "WHERE register_id = ? AND code IN ('closing', 'year-closing') "
            "AND coalesce(json_extract(detail, '$.training'), 0) = ?"_s);
        events.addBindValue(registerId);
        events.addBindValue(training ? 1 : 0);
        if (!events.exec()) {
            check.ok = false;
            check.registerId = registerId;
            check.reason = u"cannot read the closings' events"_s;
            return check;
        }
        while (events.next())
            journalled.insert(events.value(0).toLongLong(), events.value(1).toString());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT %1, total_cents FROM closings WHERE register_id = ? AND training = ? ORDER BY number"_s
                .arg(kColumns));
        q.addBindValue(registerId);
        q.addBindValue(training ? 1 : 0);
        if (!q.exec()) {
            check.ok = false;
            check.registerId = registerId;
            check.reason = u"cannot read the closings"_s;
            return check;
        }
        QString previousHash = genesisHash();
        qint64 expected = 1;
        std::optional<Closing> lastDay;
        QMap<QString, ClosingFigures> monthSums; // of the day closings, by month
        QMap<QString, ClosingFigures> yearSums; // of the month closings, by year
        QMap<QString, Closing> lastDayOfMonth;
        QMap<QString, Closing> lastMonthOfYear;
        QSet<QString> closedPeriods; // the months and years closed so far
        while (q.next()) {
            ++check.ticketsChecked;
            const auto c = fromRow(q);
            QString why;
            if (!c)
                why = u"the row cannot be read (altered)"_s;
            else if (c->number != expected)
                why = u"closing %1 is missing"_s.arg(expected);
            else if (c->previousHash != previousHash)
                why = u"previous hash does not link"_s;
            else if (c->computeHash() != c->hash)
                why = u"content does not match its hash (altered)"_s;
            else if (q.value(18).toLongLong() != c->figures.total.cents())
                why = u"its total column differs from its signed figures (altered)"_s;
            else if (c->kind == Closing::Kind::Day) {
                auto figures = ticketFigures(registerId, training, c->afterTicket, c->lastTicket);
                // The drawer's counts and movements of the same mode since the previous day
                // closing.
                ClosingFigures drawer;
                const bool drawerRead = addDrawerFigures(
                    drawer, lastDay ? lastDay->closedAt : QDateTime(), c->closedAt, registerId, training)
                                            .ok();
                ClosingFigures tickets = c->figures;
                tickets.drawerCounts = 0;
                tickets.counted = tickets.expected = tickets.variance = tickets.cashIn = tickets.cashOut = {};
                const auto drawerPart = [](ClosingFigures f) {
                    return std::tuple {
                        f.drawerCounts, f.counted, f.expected, f.variance, f.cashIn, f.cashOut};
                };
                Closing carried = *c;
                const qint64 after = lastDay ? lastDay->lastTicket : 0;
                if (c->afterTicket != after)
                    why =
                        u"covers tickets after %1, the previous day closing ended at %2"_s.arg(c->afterTicket)
                            .arg(after);
                else if (!figures)
                    why = u"its tickets cannot be added up: "_s + figures.error().message;
                else if (*figures != tickets)
                    why = u"its figures are not those of tickets %1 to %2 (a ticket or the closing altered)"_s
                              .arg(c->afterTicket + 1)
                              .arg(c->lastTicket);
                else if (!drawerRead || drawerPart(drawer) != drawerPart(c->figures))
                    why = u"its cash drawer figures are not those of the counts and movements recorded"_s;
                else if (!carryTotals(carried, lastDay) || carried.perpetualNet != c->perpetualNet ||
                    carried.perpetualAbsolute != c->perpetualAbsolute ||
                    carried.periodGrandTotal != c->periodGrandTotal)
                    why = u"its perpetual or period totals do not follow the previous day closing"_s;
                else if (lastDay && c->period < lastDay->period)
                    why = u"its day is before the previous day closing's"_s;
                else if (closedPeriods.contains(c->period.left(7)))
                    why = u"its day is in a month already closed"_s;
                if (why.isEmpty()) {
                    lastDay = c;
                    if (!monthSums[c->period.left(7)].add(c->figures))
                        why = u"the month's totals overflow"_s;
                    lastDayOfMonth[c->period.left(7)] = *c;
                }
            } else if (c->kind == Closing::Kind::Month || c->kind == Closing::Kind::Year) {
                const bool month = c->kind == Closing::Kind::Month;
                const auto &sums = month ? monthSums : yearSums;
                const auto &lasts = month ? lastDayOfMonth : lastMonthOfYear;
                if (month && closedPeriods.contains(c->period.left(4)))
                    why = u"its month is in a year already closed"_s;
                else if (!sums.contains(c->period) || sums.value(c->period) != c->figures)
                    why = u"its figures are not the sum of its %1 closings"_s.arg(
                        month ? u"day"_s : u"month"_s);
                else if (lasts.value(c->period).perpetualNet != c->perpetualNet ||
                    lasts.value(c->period).perpetualAbsolute != c->perpetualAbsolute ||
                    lasts.value(c->period).periodGrandTotal != c->periodGrandTotal ||
                    lasts.value(c->period).lastTicket != c->lastTicket)
                    why = u"its totals are not those of its last %1 closing"_s.arg(
                        month ? u"day"_s : u"month"_s);
                if (why.isEmpty())
                    closedPeriods.insert(c->period);
                if (why.isEmpty() && month) {
                    if (!yearSums[c->period.left(4)].add(c->figures))
                        why = u"the year's totals overflow"_s;
                    lastMonthOfYear[c->period.left(4)] = *c;
                }
            } else {
                why = u"an X report is never recorded"_s;
            }
            if (!why.isEmpty()) {
                check.ok = false;
                check.registerId = registerId + (training ? u" (training)"_s : QString());
                check.firstBrokenNumber = expected;
                check.reason = why;
                return check;
            }
            if (why.isEmpty() && journalled.value(c->number) != c->hash)
                why = journalled.contains(c->number) ? u"its hash is not the one the event journal recorded"_s
                                                     : u"the event journal has no record of it"_s;
            if (!why.isEmpty()) {
                check.ok = false;
                check.registerId = registerId + (training ? u" (training)"_s : QString());
                check.firstBrokenNumber = expected;
                check.reason = why;
                return check;
            }
            journalled.remove(c->number);
            previousHash = c->hash;
            ++expected;
        }
        if (!journalled.isEmpty()) {
            check.ok = false;
            check.registerId = registerId + (training ? u" (training)"_s : QString());
            check.firstBrokenNumber = journalled.firstKey();
            check.reason = u"closing %1 is in the event journal but not in the closings (deleted)"_s.arg(
                journalled.firstKey());
            return check;
        }
    }
    return check;
}

} // namespace comptoir
