// SPDX-License-Identifier: GPL-3.0-or-later
#include "countercontroller.h"

#include "audiocue.h"
#include "catalog/catalog.h"
#include "crm/customertext.h"
#include "crm/loyalty.h"
#include "customertexts.h"
#include "receiptpdf.h"
#include "sales/cashsuggestions.h"
#include "sales/receipt.h"
#include "scan/gtin.h"
#include "storage/settingstable.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCounter, "comptoir.counter", QtInfoMsg)

namespace comptoir {

namespace {
Counter *s_instance = nullptr;

// A card payment the register made on a terminal (it has the attempt's reference), as
// opposed to one the clerk confirmed by hand.
bool isTerminalCard(const Tender &t)
{
    return (t.kind == Tender::Card || t.kind == Tender::CardOffline) && !t.reference.isEmpty();
}
} // namespace

Counter::Counter(QSqlDatabase db, StoreProfile store, Clerk clerk, const Catalog &catalog,
    BarcodeDecoder decoder, AudioCue *audio, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_clerk(std::move(clerk))
    , m_catalog(catalog)
    , m_customers(db)
    , m_offerBook(db, catalog)
    , m_cardPrefixes(SettingsTable(db).value(u"crm.card_prefixes"_s, u"29"_s).split(u',', Qt::SkipEmptyParts))
    , m_decoder(std::move(decoder))
    , m_audio(audio)
    , m_checkout(db, store)
    , m_jet(db, store.registerId)
{
    m_totals = m_checkout.basket().totals();
    reloadParked();
}

Counter::~Counter()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Counter *Counter::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Counter::setInstance(Counter *instance)
{
    s_instance = instance;
}

// ---- state and messages ---------------------------------------------------------------

void Counter::notify(const QString &text, Level level)
{
    if (!m_uiReady) {
        m_startupMessages.append({text, level});
        return;
    }
    if (m_audio && level == Failure)
        m_audio->play(AudioCue::Cue::Refused);
    Q_EMIT message(text, level);
}

bool Counter::report(const Status &status)
{
    if (status)
        return true;
    notify(status.error().message, Failure);
    return false;
}

void Counter::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
    refreshOffers();
}

void Counter::basketChanged(const QString &touchedLineId)
{
    const QString customerId = m_checkout.basket().customerId();
    if (customerId != (m_customer ? m_customer->id : QString())) {
        m_customer.reset();
        if (!customerId.isEmpty()) {
            m_customer = m_customers.byId(customerId);
            if (!m_customer) {
                // Gone from the snapshot (withdrawn by head office): the sale keeps the id.
                m_customer = crm::Customer();
                m_customer->id = customerId;
                m_customer->displayName = tr("Customer %1").arg(customerId);
            }
        }
        reloadLoyalty();
        Q_EMIT customerChanged();
    }
    m_totals = m_checkout.basket().totals();
    m_model.sync(m_checkout.basket());
    refreshOffers();
    // Saved after every change: a crash or a power cut loses nothing of the basket.
    if (auto s = m_checkout.save(); !s)
        notify(tr("The basket could not be saved: %1").arg(s.error().message), Failure);
    Q_EMIT totalsChanged();
    if (!touchedLineId.isEmpty())
        Q_EMIT lineTouched(m_checkout.basket().indexOf(touchedLineId));
}

void Counter::paymentUpdated()
{
    if (auto s = m_checkout.save(); !s)
        notify(tr("The payment could not be saved: %1").arg(s.error().message), Failure);
    Q_EMIT paymentChanged();
}

bool Counter::editable()
{
    if (m_stage == Paying) {
        notify(tr("Payment in progress: cancel it to change the basket."), Warning);
        return false;
    }
    if (m_stage == Receipt)
        newSale();
    return true;
}

QString Counter::lineIdAt(int row) const
{
    const auto &lines = m_checkout.basket().lines();
    return row >= 0 && row < lines.size() ? lines[row].id : QString();
}

void Counter::refreshTexts()
{
    m_model.refreshTexts();
    if (m_lastTicket && m_stage == Receipt)
        showReceipt(*m_lastTicket, m_lastDuplicate);
    Q_EMIT totalsChanged();
    Q_EMIT paymentChanged();
    Q_EMIT parkedChanged();
    Q_EMIT textsChanged();
}

// ---- properties -------------------------------------------------------------------------

QString Counter::basketDiscountText() const
{
    return m_totals.basketDiscount.isZero() ? QString() : (-m_totals.basketDiscount).toString();
}

QVariantList Counter::vatRows() const
{
    QVariantList rows;
    for (const VatBreakdown &v : m_totals.vat)
        rows.append(QVariantMap {{u"code"_s, QString(v.rate.code())}, {u"rate"_s, v.rate.toString()},
            {u"net"_s, v.net.toString()}, {u"vat"_s, v.vat.toString()}, {u"gross"_s, v.gross.toString()}});
    return rows;
}

QString Counter::remainingText() const
{
    const Money r = m_checkout.remaining();
    return r.isNegative() ? (-r).toString() : r.toString();
}

QVariantList Counter::tenders() const
{
    QVariantList out;
    for (const Tender &t : m_checkout.tenders())
        out.append(QVariantMap {{u"kind"_s, t.kind}, {u"label"_s, ReceiptRenderer::tenderLabel(t.kind)},
            {u"amountText"_s, t.amount.toString()}, {u"terminal"_s, isTerminalCard(t)}});
    return out;
}

QVariantList Counter::quickAmounts() const
{
    QVariantList out;
    for (const Money &m : cashSuggestions(m_checkout.remaining()))
        out.append(QVariantMap {{u"cents"_s, int(m.cents())}, {u"text"_s, m.toString()}});
    return out;
}

QString Counter::externalTendersText() const
{
    QStringList parts;
    for (const Tender &t : m_checkout.tenders()) {
        if (t.kind != Tender::Cash)
            parts << ReceiptRenderer::tenderLabel(t.kind) + u' ' + t.amount.toString();
    }
    return parts.join(u", "_s);
}

bool Counter::lastTicketVoided() const
{
    return m_lastTicket && !m_checkout.journal().voidedBy(m_lastTicket->uuid).isEmpty();
}

QVariantList Counter::parkedBaskets() const
{
    QVariantList out;
    const QLocale locale;
    for (const ParkedBasket &p : m_parked)
        out.append(QVariantMap {{u"id"_s, p.id}, {u"label"_s, p.label},
            {u"time"_s, locale.toString(p.parkedAt.toLocalTime().time(), QLocale::ShortFormat)},
            {u"totalText"_s, p.total.toString()}, {u"articles"_s, int(p.itemCount)}});
    return out;
}

QStringList Counter::returnReasons() const
{
    return {tr("Defective"), tr("Wrong size"), tr("Changed mind"), tr("Damaged in transit"), tr("Other")};
}

// ---- input --------------------------------------------------------------------------------

bool Counter::handleScan(const QString &raw)
{
    if (m_stage == Paying) {
        notify(tr("Payment in progress: finish or cancel it before scanning."), Failure);
        return false;
    }
    if (m_stage == Receipt)
        newSale(); // the next customer's first item starts the next sale

    if (const auto card = customerCard(raw))
        return *card;
    const ScanResult r = m_decoder.decode(raw);
    if (!r.ok()) {
        qCInfo(lcCounter) << "refused scan:" << r.symbologyName() << r.detail;
        notify(r.clerkMessage(), Failure);
        return false;
    }
    std::optional<Product> product = m_catalog.productByBarcode(r.lookupCode);
    if (!product && r.symbology == ScanResult::Symbology::Internal)
        product = m_catalog.productBySku(r.lookupCode);
    if (!product) {
        notify(tr("Unknown product %1: put it aside and find it by name.").arg(r.raw), Failure);
        return false;
    }
    auto line = m_checkout.basket().addProduct(*product, 1000, &r);
    if (!line)
        return report(line.error());
    if (r.expiry.isValid() && r.expiry < QDate::currentDate())
        notify(tr("%1 expired on %2.").arg(product->name, QLocale().toString(r.expiry, QLocale::ShortFormat)),
            Warning);
    if (m_audio)
        m_audio->play(AudioCue::Cue::Accepted);
    basketChanged(*line);
    return true;
}

std::optional<bool> Counter::customerCard(const QString &raw)
{
    const QString card = crm::cardKey(raw.trimmed());
    if (card.size() < 6)
        return std::nullopt;
    if (const auto customer = m_customers.byCard(card))
        return attach(*customer);
    const bool chainCard = gtin::isDigits(card) && card.size() == 13 && gtin::hasValidCheckDigit(card) &&
        std::any_of(m_cardPrefixes.cbegin(), m_cardPrefixes.cend(),
            [&](const QString &prefix) { return card.startsWith(prefix.trimmed()); });
    if (!chainCard)
        return std::nullopt;
    notify(tr("Loyalty card %1 is not known on this register: find the customer by name or phone number.")
               .arg(card),
        Failure);
    return false;
}

bool Counter::attach(const crm::Customer &customer)
{
    if (!editable())
        return false;
    m_checkout.basket().setCustomer(customer.id);
    basketChanged();
    // No personal data in the log: the id only.
    qCInfo(lcCounter) << "customer attached:" << customer.id;
    if (m_audio)
        m_audio->play(AudioCue::Cue::Accepted);
    const int points = customerPoints();
    notify(customer.isPremium() ? tr("%1, %2 customer: %Ln point(s).", nullptr, points)
                                      .arg(customer.displayName, CustomerTexts::tier(customer.tier))
                                : tr("%1: %Ln point(s).", nullptr, points).arg(customer.displayName),
        Success);
    return true;
}

bool Counter::attachCustomer(const QString &id)
{
    const auto customer = m_customers.byId(id);
    if (!customer) {
        notify(tr("This customer is no longer on this register."), Failure);
        return false;
    }
    return attach(*customer);
}

void Counter::detachCustomer()
{
    if (!m_customer || !editable())
        return;
    m_checkout.basket().setCustomer({});
    basketChanged();
}

QString Counter::customerTierText() const
{
    return m_customer ? CustomerTexts::tier(m_customer->tier) : QString();
}

// The attached customer's balance and the programme, read once per change of customer or
// of head office's data: the bar and the payment screen read them on every payment change.
void Counter::reloadLoyalty()
{
    m_program = crm::loadLoyaltyProgram(SettingsTable(m_db));
    m_balance = m_customer ? crm::LoyaltyLedger(m_db).balance(*m_customer) : crm::LoyaltyBalance {};
}

int Counter::customerPoints() const
{
    return m_customer ? int(m_balance.available()) : 0;
}

bool Counter::customerPointsProvisional() const
{
    return m_customer && m_balance.provisional();
}

QString Counter::customerPointsText() const
{
    if (!m_customer)
        return {};
    const QString points = tr("%Ln point(s)", nullptr, int(m_balance.available()));
    if (!m_balance.provisional())
        return points;
    const qint64 pending = m_balance.pendingEarned - m_balance.pendingRedeemed;
    const QString signedPending = (pending > 0 ? u"+"_s : QString()) + QLocale().toString(pending);
    return tr("%1 (%2 to confirm)").arg(points, signedPending);
}

qint64 Counter::redeemablePoints() const
{
    if (!m_customer)
        return 0;
    return crm::LoyaltyLedger::redeemable(*m_customer, m_balance, m_program, m_headOfficeReachable);
}

int Counter::pointsUsable() const
{
    if (!m_customer || m_stage != Paying || m_checkout.due().isNegative() || !m_program.enabled)
        return 0;
    const qint64 left = redeemablePoints() - m_checkout.pointsRedeemed();
    const qint64 covering = m_checkout.remaining().cents() / m_program.pointValueCents;
    return int(std::max<qint64>(0, std::min(left, covering)));
}

QString Counter::pointsUsableText() const
{
    const int points = pointsUsable();
    if (points <= 0)
        return {};
    return tr("Use %Ln point(s) (%1)", nullptr, points).arg(m_program.valueOf(points).toString());
}

QString Counter::pointsLimitText() const
{
    if (!m_customer || m_stage != Paying)
        return {};
    if (m_balance.available() <= 0 || (m_headOfficeReachable && !m_balance.provisional()))
        return {};
    const qint64 redeemable = redeemablePoints();
    if (redeemable >= m_balance.available())
        return {};
    return tr("Without head office's confirmation, no more than %Ln point(s) today "
              "(the customer's offline allowance).",
        nullptr, int(redeemable));
}

bool Counter::usePoints()
{
    const int points = pointsUsable();
    if (points <= 0) {
        notify(tr("No points can be used for this sale."), Warning);
        return false;
    }
    if (!report(m_checkout.redeemPoints(points, redeemablePoints())))
        return false;
    qCInfo(lcCounter) << "loyalty points used:" << points << "customer:" << m_customer->id;
    paymentUpdated();
    return true;
}

void Counter::setHeadOfficeReachable(bool reachable)
{
    if (m_headOfficeReachable == reachable)
        return;
    m_headOfficeReachable = reachable;
    Q_EMIT paymentChanged();
}

void Counter::refreshCustomer()
{
    if (!m_customer)
        return;
    if (auto fresh = m_customers.byId(m_customer->id))
        m_customer = std::move(fresh);
    reloadLoyalty();
    Q_EMIT customerChanged();
    Q_EMIT paymentChanged();
    refreshOffers();
}

void Counter::refreshOffers()
{
    QVariantList list;
    if (m_customer && m_stage == Selling) {
        const Basket &basket = m_checkout.basket();
        for (const crm::OfferMatch &m :
            m_offerBook.applicable(*m_customer, basket, QDateTime::currentDateTimeUtc())) {
            const QString detail = m.offer.amountOffCents > 0
                ? tr("%1 off the basket").arg(Money::fromCents(m.offer.amountOffCents).toString())
                : tr("-%1 % on %Ln article(s)", nullptr, int(m.lines.size())).arg(m.offer.percentOff);
            list.append(
                QVariantMap {{u"id"_s, m.offer.id}, {u"title"_s, m.offer.title}, {u"detail"_s, detail}});
        }
    }
    if (list == m_offerList)
        return;
    m_offerList = list;
    Q_EMIT offersChanged();
}

QStringList Counter::appliedOffers() const
{
    QStringList titles;
    for (const QString &id : m_checkout.basket().offers()) {
        const auto offer = m_offerBook.byId(id);
        titles << (offer ? offer->title : id);
    }
    return titles;
}

bool Counter::applyOffer(const QString &id)
{
    if (!m_customer || !editable())
        return false;
    if (!report(m_offerBook.apply(*m_customer, m_checkout.basket(), id, QDateTime::currentDateTimeUtc())))
        return false;
    qCInfo(lcCounter) << "offer applied:" << id << "customer:" << m_customer->id;
    basketChanged();
    Q_EMIT offersChanged(); // the applied list, even when the applicable one did not change
    if (const auto offer = m_offerBook.byId(id))
        notify(tr("Offer applied: %1.").arg(offer->title), Success);
    return true;
}

QVariantMap Counter::customerDetails() const
{
    // The history is CustomerDesk's: this register's tickets and head office's.
    return m_customer ? CustomerTexts::details(*m_customer) : QVariantMap();
}

QVariantList Counter::searchCustomers(const QString &text) const
{
    QVariantList out;
    for (const crm::Customer &c : m_customers.search(text, 30))
        out.append(CustomerTexts::searchResult(c));
    return out;
}

bool Counter::addProduct(int productId)
{
    if (!editable())
        return false;
    const auto product = m_catalog.productById(productId);
    if (!product) {
        notify(tr("This product is no longer in the catalog."), Failure);
        return false;
    }
    auto line = m_checkout.basket().addProduct(*product);
    if (!line)
        return report(line.error());
    basketChanged(*line);
    if (product->soldByWeight)
        notify(tr("%1 is sold by weight: enter the weight in kg.").arg(product->name), Info);
    return true;
}

bool Counter::submitCode(const QString &text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return false;
    const ScanResult r = m_decoder.decode(code);
    const bool looksLikeCode =
        r.symbology != ScanResult::Symbology::Internal && r.symbology != ScanResult::Symbology::Unknown;
    if (looksLikeCode || m_catalog.productBySku(code) || m_catalog.productByBarcode(code)) {
        handleScan(code); // refusals are reported there; the field is cleared either way
        return true;
    }
    return false;
}

// ---- basket edits -------------------------------------------------------------------------

bool Counter::setQuantity(int row, const QString &text)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    const auto &lines = m_checkout.basket().lines();
    if (id.isEmpty())
        return report(Error {u"counter.no_line"_s, tr("Select a line first.")});
    const bool weighed = lines[row].weighed;
    const auto milli = Basket::parseQuantity(text, weighed);
    if (!milli)
        return report(Error {u"counter.quantity"_s,
            weighed ? tr("Enter a weight in kg, such as 0,750.") : tr("Enter a whole number of pieces.")});
    if (!report(m_checkout.basket().setQuantity(id, *milli)))
        return false;
    basketChanged(id);
    return true;
}

bool Counter::changeQuantity(int row, int delta)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    if (id.isEmpty())
        return false;
    const BasketLine &l = m_checkout.basket().lines()[row];
    if (l.weighed || l.priceEmbedded)
        return report(Error {u"counter.quantity"_s, tr("Enter the weight on the keypad.")});
    const qint64 magnitude = std::abs(l.quantityMilli) + qint64(delta) * 1000;
    if (magnitude <= 0)
        return removeLine(row);
    if (!report(m_checkout.basket().setQuantity(id, l.isReturn() ? -magnitude : magnitude)))
        return false;
    basketChanged(id);
    return true;
}

bool Counter::setUnitPrice(int row, const QString &text)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    if (id.isEmpty())
        return report(Error {u"counter.no_line"_s, tr("Select a line first.")});
    const auto price = Money::parse(text);
    if (!price)
        return report(Error {u"counter.price"_s, tr("Enter a price such as 12,50.")});
    const Money before = m_checkout.basket().lines()[row].unitPrice;
    if (!report(m_checkout.basket().setUnitPrice(id, *price)))
        return false;
    // Price changes at the counter are part of the technical journal.
    m_jet
        .record(EventJournal::PriceOverride, m_clerk.id,
            {{u"sku"_s, m_checkout.basket().lines()[row].sku}, {u"from"_s, before.cents()},
                {u"to"_s, price->cents()}})
        .ok();
    basketChanged(id);
    return true;
}

bool Counter::setLineDiscount(int row, const QString &percentText)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    if (id.isEmpty())
        return report(Error {u"counter.no_line"_s, tr("Select a line first.")});
    const auto pct = Money::parse(percentText); // "12,5" -> 1250 basis points
    if (!pct || pct->isNegative() || pct->cents() > 10000)
        return report(Error {u"counter.discount"_s, tr("Enter a percentage between 0 and 100.")});
    if (!report(m_checkout.basket().setLineDiscount(id, Discount::percent(pct->cents()))))
        return false;
    basketChanged(id);
    return true;
}

bool Counter::removeLine(int row)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    if (id.isEmpty() || !report(m_checkout.basket().removeLine(id)))
        return false;
    basketChanged();
    return true;
}

bool Counter::markReturn(int row, const QString &reason)
{
    if (!editable())
        return false;
    const QString id = lineIdAt(row);
    if (id.isEmpty())
        return report(Error {u"counter.no_line"_s, tr("Select a line first.")});
    if (!report(m_checkout.basket().markReturn(id, reason)))
        return false;
    basketChanged(id);
    return true;
}

bool Counter::setBasketDiscount(const QString &text, bool percent)
{
    if (!editable())
        return false;
    const auto value = Money::parse(text.isEmpty() ? u"0"_s : text);
    if (!value || value->isNegative() || (percent && value->cents() > 10000))
        return report(Error {u"counter.discount"_s,
            percent ? tr("Enter a percentage between 0 and 100.") : tr("Enter an amount such as 5,00.")});
    const Discount d = percent ? Discount::percent(value->cents()) : Discount::amount(*value);
    if (!report(m_checkout.basket().setBasketDiscount(d)))
        return false;
    basketChanged();
    return true;
}

void Counter::cancelSale()
{
    if (m_checkout.basket().isEmpty()) {
        if (m_customer && m_stage == Selling) { // only a card scanned: nothing to journal
            m_checkout.basket().setCustomer({});
            basketChanged();
        }
        return;
    }
    const Money total = m_totals.total;
    const qint64 lines = m_checkout.basket().lines().size();
    m_checkout.reset();
    m_jet
        .record(EventJournal::BasketCancelled, m_clerk.id, {{u"total"_s, total.cents()}, {u"lines"_s, lines}})
        .ok();
    setStage(Selling);
    basketChanged();
    paymentUpdated();
    notify(tr("Sale cancelled."), Info);
}

// ---- payment ------------------------------------------------------------------------------

bool Counter::startPayment()
{
    if (m_stage == Receipt || m_checkout.basket().isEmpty()) {
        notify(tr("The basket is empty."), Warning);
        return false;
    }
    setStage(Paying);
    Q_EMIT paymentChanged();
    return true;
}

bool Counter::addTender(const QString &kind, const QString &amountText)
{
    const auto amount = Money::parse(amountText);
    if (!amount)
        return report(Error {u"counter.amount"_s, tr("Enter an amount such as 20 or 12,50.")});
    return addTenderCents(kind, int(amount->cents()));
}

bool Counter::addTenderCents(const QString &kind, int cents)
{
    if (m_stage != Paying && !startPayment())
        return false;
    if (!report(m_checkout.addTender(kind, Money::fromCents(cents))))
        return false;
    paymentUpdated();
    if (m_checkout.isSettled())
        return completeSale();
    return true;
}

bool Counter::payRemaining(const QString &kind)
{
    const Money r = m_checkout.remaining();
    if (r.isZero() && m_checkout.isSettled())
        return completeSale();
    return addTenderCents(kind, int(r.cents()));
}

void Counter::removeTender(int index)
{
    const std::optional<Tender> tender = index >= 0 && index < m_checkout.tenders().size()
        ? std::optional(m_checkout.tenders().at(index))
        : std::nullopt;
    if (!report(m_checkout.removeTender(index)))
        return;
    if (tender && isTerminalCard(*tender))
        Q_EMIT cardTenderDropped(tender->reference);
    paymentUpdated();
}

bool Counter::addCardTender(const QString &kind, Money amount, const QString &reference)
{
    if (m_stage != Paying)
        return false;
    if (!report(m_checkout.addTender(kind, amount, reference)))
        return false;
    paymentUpdated();
    if (m_checkout.isSettled())
        return completeSale();
    return true;
}

bool Counter::hasTender(const QString &reference) const
{
    return std::any_of(m_checkout.tenders().cbegin(), m_checkout.tenders().cend(),
        [&](const Tender &t) { return !reference.isEmpty() && t.reference == reference; });
}

void Counter::cancelPayment()
{
    // Payments taken outside the till (card, cheque) must be given back by the clerk: the
    // event journal keeps what was dropped.
    QJsonArray dropped;
    for (const Tender &t : m_checkout.tenders())
        dropped.append(QJsonObject {{u"kind"_s, t.kind}, {u"amount"_s, t.amount.cents()}});
    if (!dropped.isEmpty())
        m_jet.record(EventJournal::PaymentCancelled, m_clerk.id, {{u"tenders"_s, dropped}}).ok();
    const QList<Tender> tenders = m_checkout.tenders();
    m_checkout.cancelPayment();
    for (const Tender &t : tenders) {
        if (isTerminalCard(t))
            Q_EMIT cardTenderDropped(t.reference);
    }
    paymentUpdated();
    setStage(Selling);
}

bool Counter::completeSale()
{
    auto ticket = m_checkout.complete(m_clerk);
    if (!ticket) {
        // Nothing was recorded; basket and payments are kept (and saved) for another try.
        return report(ticket.error());
    }
    m_lastTicket = *ticket;
    QStringList cardReferences;
    for (const TicketTender &t : ticket->tenders) {
        if ((t.kind == Tender::Card || t.kind == Tender::CardOffline) && !t.reference.isEmpty())
            cardReferences << t.reference;
    }
    if (!cardReferences.isEmpty())
        Q_EMIT cardTendersRecorded(ticket->uuid, cardReferences);
    basketChanged();
    showReceipt(*ticket, 0);
    setStage(Receipt);
    Q_EMIT paymentChanged();
    Q_EMIT saleRecorded(int(ticket->number));
    if (!ticket->change.isZero())
        notify(tr("Give back %1.").arg(ticket->change.toString()), Success);
    return true;
}

// ---- after the sale -----------------------------------------------------------------------

void Counter::showReceipt(const Ticket &ticket, int duplicate)
{
    ReceiptOptions options;
    options.columns = 42;
    options.duplicateNumber = duplicate;
    m_lastDuplicate = duplicate;
    m_receiptText = ReceiptRenderer::text(ticket, m_store, options);
    Q_EMIT receiptChanged();
}

void Counter::newSale()
{
    setStage(Selling);
    Q_EMIT paymentChanged();
}

bool Counter::reprintLast()
{
    if (!m_lastTicket)
        return report(Error {u"counter.no_ticket"_s, tr("No ticket to reprint yet.")});
    const int duplicate = int(m_jet.count(EventJournal::Reprint, m_lastTicket->uuid)) + 1;
    if (!report(m_jet.record(EventJournal::Reprint, m_clerk.id,
            {{u"ticketUuid"_s, m_lastTicket->uuid}, {u"number"_s, m_lastTicket->number},
                {u"duplicate"_s, duplicate}})))
        return false;
    showReceipt(*m_lastTicket, duplicate);
    if (m_stage == Selling && m_checkout.basket().isEmpty())
        setStage(Receipt);
    return true;
}

QString Counter::saveReceiptPdf()
{
    if (!m_lastTicket || m_receiptText.isEmpty()) {
        report(Error {u"counter.no_ticket"_s, tr("No receipt to save yet.")});
        return {};
    }
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/comptoir/receipts"_s;
    const QString path = u"%1/ticket-%2-%3%4.pdf"_s.arg(dir, m_store.registerId)
                             .arg(m_lastTicket->number, 6, 10, QLatin1Char('0'))
                             .arg(m_lastDuplicate ? u"-duplicata-%1"_s.arg(m_lastDuplicate) : QString());
    if (!report(ReceiptPdf::write(m_receiptText, path)))
        return {};
    notify(tr("Receipt saved: %1").arg(QDir::toNativeSeparators(path)), Success);
    return path;
}

bool Counter::voidLastTicket(const QString &reason)
{
    if (!m_lastTicket)
        return report(Error {u"counter.no_ticket"_s, tr("No ticket to cancel.")});
    const qint64 number = m_lastTicket->number;
    auto reversal = m_checkout.journal().voidTicket(number, m_clerk, reason, [&](QSqlDatabase &) {
        return m_jet.append(EventJournal::Void, m_clerk.id, {{u"number"_s, number}, {u"reason"_s, reason}});
    });
    if (!reversal)
        return report(reversal.error());
    m_lastTicket = *reversal;
    showReceipt(*reversal, 0);
    setStage(Receipt);
    notify(tr("Ticket %1 cancelled by ticket %2: refund %3.")
               .arg(number)
               .arg(reversal->number)
               .arg((-reversal->total).toString()),
        Success);
    return true;
}

// ---- parking ------------------------------------------------------------------------------

void Counter::reloadParked()
{
    m_parked = m_checkout.store().parked();
    Q_EMIT parkedChanged();
}

bool Counter::park(const QString &label)
{
    if (!editable())
        return false;
    const QString name = label.trimmed().isEmpty()
        ? tr("Basket of %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
        : label.trimmed();
    auto id = m_checkout.park(m_clerk, name);
    if (!id)
        return report(id.error());
    basketChanged();
    reloadParked();
    notify(tr("Basket parked: %1").arg(name), Success);
    return true;
}

bool Counter::resume(const QString &id)
{
    if (!editable())
        return false;
    if (!report(m_checkout.resume(id)))
        return false;
    basketChanged();
    reloadParked();
    return true;
}

void Counter::uiReady()
{
    m_uiReady = true;
    for (const auto &[text, level] : std::exchange(m_startupMessages, {}))
        notify(text, level);
}

void Counter::restore()
{
    m_lastTicket = m_checkout.journal().lastTicket();
    if (!m_checkout.restore())
        return;
    basketChanged();
    m_jet
        .record(EventJournal::Restore, m_clerk.id, {{u"lines"_s, qint64(m_checkout.basket().lines().size())}})
        .ok();
    if (m_checkout.paymentStarted()) {
        setStage(Paying);
        Q_EMIT paymentChanged();
    }
    notify(tr("The sale in progress was restored."), Info);
}

void Counter::setStoreProfile(const StoreProfile &store)
{
    StoreProfile updated = store;
    updated.storeId = m_store.storeId;
    updated.registerId = m_store.registerId;
    updated.training = m_store.training;
    if (updated == m_store)
        return;
    m_store = updated;
    Q_EMIT storeChanged();
}

} // namespace comptoir
