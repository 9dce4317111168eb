// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basketmodel.h"
#include "counter/salesession.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQmlIntegration>

#include <functional>

namespace comptoir {

class AudioCue;
class Staff;

// The counter screen's adapter over the SaleSession: scans and taps into the basket, edits,
// payment, receipt. Every rule lives in the core (SaleSession and what it drives); this class
// turns QML calls into session calls and the session's state into properties and texts.
class Counter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(comptoir::BasketModel *basket READ basket CONSTANT)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY totalsChanged)
    Q_PROPERTY(int articleCount READ articleCount NOTIFY totalsChanged)
    Q_PROPERTY(int totalCents READ totalCents NOTIFY totalsChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY totalsChanged)
    Q_PROPERTY(QString basketDiscountText READ basketDiscountText NOTIFY totalsChanged)
    Q_PROPERTY(QVariantList vatRows READ vatRows NOTIFY totalsChanged)
    Q_PROPERTY(QString vatTotalText READ vatTotalText NOTIFY totalsChanged) // all rates together
    Q_PROPERTY(QString paidText READ paidText NOTIFY paymentChanged)
    Q_PROPERTY(int remainingCents READ remainingCents NOTIFY paymentChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY paymentChanged)
    Q_PROPERTY(QString changeText READ changeText NOTIFY paymentChanged)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY paymentChanged)
    Q_PROPERTY(QVariantList quickAmounts READ quickAmounts NOTIFY paymentChanged)
    // Card and cheque payments already taken ("Card €10.00"), empty if none.
    Q_PROPERTY(QString externalTendersText READ externalTendersText NOTIFY paymentChanged)
    Q_PROPERTY(bool refund READ refund NOTIFY totalsChanged)
    // An item that would sell at 0.00, held until the clerk says (SaleSession::heldAtZero).
    Q_PROPERTY(bool holding READ holding NOTIFY heldChanged)
    Q_PROPERTY(QString heldName READ heldName NOTIFY heldChanged)
    Q_PROPERTY(QString heldQuestion READ heldQuestion NOTIFY heldChanged)
    // A product sold by weight waiting for its weight (SaleSession::awaitingWeight).
    Q_PROPERTY(bool weighing READ weighing NOTIFY weighingChanged)
    Q_PROPERTY(QString weighingName READ weighingName NOTIFY weighingChanged)
    Q_PROPERTY(QString weighingUnitPrice READ weighingUnitPrice NOTIFY weighingChanged)
    Q_PROPERTY(QString weighingStatus READ weighingStatus NOTIFY weighingChanged)
    Q_PROPERTY(bool weighingOnScale READ weighingOnScale NOTIFY weighingChanged)
    Q_PROPERTY(bool weighingFailed READ weighingFailed NOTIFY weighingChanged)
    // The container's weight the pad leaves out (0: none).
    Q_PROPERTY(int weighingTareGrams READ weighingTareGrams NOTIFY weighingChanged)
    Q_PROPERTY(bool hasScale READ hasScale CONSTANT)
    // The last removal or change of quantity, until the basket changes otherwise.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY receiptChanged)
    // The code of the ticket the receipt carries as a QR code ("TK" and its id): scanned, it
    // finds the ticket again.
    Q_PROPERTY(QString receiptCode READ receiptCode NOTIFY receiptChanged)
    Q_PROPERTY(int lastTicketNumber READ lastTicketNumber NOTIFY receiptChanged)
    Q_PROPERTY(QString lastChangeText READ lastChangeText NOTIFY receiptChanged)
    Q_PROPERTY(int lastChangeCents READ lastChangeCents NOTIFY receiptChanged)
    Q_PROPERTY(bool lastTicketVoided READ lastTicketVoided NOTIFY receiptChanged)
    Q_PROPERTY(bool lastTicketCancellable READ lastTicketCancellable NOTIFY receiptChanged)
    Q_PROPERTY(QString lastTicketCancelHint READ lastTicketCancelHint NOTIFY receiptChanged)
    Q_PROPERTY(bool lastTicketReopened READ lastTicketReopened NOTIFY receiptChanged)
    // The store of the ticket on the receipt screen when it is another register's (found at
    // head office); empty otherwise.
    Q_PROPERTY(QString lastTicketStore READ lastTicketStore NOTIFY receiptChanged)
    // The ticket the basket's returned items come from (0: none, or several).
    Q_PROPERTY(int returnTicketNumber READ returnTicketNumber NOTIFY totalsChanged)
    // Something of the ticket on the receipt screen is left to return.
    Q_PROPERTY(bool lastTicketReturnable READ lastTicketReturnable NOTIFY receiptChanged)
    Q_PROPERTY(int parkedCount READ parkedCount NOTIFY parkedChanged)
    Q_PROPERTY(QVariantList parkedBaskets READ parkedBaskets NOTIFY parkedChanged)
    Q_PROPERTY(QString storeName READ storeName NOTIFY storeChanged)
    Q_PROPERTY(QString registerId READ registerId CONSTANT)
    Q_PROPERTY(QString clerkName READ clerkName NOTIFY clerkChanged)
    Q_PROPERTY(bool training READ training CONSTANT)
    Q_PROPERTY(QStringList returnReasons READ returnReasons NOTIFY textsChanged)
    // The customer the sale is for: a loyalty card scanned, or chosen by searchCustomers().
    Q_PROPERTY(bool hasCustomer READ hasCustomer NOTIFY customerChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY customerChanged)
    Q_PROPERTY(bool customerPremium READ customerPremium NOTIFY customerChanged)
    Q_PROPERTY(QString customerTierText READ customerTierText NOTIFY customerChanged)
    // Loyalty points (crm/loyalty.h): head office's balance plus this register's unconfirmed
    // tickets; the text says when head office has not confirmed it yet.
    Q_PROPERTY(int customerPoints READ customerPoints NOTIFY customerChanged)
    Q_PROPERTY(QString customerPointsText READ customerPointsText NOTIFY customerChanged)
    Q_PROPERTY(bool customerPointsProvisional READ customerPointsProvisional NOTIFY customerChanged)
    // While paying: the points one tap on usePoints() pays with, and why no more.
    Q_PROPERTY(int pointsUsable READ pointsUsable NOTIFY paymentChanged)
    Q_PROPERTY(QString pointsUsableText READ pointsUsableText NOTIFY paymentChanged)
    Q_PROPERTY(QString pointsLimitText READ pointsLimitText NOTIFY paymentChanged)
    // The personalised offers that apply to the customer and the basket now (crm/offers.h),
    // each {id, title, detail}; and those applied to the sale.
    Q_PROPERTY(QVariantList offers READ offers NOTIFY offersChanged)
    Q_PROPERTY(QStringList appliedOffers READ appliedOffers NOTIFY offersChanged)
    Q_PROPERTY(QString appliedOffersText READ appliedOffersText NOTIFY offersChanged)
public:
    enum Stage { Selling, Paying, Receipt };
    Q_ENUM(Stage)
    enum Level { Info, Success, Warning, Failure };
    Q_ENUM(Level)

    Counter(SaleSession &session, AudioCue *audio, QObject *parent = nullptr);
    ~Counter() override;

    static Counter *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Counter *instance);

    SaleSession &session() { return m_session; }
    // Actions the clerk's role does not allow wait there for another clerk's approval.
    void setStaff(Staff *staff);
    BasketModel *basket() { return &m_model; }
    Stage stage() const { return Stage(int(m_session.stage())); }
    int lineCount() const { return int(m_session.basket().lines().size()); }
    int articleCount() const { return int(m_session.totals().articleCount); }
    int totalCents() const { return int(m_session.totals().total.cents()); }
    QString totalText() const { return m_session.totals().total.toString(); }
    QString subtotalText() const { return m_session.totals().linesTotal.toString(); }
    QString basketDiscountText() const;
    QVariantList vatRows() const;
    QString vatTotalText() const;
    QString paidText() const { return m_session.checkout().paid().toString(); }
    int remainingCents() const { return int(m_session.checkout().remaining().cents()); }
    QString remainingText() const;
    QString changeText() const { return m_session.checkout().change().toString(); }
    QVariantList tenders() const;
    QVariantList quickAmounts() const;
    QString externalTendersText() const;
    bool refund() const { return m_session.totals().total.isNegative(); }
    QString receiptText() const { return m_receiptText; }
    QString receiptCode() const { return m_receiptCode; }
    int lastTicketNumber() const { return m_session.lastTicket() ? int(m_session.lastTicket()->number) : 0; }
    QString lastChangeText() const
    {
        return m_session.lastTicket() ? m_session.lastTicket()->change.toString() : QString();
    }
    int lastChangeCents() const
    {
        return m_session.lastTicket() ? int(m_session.lastTicket()->change.cents()) : 0;
    }
    bool lastTicketVoided() const { return m_session.lastTicketVoided(); }
    bool lastTicketCancellable() const { return m_session.lastTicketCancellable(); }
    QString lastTicketCancelHint() const { return m_session.lastTicketCancelHint(); }
    bool lastTicketReopened() const { return m_session.lastTicketReopened(); }
    QString lastTicketStore() const
    {
        const auto elsewhere = m_session.lastTicketElsewhere();
        return elsewhere ? elsewhere->storeName : QString();
    }
    int returnTicketNumber() const;
    bool lastTicketReturnable() const { return m_session.lastTicketReturnable(); }
    int parkedCount() const { return int(m_session.parked().size()); }
    QVariantList parkedBaskets() const;
    QString storeName() const { return m_session.store().storeName; }
    QString registerId() const { return m_session.store().registerId; }
    QString clerkName() const { return m_session.clerk().name; }
    bool training() const { return m_session.store().training; }
    QStringList returnReasons() const;

    const Checkout &checkout() const { return m_session.checkout(); }

    // Input
    Q_INVOKABLE bool handleScan(const QString &raw); // false: refused, with a message
    Q_INVOKABLE bool addProduct(int productId);
    // A department or the miscellaneous key (code "misc"): the typed amount; vatBp < 0: the
    // department's or the store's misc rate.
    Q_INVOKABLE bool sellAmount(const QString &code, const QString &amountText, int vatBp = -1);
    // The VAT rates the misc key offers: [{bp, text}], highest first.
    Q_INVOKABLE QVariantList vatChoices() const;
    // Enter in the search field: a typed barcode or SKU is added like a scan.
    Q_INVOKABLE bool submitCode(const QString &text);

    // Customers. Each result: id, name, detail (phone, e-mail or card), premium.
    Q_INVOKABLE QVariantList searchCustomers(const QString &text) const;
    // The attached customer for the customer panel (customertexts.h), empty without one.
    Q_INVOKABLE QVariantMap customerDetails() const;
    Q_INVOKABLE bool attachCustomer(const QString &id);
    Q_INVOKABLE void detachCustomer();
    bool hasCustomer() const { return m_session.customer().has_value(); }
    QString customerName() const { return hasCustomer() ? m_session.customer()->displayName : QString(); }
    const std::optional<crm::Customer> &customer() const { return m_session.customer(); }
    // A message for the clerk in the banner (and the log).
    void notify(const QString &text, Level level);
    bool customerPremium() const { return hasCustomer() && m_session.customer()->isPremium(); }
    QString customerTierText() const;
    int customerPoints() const { return hasCustomer() ? int(m_session.balance().available()) : 0; }
    QString customerPointsText() const;
    bool customerPointsProvisional() const { return hasCustomer() && m_session.balance().provisional(); }
    int pointsUsable() const { return int(m_session.pointsUsable()); }
    QString pointsUsableText() const;
    QString pointsLimitText() const;
    Q_INVOKABLE bool usePoints() { return bool(m_session.usePoints()); }
    QVariantList offers() const { return m_offerList; }
    QStringList appliedOffers() const { return m_session.appliedOfferTitles(); }
    QString appliedOffersText() const { return appliedOffers().join(u", "); }
    Q_INVOKABLE bool applyOffer(const QString &id) { return bool(m_session.applyOffer(id)); }
    // Customer records or the loyalty programme came down from head office.
    void refreshCustomer() { m_session.refreshCustomer(); }

    // Basket edits (row = basket row)
    Q_INVOKABLE bool setQuantity(int row, const QString &text);
    Q_INVOKABLE bool changeQuantity(int row, int delta);
    Q_INVOKABLE bool setUnitPrice(int row, const QString &text);
    Q_INVOKABLE bool setLineDiscount(int row, const QString &percentText);
    Q_INVOKABLE bool removeLine(int row);
    Q_INVOKABLE bool markReturn(int row, const QString &reason);
    Q_INVOKABLE bool setBasketDiscount(const QString &text, bool percent);
    Q_INVOKABLE void cancelSale()
    {
        guarded([this] { return m_session.cancelSale(); });
    }

    // Payment
    Q_INVOKABLE bool startPayment() { return bool(m_session.startPayment()); }
    Q_INVOKABLE bool addTender(const QString &kind, const QString &amountText);
    Q_INVOKABLE bool addTenderCents(const QString &kind, int cents);
    Q_INVOKABLE bool payRemaining(const QString &kind) { return bool(m_session.payRemaining(kind)); }
    Q_INVOKABLE void removeTender(int index);
    Q_INVOKABLE void cancelPayment()
    {
        guarded([this] { return m_session.cancelPayment(); });
    }
    Q_INVOKABLE bool completeSale() { return bool(m_session.completeSale()); }

    // After the sale
    Q_INVOKABLE void newSale() { m_session.newSale(); }
    Q_INVOKABLE bool reprintLast();
    // Tickets of this register for what the clerk typed or scanned (sales/ticketquery.h):
    // {problem} when the text is none of a number, a day, an amount, card digits or a receipt
    // code; else {tickets: [{uuid, number, when, total, tenders, kind, cancelled}]}.
    Q_INVOKABLE QVariantMap findTickets(const QString &text) const;
    Q_INVOKABLE bool showTicket(const QString &uuid) { return bool(m_session.showTicket(uuid)); }
    // The lines of the ticket on the receipt screen and what is left to return of each:
    // [{position, name, weighed, leftMilli, leftText, soldText, paidText}].
    Q_INVOKABLE QVariantList returnableLines() const;
    // `quantityText`: pieces ("2") or kilograms ("0,5") of line `position` of that ticket.
    Q_INVOKABLE bool returnFromTicket(int position, const QString &quantityText, const QString &reason)
    {
        return onThisTicket(QStringLiteral("return"), [this, position, quantityText, reason] {
            return m_session.returnFromTicket(position, quantityText, reason);
        });
    }
    Q_INVOKABLE QString saveReceiptPdf();
    Q_INVOKABLE bool voidLastTicket(const QString &reason)
    {
        return onThisTicket(
            QStringLiteral("void"), [this, reason] { return m_session.voidLastTicket(reason); });
    }
    Q_INVOKABLE bool findTicketInChain(const QString &uuid)
    {
        return bool(m_session.findTicketInChain(uuid));
    }

    // Parking
    Q_INVOKABLE bool park(const QString &label) { return bool(m_session.park(label)); }
    Q_INVOKABLE bool resume(const QString &id) { return bool(m_session.resume(id)); }

    // The screen is up: messages from start-up (a restored sale) are shown now.
    Q_INVOKABLE void uiReady();
    void refreshTexts(); // language changed

    bool holding() const { return m_session.heldAtZero().has_value(); }
    QString heldName() const { return holding() ? m_session.heldAtZero()->product.name : QString(); }
    QString heldQuestion() const { return holding() ? m_session.heldAtZero()->question : QString(); }
    Q_INVOKABLE bool sellHeldFree()
    {
        return guarded([this] { return m_session.sellHeldFree(); });
    }
    Q_INVOKABLE bool priceHeld(const QString &priceText) { return bool(m_session.priceHeld(priceText)); }
    Q_INVOKABLE void dropHeld() { m_session.dropHeld(); }

    bool weighing() const { return m_session.awaitingWeight().has_value(); }
    QString weighingName() const { return weighing() ? m_session.awaitingWeight()->product.name : QString(); }
    QString weighingUnitPrice() const;
    QString weighingStatus() const { return weighing() ? m_session.awaitingWeight()->status : QString(); }
    int weighingTareGrams() const { return weighing() ? m_session.awaitingWeight()->product.tareGrams : 0; }
    bool weighingOnScale() const { return weighing() && m_session.awaitingWeight()->fromScale; }
    bool weighingFailed() const { return weighing() && m_session.awaitingWeight()->scaleFailed; }
    bool hasScale() const { return m_session.scale() != nullptr; }
    Q_INVOKABLE bool enterWeight(const QString &kilograms) { return bool(m_session.enterWeight(kilograms)); }
    Q_INVOKABLE bool weighAgain() { return bool(m_session.weighAgain()); }
    Q_INVOKABLE void weighByHand() { m_session.weighByHand(); }
    Q_INVOKABLE void dropWeighing() { m_session.dropWeighing(); }

    bool canUndo() const { return m_session.canUndo(); }
    QString undoText() const { return m_session.undoText(); }
    Q_INVOKABLE bool undo() { return bool(m_session.undo()); }

Q_SIGNALS:
    void heldChanged();
    void weighingChanged();
    void undoChanged();
    void clerkChanged();
    void accepted(); // an item scanned or weighed went in: earlier refusals are stale
    void storeChanged();
    void stageChanged();
    void totalsChanged();
    void paymentChanged();
    void receiptChanged();
    void parkedChanged();
    void textsChanged();
    void customerChanged();
    void offersChanged();
    void message(const QString &text, comptoir::Counter::Level level);
    void lineTouched(int row);
    void saleRecorded(int number);

private:
    QString lineIdAt(int row) const;
    // Runs a session action through Staff::attempt (an approval may be asked for it).
    bool guarded(std::function<Status()> action, const QJsonObject &detail = {});
    // An action on the ticket on the receipt screen: if it waits for an approval, it is done
    // on that same ticket or not at all (another one opened meanwhile), and the approval names it.
    bool onThisTicket(const QString &what, std::function<Status()> action);
    void showReceipt();
    void refreshOffers();
    void greet(const crm::Customer &customer);

    SaleSession &m_session;
    AudioCue *m_audio;
    Staff *m_staff = nullptr;
    BasketModel m_model;
    QVariantList m_offerList;
    QString m_receiptText;
    QString m_receiptCode;
    QList<std::pair<QString, Level>> m_startupMessages;
    bool m_uiReady = false;
};

} // namespace comptoir
