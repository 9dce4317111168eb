// SPDX-License-Identifier: GPL-3.0-or-later
#include "countercontroller.h"

#include "staffdesk.h"

#include "audiocue.h"
#include "crm/customerdirectory.h"
#include "customertexts.h"
#include "receiptpdf.h"
#include "sales/cashsuggestions.h"
#include "sales/receipt.h"
#include "sales/ticketquery.h"

#include <QDir>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCounter, "comptoir.counter", QtInfoMsg)

namespace comptoir {

namespace {
Counter *s_instance = nullptr;
} // namespace

Counter::Counter(SaleSession &session, AudioCue *audio, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_audio(audio)
{
    m_model.sync(m_session.basket());
    connect(&m_session, &SaleSession::notice, this,
        [this](const QString &text, SaleSession::Level level) { notify(text, Level(int(level))); });
    connect(&m_session, &SaleSession::accepted, this, [this] {
        if (m_audio)
            m_audio->play(AudioCue::Cue::Accepted);
        Q_EMIT accepted();
    });
    connect(&m_session, &SaleSession::undoChanged, this, &Counter::undoChanged);
    connect(&m_session, &SaleSession::stageChanged, this, [this] {
        static const char *const names[] = {"selling", "paying", "receipt"};
        qCInfo(lcCounter) << "stage:" << names[int(m_session.stage())];
        Q_EMIT stageChanged();
    });
    connect(&m_session, &SaleSession::basketChanged, this, [this](const QString &touched) {
        m_model.sync(m_session.basket());
        Q_EMIT totalsChanged();
        if (!touched.isEmpty())
            Q_EMIT lineTouched(m_session.basket().indexOf(touched));
    });
    connect(&m_session, &SaleSession::paymentChanged, this, &Counter::paymentChanged);
    connect(&m_session, &SaleSession::customerChanged, this, &Counter::customerChanged);
    connect(&m_session, &SaleSession::customerAttached, this, &Counter::greet);
    connect(&m_session, &SaleSession::offersChanged, this, &Counter::refreshOffers);
    connect(&m_session, &SaleSession::receiptChanged, this, &Counter::showReceipt);
    connect(&m_session, &SaleSession::parkedChanged, this, &Counter::parkedChanged);
    connect(&m_session, &SaleSession::heldChanged, this, &Counter::heldChanged);
    connect(&m_session, &SaleSession::weighingChanged, this, &Counter::weighingChanged);
    connect(&m_session, &SaleSession::storeChanged, this, &Counter::storeChanged);
    connect(&m_session, &SaleSession::saleRecorded, this, [this](const Ticket &ticket) {
        qCInfo(lcCounter) << "ticket recorded:" << ticket.number;
        Q_EMIT saleRecorded(int(ticket.number));
    });
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

// ---- messages ---------------------------------------------------------------------------

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

void Counter::uiReady()
{
    m_uiReady = true;
    for (const auto &[text, level] : std::exchange(m_startupMessages, {}))
        notify(text, level);
}

void Counter::greet(const crm::Customer &customer)
{
    const int points = customerPoints();
    notify(customer.isPremium() ? tr("%1, %2 customer: %Ln point(s).", nullptr, points)
                                      .arg(customer.displayName, CustomerTexts::tier(customer.tier))
                                : tr("%1: %Ln point(s).", nullptr, points).arg(customer.displayName),
        Success);
}

void Counter::refreshTexts()
{
    m_model.refreshTexts();
    if (m_session.lastTicket() && m_session.stage() == SaleSession::Stage::Receipt)
        showReceipt();
    refreshOffers();
    Q_EMIT totalsChanged();
    Q_EMIT paymentChanged();
    Q_EMIT parkedChanged();
    Q_EMIT weighingChanged();
    Q_EMIT textsChanged();
}

// ---- properties -------------------------------------------------------------------------

QString Counter::basketDiscountText() const
{
    const Money d = m_session.totals().basketDiscount;
    return d.isZero() ? QString() : (-d).toString();
}

QVariantList Counter::vatRows() const
{
    QVariantList rows;
    for (const VatBreakdown &v : m_session.totals().vat)
        rows.append(QVariantMap {{u"code"_s, QString(v.rate.code())}, {u"rate"_s, v.rate.toString()},
            {u"net"_s, v.net.toString()}, {u"vat"_s, v.vat.toString()}, {u"gross"_s, v.gross.toString()}});
    return rows;
}

QString Counter::vatTotalText() const
{
    Money vat;
    for (const VatBreakdown &v : m_session.totals().vat)
        vat += v.vat;
    return vat.toString();
}

QString Counter::remainingText() const
{
    const Money r = m_session.checkout().remaining();
    return r.isNegative() ? (-r).toString() : r.toString();
}

QVariantList Counter::tenders() const
{
    QVariantList out;
    for (const Tender &t : m_session.checkout().tenders())
        out.append(QVariantMap {{u"kind"_s, t.kind}, {u"label"_s, ReceiptRenderer::tenderLabel(t.kind)},
            {u"amountText"_s, t.amount.toString()}, {u"terminal"_s, isTerminalCard(t)}});
    return out;
}

QVariantList Counter::quickAmounts() const
{
    QVariantList out;
    for (const Money &m : cashSuggestions(m_session.checkout().remaining()))
        out.append(QVariantMap {{u"cents"_s, int(m.cents())}, {u"text"_s, m.toString()}});
    return out;
}

QString Counter::externalTendersText() const
{
    QStringList parts;
    for (const Tender &t : m_session.checkout().tenders()) {
        if (t.kind != Tender::Cash)
            parts << ReceiptRenderer::tenderLabel(t.kind) + u' ' + t.amount.toString();
    }
    return parts.join(u", "_s);
}

QVariantList Counter::parkedBaskets() const
{
    QVariantList out;
    const QLocale locale;
    for (const ParkedBasket &p : m_session.parked())
        out.append(QVariantMap {{u"id"_s, p.id}, {u"label"_s, p.label},
            {u"time"_s, locale.toString(p.parkedAt.toLocalTime().time(), QLocale::ShortFormat)},
            {u"totalText"_s, p.total.toString()}, {u"articles"_s, int(p.itemCount)}});
    return out;
}

QStringList Counter::returnReasons() const
{
    return {tr("Defective"), tr("Wrong size"), tr("Changed mind"), tr("Damaged in transit"), tr("Other")};
}

QString Counter::customerTierText() const
{
    return hasCustomer() ? CustomerTexts::tier(m_session.customer()->tier) : QString();
}

QString Counter::customerPointsText() const
{
    if (!hasCustomer())
        return {};
    const crm::LoyaltyBalance &b = m_session.balance();
    const QString points = tr("%Ln point(s)", nullptr, int(b.available()));
    if (!b.provisional())
        return points;
    const qint64 pending = b.pendingEarned - b.pendingRedeemed;
    const QString signedPending = (pending > 0 ? u"+"_s : QString()) + QLocale().toString(pending);
    return tr("%1 (%2 to confirm)").arg(points, signedPending);
}

QString Counter::pointsUsableText() const
{
    const int points = pointsUsable();
    if (points <= 0)
        return {};
    return tr("Use %Ln point(s) (%1)", nullptr, points).arg(m_session.program().valueOf(points).toString());
}

QString Counter::pointsLimitText() const
{
    if (!m_session.pointsCapped())
        return {};
    return tr("Without head office's confirmation, no more than %Ln point(s) today "
              "(the customer's offline allowance).",
        nullptr, int(m_session.redeemablePoints()));
}

void Counter::refreshOffers()
{
    QVariantList list;
    for (const crm::OfferMatch &m : m_session.offers()) {
        const QString detail = m.offer.amountOffCents > 0
            ? tr("%1 off the basket").arg(Money::fromCents(m.offer.amountOffCents).toString())
            : tr("-%1 % on %Ln article(s)", nullptr, int(m.lines.size())).arg(m.offer.percentOff);
        list.append(QVariantMap {{u"id"_s, m.offer.id}, {u"title"_s, m.offer.title}, {u"detail"_s, detail}});
    }
    m_offerList = list;
    Q_EMIT offersChanged();
}

QVariantMap Counter::customerDetails() const
{
    // The history is CustomerDesk's: this register's tickets and head office's.
    return hasCustomer() ? CustomerTexts::details(*m_session.customer()) : QVariantMap();
}

QVariantList Counter::searchCustomers(const QString &text) const
{
    QVariantList out;
    for (const crm::Customer &c : crm::CustomerDirectory(m_session.database()).search(text, 30))
        out.append(CustomerTexts::searchResult(c));
    return out;
}

// ---- input --------------------------------------------------------------------------------

bool Counter::handleScan(const QString &raw)
{
    if (m_staff && m_staff->approvalPending()) {
        // What waits for an approval stays as it was asked: nothing changes under it.
        notify(tr("Finish or cancel the approval first."), Warning);
        return false;
    }
    const bool ok = bool(m_session.scan(raw));
    // Never the code itself: a loyalty card number is personal data.
    qCInfo(lcCounter) << "scan handled:" << (ok ? "accepted" : "refused");
    return ok;
}

int Counter::returnTicketNumber() const
{
    const auto ticket = m_session.returnTicket();
    return ticket ? int(ticket->number) : 0;
}

QVariantList Counter::returnableLines() const
{
    QVariantList out;
    const QLocale locale;
    for (const TicketReturns::Line &l : m_session.returnableLines()) {
        const qint64 left = l.returnableMilli();
        out.append(QVariantMap {{u"position"_s, l.sold.position}, {u"name"_s, l.sold.name},
            {u"weighed"_s, l.sold.weighed}, {u"leftMilli"_s, left},
            {u"leftText"_s, ReceiptRenderer::quantityText(left, l.sold.weighed, locale)},
            {u"soldText"_s, ReceiptRenderer::quantityText(l.sold.quantityMilli, l.sold.weighed, locale)},
            {u"paidText"_s, l.sold.total.toString(locale)}});
    }
    return out;
}

QVariantMap Counter::findTickets(const QString &text) const
{
    const auto query = TicketQuery::parse(text, QDate::currentDate());
    if (!query)
        return {{u"problem"_s,
            tr("Type a ticket number, a day (25/11), an amount (12,50) or the card's last four digits "
               "(*1234), "
               "or scan the receipt.")}};
    const SaleJournal &journal = m_session.checkout().journal();
    QVariantList tickets;
    const QLocale locale;
    for (const Ticket &t : journal.find(*query, 50)) {
        QStringList tenders;
        for (const TicketTender &td : t.tenders) {
            if (!tenders.contains(ReceiptRenderer::tenderLabel(td.kind)))
                tenders << ReceiptRenderer::tenderLabel(td.kind);
        }
        tickets.append(QVariantMap {{u"uuid"_s, t.uuid}, {u"number"_s, t.number},
            {u"when"_s, locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat)},
            {u"total"_s, t.total.toString(locale)}, {u"tenders"_s, tenders.join(u", "_s)},
            {u"kind"_s, t.kind}, {u"cancelled"_s, !journal.voidedBy(t.uuid).isEmpty()}});
    }
    if (tickets.isEmpty() && query->by == TicketQuery::By::ReceiptCode)
        return {{u"tickets"_s, tickets}, {u"elsewhere"_s, query->uuid}}; // another register's
    return {{u"tickets"_s, tickets}};
}

bool Counter::sellAmount(const QString &code, const QString &amountText, int vatBp)
{
    return bool(m_session.sellOpenAmount(
        code, amountText, vatBp < 0 ? std::nullopt : std::optional<VatRate>(VatRate(vatBp))));
}

QVariantList Counter::vatChoices() const
{
    QVariantList out;
    QList<VatRate> rates = VatRate::frenchRates();
    std::sort(rates.begin(), rates.end(), std::greater<>());
    for (VatRate r : std::as_const(rates))
        out.append(QVariantMap {{u"bp"_s, r.basisPoints()}, {u"text"_s, r.toString(QLocale())}});
    return out;
}

bool Counter::addProduct(int productId)
{
    return bool(m_session.addProduct(productId));
}

bool Counter::submitCode(const QString &text)
{
    if (!m_session.looksLikeCode(text))
        return false;
    handleScan(text.trimmed()); // refusals are reported; the field is cleared either way
    return true;
}

bool Counter::attachCustomer(const QString &id)
{
    return bool(m_session.attachCustomer(id));
}

void Counter::detachCustomer()
{
    m_session.detachCustomer();
}

// ---- basket edits -------------------------------------------------------------------------

QString Counter::lineIdAt(int row) const
{
    const auto &lines = m_session.basket().lines();
    return row >= 0 && row < lines.size() ? lines[row].id : QString();
}

bool Counter::setQuantity(int row, const QString &text)
{
    return guarded([this, id = lineIdAt(row), text] { return m_session.setQuantity(id, text); });
}

bool Counter::changeQuantity(int row, int delta)
{
    return guarded([this, id = lineIdAt(row), delta] { return m_session.changeQuantity(id, delta); });
}

void Counter::setStaff(Staff *staff)
{
    m_staff = staff;
    if (m_staff)
        connect(m_staff, &Staff::clerkChanged, this, &Counter::clerkChanged);
}

bool Counter::guarded(std::function<Status()> action, const QJsonObject &detail)
{
    if (!m_staff)
        return bool(action());
    return m_staff->attempt(std::move(action), detail);
}

bool Counter::onThisTicket(const QString &what, std::function<Status()> action)
{
    const auto &ticket = m_session.lastTicket();
    if (!ticket)
        return bool(action()); // says there is no ticket
    const QString uuid = ticket->uuid;
    return guarded(
        [this, uuid, action = std::move(action)]() -> Status {
            if (!m_session.lastTicket() || m_session.lastTicket()->uuid != uuid)
                return Error {u"sale.ticket_changed"_s,
                    tr("Another ticket was opened meanwhile: start again from that ticket.")};
            return action();
        },
        {{u"action"_s, what}, {u"ticketUuid"_s, uuid}, {u"number"_s, ticket->number}});
}

bool Counter::reprintLast()
{
    return onThisTicket(u"reprint"_s, [this] { return m_session.reprintLast(); });
}

void Counter::removeTender(int index)
{
    // The tender itself, not its row: rows move while the approval is asked.
    const QList<Tender> &tenders = m_session.checkout().tenders();
    if (index < 0 || index >= tenders.size()) {
        m_session.removeTender(index).ok(); // says why
        return;
    }
    const Tender tender = tenders.at(index);
    guarded(
        [this, tender]() -> Status {
            const QList<Tender> &now = m_session.checkout().tenders();
            for (int i = 0; i < now.size(); ++i) {
                if (now[i].reference == tender.reference && now[i].kind == tender.kind &&
                    now[i].amount == tender.amount)
                    return m_session.removeTender(i);
            }
            return Error {u"sale.tender_gone"_s, tr("That payment is no longer in the sale.")};
        },
        {{u"action"_s, u"remove-tender"_s}, {u"kind"_s, tender.kind}, {u"amount"_s, tender.amount.cents()}});
}

bool Counter::setUnitPrice(int row, const QString &text)
{
    return guarded([this, id = lineIdAt(row), text] { return m_session.setUnitPrice(id, text); });
}

bool Counter::setLineDiscount(int row, const QString &percentText)
{
    return guarded(
        [this, id = lineIdAt(row), percentText] { return m_session.setLineDiscount(id, percentText); });
}

bool Counter::removeLine(int row)
{
    return bool(m_session.removeLine(lineIdAt(row)));
}

bool Counter::markReturn(int row, const QString &reason)
{
    return guarded([this, id = lineIdAt(row), reason] { return m_session.markReturn(id, reason); });
}

bool Counter::setBasketDiscount(const QString &text, bool percent)
{
    return guarded([this, text, percent] { return m_session.setBasketDiscount(text, percent); });
}

// ---- payment ------------------------------------------------------------------------------

bool Counter::addTender(const QString &kind, const QString &amountText)
{
    const auto amount = Money::parse(amountText);
    if (!amount) {
        notify(tr("Enter an amount such as 20 or 12,50."), Failure);
        return false;
    }
    return bool(m_session.addTender(kind, *amount));
}

bool Counter::addTenderCents(const QString &kind, int cents)
{
    return bool(m_session.addTender(kind, Money::fromCents(cents)));
}

// ---- after the sale -----------------------------------------------------------------------

void Counter::showReceipt()
{
    if (!m_session.lastTicket()) {
        m_receiptText.clear();
        m_receiptCode.clear();
    } else {
        m_receiptCode = TicketQuery::receiptCode(m_session.lastTicket()->uuid);
        ReceiptOptions options;
        options.columns = 42;
        options.duplicateNumber = m_session.lastDuplicate();
        m_session.nameOrigins(*m_session.lastTicket(), options);
        m_receiptText = ReceiptRenderer::text(
            *m_session.lastTicket(), m_session.receiptStore(*m_session.lastTicket()), options);
    }
    Q_EMIT receiptChanged();
}

QString Counter::saveReceiptPdf()
{
    const auto &ticket = m_session.lastTicket();
    if (!ticket || m_receiptText.isEmpty()) {
        notify(tr("No receipt to save yet."), Failure);
        return {};
    }
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/comptoir/receipts"_s;
    const int duplicate = m_session.lastDuplicate();
    const QString path = u"%1/ticket-%2-%3%4.pdf"_s.arg(dir, m_session.store().registerId)
                             .arg(ticket->number, 6, 10, QLatin1Char('0'))
                             .arg(duplicate ? u"-duplicata-%1"_s.arg(duplicate) : QString());
    if (auto s = ReceiptPdf::write(m_receiptText, path, m_receiptCode); !s) {
        notify(s.error().message, Failure);
        return {};
    }
    notify(tr("Receipt saved: %1").arg(QDir::toNativeSeparators(path)), Success);
    return path;
}

QString Counter::weighingUnitPrice() const
{
    if (!weighing())
        return {};
    return tr("%1 / kg").arg(m_session.awaitingWeight()->product.price.toString());
}

} // namespace comptoir
