// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesession.h"

#include "staff/clerksession.h"

#include "catalog/catalog.h"
#include "closing/closingbook.h"
#include "counter/cardcheckout.h"
#include "counter/quickkeys.h"
#include "scale/scale.h"
#include "storage/settingstable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSale, "comptoir.sale", QtInfoMsg)

namespace comptoir {

namespace {

// The container's weight the scale takes off, when the product is weighed in one.
std::optional<int> tareOf(const Product &product)
{
    return product.tareGrams > 0 ? std::optional<int>(product.tareGrams) : std::nullopt;
}

Error saleError(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message};
}

} // namespace

bool isTerminalCard(const Tender &t)
{
    return (t.kind == Tender::Card || t.kind == Tender::CardOffline) && !t.reference.isEmpty();
}

SaleSession::SaleSession(QSqlDatabase db, StoreProfile store, Clerk clerk, const Catalog &catalog,
    BarcodeDecoder decoder, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_clerk(std::move(clerk))
    , m_catalog(catalog)
    , m_clock(clock)
    , m_interpreter(db, catalog, std::move(decoder), ScanInterpreter::cardPrefixesFor(db))
    , m_customers(db)
    , m_offerBook(db, catalog)
    , m_checkout(db, store, clock)
    , m_jet(db, store.registerId, clock)
{
    m_totals = m_checkout.basket().totals();
    m_program = crm::loadLoyaltyProgram(SettingsTable(m_db));
    reloadParked();
}

SaleSession::~SaleSession() = default;

void SaleSession::setPayments(PaymentService *payments)
{
    m_cards.reset();
    if (payments)
        m_cards = std::make_unique<CardCheckout>(*this, *payments);
}

// ---- state and messages ----------------------------------------------------------------

void SaleSession::notify(const QString &text, Level level, const QString &code)
{
    // The code, never the text: a message may hold a card number or a customer's name.
    static const char *const levels[] = {"info", "success", "warning", "failure"};
    qCInfo(lcSale).noquote() << "notice:" << levels[int(level)] << (code.isEmpty() ? u"-"_s : code);
    Q_EMIT notice(text, level);
}

Clerk SaleSession::clerk() const
{
    return m_clerks ? m_clerks->clerk() : m_clerk;
}

QString SaleSession::actorId() const
{
    // What the register does by itself (a sale restored at start) is the system's.
    const QString id = clerk().id;
    return id.isEmpty() ? u"system"_s : id;
}

Status SaleSession::allowed(Permission p)
{
    if (!m_clerks)
        return Ok {};
    const Status s = m_clerks->require(p);
    if (!s && s.error().code != u"staff.approval_needed"_s)
        report(s);
    return s;
}

Status SaleSession::allowedLineDiscount(int bp)
{
    if (!m_clerks)
        return Ok {};
    const Status s = m_clerks->requireLineDiscount(bp);
    if (!s && s.error().code != u"staff.approval_needed"_s)
        report(s);
    return s;
}

bool SaleSession::report(const Status &status)
{
    if (status)
        return true;
    notify(status.error().message, Level::Failure, status.error().code);
    return false;
}

void SaleSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
    refreshOffers();
}

void SaleSession::changed(const QString &touchedLineId)
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
    if (m_undo && !m_keepUndo) {
        m_undo.reset(); // the basket changed otherwise: nothing to undo any more
        Q_EMIT undoChanged();
    }
    m_totals = m_checkout.basket().totals();
    refreshOffers();
    // Saved after every change: a crash or a power cut loses nothing of the basket.
    if (auto s = m_checkout.save(); !s)
        notify(tr("The basket could not be saved: %1").arg(s.error().message), Level::Failure);
    Q_EMIT basketChanged(touchedLineId);
}

void SaleSession::paymentUpdated()
{
    if (auto s = m_checkout.save(); !s)
        notify(tr("The payment could not be saved: %1").arg(s.error().message), Level::Failure);
    Q_EMIT paymentChanged();
}

bool SaleSession::editable()
{
    if (m_stage == Stage::Paying) {
        notify(tr("Payment in progress: cancel it to change the basket."), Level::Warning);
        return false;
    }
    if (m_stage == Stage::Receipt)
        newSale();
    return true;
}

bool SaleSession::setStoreProfile(const StoreProfile &store)
{
    StoreProfile updated = store;
    updated.storeId = m_store.storeId;
    updated.registerId = m_store.registerId;
    updated.training = m_store.training;
    if (updated == m_store)
        return false;
    m_store = updated;
    Q_EMIT storeChanged();
    return true;
}

bool SaleSession::lastTicketVoided() const
{
    if (const auto elsewhere = lastTicketElsewhere())
        return !elsewhere->elsewhere.cancelledBy.isEmpty();
    return m_lastTicket && !m_checkout.journal().voidedBy(m_lastTicket->uuid).isEmpty();
}

namespace {
// A card moved money for it: a reversing ticket alone would say the card was refunded (or
// charged again) while nothing went through the terminal.
bool movedCardMoney(const Ticket &ticket)
{
    return std::any_of(ticket.tenders.cbegin(), ticket.tenders.cend(), [](const TicketTender &t) {
        return (t.kind == Tender::Card || t.kind == Tender::CardOffline) && !t.amount.isZero();
    });
}
} // namespace

bool SaleSession::lastTicketCancellable() const
{
    if (!m_lastTicket || m_lastTicket->kind != u"sale"_s || lastTicketElsewhere() || lastTicketVoided() ||
        m_lastTicket->createdAt.toLocalTime().date() != m_clock.now().toLocalTime().date() ||
        (movedCardMoney(*m_lastTicket) && !cancellableThroughTerminal(*m_lastTicket)))
        return false;
    const auto lines = returnableLines();
    return std::none_of(
        lines.cbegin(), lines.cend(), [](const TicketReturns::Line &l) { return l.returnedMilli != 0; });
}

QString SaleSession::lastTicketCancelHint() const
{
    if (!m_lastTicket || m_lastTicket->kind != u"sale"_s || lastTicketVoided() || lastTicketCancellable())
        return {};
    if (const auto elsewhere = lastTicketElsewhere())
        return tr("A ticket of %1: return its items here, or cancel it at its register.")
            .arg(elsewhere->storeName);
    if (m_lastTicket->createdAt.toLocalTime().date() != m_clock.now().toLocalTime().date())
        return tr("Not of today: return its items instead.");
    if (movedCardMoney(*m_lastTicket))
        return m_cards ? tr("Refunded by card, or paid with points: return its items instead.")
                       : tr("Paid by card and no terminal is set up: return its items instead.");
    return tr("Items of it were returned already: return the rest instead.");
}

// ---- input ------------------------------------------------------------------------------

Status SaleSession::clerkAtTheRegister()
{
    if (m_clerks && !m_clerks->signedIn()) {
        const Error e =
            saleError("staff.not_signed_in", tr("Sign in first: nothing is sold without a clerk."));
        notify(e.message, Level::Failure, e.code);
        return e;
    }
    return Ok {};
}

Status SaleSession::readyForANewSale()
{
    // A new sale waits for the Z of an earlier business day; one already started goes on.
    if (!m_closings || !m_checkout.basket().isEmpty() || m_stage == Stage::Paying)
        return Ok {};
    if (auto s = m_closings->readyToSell(); !s) {
        notify(s.error().message, Level::Failure, s.error().code);
        Q_EMIT closingRequired();
        return s;
    }
    return Ok {};
}

Status SaleSession::scan(const QString &raw)
{
    if (auto s = clerkAtTheRegister(); !s)
        return s;
    if (m_stage == Stage::Paying) {
        const Error e =
            saleError("sale.paying", tr("Payment in progress: finish or cancel it before scanning."));
        notify(e.message, Level::Failure, e.code);
        return e;
    }
    // A receipt of this register, scanned to return its items or print it again.
    if (raw.startsWith(u"TK"_s)) {
        if (const QString uuid = TicketQuery::uuidOfReceiptCode(raw); !uuid.isEmpty()) {
            if (m_checkout.basket().isEmpty() && m_stage != Stage::Paying &&
                !m_checkout.journal().ticketByUuid(uuid))
                return findTicketInChain(uuid); // another register's receipt
            return showTicket(uuid);
        }
    }
    if (auto s = readyForANewSale(); !s)
        return s;
    if (m_stage == Stage::Receipt)
        newSale(); // the next customer's first item starts the next sale

    const ScanMeaning meaning = m_interpreter.interpret(raw, m_clock.now().toLocalTime().date());
    switch (meaning.kind) {
    case ScanMeaning::Kind::Customer:
        return attach(*meaning.customer);
    case ScanMeaning::Kind::UnknownCard:
    case ScanMeaning::Kind::Refused: {
        if (meaning.kind == ScanMeaning::Kind::Refused && !meaning.scan.ok())
            qCInfo(lcSale) << "refused scan:" << meaning.scan.symbologyName() << meaning.scan.detail;
        const Error e = saleError("sale.scan", meaning.message);
        notify(e.message, Level::Failure, e.code);
        return e;
    }
    case ScanMeaning::Kind::Product:
        break;
    }
    if (auto s = addOrHold(*meaning.product, &meaning.scan); !s)
        return s;
    Q_EMIT accepted(); // first: what is said about this item comes after, and stays on screen
    if (meaning.expired)
        notify(tr("%1 expired on %2.")
                   .arg(meaning.product->name, QLocale().toString(meaning.scan.expiry, QLocale::ShortFormat)),
            Level::Warning);
    return Ok {};
}

Status SaleSession::addOrHold(const Product &product, const ScanResult *scan)
{
    setHeld(std::nullopt); // anything else scanned or tapped: the held item stays out
    setAwaited(std::nullopt); // and so does an item waiting for its weight
    const bool labelled = scan && scan->priceCents.has_value();
    const bool zero = labelled ? *scan->priceCents == 0 : product.price.isZero();
    if (zero) {
        const Error e = saleError("sale.zero_price",
            labelled ? tr("The label of %1 says %2: sell it free, or give its price.")
                           .arg(product.name, Money().toString())
                     : tr("%1 has no price: sell it free, or give its price.").arg(product.name));
        setHeld(HeldItem {product, scan ? std::optional<ScanResult>(*scan) : std::nullopt, e.message});
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    if (product.soldByWeight && !(scan && (scan->priceCents || scan->weightGrams))) {
        AwaitedWeight awaited {
            product, scan ? std::optional<ScanResult>(*scan) : std::nullopt, m_scale != nullptr, false, {}};
        if (m_scale) {
            awaited.status = tr("Weighing on the scale…");
            setAwaited(awaited);
            m_scale->weigh(product.price.cents(), tareOf(product), product.name);
        } else {
            awaited.status = weightPadPrompt(product);
            setAwaited(awaited);
            notify(awaited.status, Level::Info);
        }
        return Ok {};
    }
    auto line = m_checkout.basket().addProduct(product, 1000, scan);
    if (!line) {
        report(line.error());
        return line.error();
    }
    changed(*line);
    return Ok {};
}

void SaleSession::setHeld(std::optional<HeldItem> held)
{
    if (!held && !m_heldAtZero)
        return;
    m_heldAtZero = std::move(held);
    Q_EMIT heldChanged();
}

void SaleSession::setScale(Scale *scale)
{
    if (m_scale)
        disconnect(m_scale, nullptr, this, nullptr);
    m_scale = scale;
    if (!scale)
        return;
    connect(scale, &Scale::weighed, this, &SaleSession::scaleWeighed);
    connect(scale, &Scale::failed, this, &SaleSession::scaleFailed);
    connect(scale, &Scale::progress, this, [this](const QString &text) {
        if (!m_awaitingWeight || !m_awaitingWeight->fromScale)
            return;
        m_awaitingWeight->status = text;
        Q_EMIT weighingChanged();
    });
}

void SaleSession::setAwaited(std::optional<AwaitedWeight> awaited)
{
    if (!awaited && !m_awaitingWeight)
        return;
    if (m_scale && m_awaitingWeight && m_awaitingWeight->fromScale)
        m_scale->cancel(); // whatever it was weighing is no longer wanted
    m_awaitingWeight = std::move(awaited);
    Q_EMIT weighingChanged();
}

void SaleSession::scaleWeighed(const Weighing &weighing)
{
    if (!m_awaitingWeight || !m_awaitingWeight->fromScale)
        return; // a weighing nobody waits for any more
    const qint64 computed = (weighing.grams * m_awaitingWeight->product.price.cents() + 500) / 1000;
    if (computed != weighing.priceCents)
        qCWarning(lcSale) << "the scale priced" << weighing.grams << "g at" << weighing.priceCents
                          << "cents, the register at" << computed;
    if (addWeighed(weighing.grams))
        Q_EMIT accepted();
}

void SaleSession::scaleFailed(const Error &error)
{
    if (!m_awaitingWeight || !m_awaitingWeight->fromScale)
        return;
    m_awaitingWeight->scaleFailed = true;
    m_awaitingWeight->status = error.message;
    // Below zero with a container's weight taken off: most likely nothing is on the platter yet.
    const int tare = m_awaitingWeight->product.tareGrams;
    if (error.code == u"scale.below_zero"_s && tare > 0)
        m_awaitingWeight->status = tr("The scale weighs less than the %1 g container: put %2 on it in its "
                                      "container, then weigh again.")
                                       .arg(tare)
                                       .arg(m_awaitingWeight->product.name);
    Q_EMIT weighingChanged();
    notify(m_awaitingWeight->status, Level::Failure, error.code);
}

Status SaleSession::enterWeight(const QString &kilograms)
{
    if (!m_awaitingWeight)
        return saleError("sale.nothing_weighed", tr("No item is waiting for its weight."));
    const auto grams = Basket::parseQuantity(kilograms, true);
    if (!grams || *grams <= 0 || *grams > Basket::kMaxQuantityMilli) {
        const Error e = saleError("sale.weight", tr("Enter a weight in kg, such as 0,750."));
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    return addWeighed(*grams);
}

Status SaleSession::addWeighed(qint64 grams)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const AwaitedWeight awaited = *m_awaitingWeight;
    m_awaitingWeight.reset(); // weighed: nothing to cancel on the scale
    Q_EMIT weighingChanged();
    std::optional<ScanResult> scan = awaited.scan;
    if (scan)
        scan->weightGrams = grams; // the weight is the line's, as a weight label's would be
    auto line = scan ? m_checkout.basket().addProduct(awaited.product, grams, &*scan)
                     : m_checkout.basket().addProduct(awaited.product, grams, nullptr);
    if (!line) {
        report(line.error());
        return line.error();
    }
    changed(*line);
    notify(tr("%1: %2 kg.").arg(awaited.product.name, QLocale().toString(double(grams) / 1000.0, 'f', 3)),
        Level::Success);
    return Ok {};
}

Status SaleSession::weighAgain()
{
    if (!m_awaitingWeight)
        return saleError("sale.nothing_weighed", tr("No item is waiting for its weight."));
    if (!m_scale)
        return saleError("sale.no_scale", tr("No scale is set up at this register: enter the weight."));
    m_awaitingWeight->fromScale = true;
    m_awaitingWeight->scaleFailed = false;
    m_awaitingWeight->status = tr("Weighing on the scale…");
    Q_EMIT weighingChanged();
    m_scale->weigh(m_awaitingWeight->product.price.cents(), tareOf(m_awaitingWeight->product),
        m_awaitingWeight->product.name);
    return Ok {};
}

QString SaleSession::weightPadPrompt(const Product &product) const
{
    // The pad takes the goods' weight: a container weighed with them on another scale is left out.
    if (product.tareGrams > 0)
        return tr("Enter the net weight of %1 in kg, without its %2 g container.")
            .arg(product.name)
            .arg(product.tareGrams);
    return tr("Enter the weight of %1 in kg.").arg(product.name);
}

void SaleSession::weighByHand()
{
    if (!m_awaitingWeight || !m_awaitingWeight->fromScale)
        return;
    if (m_scale)
        m_scale->cancel();
    m_awaitingWeight->fromScale = false;
    m_awaitingWeight->scaleFailed = false;
    m_awaitingWeight->status = weightPadPrompt(m_awaitingWeight->product);
    Q_EMIT weighingChanged();
}

void SaleSession::dropWeighing()
{
    if (!m_awaitingWeight)
        return;
    const QString name = m_awaitingWeight->product.name;
    setAwaited(std::nullopt);
    notify(tr("%1 left out of the sale.").arg(name), Level::Info);
}

Status SaleSession::sellHeldFree()
{
    if (m_heldAtZero) {
        if (auto s = allowed(Permission::ZeroPrice); !s)
            return s;
    }
    return addHeld(std::nullopt);
}

Status SaleSession::priceHeld(const QString &priceText)
{
    const auto price = Money::parse(priceText);
    if (m_heldAtZero && (!price || price->isNegative() || price->isZero())) {
        const Error e = saleError("sale.price", tr("Enter a price such as 4,99."));
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    return addHeld(price);
}

Status SaleSession::addHeld(std::optional<Money> price)
{
    if (!m_heldAtZero)
        return saleError("sale.nothing_held", tr("No item is waiting for its price."));
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const HeldItem held = *m_heldAtZero;
    // Given a price: one piece at that price (recorded as a price the clerk set); the label's
    // price and weight no longer count, its batch and expiry still do.
    std::optional<ScanResult> scan = held.scan;
    if (scan && price) {
        scan->priceCents.reset();
        scan->weightGrams.reset();
    }
    auto line = m_checkout.basket().addProduct(held.product, 1000, scan ? &*scan : nullptr);
    if (!line) {
        report(line.error());
        return line.error();
    }
    if (price) {
        if (auto s = m_checkout.basket().setUnitPrice(*line, *price); !s) {
            (void)m_checkout.basket().removeLine(*line);
            report(s);
            return s;
        }
    }
    setHeld(std::nullopt);
    changed(*line);
    // The question answered: what was done replaces the warning on screen.
    if (price) {
        notify(tr("%1 added at %2.").arg(held.product.name, price->toString()), Level::Success);
    } else {
        qCInfo(lcSale) << "sold at 0.00 on the clerk's word:" << held.product.sku;
        notify(tr("%1 sold free.").arg(held.product.name), Level::Success);
    }
    return Ok {};
}

void SaleSession::dropHeld()
{
    if (!m_heldAtZero)
        return;
    const QString name = m_heldAtZero->product.name;
    setHeld(std::nullopt);
    notify(tr("%1 left out of the sale.").arg(name), Level::Info);
}

Status SaleSession::addProduct(qint64 productId)
{
    if (auto s = clerkAtTheRegister(); !s)
        return s;
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const auto product = m_catalog.productById(productId);
    if (!product) {
        const Error e = saleError("sale.no_product", tr("This product is no longer in the catalog."));
        notify(e.message, Level::Failure, e.code);
        return e;
    }
    return addOrHold(*product, nullptr);
}

Status SaleSession::sellOpenAmount(const QString &code, const QString &amountText, std::optional<VatRate> vat)
{
    if (auto s = clerkAtTheRegister(); !s)
        return s;
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    setHeld(std::nullopt);
    setAwaited(std::nullopt);
    auto amount = QuickKeys(m_db, m_catalog).openAmount(code, amountText, vat, tr("Miscellaneous"));
    if (!amount) {
        notify(amount.error().message, Level::Warning, amount.error().code);
        return amount.error();
    }
    auto line = m_checkout.basket().addOpenAmount(amount->sku, amount->name, amount->amount, amount->vat);
    if (!line) {
        report(line.error());
        return line.error();
    }
    changed(*line);
    return Ok {};
}

Status SaleSession::loadBasket(const Basket &basket)
{
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (!m_checkout.basket().isEmpty())
        return saleError("sale.busy", tr("Finish or park the current basket first."));
    const QString customer = m_checkout.basket().customerId();
    m_checkout.basket() = basket;
    if (basket.customerId().isEmpty() && !customer.isEmpty())
        m_checkout.basket().setCustomer(customer);
    changed();
    return Ok {};
}

bool SaleSession::looksLikeCode(const QString &text) const
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return false;
    const ScanResult r = m_interpreter.decoder().decode(code);
    return (r.symbology != ScanResult::Symbology::Internal &&
               r.symbology != ScanResult::Symbology::Unknown) ||
        m_catalog.productBySku(code) || m_catalog.productByBarcode(code);
}

Status SaleSession::attach(const crm::Customer &customer)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    m_checkout.basket().setCustomer(customer.id);
    changed();
    // No personal data in the log: the id only.
    qCInfo(lcSale) << "customer attached:" << customer.id;
    Q_EMIT accepted();
    Q_EMIT customerAttached(customer);
    return Ok {};
}

Status SaleSession::attachCustomer(const QString &id)
{
    const auto customer = m_customers.byId(id);
    if (!customer) {
        const Error e = saleError("sale.no_customer", tr("This customer is no longer on this register."));
        notify(e.message, Level::Failure, e.code);
        return e;
    }
    return attach(*customer);
}

void SaleSession::detachCustomer()
{
    if (!m_customer || !editable())
        return;
    m_checkout.basket().setCustomer({});
    changed();
    qCInfo(lcSale) << "customer detached";
}

// ---- the customer -----------------------------------------------------------------------

// The attached customer's balance and the programme, read once per change of customer or of
// head office's data: screens read them on every payment change.
void SaleSession::reloadLoyalty()
{
    m_program = crm::loadLoyaltyProgram(SettingsTable(m_db));
    m_balance = m_customer ? crm::LoyaltyLedger(m_db).balance(*m_customer) : crm::LoyaltyBalance {};
}

qint64 SaleSession::redeemablePoints() const
{
    if (!m_customer)
        return 0;
    return crm::LoyaltyLedger::redeemable(*m_customer, m_balance, m_program, m_headOfficeReachable);
}

qint64 SaleSession::pointsUsable() const
{
    if (!m_customer || m_stage != Stage::Paying || m_checkout.due().isNegative() || !m_program.enabled ||
        m_program.pointValueCents <= 0)
        return 0;
    const qint64 left = redeemablePoints() - m_checkout.pointsRedeemed();
    const qint64 covering = m_checkout.remaining().cents() / m_program.pointValueCents;
    return std::max<qint64>(0, std::min(left, covering));
}

bool SaleSession::pointsCapped() const
{
    if (!m_customer || m_stage != Stage::Paying)
        return false;
    if (m_balance.available() <= 0 || (m_headOfficeReachable && !m_balance.provisional()))
        return false;
    return redeemablePoints() < m_balance.available();
}

Status SaleSession::usePoints()
{
    const qint64 points = pointsUsable();
    if (points <= 0) {
        const Error e = saleError("sale.no_points", tr("No points can be used for this sale."));
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    if (auto s = m_checkout.redeemPoints(points, redeemablePoints()); !s) {
        report(s);
        return s;
    }
    qCInfo(lcSale) << "loyalty points used:" << points << "customer:" << m_customer->id;
    paymentUpdated();
    return Ok {};
}

void SaleSession::setHeadOfficeReachable(bool reachable)
{
    if (m_headOfficeReachable == reachable)
        return;
    m_headOfficeReachable = reachable;
    Q_EMIT paymentChanged();
}

void SaleSession::refreshCustomer()
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

void SaleSession::refreshOffers()
{
    QList<crm::OfferMatch> list;
    if (m_customer && m_stage == Stage::Selling)
        list = m_offerBook.applicable(*m_customer, m_checkout.basket(), m_clock.now().toUTC());
    const auto same = [](const QList<crm::OfferMatch> &a, const QList<crm::OfferMatch> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].offer.id != b[i].offer.id || a[i].lines != b[i].lines)
                return false;
        }
        return true;
    };
    if (same(list, m_offers))
        return;
    m_offers = list;
    Q_EMIT offersChanged();
}

QStringList SaleSession::appliedOfferTitles() const
{
    QStringList titles;
    for (const QString &id : m_checkout.basket().offers()) {
        const auto offer = m_offerBook.byId(id);
        titles << (offer ? offer->title : id);
    }
    return titles;
}

Status SaleSession::applyOffer(const QString &id)
{
    if (!m_customer)
        return saleError("sale.no_customer", tr("Attach the customer first."));
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (auto s = m_offerBook.apply(*m_customer, m_checkout.basket(), id, m_clock.now().toUTC()); !s) {
        report(s);
        return s;
    }
    qCInfo(lcSale) << "offer applied:" << id << "customer:" << m_customer->id;
    changed();
    Q_EMIT offersChanged(); // the applied list, even when the applicable one did not change
    if (const auto offer = m_offerBook.byId(id))
        notify(tr("Offer applied: %1.").arg(offer->title), Level::Success);
    return Ok {};
}

// ---- basket edits -----------------------------------------------------------------------

Status SaleSession::setQuantity(const QString &lineId, const QString &text)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const int row = m_checkout.basket().indexOf(lineId);
    if (row < 0) {
        const Error e = saleError("sale.no_line", tr("Select a line first."));
        report(e);
        return e;
    }
    const bool weighed = m_checkout.basket().lines()[row].weighed;
    const auto milli = Basket::parseQuantity(text, weighed);
    if (!milli) {
        const Error e = saleError("sale.quantity",
            weighed ? tr("Enter a weight in kg, such as 0,750.") : tr("Enter a whole number of pieces."));
        report(e);
        return e;
    }
    if (auto s = mayGrowReturn(m_checkout.basket().lines()[row], std::abs(*milli)); !s)
        return s;
    Basket before = m_checkout.basket();
    const QString name = before.lines()[row].name;
    if (auto s = m_checkout.basket().setQuantity(lineId, *milli); !s) {
        report(s);
        return s;
    }
    changedUndoably(lineId, std::move(before), tr("Quantity of %1 changed.").arg(name));
    return Ok {};
}

Status SaleSession::changeQuantity(const QString &lineId, int delta)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const int row = m_checkout.basket().indexOf(lineId);
    if (row < 0)
        return saleError("sale.no_line", tr("Select a line first."));
    const BasketLine &l = m_checkout.basket().lines()[row];
    if (l.weighed || l.priceEmbedded) {
        const Error e = saleError("sale.quantity", tr("Enter the weight on the keypad."));
        report(e);
        return e;
    }
    const qint64 magnitude = std::abs(l.quantityMilli) + qint64(delta) * 1000;
    if (magnitude <= 0)
        return removeLine(lineId);
    if (auto s = mayGrowReturn(l, magnitude); !s)
        return s;
    Basket before = m_checkout.basket();
    const QString name = l.name;
    if (auto s = m_checkout.basket().setQuantity(lineId, l.isReturn() ? -magnitude : magnitude); !s) {
        report(s);
        return s;
    }
    changedUndoably(lineId, std::move(before), tr("Quantity of %1 changed.").arg(name));
    return Ok {};
}

Status SaleSession::setUnitPrice(const QString &lineId, const QString &text)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const int row = m_checkout.basket().indexOf(lineId);
    if (row < 0) {
        const Error e = saleError("sale.no_line", tr("Select a line first."));
        report(e);
        return e;
    }
    const auto price = Money::parse(text);
    if (!price) {
        const Error e = saleError("sale.price", tr("Enter a price such as 12,50."));
        report(e);
        return e;
    }
    const Money before = m_checkout.basket().lines()[row].unitPrice;
    if (*price != before) {
        if (auto s = allowed(Permission::PriceOverride); !s)
            return s;
        if (price->isZero()) { // selling free takes its own permission too
            if (auto s = allowed(Permission::ZeroPrice); !s)
                return s;
        }
    }
    if (auto s = m_checkout.basket().setUnitPrice(lineId, *price); !s) {
        report(s);
        return s;
    }
    // Price changes at the counter are part of the technical journal.
    m_jet
        .record(EventJournal::PriceOverride, actorId(),
            {{u"sku"_s, m_checkout.basket().lines()[row].sku}, {u"from"_s, before.cents()},
                {u"to"_s, price->cents()}})
        .ok();
    changed(lineId);
    return Ok {};
}

Status SaleSession::setLineDiscount(const QString &lineId, const QString &percentText)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (m_checkout.basket().indexOf(lineId) < 0) {
        const Error e = saleError("sale.no_line", tr("Select a line first."));
        report(e);
        return e;
    }
    const auto pct = Money::parse(percentText); // "12,5" -> 1250 basis points
    if (!pct || pct->isNegative() || pct->cents() > 10000) {
        const Error e = saleError("sale.discount", tr("Enter a percentage between 0 and 100."));
        report(e);
        return e;
    }
    if (auto s = allowedLineDiscount(int(pct->cents())); !s)
        return s;
    if (auto s = m_checkout.basket().setLineDiscount(lineId, Discount::percent(pct->cents())); !s) {
        report(s);
        return s;
    }
    changed(lineId);
    return Ok {};
}

Status SaleSession::removeLine(const QString &lineId)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (lineId.isEmpty())
        return saleError("sale.no_line", tr("Select a line first."));
    Basket before = m_checkout.basket();
    const int row = before.indexOf(lineId);
    const QString name = row >= 0 ? before.lines()[row].name : QString();
    if (auto s = m_checkout.basket().removeLine(lineId); !s) {
        report(s);
        return s;
    }
    const QString text = tr("%1 removed.").arg(name);
    changedUndoably({}, std::move(before), text);
    notify(text, Level::Info, u"sale.undoable"_s);
    return Ok {};
}

void SaleSession::changedUndoably(const QString &touchedLineId, Basket before, const QString &text)
{
    m_keepUndo = true;
    changed(touchedLineId);
    m_keepUndo = false;
    m_undo = Undo {std::move(before), text};
    Q_EMIT undoChanged();
}

Status SaleSession::undo()
{
    if (!m_undo)
        return saleError("sale.nothing_to_undo", tr("Nothing to undo."));
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const Undo undone = std::move(*m_undo);
    m_undo.reset();
    m_checkout.basket() = undone.basket;
    changed();
    Q_EMIT undoChanged();
    notify(tr("Undone: %1").arg(undone.text), Level::Success);
    return Ok {};
}

Status SaleSession::markReturn(const QString &lineId, const QString &reason)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (m_checkout.basket().indexOf(lineId) < 0) {
        const Error e = saleError("sale.no_line", tr("Select a line first."));
        report(e);
        return e;
    }
    if (auto s = allowed(Permission::ReturnWithoutTicket); !s)
        return s;
    if (auto s = m_checkout.basket().markReturn(lineId, reason); !s) {
        report(s);
        return s;
    }
    changed(lineId);
    return Ok {};
}

Status SaleSession::setBasketDiscount(const QString &text, bool percent)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const auto value = Money::parse(text.isEmpty() ? u"0"_s : text);
    if (!value || value->isNegative() || (percent && value->cents() > 10000)) {
        const Error e = saleError("sale.discount",
            percent ? tr("Enter a percentage between 0 and 100.") : tr("Enter an amount such as 5,00."));
        report(e);
        return e;
    }
    const Discount d = percent ? Discount::percent(value->cents()) : Discount::amount(*value);
    if (!value->isZero()) {
        if (auto s = allowed(Permission::BasketDiscount); !s)
            return s;
    }
    if (auto s = m_checkout.basket().setBasketDiscount(d); !s) {
        report(s);
        return s;
    }
    changed();
    return Ok {};
}

bool SaleSession::cardAtTerminal()
{
    if (!m_cards || !m_cards->waiting())
        return false;
    notify(tr("A card payment is with the terminal: wait for its answer, or stop waiting first."),
        Level::Warning, u"sale.card_at_terminal"_s);
    return true;
}

Status SaleSession::mayGrowReturn(const BasketLine &line, qint64 magnitudeMilli)
{
    // A return approved for some items is not one for more: more takes the permission again.
    if (!line.isReturn() || magnitudeMilli <= std::abs(line.quantityMilli))
        return Ok {};
    return allowed(line.returnsOf.isEmpty() ? Permission::ReturnWithoutTicket : Permission::ReturnWithTicket);
}

Status SaleSession::mayDropCardTenders()
{
    const QList<Tender> &tenders = m_checkout.tenders();
    if (std::any_of(tenders.cbegin(), tenders.cend(), isTerminalCard))
        return allowed(Permission::CancelCardPayment);
    return Ok {};
}

Status SaleSession::cancelSale()
{
    if (cardAtTerminal())
        return Ok {};
    if (auto s = mayDropCardTenders(); !s)
        return s;
    setHeld(std::nullopt);
    setAwaited(std::nullopt);
    if (m_checkout.basket().isEmpty()) {
        if (m_customer && m_stage == Stage::Selling) { // only a card scanned: nothing to journal
            m_checkout.basket().setCustomer({});
            changed();
        }
        return Ok {};
    }
    const Money total = m_totals.total;
    const qint64 lines = m_checkout.basket().lines().size();
    const QList<Tender> tenders = m_checkout.tenders();
    m_checkout.reset();
    m_jet.record(EventJournal::BasketCancelled, actorId(), {{u"total"_s, total.cents()}, {u"lines"_s, lines}})
        .ok();
    setStage(Stage::Selling);
    changed();
    paymentUpdated();
    dropCardTenders(tenders); // after the basket is saved without them
    notify(tr("Sale cancelled."), Level::Info);
    return Ok {};
}

// ---- payment ----------------------------------------------------------------------------

Status SaleSession::startPayment()
{
    if (auto s = clerkAtTheRegister(); !s)
        return s;
    if (m_stage == Stage::Paying)
        return Ok {};
    setHeld(std::nullopt); // not sold: the clerk went on to the payment
    setAwaited(std::nullopt);
    if (m_stage == Stage::Receipt || m_checkout.basket().isEmpty()) {
        const Error e = saleError("sale.empty", tr("The basket is empty."));
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    setStage(Stage::Paying);
    Q_EMIT paymentChanged();
    return Ok {};
}

Status SaleSession::addTender(const QString &kind, Money amount)
{
    // Not while the terminal works on a card payment or refund of this sale: its answer may
    // settle what this tender would pay (a cancellation starts the card's refund by itself).
    if (cardAtTerminal())
        return saleError("sale.card_at_terminal",
            tr("A card payment is with the terminal: wait for its answer, or stop waiting first."));
    if (m_stage != Stage::Paying) {
        if (auto s = startPayment(); !s)
            return s;
    }
    if (auto s = m_checkout.addTender(kind, amount); !s) {
        report(s);
        return s;
    }
    paymentUpdated();
    if (m_checkout.isSettled())
        return completeSale();
    return Ok {};
}

Status SaleSession::payRemaining(const QString &kind)
{
    if (cardAtTerminal())
        return saleError("sale.card_at_terminal",
            tr("A card payment is with the terminal: wait for its answer, or stop waiting first."));
    const Money r = m_checkout.remaining();
    if (r.isZero() && m_checkout.isSettled())
        return completeSale();
    return addTender(kind, r);
}

Status SaleSession::addCardTender(const QString &kind, Money amount, const QString &reference)
{
    if (m_stage != Stage::Paying)
        return saleError("sale.not_paying", tr("No payment is in progress."));
    if (auto s = m_checkout.addTender(kind, amount, reference); !s) {
        report(s);
        return s;
    }
    paymentUpdated();
    if (m_checkout.isSettled())
        return completeSale();
    return Ok {};
}

bool SaleSession::hasTender(const QString &reference) const
{
    return !reference.isEmpty() &&
        std::any_of(m_checkout.tenders().cbegin(), m_checkout.tenders().cend(),
            [&](const Tender &t) { return t.reference == reference; });
}

Status SaleSession::removeTender(int index)
{
    const std::optional<Tender> tender = index >= 0 && index < m_checkout.tenders().size()
        ? std::optional(m_checkout.tenders().at(index))
        : std::nullopt;
    if (tender && isTerminalCard(*tender)) {
        if (auto s = allowed(Permission::CancelCardPayment); !s)
            return s;
    }
    if (auto s = m_checkout.removeTender(index); !s) {
        report(s);
        return s;
    }
    paymentUpdated();
    if (tender)
        dropCardTenders({*tender});
    return Ok {};
}

Status SaleSession::cancelPayment()
{
    if (cardAtTerminal())
        return Ok {};
    if (auto s = mayDropCardTenders(); !s)
        return s;
    // Payments taken outside the till (card, cheque) must be given back: the event journal
    // keeps what was dropped, terminal card payments are reversed on the terminal.
    QJsonArray dropped;
    for (const Tender &t : m_checkout.tenders())
        dropped.append(QJsonObject {{u"kind"_s, t.kind}, {u"amount"_s, t.amount.cents()}});
    if (!dropped.isEmpty())
        m_jet.record(EventJournal::PaymentCancelled, actorId(), {{u"tenders"_s, dropped}}).ok();
    const QList<Tender> tenders = m_checkout.tenders();
    m_checkout.cancelPayment();
    paymentUpdated();
    setStage(Stage::Selling);
    dropCardTenders(tenders);
    return Ok {};
}

void SaleSession::dropCardTenders(const QList<Tender> &tenders)
{
    for (const Tender &t : tenders) {
        if (!isTerminalCard(t))
            continue;
        if (m_cards)
            m_cards->release(t.reference, u"dropped-by-clerk"_s);
        else
            qCWarning(lcSale) << "terminal card payment dropped without a payment service:" << t.reference;
    }
}

Status SaleSession::returnsStillDue() const
{
    // A basket of returns may have waited (parked, or the clerk went back to it) while the same
    // items came back, or the ticket was cancelled: never refunded twice.
    QHash<QString, qint64> returning; // line key -> quantity in this basket
    for (const BasketLine &l : m_checkout.basket().lines()) {
        if (!l.returnsOf.isEmpty())
            returning[l.returnsOf] += -l.quantityMilli;
    }
    QSet<QString> origins;
    for (auto it = returning.cbegin(); it != returning.cend(); ++it)
        origins.insert(it.key().section(u'#', 0, 0));
    for (const QString &uuid : std::as_const(origins)) {
        std::optional<Ticket> origin = m_checkout.journal().ticketByUuid(uuid);
        const TicketReturns::Elsewhere *knowledge = nullptr;
        if (m_chainTicket && m_chainTicket->ticket.uuid == uuid) {
            knowledge = &m_chainTicket->elsewhere;
            if (!origin)
                origin = m_chainTicket->ticket;
        }
        if (!origin)
            continue; // another store's ticket no longer at hand: head office checks it
        const auto lines = TicketReturns(m_db).lines(*origin, knowledge);
        if (!lines)
            return lines.error();
        for (const TicketReturns::Line &l : *lines) {
            const qint64 wanted = returning.value(TicketReturns::lineKey(uuid, l.sold.position));
            if (wanted > l.returnableMilli())
                return saleError("sale.returned_meanwhile",
                    tr("Items of ticket %1 in this basket were returned or cancelled meanwhile: take them "
                       "out of the basket.")
                        .arg(origin->number));
        }
    }
    return Ok {};
}

Status SaleSession::completeSale()
{
    if (auto s = returnsStillDue(); !s) {
        report(s);
        return s;
    }
    QStringList cardReferences;
    for (const Tender &t : m_checkout.tenders()) {
        if (isTerminalCard(t))
            cardReferences << t.reference;
    }
    // The ticket and the attachment of its card payments are one transaction: a payment a
    // recorded ticket counts is never seen as "approved without a sale", hence never reversed.
    auto ticket = m_checkout.complete(clerk(), [&](QSqlDatabase &, const Ticket &t) -> Status {
        if (t.kind == u"void"_s) { // a ticket cancelled as the terminal refunded its card
            const auto original = m_checkout.journal().ticketByUuid(t.reversesUuid);
            if (auto s = m_jet.append(EventJournal::Void, actorId(),
                    {{u"number"_s, original ? original->number : 0}, {u"reason"_s, t.note}});
                !s)
                return s;
        }
        if (cardReferences.isEmpty())
            return Ok {};
        if (!m_cards)
            return saleError("sale.no_terminal",
                tr("This sale has card payments from a terminal that is no longer set up: call support."));
        return m_cards->attachInTransaction(cardReferences, t.uuid);
    });
    if (!ticket) {
        // Nothing was recorded; basket and payments are kept (and saved) for another try.
        report(ticket.error());
        return ticket.error();
    }
    m_lastTicket = *ticket;
    m_lastTicketReopened = false;
    m_lastDuplicate = 0;
    changed();
    setStage(Stage::Receipt);
    Q_EMIT receiptChanged();
    Q_EMIT paymentChanged();
    Q_EMIT saleRecorded(*ticket);
    if (ticket->kind == u"void"_s) {
        const auto original = m_checkout.journal().ticketByUuid(ticket->reversesUuid);
        notify(tr("Ticket %1 cancelled by ticket %2: refund %3.")
                   .arg(original ? original->number : 0)
                   .arg(ticket->number)
                   .arg((-ticket->total).toString()),
            Level::Success);
    } else if (!ticket->change.isZero())
        notify(tr("Give back %1.").arg(ticket->change.toString()), Level::Success);
    return Ok {};
}

// ---- after the sale ---------------------------------------------------------------------

void SaleSession::newSale()
{
    setHeld(std::nullopt);
    setAwaited(std::nullopt);
    setStage(Stage::Selling);
    Q_EMIT paymentChanged();
}

Status SaleSession::showTicket(const QString &uuid)
{
    if (m_stage == Stage::Paying || !m_checkout.basket().isEmpty()) {
        const Error e = saleError("sale.busy", tr("Finish or park the current basket first."));
        report(e);
        return e;
    }
    auto ticket = m_checkout.journal().ticketByUuid(uuid);
    if (!ticket) {
        const Error e = saleError("sale.no_ticket", tr("This ticket is not in this register's journal."));
        report(e);
        return e;
    }
    m_lastTicket = std::move(ticket);
    m_lastTicketReopened = true;
    m_lastDuplicate = 0;
    m_chainRequest = 0; // a receipt of another register asked for before no longer applies
    if (m_chainLookup && m_chainLookup->ready()) {
        // Items of it may have come back at another register: head office knows.
        m_chainQuiet = true;
        m_chainRequest = m_chainLookup->ticket(m_lastTicket->uuid);
    }
    Q_EMIT receiptChanged();
    setStage(Stage::Receipt);
    return Ok {};
}

Status SaleSession::showChainTicket(const ChainTicket &found)
{
    if (m_stage == Stage::Paying || !m_checkout.basket().isEmpty()) {
        const Error e = saleError("sale.busy", tr("Finish or park the current basket first."));
        report(e);
        return e;
    }
    if (m_checkout.journal().ticketByUuid(found.ticket.uuid))
        return showTicket(found.ticket.uuid); // this register's own, after all
    if (found.ticket.training != m_store.training) {
        const Error e = saleError("sale.chain_training",
            found.ticket.training
                ? tr("Ticket %1 is a training ticket: nothing of it is returned in real sales.")
                      .arg(found.ticket.number)
                : tr("Ticket %1 is a real sale: it is not returned in training mode.")
                      .arg(found.ticket.number));
        report(e);
        return e;
    }
    m_chainTicket = found;
    m_chainTicketLocal = false;
    m_lastTicket = found.ticket;
    m_lastTicketReopened = true;
    m_lastDuplicate = 0;
    Q_EMIT receiptChanged();
    setStage(Stage::Receipt);
    return Ok {};
}

void SaleSession::setChainLookup(CustomerLookup *lookup)
{
    if (m_chainLookup)
        m_chainLookup->disconnect(this);
    m_chainLookup = lookup;
    m_chainRequest = 0;
    if (!lookup)
        return;
    connect(lookup, &CustomerLookup::ticketFound, this, [this](int request, const ChainTicket &found) {
        if (request != m_chainRequest || request == 0)
            return; // asked before a newer question, abandoned, or another question (a customer)
        m_chainRequest = 0;
        if (m_chainQuiet) {
            // This register's ticket: what the other registers took back of it counts too.
            if (m_lastTicket && m_lastTicket->uuid == found.ticket.uuid) {
                m_chainTicket = found;
                m_chainTicketLocal = true;
                Q_EMIT receiptChanged();
            }
            return;
        }
        if (showChainTicket(found))
            notify(tr("Ticket %1 of %2, found at head office.").arg(found.ticket.number).arg(found.storeName),
                Level::Success);
    });
    connect(lookup, &CustomerLookup::failed, this, [this](int request, CustomerLookup::Failure failure) {
        if (request != m_chainRequest || request == 0)
            return; // not this question: a customer search shares the lookup
        m_chainRequest = 0;
        if (m_chainQuiet)
            return; // the register's own journal answers alone
        const QString message = failure == CustomerLookup::Failure::NotFound
            ? tr("No register of the chain has this ticket: check the receipt, or find it by number.")
            : failure == CustomerLookup::Failure::Unreachable
            ? tr("Head office cannot be reached: only this register's own tickets can be found now.")
            : tr("Head office could not give this ticket: try again, or return the items without it.");
        notify(message, Level::Warning, u"sale.chain_ticket"_s);
    });
}

Status SaleSession::findTicketInChain(const QString &uuid)
{
    if (m_stage == Stage::Paying || !m_checkout.basket().isEmpty()) {
        const Error e = saleError("sale.busy", tr("Finish or park the current basket first."));
        report(e);
        return e;
    }
    if (m_checkout.journal().ticketByUuid(uuid))
        return showTicket(uuid);
    if (!m_chainLookup || !m_chainLookup->ready()) {
        const Error e = saleError("sale.no_ticket",
            tr("This ticket is not in this register's journal, and the register is not connected to head "
               "office to find another register's."));
        report(e);
        return e;
    }
    m_chainQuiet = false;
    m_chainRequest = m_chainLookup->ticket(uuid);
    notify(tr("Another register's ticket: asking head office…"), Level::Info);
    return Ok {};
}

void SaleSession::nameOrigins(const Ticket &ticket, ReceiptOptions &options) const
{
    options.originNumbers = m_checkout.journal().originNumbers(ticket);
    if (!m_chainTicket ||
        (m_chainTicket->storeId == m_store.storeId && m_chainTicket->registerId == m_store.registerId))
        return;
    const QString uuid = m_chainTicket->ticket.uuid;
    const bool named = ticket.reversesUuid == uuid ||
        std::any_of(ticket.lines.cbegin(), ticket.lines.cend(),
            [&](const TicketLine &l) { return l.returnsOf.section(u'#', 0, 0) == uuid; });
    if (!named)
        return;
    options.originNumbers.insert(uuid, m_chainTicket->ticket.number);
    options.originPlaces.insert(
        uuid, tr("%1, register %2").arg(m_chainTicket->storeName, m_chainTicket->registerId));
}

StoreProfile SaleSession::receiptStore(const Ticket &ticket) const
{
    if (!m_chainTicket || m_chainTicketLocal || m_chainTicket->ticket.uuid != ticket.uuid)
        return m_store;
    StoreProfile store;
    store.storeName = m_chainTicket->storeName;
    store.storeId = m_chainTicket->storeId;
    store.registerId = m_chainTicket->registerId;
    store.training = ticket.training;
    return store;
}

std::optional<ChainTicket> SaleSession::lastTicketElsewhere() const
{
    if (m_chainTicket && m_lastTicket && m_lastTicket->uuid == m_chainTicket->ticket.uuid &&
        (m_chainTicket->storeId != m_store.storeId || m_chainTicket->registerId != m_store.registerId))
        return m_chainTicket;
    return std::nullopt;
}

const TicketReturns::Elsewhere *SaleSession::chainKnowledge() const
{
    if (m_chainTicket && m_lastTicket && m_lastTicket->uuid == m_chainTicket->ticket.uuid)
        return &m_chainTicket->elsewhere;
    return nullptr;
}

QList<TicketReturns::Line> SaleSession::returnableLines() const
{
    if (!m_lastTicket)
        return {};
    auto lines = TicketReturns(m_db).lines(*m_lastTicket, chainKnowledge());
    return lines ? *lines : QList<TicketReturns::Line> {};
}

Status SaleSession::returnFromTicket(int position, qint64 quantityMilli, const QString &reason)
{
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!m_lastTicket) {
        const Error e = saleError("sale.no_ticket", tr("Open the ticket the items were bought with first."));
        report(e);
        return e;
    }
    if (m_stage == Stage::Paying) {
        const Error e = saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
        report(e);
        return e;
    }
    const Ticket ticket = *m_lastTicket;
    const QString key = TicketReturns::lineKey(ticket.uuid, position);
    qint64 pending = 0;
    for (const BasketLine &l : m_checkout.basket().lines()) {
        if (l.returnsOf == key)
            pending += -l.quantityMilli;
    }
    auto refund = TicketReturns(m_db).refund(ticket, position, quantityMilli, pending, chainKnowledge());
    if (!refund) {
        report(refund.error());
        return refund.error();
    }
    if (auto s = allowed(Permission::ReturnWithTicket); !s)
        return s;
    const auto sold = std::find_if(ticket.lines.cbegin(), ticket.lines.cend(),
        [position](const TicketLine &l) { return l.position == position; });
    if (m_stage == Stage::Receipt) {
        newSale();
        m_lastTicket = ticket; // still the ticket returned against
    }
    auto line = m_checkout.basket().addTicketReturn(ticket.uuid, *sold, quantityMilli, *refund, reason);
    if (!line) {
        report(line.error());
        return line.error();
    }
    changed(*line);
    return Ok {};
}

Status SaleSession::returnFromTicket(int position, const QString &quantityText, const QString &reason)
{
    bool weighed = false;
    for (const TicketReturns::Line &l : returnableLines()) {
        if (l.sold.position == position)
            weighed = l.sold.weighed;
    }
    const auto quantity = Basket::parseQuantity(quantityText, weighed);
    if (!quantity) {
        const Error e = saleError("returns.quantity",
            weighed ? tr("Type the weight returned in kg, such as 0,5.")
                    : tr("Type a whole number of pieces."));
        notify(e.message, Level::Warning, e.code);
        return e;
    }
    return returnFromTicket(position, *quantity, reason);
}

bool SaleSession::lastTicketReturnable() const
{
    const auto lines = returnableLines();
    return std::any_of(lines.cbegin(), lines.cend(), [](const auto &l) { return l.returnableMilli() > 0; });
}

std::optional<Ticket> SaleSession::returnTicket() const
{
    QString uuid;
    for (const BasketLine &l : m_checkout.basket().lines()) {
        if (l.returnsOf.isEmpty())
            continue;
        const QString of = l.returnsOf.section(u'#', 0, 0);
        if (!uuid.isEmpty() && of != uuid)
            return std::nullopt;
        uuid = of;
    }
    if (uuid.isEmpty())
        return std::nullopt;
    return m_checkout.journal().ticketByUuid(uuid);
}

Status SaleSession::reprintLast()
{
    if (!m_lastTicket) {
        const Error e = saleError("sale.no_ticket", tr("No ticket to reprint yet."));
        report(e);
        return e;
    }
    if (const auto elsewhere = lastTicketElsewhere()) {
        const Error e = saleError("sale.reprint_elsewhere",
            tr("Ticket %1 is of %2, register %3: its duplicate is printed there.")
                .arg(m_lastTicket->number)
                .arg(elsewhere->storeName, elsewhere->registerId));
        report(e);
        return e;
    }
    if (auto s = allowed(Permission::Reprint); !s)
        return s;
    const int duplicate = int(m_jet.count(EventJournal::Reprint, m_lastTicket->uuid)) + 1;
    if (auto s = m_jet.record(EventJournal::Reprint, actorId(),
            {{u"ticketUuid"_s, m_lastTicket->uuid}, {u"number"_s, m_lastTicket->number},
                {u"duplicate"_s, duplicate}});
        !s) {
        report(s);
        return s;
    }
    m_lastDuplicate = duplicate;
    Q_EMIT receiptChanged();
    if (m_stage == Stage::Selling && m_checkout.basket().isEmpty())
        setStage(Stage::Receipt);
    return Ok {};
}

Status SaleSession::voidLastTicket(const QString &reason)
{
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!m_lastTicket) {
        const Error e = saleError("sale.no_ticket", tr("No ticket to cancel."));
        report(e);
        return e;
    }
    if (const auto elsewhere = lastTicketElsewhere()) {
        // Never by its number here: this register's ticket of the same number is another one.
        const Error e = saleError("sale.void_elsewhere",
            tr("Ticket %1 is of %2, register %3: it is cancelled there; its items can be returned here.")
                .arg(m_lastTicket->number)
                .arg(elsewhere->storeName, elsewhere->registerId));
        report(e);
        return e;
    }
    if (m_lastTicket->createdAt.toLocalTime().date() != m_clock.now().toLocalTime().date()) {
        const Error e = saleError("sale.void_old",
            tr("Ticket %1 is not of today: it cannot be cancelled, its items can be returned against it.")
                .arg(m_lastTicket->number));
        report(e);
        return e;
    }
    const auto lines = returnableLines();
    if (std::any_of(lines.cbegin(), lines.cend(),
            [](const TicketReturns::Line &l) { return l.returnedMilli != 0; })) {
        // Cancelling refunds the whole ticket: what was returned would be refunded twice.
        const Error e = saleError("sale.void_returned",
            tr("Items of ticket %1 were returned already: return the rest of it instead.")
                .arg(m_lastTicket->number));
        report(e);
        return e;
    }
    if (m_chainRequest != 0 && m_chainQuiet) {
        const Error e = saleError("sale.void_checking",
            tr("Head office is asked whether items of ticket %1 came back elsewhere: try again in a moment.")
                .arg(m_lastTicket->number));
        report(e);
        return e;
    }
    if (auto s = allowed(Permission::VoidTicket); !s)
        return s;
    if (movedCardMoney(*m_lastTicket))
        return cancelThroughTerminal(reason);
    const qint64 number = m_lastTicket->number;
    auto reversal =
        m_checkout.journal().voidTicket(number, clerk(), reason, [&](QSqlDatabase &, const Ticket &) {
            return m_jet.append(
                EventJournal::Void, actorId(), {{u"number"_s, number}, {u"reason"_s, reason}});
        });
    if (!reversal) {
        report(reversal.error());
        return reversal.error();
    }
    m_lastTicket = *reversal;
    m_lastTicketReopened = false;
    m_lastDuplicate = 0;
    Q_EMIT receiptChanged();
    setStage(Stage::Receipt);
    notify(tr("Ticket %1 cancelled by ticket %2: refund %3.")
               .arg(number)
               .arg(reversal->number)
               .arg((-reversal->total).toString()),
        Level::Success);
    return Ok {};
}

bool SaleSession::cancellableThroughTerminal(const Ticket &ticket) const
{
    // A purchase paid (in part) by card, nothing in it returned, no points spent on it: its
    // lines come back whole and the terminal refunds each card what it paid. A refund by card
    // would have to charge the card again: its items are sold again instead.
    // Every card payment of it went through a terminal of this register, which can give all of
    // it back (a card payment typed by hand never did).
    if (!m_cards || !m_cards->available() || ticket.total.isNegative() || ticket.total.isZero())
        return false;
    const bool purchases = std::all_of(ticket.lines.cbegin(), ticket.lines.cend(),
        [](const TicketLine &l) { return l.quantityMilli > 0 && l.returnsOf.isEmpty(); });
    Money cards;
    for (const TicketTender &t : ticket.tenders) {
        if (t.amount.isNegative() || t.kind == Tender::Loyalty)
            return false;
        if (t.kind == Tender::Card || t.kind == Tender::CardOffline) {
            if (t.reference.isEmpty())
                return false;
            cards += t.amount;
        }
    }
    return purchases && m_cards->refundableOf(ticket.number) == cards;
}

Status SaleSession::cancelThroughTerminal(const QString &reason)
{
    const Ticket ticket = *m_lastTicket;
    if (!cancellableThroughTerminal(ticket)) {
        const Error e = saleError("sale.void_card",
            m_cards ? tr("Ticket %1 moved money on a card: cancelling it would not move it back. Return its "
                         "items instead.")
                          .arg(ticket.number)
                    : tr("Ticket %1 was paid by card and no card terminal is set up: return its items and "
                         "refund them in cash.")
                          .arg(ticket.number));
        report(e);
        return e;
    }
    if (reason.trimmed().isEmpty()) {
        const Error e = saleError("journal.void_reason", tr("Give the reason for the cancellation."));
        report(e);
        return e;
    }
    if (m_stage == Stage::Paying || !m_checkout.basket().isEmpty()) {
        const Error e = saleError("sale.busy", tr("Finish or park the current basket first."));
        report(e);
        return e;
    }
    for (const TicketReturns::Line &l : returnableLines()) {
        if (auto s = returnFromTicket(l.sold.position, l.sold.quantityMilli, reason.trimmed()); !s) {
            m_checkout.reset(); // all of it or nothing
            changed();
            return s;
        }
    }
    m_checkout.basket().setCancellation(ticket.uuid, reason.trimmed());
    changed();
    if (auto s = startPayment(); !s)
        return s;
    notify(tr("Cancelling ticket %1: the card is refunded through the terminal.").arg(ticket.number),
        Level::Info);
    // Started at once; when the terminal cannot start it, "Back to the card of ticket …" tries again.
    m_cards->refundToCardOf(QString::number(ticket.number)).ok();
    return Ok {};
}

void SaleSession::reloadParked()
{
    m_parked = m_checkout.store().parked();
    Q_EMIT parkedChanged();
}

Status SaleSession::park(const QString &label)
{
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    const QString name = label.trimmed().isEmpty()
        ? tr("Basket of %1").arg(QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat))
        : label.trimmed();
    auto id = m_checkout.park(clerk(), name);
    if (!id) {
        report(id.error());
        return id.error();
    }
    changed();
    reloadParked();
    notify(tr("Basket parked: %1").arg(name), Level::Success);
    return Ok {};
}

Status SaleSession::resume(const QString &parkedId)
{
    if (auto s = readyForANewSale(); !s)
        return s;
    if (!editable())
        return saleError("sale.paying", tr("Payment in progress: cancel it to change the basket."));
    if (auto s = m_checkout.resume(parkedId); !s) {
        report(s);
        return s;
    }
    changed();
    reloadParked();
    return Ok {};
}

void SaleSession::restore()
{
    m_lastTicket = m_checkout.journal().lastTicket();
    if (m_checkout.restore()) {
        changed();
        m_jet
            .record(
                EventJournal::Restore, actorId(), {{u"lines"_s, qint64(m_checkout.basket().lines().size())}})
            .ok();
        if (m_checkout.paymentStarted()) {
            setStage(Stage::Paying);
            Q_EMIT paymentChanged();
        }
        notify(tr("The sale in progress was restored."), Level::Info);
    }
    if (m_cards)
        m_cards->recover();
}

} // namespace comptoir
