// SPDX-License-Identifier: GPL-3.0-or-later
// comptoirctl close, report x and closings: the register's closings from the command line,
// made and journalled as "comptoirctl" (an operator at the register's shell), printed as the
// screen and the receipt printer show them, or as JSON.
#include "ctlcommon.h"

#include "closing/closingbook.h"
#include "closing/closingtext.h"
#include "sales/eventjournal.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

namespace {

struct Output
{
    bool json = false;
    int columns = 42;
};

void print(const Closing &c, const StoreProfile &store, const Output &o)
{
    if (o.json)
        out() << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        out() << ClosingText::text(c, store, o.columns) << Qt::endl;
}

std::optional<Output> outputOptions(QCommandLineParser &p, const QStringList &args)
{
    p.addOption({u"json"_s, u"One JSON object per closing (the signed content and its hash)."_s});
    p.addOption({u"columns"_s, u"42 or 48 (the receipt printer's width)."_s, u"n"_s, u"42"_s});
    p.process(args);
    Output o;
    o.json = p.isSet(u"json"_s);
    o.columns = p.value(u"columns"_s).toInt();
    if (o.columns != 42 && o.columns != 48) {
        fail(u"--columns is 42 or 48"_s);
        return std::nullopt;
    }
    return o;
}

} // namespace

int cmdClose(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"day"_s, u"The day closing (Z): the days still open before today, then today."_s});
    p.addOption({u"month"_s, u"The month closing of a month over (with the days it needs first)."_s});
    p.addOption({u"year"_s, u"The year closing of a year over (with the days and months it needs)."_s});
    p.addOption({u"due"_s, u"Only what is due: days, months and years over and still open."_s});
    const auto o = outputOptions(p, args);
    if (!o)
        return 64;
    const int kinds =
        int(p.isSet(u"day"_s)) + int(p.isSet(u"month"_s)) + int(p.isSet(u"year"_s)) + int(p.isSet(u"due"_s));
    if (kinds != 1)
        return fail(u"say which closing: --day, --month, --year or --due"_s, 64);
    EventJournal jet(c.db->connection(), c.store.registerId);
    ClosingBook book(c.db->connection(), c.store, jet);
    book.setActor({u"comptoirctl"_s, u"comptoirctl"_s});
    book.setDayStartHour(ClosingBook::dayStartHourFrom(c.db->connection()));
    const auto made = p.isSet(u"day"_s) ? book.closeDay()
        : p.isSet(u"month"_s)           ? book.closeMonth()
        : p.isSet(u"year"_s)            ? book.closeYear()
                                        : book.closeDue();
    if (!made)
        return fail(made.error().message);
    if (made->isEmpty() && !o->json)
        out() << "nothing is due" << Qt::endl;
    for (const Closing &closing : *made)
        print(closing, c.store, *o);
    return 0;
}

int cmdReport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"x"_s, u"The X report: the figures since the last day closing."_s);
    const auto o = outputOptions(p, args);
    if (!o)
        return 64;
    if (p.positionalArguments() != QStringList {u"x"_s})
        return fail(u"usage: comptoirctl report x [--json] [--columns 42|48]"_s, 64);
    EventJournal jet(c.db->connection(), c.store.registerId);
    ClosingBook book(c.db->connection(), c.store, jet);
    book.setActor({u"comptoirctl"_s, u"comptoirctl"_s});
    book.setDayStartHour(ClosingBook::dayStartHourFrom(c.db->connection()));
    const auto x = book.xReport();
    if (!x)
        return fail(x.error().message);
    print(*x, c.store, *o);
    return 0;
}

int cmdClosings(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"show"_s, u"show NUMBER: one closing in full."_s);
    p.addOption({u"limit"_s, u"How many, the latest first (default 20)."_s, u"n"_s, u"20"_s});
    const auto o = outputOptions(p, args);
    if (!o)
        return 64;
    EventJournal jet(c.db->connection(), c.store.registerId);
    ClosingBook book(c.db->connection(), c.store, jet);
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == u"show"_s) {
        bool ok = false;
        const qint64 number = pos.value(1).toLongLong(&ok);
        const auto closing = ok ? book.closing(number) : std::nullopt;
        if (!closing)
            return fail(u"no closing \"%1\" at this register"_s.arg(pos.value(1)));
        print(*closing, c.store, *o);
        return 0;
    }
    if (!pos.isEmpty())
        return fail(u"usage: comptoirctl closings [show NUMBER] [--limit N] [--json]"_s, 64);
    for (const Closing &closing : book.list(p.value(u"limit"_s).toInt())) {
        if (o->json) {
            print(closing, c.store, *o);
            continue;
        }
        out() << QString::number(closing.number).rightJustified(5) << "  "
              << Closing::kindKey(closing.kind).leftJustified(6) << closing.period.leftJustified(11)
              << closing.closedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  tickets "
              << QString::number(closing.figures.tickets).rightJustified(6) << "  total "
              << closing.figures.total.toString().rightJustified(14) << "  " << closing.clerk.name
              << Qt::endl;
    }
    return 0;
}

} // namespace comptoir::ctl
