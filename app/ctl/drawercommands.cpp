// SPDX-License-Identifier: GPL-3.0-or-later
// comptoirctl drawer: the cash drawer of the register from the command line (the float, cash in
// and out, the blind count), journalled as "comptoirctl" like the screen's are by the clerk.
#include "ctlcommon.h"

#include "cash/cashdrawer.h"
#include "sales/eventjournal.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

namespace {

std::optional<Money> amountOf(const QString &text)
{
    const auto m = Money::parse(text);
    if (!m || m->isNegative())
        return std::nullopt;
    return m;
}

void printFigures(const CashDrawer::Figures &f)
{
    out() << "float          " << f.openingFloat.toString() << Qt::endl
          << "cash in        " << f.cashIn.toString() << Qt::endl
          << "cash out       " << f.cashOut.toString() << Qt::endl
          << "cash of sales  " << f.cashSales.toString() << " (" << f.tickets << " tickets)" << Qt::endl
          << "expected       " << f.expected.toString() << Qt::endl;
}

} // namespace

int cmdDrawer(Context &c, const QStringList &args)
{
    EventJournal jet(c.db->connection(), c.store.registerId);
    CashDrawer drawer(c.db->connection(), c.store.registerId, jet);
    drawer.setActor(u"comptoirctl"_s);
    drawer.setTraining(c.store.training); // a training register counts its training tickets
    const QString sub = args.value(1);
    if (sub == u"status"_s || sub.isEmpty()) {
        const auto figures = drawer.figures();
        if (!figures) {
            out() << figures.error().message << Qt::endl;
            if (const auto last = drawer.last())
                out() << "last count     " << last->counted.toString() << ", expected "
                      << last->expected.toString() << ", variance " << last->variance.toString() << Qt::endl;
            return 0;
        }
        printFigures(*figures);
        return 0;
    }
    if (sub == u"float"_s && args.size() >= 3) {
        const auto amount = amountOf(args[2]);
        if (!amount)
            return fail(u"\"%1\" is not an amount"_s.arg(args[2]));
        const auto session = drawer.openWithFloat(*amount);
        if (!session)
            return fail(session.error().message);
        out() << "drawer opened with " << amount->toString() << Qt::endl;
        return 0;
    }
    if ((sub == u"in"_s || sub == u"out"_s) && args.size() >= 4) {
        const auto amount = amountOf(args[2]);
        if (!amount)
            return fail(u"\"%1\" is not an amount"_s.arg(args[2]));
        const QString reason = args.mid(3).join(u' ');
        const Status s = sub == u"in"_s ? drawer.cashIn(*amount, reason) : drawer.cashOut(*amount, reason);
        if (!s)
            return fail(s.error().message);
        out() << "cash " << sub << " " << amount->toString() << ": " << reason << Qt::endl;
        return 0;
    }
    if (sub == u"count"_s && args.size() >= 3) {
        // The count as {"5000": 2, "200": 13} (cents: pieces), from the argument or a file.
        QByteArray json = args[2].toUtf8();
        if (!json.trimmed().startsWith('{')) {
            QFile f(args[2]);
            if (!f.open(QIODevice::ReadOnly))
                return fail(u"cannot read "_s + args[2]);
            json = f.read(64 * 1024);
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(u"the count is not a JSON object: "_s + pe.errorString());
        const auto count = CashCount::fromJson(doc.object());
        if (!count)
            return fail(count.error().message);
        const auto done = drawer.count(*count);
        if (!done)
            return fail(done.error().message);
        out() << "counted   " << done->counted.toString() << Qt::endl
              << "expected  " << done->expected.toString() << Qt::endl
              << "variance  " << done->variance.toString() << Qt::endl;
        return 0;
    }
    return fail(
        u"usage: comptoirctl drawer status|float AMOUNT|in AMOUNT REASON|out AMOUNT REASON|count JSON"_s, 64);
}

} // namespace comptoir::ctl
