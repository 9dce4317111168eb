// SPDX-License-Identifier: GPL-3.0-or-later
// Sales paid on a card terminal from the command line, through the same SaleSession,
// PaymentService and driver as the register's screen: for load tests, drills, crash tests and
// scripts. And `terminal recover`, which does what the register does when it starts.
#include "catalog/catalog.h"
#include "counter/cardcheckout.h"
#include "counter/salesession.h"
#include "ctlcommon.h"
#include "demo/demostore.h"
#include "salegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

namespace {

// Runs the event loop until `done()` holds or `timeoutMs` passes; false on timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(5);
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The register's sale session over the stored terminal setup.
struct Register
{
    std::optional<Payments> payments;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<SaleSession> session;
    bool recovered = false;
};

std::optional<Register> openRegister(Context &c)
{
    Register r;
    r.payments = openPayments(c);
    if (!r.payments)
        return std::nullopt;
    QSqlDatabase db = c.db->connection();
    r.catalog = std::make_unique<Catalog>(db);
    r.session = std::make_unique<SaleSession>(
        db, c.store, currentClerk(db), *r.catalog, ScanInterpreter::decoderFor(db));
    r.session->setPayments(r.payments->service.get());
    QObject::connect(r.session.get(), &SaleSession::notice, r.session.get(),
        [](const QString &text, SaleSession::Level level) {
            if (level == SaleSession::Level::Warning || level == SaleSession::Level::Failure)
                err() << "register: " << text << Qt::endl;
        });
    return r;
}

// What the register does when it starts: the sale it was in, then the card payments left
// open: asked to the terminals, adopted by the sale, tied to their ticket or given back.
bool recoverAtStart(Register &r, int timeoutMs)
{
    CardCheckout *cards = r.session->cards();
    QObject::connect(cards, &CardCheckout::recovered, cards, [&r] { r.recovered = true; });
    r.session->restore();
    return runUntil([&] { return r.recovered && cards->idle(); }, timeoutMs);
}

// Approvals no ticket and no sale in progress holds, nobody asked to refund: the register
// could not settle them (a reversal the terminal never took). Listed; true when there are none.
bool nothingLeftLoose(Register &r)
{
    int loose = 0;
    for (const PaymentAttempt &a : r.payments->journal->approvedWithoutTicket()) {
        if (r.session->hasTender(a.reference))
            continue; // the restored sale, still being paid, holds it
        out() << "NOT SETTLED: " << attemptLine(a) << Qt::endl;
        ++loose;
    }
    if (loose > 0)
        err() << loose << " approved card payment(s) neither in a sale nor given back: "
              << "comptoirctl terminal recover tries again" << Qt::endl;
    return loose == 0;
}

void printCommitted(const Ticket &t)
{
    // Printed only once the commit returned: a line here is a durable ticket.
    std::fprintf(stdout, "committed %lld %s\n", t.number, qPrintable(t.uuid));
    std::fflush(stdout);
}

} // namespace

int sellByCard(Context &c, const SellOptions &o)
{
    auto reg = openRegister(c);
    if (!reg)
        return 1;
    const int index = reg->payments->indexOf(o.cardTerminal);
    if (index < 0)
        return fail(u"no terminal \"%1\" in the setup (comptoirctl payment-setup)"_s.arg(o.cardTerminal), 64);
    SaleSession &session = *reg->session;
    CardCheckout &cards = *session.cards();
    qint64 recorded = 0;
    Money sum;
    QObject::connect(&session, &SaleSession::saleRecorded, &session, [&](const Ticket &t) {
        ++recorded;
        sum += t.total;
        if (o.print)
            printCommitted(t);
    });
    if (!recoverAtStart(*reg, o.timeoutMs))
        return fail(u"the terminals did not answer in time while recovering"_s, 2);
    cards.select(index);
    const auto askClerk = [&] {
        const auto q = cards.question();
        return fail(u"card payment %1 (%2, reference %3): nobody can tell whether the customer was charged; "
                    "check the terminal's receipt and answer with comptoirctl payments --decide %1 "
                    "--charged|--not-charged"_s.arg(
                        QString::number(q->id), q->amount.toString(QLocale::c()), q->reference),
            3);
    };
    if (cards.question())
        return askClerk();

    // Pays what the sale still owes by card (all of it, or half when `split`), then the rest in
    // cash when the card did not cover it. Returns once the sale is recorded.
    const auto settle = [&](bool split) -> int {
        while (session.stage() == SaleSession::Stage::Paying || !session.basket().isEmpty()) {
            if (session.stage() == SaleSession::Stage::Receipt)
                break;
            if (session.stage() == SaleSession::Stage::Selling && !session.startPayment())
                return fail(u"cannot start the payment"_s);
            const Money remaining = session.checkout().remaining();
            if (remaining.isZero()) {
                if (auto s = session.completeSale(); !s)
                    return fail(s.error().message);
                break;
            }
            const Money owed = remaining.isNegative() ? -remaining : remaining;
            const Money part = split && owed.cents() > 1 ? Money::fromCents(owed.cents() / 2) : owed;
            split = false;
            bool ended = false;
            PaymentAttempt last;
            const auto conn =
                QObject::connect(&cards, &CardCheckout::attemptEnded, &cards, [&](const PaymentAttempt &a) {
                    if (a.operation != TerminalOperation::Reversal) {
                        ended = true;
                        last = a;
                    }
                });
            const auto paid = cards.payAmount(part);
            if (paid && !runUntil([&] { return ended && cards.idle(); }, o.timeoutMs)) {
                QObject::disconnect(conn);
                return fail(u"the terminal did not answer in time"_s, 2);
            }
            QObject::disconnect(conn);
            if (cards.question())
                return askClerk();
            if (paid && last.state == PaymentAttempt::Approved)
                continue; // the tender is the sale's (and may have completed it)
            // Refused, cancelled or never reached the terminal: the customer pays in cash.
            err() << "card: " << (paid ? CardCheckout::outcomeText(last) : paid.error().message)
                  << " Paid in cash." << Qt::endl;
            if (auto s = session.payRemaining(Tender::Cash); !s)
                return fail(s.error().message);
        }
        return 0;
    };

    // A sale restored mid-payment is finished first, as the clerk would.
    if (int rc = settle(false); rc != 0)
        return rc;
    Catalog &catalog = *reg->catalog;
    SaleGenerator generator(nullptr, catalog, o.seed);
    QElapsedTimer total;
    total.start();
    for (qint64 i = 0; i < o.count; ++i) {
        if (session.stage() == SaleSession::Stage::Receipt)
            session.newSale();
        Basket basket;
        if (!o.customer.isEmpty())
            basket.setCustomer(o.customer);
        if (auto s = generator.fill(basket, o.maxLines); !s)
            return fail(s.error().message);
        if (auto s = session.loadBasket(basket); !s)
            return fail(s.error().message);
        if (int rc = settle(generator.roll(3) == 0); rc != 0)
            return rc;
    }
    if (!runUntil([&] { return cards.idle(); }, o.timeoutMs))
        return fail(u"the terminal did not answer in time"_s, 2);
    out() << recorded << " sale(s) recorded in " << total.elapsed() << " ms, " << sum.toString(QLocale::c())
          << "; paid on " << o.cardTerminal << Qt::endl;
    return nothingLeftLoose(*reg) ? 0 : 5;
}

int recoverLikeTheRegister(Context &c, int timeoutMs)
{
    auto reg = openRegister(c);
    if (!reg)
        return 1;
    PaymentJournal &journal = *reg->payments->journal;
    const QList<PaymentAttempt> open = journal.openAttempts();
    const QList<PaymentAttempt> loose = journal.approvedWithoutTicket();
    QObject::connect(reg->session.get(), &SaleSession::saleRecorded, reg->session.get(), printCommitted);
    if (!recoverAtStart(*reg, timeoutMs))
        return fail(u"the terminals did not answer in time"_s, 2);
    int unknown = 0;
    QSet<qint64> seen;
    for (const QList<PaymentAttempt> &list : {open, loose}) {
        for (const PaymentAttempt &a : list) {
            if (seen.contains(a.id))
                continue;
            seen.insert(a.id);
            if (auto now = journal.find(a.id)) {
                out() << attemptLine(*now) << Qt::endl;
                unknown += now->state == PaymentAttempt::Unknown ? 1 : 0;
            }
        }
    }
    out() << seen.size() - unknown << " resolved, " << unknown
          << " still unknown (answer with comptoirctl payments --decide ID --charged|--not-charged)"
          << Qt::endl;
    if (unknown > 0)
        return 3;
    return nothingLeftLoose(*reg) ? 0 : 5;
}

} // namespace comptoir::ctl
