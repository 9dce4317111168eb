// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counter/scaninterpreter.h"
#include "crm/customerdirectory.h"
#include "crm/loyalty.h"
#include "crm/loyaltyprogram.h"
#include "crm/offers.h"
#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "sales/receipt.h"
#include "sales/ticketreturns.h"
#include "staff/permission.h"
#include "sync/customerlookup.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace comptoir {

class ClerkSession;
class ClosingBook;

class CardCheckout;
class Catalog;
class PaymentService;
class Scale;
struct Weighing;

// One sale at one register, from the first scan to the journaled ticket, without any
// screen: what a scan means (a loyalty card is never an article), the basket and its edits,
// the customer, points and offers, the tenders, card payments through the PaymentService
// (cards()), and the ticket. The ticket, its outbox event, the cleared basket and the
// attachment of every card payment to the ticket are written in one SQLite transaction.
// The clerk's screen (Counter, TerminalController) and `comptoirctl sell` drive it; what the
// clerk must be told comes out of notice(), translated.
class SaleSession : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Selling, Paying, Receipt };
    Q_ENUM(Stage)
    enum class Level { Info, Success, Warning, Failure };
    Q_ENUM(Level)

    SaleSession(QSqlDatabase db, StoreProfile store, Clerk clerk, const Catalog &catalog,
        BarcodeDecoder decoder, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SaleSession() override;

    // Card payments go through `payments` (not owned; null: card tenders are confirmed by
    // hand). Set once, before restore().
    void setPayments(PaymentService *payments);
    CardCheckout *cards() const { return m_cards.get(); }

    // ---- what the sale is -------------------------------------------------------------
    Stage stage() const { return m_stage; }
    const Checkout &checkout() const { return m_checkout; }
    const Basket &basket() const { return m_checkout.basket(); }
    const BasketTotals &totals() const { return m_totals; }
    QSqlDatabase database() const { return m_db; }
    const StoreProfile &store() const { return m_store; }
    // Head office changed the store's name, address or footer; false when nothing changed.
    bool setStoreProfile(const StoreProfile &store);
    // The clerk signed in (setClerks()), else the one given at construction.
    Clerk clerk() const;
    // Who is at the register and what they may do (not owned; null: everything is allowed,
    // as for `comptoirctl` and tests of the sale alone). Actions the role does not allow are
    // refused with "staff.approval_needed" and no notice: the screen asks for an approval.
    void setClerks(ClerkSession *clerks) { m_clerks = clerks; }
    ClerkSession *clerks() const { return m_clerks; }
    // The register's closings (not owned; null: no day is ever forced closed, as for tests of
    // the sale alone). While an earlier business day is open, no new sale starts: refused
    // with "closing.day_open" and closingRequired(); a sale already started is finished.
    void setClosings(const ClosingBook *closings) { m_closings = closings; }
    const ScanInterpreter &interpreter() const { return m_interpreter; }

    const std::optional<Ticket> &lastTicket() const { return m_lastTicket; }
    int lastDuplicate() const { return m_lastDuplicate; }
    bool lastTicketVoided() const;
    // The ticket on the receipt screen may be cancelled now: a sale, not cancelled, of today,
    // that moved no money on a card.
    bool lastTicketCancellable() const;
    // Why a sale on the receipt screen, not cancelled, cannot be: what the clerk does instead.
    // Empty when it can be, or when there is nothing to cancel.
    QString lastTicketCancelHint() const;
    // The ticket on the receipt screen was opened from the journal, not just recorded.
    bool lastTicketReopened() const { return m_lastTicketReopened; }
    const QList<ParkedBasket> &parked() const { return m_parked; }

    // ---- the customer -----------------------------------------------------------------
    const std::optional<crm::Customer> &customer() const { return m_customer; }
    const crm::LoyaltyBalance &balance() const { return m_balance; }
    const crm::LoyaltyProgram &program() const { return m_program; }
    // What one tap on usePoints() pays with now, and the most the customer may redeem.
    qint64 pointsUsable() const;
    qint64 redeemablePoints() const;
    // The offline allowance caps the points (head office has not confirmed the balance).
    bool pointsCapped() const;
    const QList<crm::OfferMatch> &offers() const { return m_offers; }
    QStringList appliedOfferTitles() const;
    void setHeadOfficeReachable(bool reachable);
    bool headOfficeReachable() const { return m_headOfficeReachable; }
    // Customer records or the loyalty programme came down from head office.
    void refreshCustomer();

    // ---- input ------------------------------------------------------------------------
    Status scan(const QString &raw);
    Status addProduct(qint64 productId);
    // A department key or the miscellaneous key (counter/quickkeys.h): the amount the clerk
    // typed, at the department's VAT rate (misc: `vat`, else the store's misc rate).
    Status sellOpenAmount(
        const QString &code, const QString &amountText, std::optional<VatRate> vat = std::nullopt);
    // A basket made elsewhere (a script, an order prepared ahead) becomes the sale's, when
    // the sale has no lines yet.
    Status loadBasket(const Basket &basket);
    // Enter in the search field: whether the text is a code to add like a scan.
    bool looksLikeCode(const QString &text) const;
    Status attachCustomer(const QString &id);
    void detachCustomer();
    Status applyOffer(const QString &id);

    // An item that would sell at 0.00 (a price label printed €0.00, a product without a price)
    // is held, not added: the clerk sells it free, gives its price, or leaves it. A scan or a
    // tap of anything else meanwhile leaves it too.
    struct HeldItem
    {
        Product product;
        std::optional<ScanResult> scan;
        QString question; // for the clerk: why it is held
    };
    const std::optional<HeldItem> &heldAtZero() const { return m_heldAtZero; }
    Status sellHeldFree();
    Status priceHeld(const QString &priceText);
    void dropHeld();

    // A product sold by weight waits for its weight, never a made-up one: the scale's when
    // there is one (setScale), else the clerk's, on the weight pad. Nothing is added until a
    // weight is known; anything else scanned or tapped meanwhile, or the payment, leaves it.
    // Labels that carry a price or a weight are not weighed again.
    struct AwaitedWeight
    {
        Product product;
        std::optional<ScanResult> scan;
        bool fromScale = false; // the scale weighs it (or failed to): else the pad
        bool scaleFailed = false;
        QString status; // what the scale does, or why it failed, for the clerk
    };
    // The register's scale (not owned; null: the weight pad). Set once, before selling.
    void setScale(Scale *scale);
    Scale *scale() const { return m_scale; }
    const std::optional<AwaitedWeight> &awaitingWeight() const { return m_awaitingWeight; }
    Status enterWeight(const QString &kilograms); // the pad: "0,750"
    Status weighAgain(); // the scale, once more
    void weighByHand(); // the scale is out of order: the pad instead
    void dropWeighing();

    // ---- basket edits (by line id) ----------------------------------------------------
    Status setQuantity(const QString &lineId, const QString &text);
    Status changeQuantity(const QString &lineId, int delta);
    Status setUnitPrice(const QString &lineId, const QString &text);
    Status setLineDiscount(const QString &lineId, const QString &percentText);
    Status removeLine(const QString &lineId);
    Status markReturn(const QString &lineId, const QString &reason);
    // The last removal or change of quantity can be undone (a stray tap, a wrong key) until the
    // basket changes otherwise.
    bool canUndo() const { return m_undo.has_value(); }
    QString undoText() const { return m_undo ? m_undo->text : QString(); }
    Status undo();
    Status setBasketDiscount(const QString &text, bool percent);
    // Refused for an approval when it would give back a card payment taken on the terminal
    // (CancelCardPayment).
    Status cancelSale();

    // ---- payment ----------------------------------------------------------------------
    Status startPayment();
    // Completes the sale when it is paid in full.
    Status addTender(const QString &kind, Money amount);
    Status payRemaining(const QString &kind);
    Status removeTender(int index);
    Status cancelPayment();
    Status usePoints();
    Status completeSale();
    bool hasTender(const QString &reference) const;

    // ---- after the sale ---------------------------------------------------------------
    void newSale();
    // Any ticket of this register (found with SaleJournal::find) on the receipt screen, as the
    // last one is: reprinted as a duplicate, or cancelled if it is of today.
    Status showTicket(const QString &uuid);
    // A ticket of another register, found at head office, on the receipt screen: its items may
    // be returned here (counting what came back of it anywhere in the chain); it is reprinted
    // or cancelled only at its own register.
    Status showChainTicket(const ChainTicket &found);
    // A receipt of another register, scanned here: asked of head office (setChainLookup()), then
    // shown as showChainTicket() does, or the clerk is told why not.
    Status findTicketInChain(const QString &uuid);
    void setChainLookup(CustomerLookup *lookup);
    bool findingTicketInChain() const { return m_chainRequest != 0; }
    // The receipt options that name the tickets `ticket` returns items of or cancels: this
    // register's by number, another register's (found at head office) by number and place.
    void nameOrigins(const Ticket &ticket, ReceiptOptions &options) const;
    // The store a receipt of `ticket` names: this one, or for another register's ticket found at
    // head office that store's name alone (its address is not known here).
    StoreProfile receiptStore(const Ticket &ticket) const;
    // The ticket on the receipt screen is another register's (showChainTicket()).
    std::optional<ChainTicket> lastTicketElsewhere() const;
    Status reprintLast();
    // Items of the ticket on the receipt screen brought back: `quantityMilli` of its line
    // `position`, refunded at the price paid (sales/ticketreturns.h), never more than is left
    // to return counting what the basket holds already. Starts a sale when on the receipt.
    Status returnFromTicket(int position, qint64 quantityMilli, const QString &reason);
    // As typed: pieces ("2") or kilograms ("0,5") of that line, as it was sold.
    Status returnFromTicket(int position, const QString &quantityText, const QString &reason);
    // Something of the ticket on the receipt screen is left to return.
    bool lastTicketReturnable() const;
    // What is left to return of each line of the ticket on the receipt screen.
    QList<TicketReturns::Line> returnableLines() const;
    // The ticket the basket's returned items come from, when they all come from one.
    std::optional<Ticket> returnTicket() const;
    // Cancels the ticket on the receipt screen with a reversing ticket; only a ticket of the
    // open day (today, local time): an older one is returned against instead. A ticket paid by
    // card is cancelled as the terminal refunds the card: its lines come back into a basket
    // that cancels it, the refund starts, and paying that basket back records the cancellation.
    Status voidLastTicket(const QString &reason);
    Status park(const QString &label);
    Status resume(const QString &parkedId);

    // Start-up: brings back the sale the register was in, then asks the terminals about
    // card payments left open (cards()->recover()).
    void restore();

    // A message for the clerk (the screen shows it; the log keeps its level and `code`).
    void notify(const QString &text, Level level, const QString &code = {});

Q_SIGNALS:
    void stageChanged();
    // Lines, totals or the customer changed; `touchedLineId` is the line to show.
    void basketChanged(const QString &touchedLineId);
    void paymentChanged();
    void customerChanged();
    void customerAttached(const comptoir::crm::Customer &customer);
    void offersChanged();
    void receiptChanged(); // the last ticket or its duplicate number
    void parkedChanged();
    void storeChanged();
    void saleRecorded(const comptoir::Ticket &ticket);
    void accepted(); // a scan or a card taken (the counter beeps)
    void notice(const QString &text, comptoir::SaleSession::Level level);
    void heldChanged(); // an item held at 0.00, or no more
    void weighingChanged(); // an item waits for its weight, or no more, or the scale's status
    void undoChanged();
    // A new sale was refused: an earlier business day must be closed first (its Z).
    void closingRequired();

private:
    QString weightPadPrompt(const Product &product) const;
    bool cancellableThroughTerminal(const Ticket &ticket) const;
    Status returnsStillDue() const;
    Status cancelThroughTerminal(const QString &reason);
    friend class CardCheckout;

    // A card payment made on a terminal: the approved amount as a tender tied to its attempt
    // reference. Completes the sale when it is paid in full.
    Status addCardTender(const QString &kind, Money amount, const QString &reference);
    bool report(const Status &status);
    // Whether the clerk may do `p` now (ClerkSession::require); a refusal other than an
    // approval to ask for is reported.
    Status allowed(Permission p);
    Status allowedLineDiscount(int bp);
    Status mayDropCardTenders();
    // Someone is signed in (when clerks are checked): else refused, and said.
    Status clerkAtTheRegister();
    // A sale may start (nothing in the basket yet): no earlier business day waits for its Z
    // (setClosings()). Else refused, said, and closingRequired().
    Status readyForANewSale();
    Status mayGrowReturn(const BasketLine &line, qint64 magnitudeMilli);
    // Who an event is by: the clerk signed in, else "system".
    QString actorId() const;
    bool editable();
    void setStage(Stage stage);
    void changed(const QString &touchedLineId = {});
    void paymentUpdated();
    Status attach(const crm::Customer &customer);
    void reloadLoyalty();
    void refreshOffers();
    void reloadParked();
    // Terminal card tenders being dropped from the sale: given back on the terminal.
    void dropCardTenders(const QList<Tender> &tenders);
    // A card payment of this sale is with the terminal: the sale cannot be dropped now.
    bool cardAtTerminal();
    // Adds a product (with what its code carried), or holds it when it would sell at 0.00.
    Status addOrHold(const Product &product, const ScanResult *scan);
    Status addHeld(std::optional<Money> price); // at that price, or free
    void setHeld(std::optional<HeldItem> held);
    void setAwaited(std::optional<AwaitedWeight> awaited);
    // After an undoable edit: the basket as it was, and what undo() would undo.
    void changedUndoably(const QString &touchedLineId, Basket before, const QString &text);
    Status addWeighed(qint64 grams);
    void scaleWeighed(const Weighing &weighing);
    void scaleFailed(const Error &error);

    QSqlDatabase m_db;
    StoreProfile m_store;
    Clerk m_clerk;
    ClerkSession *m_clerks = nullptr;
    const ClosingBook *m_closings = nullptr;
    const Catalog &m_catalog;
    const Clock &m_clock;
    ScanInterpreter m_interpreter;
    crm::CustomerDirectory m_customers;
    crm::OfferBook m_offerBook;
    Checkout m_checkout;
    EventJournal m_jet;
    std::unique_ptr<CardCheckout> m_cards;
    Stage m_stage = Stage::Selling;
    BasketTotals m_totals;
    std::optional<crm::Customer> m_customer;
    crm::LoyaltyBalance m_balance;
    crm::LoyaltyProgram m_program;
    bool m_headOfficeReachable = false;
    QList<crm::OfferMatch> m_offers;
    std::optional<Ticket> m_lastTicket;
    // What head office said of the ticket on the receipt screen, when it is the one it said it of.
    const TicketReturns::Elsewhere *chainKnowledge() const;
    std::optional<ChainTicket> m_chainTicket; // the last one found at head office
    bool m_chainTicketLocal = false; // it is in this register's journal (asked only for its returns)
    QPointer<CustomerLookup> m_chainLookup;
    int m_chainRequest = 0; // the ticket asked of head office, if any
    bool m_chainQuiet = false; // asked only for what came back of this register's own ticket
    int m_lastDuplicate = 0;
    bool m_lastTicketReopened = false;
    QList<ParkedBasket> m_parked;
    std::optional<HeldItem> m_heldAtZero;
    Scale *m_scale = nullptr;
    std::optional<AwaitedWeight> m_awaitingWeight;
    struct Undo
    {
        Basket basket;
        QString text;
    };
    std::optional<Undo> m_undo;
    bool m_keepUndo = false;
};

// A terminal card payment tender (it carries the attempt's reference), as opposed to a card
// payment the clerk confirmed by hand.
bool isTerminalCard(const Tender &tender);

} // namespace comptoir
