// SPDX-License-Identifier: GPL-3.0-or-later
// A sale from the first scan to the journaled ticket, without a screen: the loyalty card or
// product decision, card payments through the real PaymentService against a terminal the
// test drives, the ticket and its card payments in one transaction, and what becomes of
// approvals left over after a crash.
#include "catalog/catalog.h"
#include "catalog/democatalog.h"
#include "common/clock.h"
#include "counter/cardcheckout.h"
#include "counter/salesession.h"
#include "crm/democustomers.h"
#include "faketerminal.h"
#include "payment/paymentservice.h"
#include "sales/eventjournal.h"
#include "sales/ticketreturns.h"
#include "scale/scale.h"
#include "staff/clerkdirectory.h"
#include "staff/clerksession.h"
#include "storage/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using comptoir::test::FakeTerminal;

namespace {

const QString kBaguette = u"3760123450010"_s; // 1,30
const QString kChampagne = u"3760123450065"_s; // 29,90
const QString kElodieCard = u"2900000000018"_s;

// One register as PosContext or `comptoirctl sell` builds it: database, payment journal and
// service with one terminal, and the sale session on top.
struct Register
{
    Register(const QString &path, bool approveByItself = true)
    {
        db = std::make_unique<Database>(path);
        if (!db->open())
            qFatal("cannot open the register database");
        store.registerId = u"01"_s;
        store.storeId = u"S1"_s;
        catalog = std::make_unique<Catalog>(db->connection());
        journal = std::make_unique<PaymentJournal>(db->connection(), store.registerId, 1);
        service = std::make_unique<PaymentService>(*journal, OfflinePolicyEngine(OfflineCardPolicy {}), 1);
        terminal = new FakeTerminal;
        if (approveByItself)
            terminal->answer = [t = terminal](const TerminalRequest &q) {
                return FakeTerminal::approveAll(q, *t);
            };
        service->addTerminal(u"tpe-1"_s, u"Comptoir"_s, terminal);
        service->setHealthInterval(0);
        session = std::make_unique<SaleSession>(
            db->connection(), store, Clerk {u"c1"_s, u"Camille"_s}, *catalog, BarcodeDecoder());
        session->setPayments(service.get());
    }
    ~Register()
    {
        session.reset();
        service.reset();
    }
    CardCheckout &cards() { return *session->cards(); }
    int tickets() const
    {
        QSqlQuery q(db->connection());
        q.exec(u"SELECT count(*) FROM tickets"_s);
        q.next();
        return q.value(0).toInt();
    }
    qint64 events(const char *code) const
    {
        return EventJournal(db->connection(), store.registerId).count(code);
    }
    // What the register asked the terminal, in order ("payment", "reversal", ...).
    QStringList operations() const
    {
        QStringList out;
        for (const TerminalRequest &r : terminal->requests)
            out << toString(r.operation);
        return out;
    }

    std::unique_ptr<Database> db;
    StoreProfile store;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<PaymentJournal> journal;
    std::unique_ptr<PaymentService> service;
    FakeTerminal *terminal = nullptr; // owned by the service
    std::unique_ptr<SaleSession> session;
};

// A terminal that declines everything (the card refused).
TerminalResult declineAll(const TerminalRequest &q)
{
    TerminalResult x;
    x.operation = q.operation;
    x.reference = q.reference;
    x.outcome = TerminalOutcome::Declined;
    x.reason = u"refused"_s;
    return x;
}

// A scale the test answers for: what the register asked, and the answers the test gives.
class ScriptedScale : public Scale
{
public:
    void weigh(qint64 unitPriceCents, std::optional<int> tareGrams, const QString &label) override
    {
        asked.append({unitPriceCents, label});
        tares.append(tareGrams);
        m_busy = true;
    }
    void cancel() override
    {
        if (m_busy)
            ++cancels;
        m_busy = false;
    }
    bool busy() const override { return m_busy; }
    QString description() const override { return u"scripted"_s; }
    void answer(qint64 grams, qint64 unitPrice)
    {
        m_busy = false;
        Q_EMIT weighed(Weighing {grams, unitPrice, (grams * unitPrice + 500) / 1000});
    }
    void refuse(const QString &code)
    {
        m_busy = false;
        Q_EMIT failed(Error {code, u"refused: "_s + code});
    }
    QList<QPair<qint64, QString>> asked;
    QList<std::optional<int>> tares;
    int cancels = 0;

private:
    bool m_busy = false;
};

} // namespace

class TestSaleSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Register> open(bool approveByItself = true)
    {
        return std::make_unique<Register>(m_path, approveByItself);
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"r%1.db"_s.arg(QRandomGenerator::global()->generate()));
        Database db(m_path);
        QVERIFY(db.open());
        QVERIFY(DemoCatalog::generate(db.connection(), DemoCatalog::showcase().size()));
        QVERIFY(crm::DemoCustomers::writeShowcase(db.connection(), u"S1"_s));
    }

    void aLoyaltyCardIsNeverAnArticle_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("customer");
        QTest::newRow("known card") << kElodieCard << int(ScanMeaning::Kind::Customer) << 0 << true;
        QTest::newRow("card typed with spaces")
            << u" 2900000000018 "_s << int(ScanMeaning::Kind::Customer) << 0 << true;
        // Prefix 29 with a valid check digit: the chain's card, not on this register.
        QTest::newRow("unknown chain card")
            << u"2900000009998"_s << int(ScanMeaning::Kind::UnknownCard) << 0 << false;
        QTest::newRow("product") << kBaguette << int(ScanMeaning::Kind::Product) << 1 << false;
        QTest::newRow("misread") << u"3760123450011"_s << int(ScanMeaning::Kind::Refused) << 0 << false;
        QTest::newRow("not in the catalog")
            << u"4006381333931"_s << int(ScanMeaning::Kind::Refused) << 0 << false;
    }
    void aLoyaltyCardIsNeverAnArticle()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(int, lines);
        QFETCH(bool, customer);
        auto r = open();
        const ScanMeaning meaning = r->session->interpreter().interpret(code, QDate(2026, 12, 6));
        QCOMPARE(int(meaning.kind), kind);
        QCOMPARE(meaning.message.isEmpty(),
            kind == int(ScanMeaning::Kind::Product) || kind == int(ScanMeaning::Kind::Customer));
        QSignalSpy notices(r->session.get(), &SaleSession::notice);
        const bool ok = bool(r->session->scan(code));
        QCOMPARE(ok, kind == int(ScanMeaning::Kind::Product) || kind == int(ScanMeaning::Kind::Customer));
        QCOMPARE(r->session->basket().lines().size(), lines);
        QCOMPARE(r->session->customer().has_value(), customer);
        if (!ok)
            QCOMPARE(notices.last().at(1).value<SaleSession::Level>(), SaleSession::Level::Failure);
    }

    void aCardSaleRecordsItsPaymentInTheTicketsTransaction()
    {
        // GIVEN a champagne scanned
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        // WHEN the clerk takes the card payment and the terminal approves
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        // THEN the ticket counts the card tender and the attempt is tied to that ticket
        const Ticket t = recorded.first().first().value<Ticket>();
        QCOMPARE(t.tenders.size(), 1);
        QCOMPARE(t.tenders.first().kind, Tender::Card);
        QCOMPARE(t.total.cents(), 2990);
        const auto a = r->journal->findByReference(t.tenders.first().reference);
        QVERIFY(a);
        QCOMPARE(a->state, PaymentAttempt::Approved);
        QCOMPARE(a->ticketUuid, t.uuid);
        QCOMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        QVERIFY(r->journal->approvedWithoutTicket().isEmpty());
        QVERIFY(r->cards().resultApproved());
    }

    void aCardTicketOfTodayIsCancelledAsTheTerminalRefundsIt()
    {
        // GIVEN a champagne paid by card today, on the receipt screen
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        const Ticket sold = *r->session->lastTicket();
        const QString payment = sold.tenders.first().reference;
        const qint64 voids = r->events(EventJournal::Void);
        QVERIFY(r->session->lastTicketCancellable());
        QVERIFY(r->session->lastTicketCancelHint().isEmpty());
        // WHEN the clerk cancels it: no reason, nothing happens
        QCOMPARE(r->session->voidLastTicket(u"  "_s).error().code, u"journal.void_reason"_s);
        QCOMPARE(r->terminal->requests.size(), 1);
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        // THEN the terminal refunds that payment, and the cancellation is recorded with the refund
        QTRY_COMPARE(recorded.size(), 2);
        const TerminalRequest refund = r->terminal->requests.last();
        QCOMPARE(toString(refund.operation), toString(TerminalOperation::Refund));
        QCOMPARE(refund.amount.cents(), 2990);
        QCOMPARE(refund.originalReference, payment);
        const Ticket cancellation = recorded.last().first().value<Ticket>();
        QCOMPARE(cancellation.kind, u"void"_s);
        QCOMPARE(cancellation.reversesUuid, sold.uuid);
        QCOMPARE(cancellation.note, u"mistake"_s);
        QCOMPARE(cancellation.total.cents(), -2990);
        QCOMPARE(cancellation.lines.size(), 1);
        QCOMPARE(cancellation.lines.first().quantityMilli, -1000);
        QCOMPARE(cancellation.tenders.size(), 1);
        QCOMPARE(cancellation.tenders.first().kind, Tender::Card);
        QCOMPARE(cancellation.tenders.first().amount.cents(), -2990);
        QCOMPARE(cancellation.tenders.first().reference, refund.reference); // not the payment's
        QCOMPARE(r->journal->findByReference(refund.reference)->ticketUuid, cancellation.uuid);
        QCOMPARE(r->journal->refundedAgainst(payment).cents(), 2990);
        QCOMPARE(r->events(EventJournal::Void), voids + 1);
        // The end of day counts the refund in the tickets as the terminal does (no false gap).
        BatchReconciliation batch;
        batch.terminalId = u"tpe-1"_s;
        r->journal->fillJournalTotals(batch.terminalId, batch);
        r->journal->fillTicketTotals(batch.terminalId, batch);
        QCOMPARE(batch.journalCredits.cents(), 2990);
        QCOMPARE(batch.ticketCredits.cents(), 2990);
        QCOMPARE(batch.ticketDebits.cents(), batch.journalDebits.cents());
        QVERIFY(batch.issues.isEmpty());
        QCOMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        QVERIFY(r->session->basket().isEmpty());
        // AND it cannot be cancelled twice, nor returned
        QVERIFY(r->session->showTicket(sold.uuid));
        QVERIFY(r->session->lastTicketVoided());
        QVERIFY(!r->session->lastTicketCancellable());
        QVERIFY(!r->session->voidLastTicket(u"again"_s));
        QCOMPARE(r->terminal->requests.size(), 2);
        QVERIFY(!r->session->lastTicketReturnable());
    }

    void aTicketPaidByCardAndCashIsCancelledByBoth()
    {
        // GIVEN a champagne (29,90) paid 10,00 by card and the rest in cash
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay(u"10"_s));
        QTRY_COMPARE(r->session->checkout().remaining().cents(), 1990);
        QVERIFY(r->session->payRemaining(Tender::Cash));
        QTRY_COMPARE(recorded.size(), 1);
        // WHEN it is cancelled: the card gets its 10,00 back through the terminal
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QTRY_COMPARE(r->session->checkout().remaining().cents(), -1990);
        QCOMPARE(r->terminal->requests.last().amount.cents(), 1000);
        QCOMPARE(r->session->stage(), SaleSession::Stage::Paying);
        // AND the rest in cash
        QVERIFY(r->session->payRemaining(Tender::Cash));
        QTRY_COMPARE(recorded.size(), 2);
        const Ticket cancellation = recorded.last().first().value<Ticket>();
        QCOMPARE(cancellation.kind, u"void"_s);
        QCOMPARE(cancellation.total.cents(), -2990);
        QCOMPARE(cancellation.tenders.size(), 2);
        QCOMPARE(cancellation.tenders.at(0).amount.cents(), -1000);
        QCOMPARE(cancellation.tenders.at(1).kind, Tender::Cash);
        QCOMPARE(cancellation.tenders.at(1).amount.cents(), -1990);
    }

    // What a cashier's role does not allow waits for a manager's approval, in the session
    // itself (not only on the screen): giving back a card payment, a price set to 0.00, a
    // return without ticket and then more of it.
    void aCashiersSessionAsksForApprovals()
    {
        auto r = open();
        EventJournal jet(r->db->connection(), r->store.registerId);
        ClerkDirectory clerks(r->db->connection());
        ClerkSession staff(clerks, jet);
        QVERIFY(clerks.create(u"Camille"_s, u"cashier"_s, u"1234"_s, u"c01"_s));
        QVERIFY(clerks.create(u"Sam"_s, u"manager"_s, u"9999"_s, u"c02"_s));
        r->session->setClerks(&staff);
        QCOMPARE(r->session->scan(kChampagne).error().code, u"staff.not_signed_in"_s);
        QCOMPARE(r->session->startPayment().error().code, u"staff.not_signed_in"_s);
        QVERIFY(staff.signIn(u"c01"_s, u"1234"_s));
        QCOMPARE(r->session->clerk().name, u"Camille"_s);

        // A card payment of part of the sale, then the payment cancelled: the card would be
        // refunded on the terminal. Not without Sam.
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->startPayment());
        QVERIFY(r->cards().pay(u"10,00"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(r->session->cancelPayment().error().code, u"staff.approval_needed"_s);
        QCOMPARE(r->session->checkout().tenders().size(), 1);
        QCOMPARE(r->session->cancelSale().error().code, u"staff.approval_needed"_s);
        QVERIFY(staff.approve(Permission::CancelCardPayment, u"c02"_s, u"9999"_s));
        QVERIFY(r->session->cancelPayment());
        QVERIFY(r->session->checkout().tenders().isEmpty());
        QTRY_VERIFY(r->operations().contains(u"reversal"_s) || r->operations().contains(u"refund"_s));

        // A price to 0.00 takes the zero-price permission on top of the price change.
        const QString line = r->session->basket().lines().first().id;
        QCOMPARE(r->session->setUnitPrice(line, u"0"_s).error().code, u"staff.approval_needed"_s);
        QVERIFY(staff.approve(Permission::PriceOverride, u"c02"_s, u"9999"_s));
        QCOMPARE(r->session->setUnitPrice(line, u"0"_s).error().code, u"staff.approval_needed"_s);
        QCOMPARE(staff.awaitedApproval(), Permission::ZeroPrice);
        QCOMPARE(r->session->basket().lines().first().unitPrice.cents(), 2990);

        // A return without ticket approved for one bottle is not one for five.
        QVERIFY(r->session->cancelSale());
        QVERIFY(r->session->scan(kChampagne));
        const QString back = r->session->basket().lines().first().id;
        QCOMPARE(r->session->markReturn(back, u"Broken"_s).error().code, u"staff.approval_needed"_s);
        QVERIFY(staff.approve(Permission::ReturnWithoutTicket, u"c02"_s, u"9999"_s));
        QVERIFY(r->session->markReturn(back, u"Broken"_s));
        QCOMPARE(r->session->setQuantity(back, u"5"_s).error().code, u"staff.approval_needed"_s);
        QCOMPARE(r->session->changeQuantity(back, 1).error().code, u"staff.approval_needed"_s);
        QCOMPARE(r->session->basket().lines().first().quantityMilli, -1000);
        QVERIFY(r->session->setQuantity(back, u"1"_s)); // not more: nothing to approve
        QCOMPARE(r->events(EventJournal::Override), 3);
    }

    void aCancellationBasketChangedIsAReturn()
    {
        // GIVEN a champagne and a baguette paid by card, being cancelled, the refund declined
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->scan(kBaguette));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        const Ticket sold = *r->session->lastTicket();
        const auto approve = r->terminal->answer;
        r->terminal->answer = declineAll;
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(r->session->stage(), SaleSession::Stage::Paying);
        QCOMPARE(r->session->basket().cancels(), sold.uuid);
        // WHEN the clerk goes back and keeps the baguette out of it
        QVERIFY(r->session->cancelPayment());
        QVERIFY(r->session->removeLine(r->session->basket().lines().last().id));
        r->terminal->answer = approve;
        QVERIFY(r->session->startPayment());
        QVERIFY(r->cards().refundToCardOf(QString::number(sold.number)));
        QTRY_COMPARE(recorded.size(), 2);
        // THEN it is recorded as the return it now is, and the ticket is not cancelled
        const Ticket recordedTicket = recorded.last().first().value<Ticket>();
        QCOMPARE(recordedTicket.kind, u"sale"_s);
        QVERIFY(recordedTicket.reversesUuid.isEmpty());
        QCOMPARE(recordedTicket.total.cents(), -2990);
        QCOMPARE(recordedTicket.lines.first().returnsOf, TicketReturns::lineKey(sold.uuid, 1));
        QVERIFY(r->session->showTicket(sold.uuid));
        QVERIFY(!r->session->lastTicketVoided());
    }

    void aCancellationWaitingInAParkedBasketNeverRefundsTwice()
    {
        // GIVEN a card ticket being cancelled, the refund declined, the basket parked
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        const Ticket sold = *r->session->lastTicket();
        const auto approve = r->terminal->answer;
        r->terminal->answer = declineAll;
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QTRY_VERIFY(r->cards().idle());
        QVERIFY(r->session->cancelPayment());
        QVERIFY(r->session->park(u"later"_s));
        // WHEN the ticket is cancelled meanwhile (the card refunded once)
        r->terminal->answer = approve;
        QVERIFY(r->session->showTicket(sold.uuid));
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QTRY_COMPARE(recorded.size(), 2);
        QCOMPARE(r->journal->refundedAgainst(sold.tenders.first().reference).cents(), 2990);
        // THEN the parked basket cannot be paid back again, in cash or otherwise
        r->session->newSale();
        QVERIFY(r->session->resume(r->session->parked().first().id));
        QVERIFY(r->session->startPayment());
        QCOMPARE(r->session->payRemaining(Tender::Cash).error().code, u"sale.returned_meanwhile"_s);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(r->tickets(), 2);
    }

    void cashWaitsForTheCardRefundOfACancellation()
    {
        // GIVEN a card ticket being cancelled, the terminal still working on the refund
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        const auto approve = r->terminal->answer;
        r->terminal->answer = {}; // the test answers
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QVERIFY(r->cards().waiting());
        // THEN the clerk cannot give the same money back in cash meanwhile
        QCOMPARE(r->session->payRemaining(Tender::Cash).error().code, u"sale.card_at_terminal"_s);
        QCOMPARE(r->session->addTender(Tender::Cash, Money::fromCents(-2990)).error().code,
            u"sale.card_at_terminal"_s);
        // AND once the terminal approves, the cancellation is recorded with the card refund alone
        r->terminal->finish(approve(r->terminal->requests.last()));
        QTRY_COMPARE(recorded.size(), 2);
        const Ticket cancellation = recorded.last().first().value<Ticket>();
        QCOMPARE(cancellation.kind, u"void"_s);
        QCOMPARE(cancellation.tenders.size(), 1);
        QCOMPARE(cancellation.tenders.first().kind, Tender::Card);
    }

    void aCardPaymentTypedByHandIsNotCancelledThroughTheTerminal()
    {
        // GIVEN a sale whose card payment was typed in (a terminal of its own, not connected)
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->startPayment());
        QVERIFY(r->session->addTender(Tender::Card, Money::fromCents(2990)));
        QCOMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        // THEN it is not cancelled: no terminal of this register can give that money back
        QVERIFY(!r->session->lastTicketCancellable());
        QCOMPARE(r->session->voidLastTicket(u"mistake"_s).error().code, u"sale.void_card"_s);
        QVERIFY(r->terminal->requests.isEmpty());
    }

    void aCardRefundIsNotCancelledByTheTerminal()
    {
        // GIVEN a champagne paid by card, returned the same day and refunded to that card
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(recorded.size(), 1);
        const Ticket sold = *r->session->lastTicket();
        QVERIFY(r->session->returnFromTicket(1, qint64(1000), u"Défectueux"_s));
        QVERIFY(r->session->startPayment());
        QVERIFY(r->cards().refundToCardOf(QString::number(sold.number)));
        QTRY_COMPARE(recorded.size(), 2);
        // THEN the refund's ticket is not cancelled (that would charge the card again)
        QVERIFY(!r->session->lastTicketCancellable());
        QVERIFY(r->session->lastTicketCancelHint().contains(u"card"_s));
        const int requests = r->terminal->requests.size();
        QCOMPARE(r->session->voidLastTicket(u"mistake"_s).error().code, u"sale.void_card"_s);
        QCOMPARE(r->terminal->requests.size(), requests);
        QCOMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        // AND a cash ticket of today still is, by a reversing ticket
        r->session->newSale();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->startPayment());
        QVERIFY(r->session->payRemaining(Tender::Cash));
        QTRY_COMPARE(recorded.size(), 3);
        QVERIFY(r->session->lastTicketCancellable());
        QVERIFY(r->session->voidLastTicket(u"mistake"_s));
        QCOMPARE(r->session->lastTicket()->kind, u"void"_s);
        QVERIFY(r->session->lastTicketCancelHint().isEmpty()); // the reversing ticket: nothing to say
    }

    void aRefusedLinkRecordsNoTicket()
    {
        // GIVEN a sale half paid by card (approved), the rest to come in cash
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay(u"10"_s));
        QTRY_VERIFY(r->session->hasTender(r->terminal->requests.first().reference));
        const QString reference = r->terminal->requests.first().reference;
        // WHEN the disk refuses the link between the payment and the ticket
        QSqlQuery trap(r->db->connection());
        QVERIFY(trap.exec(u"CREATE TEMP TRIGGER refuse_link BEFORE UPDATE OF ticket_uuid ON payment_attempts "
                          "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"_s));
        QSignalSpy notices(r->session.get(), &SaleSession::notice);
        QVERIFY(!r->session->addTender(Tender::Cash, Money::fromCents(2000)));
        // THEN nothing is recorded: no ticket without its link; the sale and its tenders stay
        QCOMPARE(r->tickets(), 0);
        QCOMPARE(r->session->stage(), SaleSession::Stage::Paying);
        QVERIFY(r->session->hasTender(reference));
        QVERIFY(!notices.isEmpty());
        // AND once the disk works again the same sale is recorded with its link
        QVERIFY(trap.exec(u"DROP TRIGGER refuse_link"_s));
        QVERIFY(r->session->completeSale());
        QCOMPARE(r->tickets(), 1);
        QCOMPARE(r->journal->findByReference(reference)->ticketUuid, r->session->lastTicket()->uuid);
        QCOMPARE(r->operations(), QStringList {u"payment"_s});
    }

    void aPaymentGivenBackCannotPayForATicket()
    {
        // GIVEN a card payment approved and then given back on the terminal
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay(u"10"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        const QString reference = r->terminal->requests.first().reference;
        QVERIFY(r->session->cancelPayment()); // dropped: reversed on the terminal
        QTRY_COMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Released);
        QCOMPARE(r->terminal->reversed, QStringList {reference});
        // WHEN a saved state still names it (a restored basket from before the reversal)
        QVERIFY(r->session->startPayment());
        QVERIFY(!r->cards().attachInTransaction({reference}, u"t-1"_s));
        // THEN the journal refuses: a reversed payment pays for nothing
        QCOMPARE(r->journal->findByReference(reference)->ticketUuid, QString());
    }

    void anApprovalCountedByARecordedTicketIsNeverGivenBack()
    {
        // GIVEN a ticket recorded with a card tender whose link was never written (the register
        // of an earlier version died between the two writes)
        QString reference;
        QString ticketUuid;
        {
            auto r = open();
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay(u"10"_s));
            QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
            reference = r->terminal->requests.first().reference;
        }
        {
            // What that version did: the ticket in one transaction, the link in another.
            Database db(m_path);
            QVERIFY(db.open());
            StoreProfile store;
            store.registerId = u"01"_s;
            store.storeId = u"S1"_s;
            Checkout old(db.connection(), store);
            QVERIFY(old.restore());
            QVERIFY(old.addTender(Tender::Cash, Money::fromCents(2000)));
            const auto ticket = old.complete(Clerk {u"c1"_s, u"Camille"_s});
            QVERIFY(ticket);
            ticketUuid = ticket->uuid;
        }
        // WHEN the register starts again and recovers its card payments
        auto r = open();
        QCOMPARE(r->journal->approvedWithoutTicket().size(), 1);
        r->session->restore();
        QTRY_VERIFY(r->cards().idle());
        // THEN the payment is tied to its ticket, nothing is reversed, no follow-up
        QCOMPARE(r->journal->findByReference(reference)->ticketUuid, ticketUuid);
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Approved);
        QVERIFY(!r->operations().contains(toString(TerminalOperation::Reversal)));
        QVERIFY(r->journal->followups().isEmpty());
        // AND asked to give it back anyway, the register refuses without asking the terminal
        r->cards().release(reference, u"test"_s);
        QTRY_VERIFY(r->cards().idle());
        QVERIFY(!r->operations().contains(toString(TerminalOperation::Reversal)));
    }

    void anApprovalLeftOverIsAdoptedByTheRestoredSale()
    {
        // GIVEN the register killed after the terminal approved, before the tender was saved
        QString reference;
        {
            auto r = open(false);
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay({}));
            QCOMPARE(r->terminal->requests.size(), 1);
            reference = r->terminal->requests.first().reference;
        }
        // (the terminal approved: its journal has it)
        auto r = open();
        r->terminal->last = reference;
        // WHEN it starts again
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        r->session->restore();
        // THEN the terminal is asked, the approval pays the restored sale, one ticket
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(r->operations(), QStringList {toString(TerminalOperation::LastTransaction)});
        const Ticket t = recorded.first().first().value<Ticket>();
        QCOMPARE(t.tenders.first().reference, reference);
        QCOMPARE(r->journal->findByReference(reference)->ticketUuid, t.uuid);
    }

    void anApprovalWithoutASaleIsGivenBack()
    {
        // GIVEN an approval the register learns of after the sale was cancelled
        QString reference;
        {
            auto r = open(false);
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay({}));
            reference = r->terminal->requests.first().reference;
        }
        {
            Database db(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"DELETE FROM pos_state"_s)); // the sale is gone
        }
        auto r = open();
        r->terminal->last = reference;
        // WHEN the register recovers
        r->session->restore();
        QTRY_VERIFY(r->operations().contains(toString(TerminalOperation::Reversal)));
        QTRY_VERIFY(r->cards().idle());
        // THEN the customer's money is given back on the terminal, naming the payment
        QCOMPARE(r->terminal->requests.last().originalReference, reference);
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Released);
        QCOMPARE(r->tickets(), 0);
    }

    void aRegisterStoppedDuringAReversalNeverReversesTwice()
    {
        // GIVEN a card payment dropped by the clerk, and the register killed while the terminal
        // was cancelling it (the terminal did cancel it)
        QString reference;
        {
            auto r = open();
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay(u"5"_s));
            QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
            reference = r->terminal->requests.first().reference;
            r->terminal->answer = nullptr; // the reversal's answer never comes
            QVERIFY(r->session->cancelPayment());
            QTRY_COMPARE(r->terminal->requests.size(), 2);
            QCOMPARE(toString(r->terminal->requests.last().operation), toString(TerminalOperation::Reversal));
        }
        const auto reversals = [&](Register &r) {
            return r.journal->reversalsOf(reference);
        };
        auto r = open();
        QCOMPARE(reversals(*r).size(), 1);
        r->terminal->last = reversals(*r).first().reference; // what the terminal did last
        // WHEN the register starts again
        r->session->restore();
        QTRY_VERIFY(r->cards().idle());
        // THEN the terminal is asked, the payment is given back once, and never again
        QCOMPARE(r->operations(), QStringList {toString(TerminalOperation::LastTransaction)});
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Released);
        r->cards().release(reference, u"test"_s);
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(reversals(*r).size(), 1);
        QVERIFY(r->journal->followups().isEmpty());
    }

    void aReversalStillUnresolvedHoldsAnother()
    {
        // GIVEN a terminal that cannot tell (protocol E) and a reversal whose answer was lost
        auto r = open();
        r->terminal->unsupported << TerminalOperation::LastTransaction;
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay(u"5"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        const QString reference = r->terminal->requests.first().reference;
        r->terminal->answer = [](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.outcome = TerminalOutcome::Unknown;
            x.reason = u"link"_s;
            return x;
        };
        QVERIFY(r->session->cancelPayment());
        QTRY_VERIFY(r->cards().question());
        QCOMPARE(toString(r->cards().question()->operation), toString(TerminalOperation::Reversal));
        // WHEN the payment is asked to be given back again
        r->terminal->answer = [t = r->terminal](const TerminalRequest &q) {
            return FakeTerminal::approveAll(q, *t);
        };
        const auto again = r->service->release(r->journal->findByReference(reference)->id, u"test"_s);
        // THEN the register refuses until the clerk says what the terminal did
        QCOMPARE(again.error().code, u"payment.reversal_pending"_s);
        QCOMPARE(r->journal->reversalsOf(reference).size(), 1);
        QVERIFY(r->cards().answer(true)); // the terminal's receipt says "ANNULATION"
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Released);
        QCOMPARE(r->terminal->requests.size(), 2);
    }

    void aTerminalStillAtWorkIsAskedAgainNotConcludedOn()
    {
        // GIVEN a register that stopped while the terminal worked, and a terminal that says
        // "in progress" twice before it knows (nexo TransactionStatus: InProgress)
        QString reference;
        {
            auto r = open(false);
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay({}));
            reference = r->terminal->requests.first().reference;
        }
        auto r = open(false);
        int asked = 0;
        r->terminal->answer = [&](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.reference = q.reference;
            x.amount = q.amount;
            if (++asked <= 2) {
                x.outcome = TerminalOutcome::Unknown;
                x.reason = u"in-progress"_s;
            } else {
                x.outcome = TerminalOutcome::Approved;
            }
            return x;
        };
        QSignalSpy recorded(r->session.get(), &SaleSession::saleRecorded);
        // WHEN it starts again
        r->session->restore();
        // THEN it waits for the terminal instead of concluding, and the sale completes
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        QCOMPARE(asked, 3);
        QVERIFY(!r->cards().question());
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Approved);
    }

    void aLateApprovalNeverPaysTheNextCustomer()
    {
        // GIVEN a payment whose outcome nobody could tell (protocol E), the clerk took cash
        // instead and the next customer is at the counter
        auto r = open(false);
        r->terminal->unsupported << TerminalOperation::LastTransaction;
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay({}));
        TerminalResult lost;
        lost.operation = TerminalOperation::Payment;
        lost.outcome = TerminalOutcome::Unknown;
        lost.reason = u"link"_s;
        r->terminal->finish(lost);
        QVERIFY(r->cards().question());
        QVERIFY(r->session->addTender(Tender::Cash, Money::fromCents(3000))); // first customer paid
        r->session->newSale();
        QVERIFY(r->session->scan(kChampagne)); // the next one, same amount
        QVERIFY(r->session->startPayment());
        // WHEN the clerk finds the first payment was accepted after all
        r->terminal->answer = [t = r->terminal](const TerminalRequest &q) {
            return FakeTerminal::approveAll(q, *t);
        };
        QVERIFY(r->cards().answer(true));
        QTRY_VERIFY(r->cards().idle());
        // THEN it is given back, and the next customer still owes their sale
        QVERIFY(r->session->checkout().tenders().isEmpty());
        QCOMPARE(r->session->checkout().remaining().cents(), 2990);
        QVERIFY(r->operations().contains(toString(TerminalOperation::Reversal)));
        QCOMPARE(r->tickets(), 1);
    }

    void theSaleWaitsForTheTerminal()
    {
        auto r = open(false);
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay({}));
        QSignalSpy notices(r->session.get(), &SaleSession::notice);
        QVERIFY(r->session->cancelPayment());
        QVERIFY(r->session->cancelSale());
        // Nothing dropped while the terminal has the payment: its answer has a sale to go to.
        QCOMPARE(r->session->stage(), SaleSession::Stage::Paying);
        QCOMPARE(r->session->basket().lines().size(), 1);
        QCOMPARE(notices.size(), 2);
        r->terminal->finish(FakeTerminal::approveAll(r->terminal->requests.first(), *r->terminal));
        QTRY_COMPARE(r->tickets(), 1);
    }

    void aReversalTheTerminalRefusedIsNeverTriedAgain()
    {
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay(u"5"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        const QString reference = r->terminal->requests.first().reference;
        r->terminal->answer = [](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.outcome = q.operation == TerminalOperation::Reversal ? TerminalOutcome::Declined
                                                                   : TerminalOutcome::Approved;
            return x;
        };
        QVERIFY(r->session->cancelPayment());
        QTRY_VERIFY(r->cards().idle());
        // The manager refunds by hand: the register never tries again, at once or next start.
        r->cards().release(reference, u"test"_s);
        QTRY_VERIFY(r->cards().idle());
        r.reset();
        auto again = open();
        again->session->restore();
        QTRY_VERIFY(again->cards().idle());
        QCOMPARE(again->journal->reversalsOf(reference).size(), 1);
        QCOMPARE(again->journal->followups().size(), 1);
        QVERIFY(again->journal->approvedWithoutTicket().isEmpty());
    }

    void aRefundIsNeverReversedOnTheTerminal()
    {
        // GIVEN a return paid back by card, approved, and then the sale dropped
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        const QString line = r->session->basket().lines().first().id;
        QVERIFY(r->session->markReturn(line, u"Défectueux"_s));
        QVERIFY(r->cards().pay({}));
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(r->tickets(), 1);
        QCOMPARE(toString(r->terminal->requests.first().operation), toString(TerminalOperation::Refund));
        // (a second refund approved with no sale waiting for it)
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->markReturn(r->session->basket().lines().first().id, u"Défectueux"_s));
        QVERIFY(r->cards().pay(u"10"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        QVERIFY(r->session->cancelPayment());
        QTRY_VERIFY(r->cards().idle());
        // THEN no reversal is sent (it would cancel someone else's debit): the manager decides
        QVERIFY(!r->operations().contains(toString(TerminalOperation::Reversal)));
        QCOMPARE(r->journal->followups().size(), 1);
        QCOMPARE(r->journal->followups().first().amount.cents(), -1000);
    }

    // Items brought back go back to the card that paid for them, named as the terminal named
    // that payment (nexo: its POITransactionID, a "referenced refund"), and never more than
    // that payment gave, over any number of returns.
    void aReturnGoesBackToTheCardThatPaidTheTicket()
    {
        auto r = open();
        r->terminal->answer = [t = r->terminal](const TerminalRequest &q) {
            TerminalResult x = FakeTerminal::approveAll(q, *t);
            if (q.operation == TerminalOperation::Payment) {
                x.terminalReference = u"4r7i001556529591000."_s + q.reference;
                x.terminalTimestamp = u"2026-12-06T10:00:00.000Z"_s;
            }
            return x;
        };
        const auto sell = [&](const QString &code) -> qint64 {
            if (!r->session->scan(code) || !r->cards().pay({}))
                return -1;
            if (!QTest::qWaitFor([&] { return r->session->stage() == SaleSession::Stage::Receipt; }))
                return -1;
            return r->session->lastTicket()->number;
        };
        const qint64 champagne = sell(kChampagne);
        const QString champagnePayment = r->terminal->requests.last().reference;
        const qint64 baguette = sell(kBaguette);
        QVERIFY(champagne > 0 && baguette > champagne);

        // WHEN the champagne comes back and the clerk names its ticket
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->markReturn(r->session->basket().lines().first().id, u"Défectueux"_s));
        QCOMPARE(r->cards().refundToCardOf(u"12a"_s).error().code, u"card.ticket_number"_s);
        QCOMPARE(r->cards().refundToCardOf(u"999999"_s).error().code, u"card.ticket_not_card"_s);
        QVERIFY(r->cards().refundToCardOf(u"%1"_s.arg(champagne, 6, 10, QChar(u'0'))));
        QTRY_COMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        // THEN the terminal is asked for a refund naming that payment as it named it
        const TerminalRequest refund = r->terminal->requests.last();
        QCOMPARE(toString(refund.operation), toString(TerminalOperation::Refund));
        QCOMPARE(refund.amount.cents(), 2990);
        QCOMPARE(refund.originalReference, champagnePayment);
        QCOMPARE(refund.originalTerminalReference, u"4r7i001556529591000."_s + champagnePayment);
        QCOMPARE(refund.originalTerminalTimestamp, u"2026-12-06T10:00:00.000Z"_s);
        QCOMPARE(r->journal->refundedAgainst(champagnePayment).cents(), 2990);
        QCOMPARE(r->session->lastTicket()->total.cents(), -2990);

        // A second bottle on the same ticket: nothing of that payment is left to give back.
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->session->markReturn(r->session->basket().lines().first().id, u"Défectueux"_s));
        QCOMPARE(
            r->cards().refundToCardOf(QString::number(champagne)).error().code, u"card.ticket_refunded"_s);
        QCOMPARE(r->service->pay(TerminalOperation::Refund, Money::fromCents(100), 0, {}, champagnePayment)
                     .error()
                     .code,
            u"payment.refund_over"_s);
        // Against the baguette's ticket, only what the baguette paid goes to that card; the
        // rest of the refund is the clerk's to give another way.
        const int before = r->terminal->requests.size();
        QVERIFY(r->cards().refundToCardOf(QString::number(baguette)));
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(r->terminal->requests.size(), before + 1);
        QCOMPARE(r->terminal->requests.last().amount.cents(), 130);
        QCOMPARE(r->session->stage(), SaleSession::Stage::Paying);
        QCOMPARE(r->session->checkout().remaining().cents(), -2860);
        QCOMPARE(
            r->cards().refundToCardOf(QString::number(baguette)).error().code, u"card.ticket_refunded"_s);
        // A payment that is not one (a refund) cannot be refunded against.
        QCOMPARE(r->service->pay(TerminalOperation::Refund, Money::fromCents(100), 0, {}, refund.reference)
                     .error()
                     .code,
            u"payment.refund_original"_s);
    }

    void aReversalTheTerminalRefusesBecomesAFollowup()
    {
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay(u"5"_s));
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        const QString reference = r->terminal->requests.first().reference;
        r->terminal->answer = [](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.outcome = TerminalOutcome::Declined;
            x.reason = u"refused"_s;
            return x;
        };
        QVERIFY(r->session->cancelPayment());
        QTRY_VERIFY(r->cards().idle());
        QCOMPARE(r->journal->findByReference(reference)->state, PaymentAttempt::Approved);
        const auto followups = r->journal->followups();
        QCOMPARE(followups.size(), 1);
        QCOMPARE(followups.first().kind, PaymentFollowup::Unattached);
    }

    void outcomesNobodyCouldTellAreAskedOldestFirst()
    {
        // GIVEN a terminal without a status query (protocol E) and two payments lost
        QList<qint64> ids;
        {
            auto r = open(false);
            r->terminal->unsupported << TerminalOperation::LastTransaction;
            QVERIFY(r->session->scan(kChampagne));
            QVERIFY(r->cards().pay(u"10"_s));
            TerminalResult lost;
            lost.operation = TerminalOperation::Payment;
            lost.outcome = TerminalOutcome::Unknown;
            lost.reason = u"link"_s;
            r->terminal->finish(lost);
            QVERIFY(r->cards().question());
            QVERIFY(!r->cards().pay(u"5"_s)); // one question at a time
            ids << r->cards().question()->id;
        }
        auto r = open(false);
        r->terminal->unsupported << TerminalOperation::LastTransaction;
        r->session->restore();
        QTRY_VERIFY(r->cards().question());
        QCOMPARE(r->cards().question()->id, ids.first());
        // WHEN the clerk reads the terminal's receipt: it was charged
        QVERIFY(r->cards().answer(true));
        // THEN the payment pays the restored sale and a follow-up says who decided
        QTRY_COMPARE(r->session->checkout().tenders().size(), 1);
        QCOMPARE(r->journal->find(ids.first())->state, PaymentAttempt::Approved);
        QCOMPARE(r->journal->followups().first().kind, PaymentFollowup::ClerkDecided);
        QVERIFY(!r->cards().question());
    }

    void theEndOfDayComparesTheTerminalWithTheTickets()
    {
        // GIVEN a card sale recorded, whose payment the register later marks as given back
        // (someone edited the database, or an old version reversed it)
        auto r = open();
        QVERIFY(r->session->scan(kChampagne));
        QVERIFY(r->cards().pay({}));
        QTRY_COMPARE(r->tickets(), 1);
        const QString reference = r->session->lastTicket()->tenders.first().reference;
        QVERIFY(r->journal->setState(
            r->journal->findByReference(reference)->id, PaymentAttempt::Released, u"reversed"_s));
        // AND a terminal that still counts the payment
        r->terminal->answer = [](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.outcome = TerminalOutcome::Approved;
            x.batchCount = 1;
            x.batchDebits = Money::fromCents(2990);
            return x;
        };
        QSignalSpy closed(r->service.get(), &PaymentService::batchClosed);
        // WHEN the day is closed
        r->service->closeBatch(0);
        QTRY_COMPARE(closed.size(), 1);
        // THEN the difference is named: the ticket counts a payment the register gave back
        const auto b = closed.first().first().value<BatchReconciliation>();
        QVERIFY(!b.matches());
        QCOMPARE(b.ticketDebits.cents(), 2990);
        QCOMPARE(b.journalDebits.cents(), 0);
        QCOMPARE(b.issues.size(), 1);
        QCOMPARE(b.issues.first().ticketUuid, r->session->lastTicket()->uuid);
        bool named = false;
        for (const PaymentFollowup &f : r->journal->followups())
            named = named || (f.ticketUuid == r->session->lastTicket()->uuid && f.detail.contains(reference));
        QVERIFY(named);
    }

    // A price label printed €0.00, or a product without a price, never sells silently: the
    // item is held until the clerk sells it free, gives its price, or goes on without it.
    void anItemAtZeroIsHeldUntilTheClerkSays()
    {
        auto r = open();
        SaleSession &sale = *r->session;
        const QString zeroLabel = u"2100003000002"_s; // the roast's price label, €0.00
        QSignalSpy held(&sale, &SaleSession::heldChanged);
        QCOMPARE(sale.scan(zeroLabel).error().code, u"sale.zero_price"_s);
        QVERIFY(sale.basket().isEmpty());
        QVERIFY(sale.heldAtZero());
        QCOMPARE(sale.heldAtZero()->product.sku, u"BOUC-0001"_s);
        QCOMPARE(held.size(), 1);
        // Given its price: added at that price.
        QCOMPARE(sale.priceHeld(u"0"_s).error().code, u"sale.price"_s);
        QCOMPARE(sale.priceHeld(u"douze"_s).error().code, u"sale.price"_s);
        QVERIFY(sale.heldAtZero());
        QSignalSpy notices(&sale, &SaleSession::notice);
        QVERIFY(sale.priceHeld(u"12,34"_s));
        QVERIFY(!sale.heldAtZero());
        // The question answered, the warning on screen gives way to what was done.
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().at(1).value<SaleSession::Level>(), SaleSession::Level::Success);
        QCOMPARE(sale.basket().lines().size(), 1);
        QCOMPARE(sale.basket().lines().first().unitPrice.cents(), 1234);
        // Sold free on the clerk's word.
        QVERIFY(!sale.scan(zeroLabel));
        QVERIFY(sale.sellHeldFree());
        QCOMPARE(sale.basket().lines().size(), 2);
        QCOMPARE(sale.basket().lines().last().unitPrice.cents(), 0);
        // Left: the next scan goes on without it.
        QVERIFY(!sale.scan(zeroLabel));
        QVERIFY(sale.scan(kBaguette));
        QVERIFY(!sale.heldAtZero());
        QCOMPARE(sale.basket().lines().size(), 3);
        QCOMPARE(sale.sellHeldFree().error().code, u"sale.nothing_held"_s);
        // A product without a price, tapped on the screen: held as well; dropped at payment.
        QSqlQuery q(r->db->connection());
        QVERIFY(q.exec(u"UPDATE products SET price_cents = 0 WHERE sku = 'PAPE-0001'"_s));
        const auto free = r->catalog->productBySku(u"PAPE-0001"_s);
        QVERIFY(free && free->price.isZero());
        QCOMPARE(sale.addProduct(free->id).error().code, u"sale.zero_price"_s);
        QVERIFY(sale.heldAtZero());
        QVERIFY(sale.startPayment());
        QVERIFY(!sale.heldAtZero());
        QCOMPARE(sale.basket().lines().size(), 3);
        // A normal label still sells at once.
        QVERIFY(sale.cancelPayment());
        QVERIFY(sale.scan(u"2100003012340"_s));
        QCOMPARE(sale.basket().lines().last().unitPrice.cents(), 1234);
    }

    void aWeighedItemWaitsForItsWeight()
    {
        auto r = open();
        SaleSession &sale = *r->session;
        const auto apples = r->catalog->productBySku(u"FRUI-0001"_s); // 2,99 / kg
        QVERIFY(apples && apples->soldByWeight);
        QSignalSpy weighing(&sale, &SaleSession::weighingChanged);

        // No scale: tapped, nothing is added until the clerk enters its weight.
        QVERIFY(sale.addProduct(apples->id));
        QVERIFY(sale.basket().isEmpty());
        QVERIFY(sale.awaitingWeight());
        QVERIFY(!sale.awaitingWeight()->fromScale);
        QVERIFY(weighing.size() >= 1);
        QCOMPARE(sale.enterWeight(u"0"_s).error().code, u"sale.weight"_s);
        QCOMPARE(sale.enterWeight(u"-1"_s).error().code, u"sale.weight"_s);
        QCOMPARE(sale.enterWeight(u"lourd"_s).error().code, u"sale.weight"_s);
        QVERIFY(sale.basket().isEmpty());
        QVERIFY(sale.enterWeight(u"0,750"_s));
        QVERIFY(!sale.awaitingWeight());
        QCOMPARE(sale.basket().lines().size(), 1);
        QCOMPARE(sale.basket().lines().first().quantityMilli, 750);
        QVERIFY(sale.basket().lines().first().weighed);
        QCOMPARE(sale.totals().total.cents(), 224); // 0.750 × 2.99 = 2.2425
        QCOMPARE(sale.enterWeight(u"1"_s).error().code, u"sale.nothing_weighed"_s);
        // Something else scanned meanwhile: the item waiting is left out; so at the payment.
        QVERIFY(sale.addProduct(apples->id));
        QVERIFY(sale.scan(kBaguette));
        QVERIFY(!sale.awaitingWeight());
        QVERIFY(sale.addProduct(apples->id));
        QVERIFY(sale.startPayment());
        QVERIFY(!sale.awaitingWeight());
        QCOMPARE(sale.basket().lines().size(), 2);
        QVERIFY(sale.cancelPayment());
        // A weight label of the apples is not weighed again: 532 g at once.
        QVERIFY(sale.scan(u"2600001005325"_s));
        QVERIFY(!sale.awaitingWeight());
        QCOMPARE(sale.basket().lines().last().quantityMilli, 532);

        // With a scale: its weight, at the unit price it was given.
        ScriptedScale scale;
        sale.setScale(&scale);
        const int lines = int(sale.basket().lines().size());
        QVERIFY(sale.addProduct(apples->id));
        QVERIFY(sale.awaitingWeight() && sale.awaitingWeight()->fromScale);
        QCOMPARE(scale.asked.size(), 1);
        QCOMPARE(scale.asked.first().first, 299);
        QCOMPARE(int(sale.basket().lines().size()), lines);
        scale.answer(1234, 299);
        QVERIFY(!sale.awaitingWeight());
        QCOMPARE(int(sale.basket().lines().size()), lines + 1);
        QCOMPARE(sale.basket().lines().last().quantityMilli, 1234);
        // The scale's refusal is shown; weighed again, or by hand.
        QVERIFY(sale.addProduct(apples->id));
        scale.refuse(u"scale.below_zero"_s);
        QVERIFY(sale.awaitingWeight() && sale.awaitingWeight()->scaleFailed);
        QCOMPARE(sale.awaitingWeight()->status, u"refused: scale.below_zero"_s);
        QCOMPARE(int(sale.basket().lines().size()), lines + 1);
        QVERIFY(sale.weighAgain());
        QCOMPARE(scale.asked.size(), 3);
        QVERIFY(!sale.awaitingWeight()->scaleFailed);
        sale.weighByHand();
        QCOMPARE(scale.cancels, 1);
        QVERIFY(!sale.awaitingWeight()->fromScale);
        scale.answer(999, 299); // too late: the clerk weighs by hand now
        QCOMPARE(int(sale.basket().lines().size()), lines + 1);
        QVERIFY(sale.enterWeight(u"0,5"_s));
        QCOMPARE(sale.basket().lines().last().quantityMilli, 500);
        // Left out on the clerk's word, and the scale stops.
        QVERIFY(sale.addProduct(apples->id));
        sale.dropWeighing();
        QVERIFY(!sale.awaitingWeight());
        QCOMPARE(scale.cancels, 2);
        QCOMPARE(int(sale.basket().lines().size()), lines + 2);
        sale.setScale(nullptr);
    }

    // Goods weighed in a container: the scale is given the container's weight and weighs the
    // goods alone; on the pad, the clerk is asked for their weight without it.
    void aContainersWeightIsLeftOut()
    {
        auto r = open();
        SaleSession &sale = *r->session;
        const auto comte = r->catalog->productBySku(u"CREM-0002"_s); // 24,90 / kg, in 6 g of paper
        QVERIFY(comte && comte->soldByWeight);
        QCOMPARE(comte->tareGrams, 6);
        const auto apples = r->catalog->productBySku(u"FRUI-0001"_s);
        QCOMPARE(apples->tareGrams, 0);

        ScriptedScale scale;
        sale.setScale(&scale);
        QVERIFY(sale.addProduct(comte->id));
        QVERIFY(sale.addProduct(apples->id)); // the cheese left out, the apples asked for
        QCOMPARE(scale.tares, (QList<std::optional<int>> {6, std::nullopt}));
        // Below zero with the paper taken off: the platter is empty, the clerk is told what to do.
        sale.dropWeighing();
        QVERIFY(sale.addProduct(comte->id));
        scale.refuse(u"scale.below_zero"_s);
        QCOMPARE(sale.awaitingWeight()->status,
            u"The scale weighs less than the 6 g container: put Comté 18 mois (au kg) on it in its "
            u"container, "
            "then weigh again."_s);
        sale.setScale(nullptr);
        sale.dropWeighing();

        QVERIFY(sale.addProduct(comte->id));
        QCOMPARE(sale.awaitingWeight()->status,
            u"Enter the net weight of Comté 18 mois (au kg) in kg, without its 6 g container."_s);
        QVERIFY(sale.enterWeight(u"0,250"_s));
        QCOMPARE(sale.basket().lines().last().quantityMilli, 250);
        QCOMPARE(sale.basket().lines().last().total().cents(), 623); // 0.250 × 24.90 = 6.225
    }

    void aRemovalOrAQuantityChangeCanBeUndone()
    {
        auto r = open();
        SaleSession &sale = *r->session;
        QVERIFY(sale.scan(kBaguette));
        QVERIFY(sale.scan(kBaguette));
        QVERIFY(sale.scan(kChampagne));
        QVERIFY(!sale.canUndo());
        QCOMPARE(sale.undo().error().code, u"sale.nothing_to_undo"_s);
        const QString baguette = sale.basket().lines().first().id;
        const QString champagne = sale.basket().lines().last().id;
        QSignalSpy undoChanged(&sale, &SaleSession::undoChanged);

        // A line removed by mistake comes back as it was.
        QVERIFY(sale.removeLine(champagne));
        QCOMPARE(sale.basket().lines().size(), 1);
        QVERIFY(sale.canUndo());
        QVERIFY(sale.undoText().contains(u"removed"_s));
        QVERIFY(sale.undo());
        QCOMPARE(sale.basket().lines().size(), 2);
        QCOMPARE(sale.basket().lines().last().id, champagne);
        QCOMPARE(sale.totals().total.cents(), 2 * 130 + 2990);
        QVERIFY(!sale.canUndo());

        // A quantity typed wrong (20,750 for 0,750) or a stray "−": undone the same way.
        QVERIFY(sale.setQuantity(baguette, u"20"_s));
        QCOMPARE(sale.basket().lines().first().quantityMilli, 20000);
        QVERIFY(sale.undo());
        QCOMPARE(sale.basket().lines().first().quantityMilli, 2000);
        QVERIFY(sale.changeQuantity(baguette, -1));
        QVERIFY(sale.changeQuantity(baguette, -1)); // quantity 1, then removed
        QCOMPARE(sale.basket().lines().size(), 1);
        QVERIFY(sale.undo());
        QCOMPARE(sale.basket().lines().size(), 2);
        QCOMPARE(sale.basket().lines().first().quantityMilli, 1000); // the last edit only

        // Anything else changes the basket: no more undo (it would drop what came after).
        QVERIFY(sale.removeLine(champagne));
        QVERIFY(sale.scan(kChampagne));
        QVERIFY(!sale.canUndo());
        QVERIFY(undoChanged.size() >= 8);
        // The basket kept after undo is the one saved: a restart finds it.
        QVERIFY(sale.setQuantity(baguette, u"3"_s));
        QVERIFY(sale.undo());
        r.reset();
        auto again = open();
        again->session->restore();
        QCOMPARE(again->session->basket().lines().size(), 2);
        QCOMPARE(again->session->basket().lines().first().quantityMilli, 1000);
    }

    void referenceSequences_data()
    {
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("expected");
        const qint64 epoch = 1'735'689'600; // 2025-01-01T00:00:00Z
        QTest::newRow("first ever") << qint64(-1) << epoch + 60 << qint64(60);
        QTest::newRow("clock ahead of the last") << qint64(60) << epoch + 90 << qint64(90);
        QTest::newRow("two in a second") << qint64(90) << epoch + 90 << qint64(91);
        QTest::newRow("a burst ran ahead") << qint64(95) << epoch + 91 << qint64(96);
        QTest::newRow("before restore numbering") << qint64(42) << epoch + 5'000'000 << qint64(5'000'000);
        QTest::newRow("wraps after three years") << qint64(99'999'999) << epoch + 99'999'999 << qint64(0);
        QTest::newRow("after the wrap") << qint64(99'999'990) << epoch + 100'000'005 << qint64(5);
        QTest::newRow("before 2025") << qint64(-1) << epoch - 10 << qint64(99'999'990);
        QTest::newRow("garbage last") << qint64(123'456'789'012) << epoch + 7 << qint64(7);
    }
    void referenceSequences()
    {
        QFETCH(qint64, last);
        QFETCH(qint64, seconds);
        QFETCH(qint64, expected);
        QCOMPARE(nextReferenceSequence(last, seconds), expected);
    }

    // A register restored from last night's backup: the attempts made since are gone from
    // its journal, but the terminal still knows their references. A new attempt must not
    // take one of them, or "what became of it" would be answered with an old payment.
    void referencesAreNotReusedAfterARestoredBackup()
    {
        const QString backup = m_path + u".backup"_s;
        FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC));
        QStringList issued;
        const auto attempt = [&](PaymentJournal &journal) {
            const auto a = journal.begin(TerminalOperation::Payment, Money::fromCents(500), u"tpe-1"_s);
            QVERIFY(a);
            QCOMPARE(a->reference.size(), 10);
            QVERIFY2(!issued.contains(a->reference), qPrintable(a->reference));
            issued << a->reference;
        };
        {
            Database db(m_path);
            QVERIFY(db.open());
            PaymentJournal journal(db.connection(), u"01"_s, 1, clock);
            attempt(journal);
        }
        QVERIFY(QFile::copy(m_path, backup)); // the nightly backup
        {
            Database db(m_path);
            QVERIFY(db.open());
            PaymentJournal journal(db.connection(), u"01"_s, 1, clock);
            clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
            for (int i = 0; i < 5; ++i)
                attempt(journal); // five in the same second: never the same reference
        }
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::copy(backup, m_path)); // the disk died; last night's copy comes back
        Database db(m_path);
        QVERIFY(db.open());
        PaymentJournal journal(db.connection(), u"01"_s, 1, clock);
        clock.advanceMs(60'000);
        for (int i = 0; i < 5; ++i)
            attempt(journal);
        QCOMPARE(issued.size(), 11);

        // A clock set back by days lands on a reference still in the journal: it is skipped.
        clock.set(QDateTime(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC));
        const auto again = journal.begin(TerminalOperation::Payment, Money::fromCents(500), u"tpe-1"_s);
        QVERIFY(again);
        QCOMPARE(again->reference.toLongLong(), issued.first().toLongLong() + 1);
        QCOMPARE(journal.attempts(100).size(), 7);
    }

    // Seen under load: a payment begun in the very millisecond of a close fell in neither
    // day. The days are cut by attempt, not by time.
    void aPaymentBegunAsTheDayClosesCountsOnTheNextDay()
    {
        auto r = open();
        const FixedClock clock(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
        PaymentJournal journal(r->db->connection(), u"01"_s, 1, clock);
        const auto approve = [&](qint64 cents) {
            const auto a = journal.begin(TerminalOperation::Payment, Money::fromCents(cents), u"tpe-x"_s);
            QVERIFY(a);
            TerminalResult x;
            x.outcome = TerminalOutcome::Approved;
            x.amount = Money::fromCents(cents);
            QVERIFY(journal.settle(a->id, x));
        };
        approve(1000);
        BatchReconciliation first;
        first.terminalId = u"tpe-x"_s;
        journal.fillJournalTotals(first.terminalId, first);
        QCOMPARE(first.journalDebits.cents(), 1000);
        QVERIFY(journal.recordBatch(first));
        approve(700); // the same instant as the close
        BatchReconciliation second;
        second.terminalId = u"tpe-x"_s;
        journal.fillJournalTotals(second.terminalId, second);
        QCOMPARE(second.journalCount, 1);
        QCOMPARE(second.journalDebits.cents(), 700);
    }

    void aMatchingDayMatchesTheTickets()
    {
        auto r = open();
        for (const QString &code : {kChampagne, kBaguette}) {
            QVERIFY(r->session->scan(code));
            QVERIFY(r->cards().pay({}));
            QTRY_COMPARE(r->session->stage(), SaleSession::Stage::Receipt);
        }
        r->terminal->answer = [](const TerminalRequest &q) {
            TerminalResult x;
            x.operation = q.operation;
            x.outcome = TerminalOutcome::Approved;
            x.batchCount = 2;
            x.batchDebits = Money::fromCents(2990 + 130);
            return x;
        };
        QSignalSpy closed(r->service.get(), &PaymentService::batchClosed);
        r->service->closeBatch(0);
        QTRY_COMPARE(closed.size(), 1);
        const auto b = closed.first().first().value<BatchReconciliation>();
        QVERIFY2(b.matches(), qPrintable(b.differences.join(u"; "_s)));
        QCOMPARE(b.ticketCount, 2);
        QCOMPARE(b.ticketDebits.cents(), 3120);
        QVERIFY(r->journal->followups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSaleSession)
#include "tst_salesession.moc"
