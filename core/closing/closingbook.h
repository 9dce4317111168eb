// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "closing/closing.h"
#include "common/clock.h"
#include "common/result.h"
#include "sales/salejournal.h"
#include "sales/storeprofile.h"
#include "staff/permission.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class ClerkSession;
class EventJournal;

// The closings of this register (French fiscal rules, ../shared/specs/fiscal-france.md §5):
// the X report at any time, never recorded; the day closing ("Z"), forced before the first
// sale of a business day while an earlier day is open; the month closing, made with the first
// closing after the month is over, adding up its day closings; the year closing likewise over
// the months. Each closing is a record of the register's closing chain (table closings,
// schema 24, append-only), journalled as an event with its NF525 code. A register in training
// mode closes its training tickets in a chain of their own: they never reach the real totals.
//
// A business day starts at the hour set in `closing.day_start_hour` (0 to 23, local time;
// default 4: a sale at 1 a.m. belongs to the evening before). The fiscal year is the calendar
// year.
class ClosingBook
{
public:
    static constexpr int DefaultDayStartHour = 4;

    ClosingBook(QSqlDatabase db, StoreProfile store, EventJournal &journal,
        const Clock &clock = Clock::system(), QTimeZone zone = QTimeZone::systemTimeZone());

    // Checks permissions and names the clerk (null: everything allowed, by `actor`, as for
    // comptoirctl).
    void setClerks(ClerkSession *clerks) { m_clerks = clerks; }
    void setActor(const Clerk &actor) { m_actor = actor; }
    void setDayStartHour(int hour); // out of 0..23: the default
    int dayStartHour() const { return m_dayStartHour; }
    // The hour from the settings table (`closing.day_start_hour`); the default when unset or wrong.
    static int dayStartHourFrom(QSqlDatabase db);

    QDate businessDay(const QDateTime &at) const;
    QDate today() const { return businessDay(m_clock.now()); }
    // The first instant of business day `day` (to the minute), in UTC.
    QDateTime dayStart(QDate day) const;

    // The business day that must be closed before anything is sold: the day of the oldest
    // ticket not yet closed, when it is before today. Cheap (one indexed row).
    Result<std::optional<QDate>> dayToClose() const;
    // Refuses (closing.day_open) while dayToClose() names a day, with that day in the message.
    Status readyToSell() const;

    // The figures of the tickets not yet in a day closing, and of the drawer since the last
    // one, as a closing of kind X (number 0, not recorded). XReport permission.
    Result<Closing> xReport();
    // Closes every day before today still open (each with its own Z, oldest first), the months
    // and years that ended, then today's tickets: the closings made, in order. A day without
    // any ticket or drawer count is not closed. DayClosing permission (the month and year
    // closings it brings along are due, whoever closes the day).
    Result<QList<Closing>> closeDay();
    // Closes the days, months and years that are over and not yet closed: what the register
    // does at start and before the first sale of a day. DayClosing permission when there is
    // something to close; an empty list otherwise.
    Result<QList<Closing>> closeDue();
    // The closings a month or year closing asked for would bring: closes what is over (as
    // closeDue()) and refuses, naming the period, when no month (year) is over and open.
    // PeriodClosing permission.
    Result<QList<Closing>> closeMonth();
    Result<QList<Closing>> closeYear();

    std::optional<Closing> closing(qint64 number) const; // of this register's chain
    std::optional<Closing> last(std::optional<Closing::Kind> kind = std::nullopt) const;
    QList<Closing> list(int limit = 50) const; // the latest first

    // Walks every closing chain of the file: numbers without gaps, hashes recomputed, links,
    // day closings contiguous and their figures recomputed from the tickets they cover, months
    // and years equal to the sum of their parts, perpetual totals added up.
    JournalCheck verify() const;

    const StoreProfile &store() const { return m_store; }

private:
    Result<Clerk> actor(Permission permission) const;
    Result<ClosingFigures> ticketFigures(
        const QString &registerId, bool training, qint64 after, qint64 last) const;
    Status addDrawerFigures(ClosingFigures &f, const QDateTime &after, const QDateTime &until,
        const QString &registerId, bool training) const;
    // The last closing of this chain (of `kind`), an error for one that cannot be read.
    Result<std::optional<Closing>> lastRecord(std::optional<Closing::Kind> kind = std::nullopt) const;
    // Inside the caller's transaction.
    Result<std::optional<Closing>> closeOneDay(const Clerk &by, bool evenToday);
    Result<QList<Closing>> closePeriods(const Clerk &by, QDate before);
    Result<Closing> closePeriod(const Clerk &by, Closing::Kind kind, const QString &period);
    Result<QList<Closing>> closePeriodAsked(Closing::Kind kind);
    Result<QList<Closing>> closePast(const Clerk &by, QDate today);
    Result<Closing> append(Closing c);
    Result<QList<Closing>> inTransaction(
        Permission permission, const std::function<Result<QList<Closing>>(const Clerk &)> &work);

    QSqlDatabase m_db;
    StoreProfile m_store;
    EventJournal &m_journal;
    const Clock &m_clock;
    QTimeZone m_zone;
    int m_dayStartHour = DefaultDayStartHour;
    ClerkSession *m_clerks = nullptr;
    Clerk m_actor {QStringLiteral("system"), QStringLiteral("system")};
};

} // namespace comptoir
