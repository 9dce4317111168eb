// SPDX-License-Identifier: GPL-3.0-or-later
#include "salejournal.h"

#include "common/uuidv7.h"
#include "sales/ticketreturns.h"
#include "storage/database.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "comptoir.journal", QtInfoMsg)

namespace comptoir {

namespace {

const QString kTicketColumns =
    u"id, uuid, store_id, register_id, number, kind, created_at, clerk_id, clerk_name, "
    "total_cents, change_cents, grand_total_cents, perpetual_total_cents, "
    "coalesce(reverses_uuid, ''), note, training, previous_hash, hash, "
    "coalesce(c.customer_id, ''), coalesce(c.points_earned, 0), coalesce(c.points_redeemed, 0)"_s;
// FROM for kTicketColumns.
const QString kTicketSource =
    u" FROM tickets LEFT JOIN ticket_customers c ON c.ticket_uuid = tickets.uuid "_s;
} // namespace

SaleJournal::SaleJournal(QSqlDatabase db, StoreProfile store, const Clock &clock)
    : m_db(std::move(db))
    , m_store(std::move(store))
    , m_clock(clock)
{ }

QString SaleJournal::inconsistency(const Ticket &t)
{
    // Bounds first: a row edited by hand may hold anything, and what follows multiplies and
    // adds it. Within them nothing overflows (a price times a quantity stays under 2^62, ten
    // thousand of them under 2^52) and no VAT rate divides by zero. A till never made more:
    // 9,999 pieces at 99,999.99 are about 2^36.5 cents.
    constexpr qint64 kMaxCents = qint64(1) << 38;
    constexpr qint64 kMaxQuantityMilli = qint64(1) << 24;
    constexpr qsizetype kMaxRows = 10'000;
    const auto outOfRange = [](Money m) {
        return m.cents() <= -kMaxCents || m.cents() >= kMaxCents;
    };
    if (t.lines.size() > kMaxRows || t.tenders.size() > kMaxRows || t.vat.size() > kMaxRows)
        return u"more lines, tenders or VAT rows than a ticket holds"_s;
    if (outOfRange(t.total) || outOfRange(t.change))
        return u"total or change out of range"_s;
    constexpr qint64 kMaxPoints = qint64(1) << 40;
    if (t.pointsEarned <= -kMaxPoints || t.pointsEarned >= kMaxPoints || t.pointsRedeemed <= -kMaxPoints ||
        t.pointsRedeemed >= kMaxPoints)
        return u"loyalty points out of range"_s;
    for (const auto &l : t.lines) {
        if (l.quantityMilli <= -kMaxQuantityMilli || l.quantityMilli >= kMaxQuantityMilli ||
            outOfRange(l.unitPrice) || outOfRange(l.lineDiscount) || outOfRange(l.basketDiscount) ||
            outOfRange(l.total) || !l.vat.isValid())
            return u"line %1 holds a quantity, an amount or a VAT rate out of range"_s.arg(l.position);
    }
    for (const auto &td : t.tenders) {
        if (outOfRange(td.amount))
            return u"a tender's amount is out of range"_s;
    }
    for (const auto &v : t.vat) {
        if (!v.rate.isValid() || outOfRange(v.gross) || outOfRange(v.net) || outOfRange(v.vat))
            return u"VAT row %1 holds a rate or an amount out of range"_s.arg(v.rate.basisPoints());
    }

    Money linesSum;
    for (const auto &l : t.lines) {
        if (l.total != l.unitPrice.timesMilli(l.quantityMilli) - l.lineDiscount - l.basketDiscount)
            return u"line %1 total does not match its price, quantity and discounts"_s.arg(l.position);
        linesSum += l.total;
    }
    if (linesSum != t.total)
        return u"total %1 differs from the sum of the lines %2"_s.arg(t.total.cents()).arg(linesSum.cents());
    Money vatGross;
    for (const auto &v : t.vat) {
        if (v.gross != v.net + v.vat || v.vat.cents() != v.rate.vatOfGross(v.gross.cents()))
            return u"VAT row %1 is not consistent"_s.arg(v.rate.basisPoints());
        vatGross += v.gross;
    }
    if (vatGross != t.total)
        return u"VAT breakdown %1 differs from the total %2"_s.arg(vatGross.cents()).arg(t.total.cents());
    Money tendered;
    for (const auto &td : t.tenders)
        tendered += td.amount;
    if (tendered - t.change != t.total)
        return u"tenders %1 minus change %2 differ from the total %3"_s.arg(tendered.cents())
            .arg(t.change.cents())
            .arg(t.total.cents());
    return {};
}

Status SaleJournal::insert(const Ticket &t)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO tickets (uuid, store_id, register_id, number, kind, created_at, clerk_id, clerk_name, "
        "total_cents, change_cents, grand_total_cents, perpetual_total_cents, reverses_uuid, note, training, "
        "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {t.uuid, t.storeId, t.registerId, t.number, t.kind,
             t.createdAt.toString(Qt::ISODateWithMs), t.clerk.id, t.clerk.name, t.total.cents(),
             t.change.cents(), t.grandTotal.cents(), t.perpetualTotal.cents(),
             t.reversesUuid.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.reversesUuid),
             t.note, t.training ? 1 : 0, t.previousHash, t.hash})
        q.addBindValue(v);
    if (auto s = exec(q, "writing the ticket"); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!t.customerId.isEmpty()) {
        QSqlQuery qc(m_db);
        qc.prepare(u"INSERT INTO ticket_customers (ticket_uuid, customer_id, points_earned, points_redeemed, "
                   "confirmed) VALUES (?, ?, ?, ?, 0)"_s);
        qc.addBindValue(t.uuid);
        qc.addBindValue(t.customerId);
        qc.addBindValue(t.pointsEarned);
        qc.addBindValue(t.pointsRedeemed);
        if (auto s = exec(qc, "writing the ticket's customer"); !s)
            return s;
        QSqlQuery qo(m_db);
        qo.prepare(u"INSERT INTO ticket_offers (ticket_uuid, offer_id) VALUES (?, ?)"_s);
        for (const QString &offer : t.offers) {
            qo.addBindValue(t.uuid);
            qo.addBindValue(offer);
            if (auto s = exec(qo, "writing the offers the ticket used"); !s)
                return s;
        }
    }

    QSqlQuery ql(m_db);
    ql.prepare(
        u"INSERT INTO ticket_lines (ticket_id, position, product_id, sku, name, barcode, quantity_milli, "
        "weighed, unit_price_cents, line_discount_cents, basket_discount_cents, total_cents, vat_bp, "
        "return_reason, batch, returns_of) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, "
        "''), "
        "?, ?, ?, ?, ?, ?, ?, "
        "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))"_s);
    for (const auto &l : t.lines) {
        for (const QVariant &v :
            QVariantList {id, l.position, l.productId, l.sku, l.name, l.barcode, l.quantityMilli,
                l.weighed ? 1 : 0, l.unitPrice.cents(), l.lineDiscount.cents(), l.basketDiscount.cents(),
                l.total.cents(), l.vat.basisPoints(), l.returnReason, l.batch, l.returnsOf})
            ql.addBindValue(v);
        if (auto s = exec(ql, "writing the ticket lines"); !s)
            return s;
    }
    QSqlQuery qt(m_db);
    qt.prepare(u"INSERT INTO ticket_tenders (ticket_id, position, kind, amount_cents, reference) "
               "VALUES (?, ?, ?, ?, coalesce(?, ''))"_s);
    for (const auto &td : t.tenders) {
        for (const QVariant &v : QVariantList {id, td.position, td.kind, td.amount.cents(), td.reference})
            qt.addBindValue(v);
        if (auto s = exec(qt, "writing the tenders"); !s)
            return s;
    }
    QSqlQuery qv(m_db);
    qv.prepare(u"INSERT INTO ticket_vat (ticket_id, vat_bp, net_cents, vat_cents, gross_cents) "
               "VALUES (?, ?, ?, ?, ?)"_s);
    for (const auto &v : t.vat) {
        for (const QVariant &x :
            QVariantList {id, v.rate.basisPoints(), v.net.cents(), v.vat.cents(), v.gross.cents()})
            qv.addBindValue(x);
        if (auto s = exec(qv, "writing the VAT breakdown"); !s)
            return s;
    }
    return Outbox(m_db).append(t.uuid, u"ticket"_s, t.registerId, t.createdAt,
        QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
}

Result<Ticket> SaleJournal::record(const TicketDraft &draft, const Hook &inTransaction)
{
    Ticket t;
    t.kind = draft.kind;
    t.clerk = draft.clerk;
    t.lines = draft.lines;
    t.tenders = draft.tenders;
    t.vat = draft.vat;
    t.total = draft.total;
    t.change = draft.change;
    t.reversesUuid = draft.reversesUuid;
    t.note = draft.note;
    t.customerId = draft.customerId;
    if (!t.customerId.isEmpty()) {
        t.pointsEarned = draft.pointsEarned;
        t.pointsRedeemed = draft.pointsRedeemed;
        t.offers = draft.offers;
        t.offers.sort(); // as the journal reads them back
        t.offers.removeDuplicates();
    }
    t.storeId = m_store.storeId;
    t.registerId = m_store.registerId;
    t.training = m_store.training;
    if (t.clerk.id.isEmpty())
        return Error {u"journal.no_clerk"_s,
            QCoreApplication::translate("comptoir::SaleJournal", "No clerk is signed in.")};
    if (const QString why = inconsistency(t); !why.isEmpty()) {
        qCCritical(lcJournal) << "refusing an inconsistent ticket:" << why;
        return Error {u"journal.inconsistent"_s,
            QCoreApplication::translate("comptoir::SaleJournal",
                "The sale's amounts do not add up; it was not recorded. "
                "Call support.")};
    }

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    QSqlQuery last(m_db);
    last.prepare(u"SELECT number, hash, grand_total_cents, perpetual_total_cents, created_at FROM tickets "
                 "WHERE register_id = ? ORDER BY number DESC LIMIT 1"_s);
    last.addBindValue(t.registerId);
    if (auto s = exec(last, "reading the last ticket"); !s)
        return s.error();
    t.previousHash = genesisHash();
    QDateTime previousTime;
    if (last.next()) {
        t.number = last.value(0).toLongLong() + 1;
        t.previousHash = last.value(1).toString();
        t.grandTotal = Money::fromCents(last.value(2).toLongLong());
        t.perpetualTotal = Money::fromCents(last.value(3).toLongLong());
        previousTime = QDateTime::fromString(last.value(4).toString(), Qt::ISODateWithMs);
    } else {
        t.number = 1;
    }
    last.finish();
    t.grandTotal += t.total;
    t.perpetualTotal += t.total.isNegative() ? -t.total : t.total;
    t.uuid = createUuidV7String();
    // Millisecond precision, and never before the previous ticket even if the clock stepped back.
    QDateTime now = m_clock.now().toUTC();
    now = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    if (previousTime.isValid() && now < previousTime)
        now = previousTime;
    t.createdAt = now;
    t.hash = t.computeHash();

    if (auto s = insert(t); !s)
        return s.error();
    if (inTransaction) {
        if (auto s = inTransaction(m_db, t); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    qCDebug(lcJournal) << "ticket" << t.registerId << t.number << t.kind << t.total.cents()
                       << t.hash.left(12);
    return t;
}

Result<Ticket> SaleJournal::voidTicket(
    qint64 number, const Clerk &clerk, const QString &reason, const Hook &inTransaction)
{
    const auto original = ticket(number);
    if (!original)
        return Error {u"journal.no_ticket"_s,
            QCoreApplication::translate("comptoir::SaleJournal", "Ticket %1 does not exist.").arg(number)};
    auto draft = voidDraft(*original, clerk, reason);
    if (!draft)
        return draft.error();
    // A negated card tender would say the card was refunded while nothing went through the
    // terminal: such a ticket is cancelled at the register, as the terminal refunds it.
    if (std::any_of(original->tenders.cbegin(), original->tenders.cend(), [](const TicketTender &t) {
            return (t.kind == u"card"_s || t.kind == u"card-offline"_s) && !t.amount.isZero();
        }))
        return Error {u"journal.void_card"_s,
            QCoreApplication::translate("comptoir::SaleJournal",
                "Ticket %1 moved money on a card: cancel it at the register, where the terminal refunds "
                "the card.")
                .arg(number)};
    return record(*draft, inTransaction);
}

Result<TicketDraft> SaleJournal::voidDraft(
    const Ticket &original, const Clerk &clerk, const QString &reason) const
{
    // A row edited by hand is not reversed: its figures may be anything (a VAT rate of -100 %
    // divided by zero), and a cancellation would carry them into the journal.
    if (original.computeHash() != original.hash || !inconsistency(original).isEmpty())
        return Error {u"journal.void_damaged"_s,
            QCoreApplication::translate("comptoir::SaleJournal",
                "Ticket %1 does not read as it was recorded: it cannot be cancelled. The journal check "
                "(comptoirctl verify) names what changed.")
                .arg(original.number)};
    if (original.kind != u"sale"_s)
        return Error {u"journal.void_void"_s,
            QCoreApplication::translate("comptoir::SaleJournal", "Ticket %1 is itself a cancellation.")
                .arg(original.number)};
    if (!voidedBy(original.uuid).isEmpty())
        return Error {u"journal.already_void"_s,
            QCoreApplication::translate("comptoir::SaleJournal", "Ticket %1 is already cancelled.")
                .arg(original.number)};
    if (original.createdAt.toLocalTime().date() != m_clock.now().toLocalTime().date())
        return Error {u"journal.void_old"_s,
            QCoreApplication::translate("comptoir::SaleJournal",
                "Ticket %1 is not of today: its items are returned against it instead.")
                .arg(original.number)};
    // What came back of it, net of returns cancelled since: all of it is refunded by cancelling.
    const auto returned = TicketReturns(m_db).lines(original);
    if (!returned)
        return returned.error();
    if (std::any_of(returned->cbegin(), returned->cend(),
            [](const TicketReturns::Line &l) { return l.returnedMilli != 0; }))
        return Error {u"journal.void_returned"_s,
            QCoreApplication::translate("comptoir::SaleJournal",
                "Items of ticket %1 were returned already: return the rest of it instead.")
                .arg(original.number)};
    if (reason.trimmed().isEmpty())
        return Error {u"journal.void_reason"_s,
            QCoreApplication::translate("comptoir::SaleJournal", "Give the reason for the cancellation.")};

    TicketDraft d;
    d.kind = u"void"_s;
    d.clerk = clerk;
    d.reversesUuid = original.uuid;
    d.note = reason.trimmed();
    for (TicketLine l : original.lines) {
        l.quantityMilli = -l.quantityMilli;
        l.lineDiscount = -l.lineDiscount;
        l.basketDiscount = -l.basketDiscount;
        l.total = -l.total;
        d.lines.append(l);
    }
    for (TicketTender td : original.tenders) {
        td.amount = -td.amount;
        d.tenders.append(td);
    }
    for (TicketVat v : original.vat) {
        v.net = -v.net;
        v.vat = -v.vat;
        v.gross = -v.gross;
        d.vat.append(v);
    }
    d.total = -original.total;
    d.change = -original.change;
    d.customerId = original.customerId; // the customer's history shows the cancellation too
    d.pointsEarned = -original.pointsEarned; // and gets back the points as they were
    d.pointsRedeemed = -original.pointsRedeemed;
    return d;
}

std::optional<Ticket> SaleJournal::load(qint64 rowId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kTicketColumns + kTicketSource + u"WHERE tickets.id = ?"_s);
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Ticket t;
    t.uuid = q.value(1).toString();
    t.storeId = q.value(2).toString();
    t.registerId = q.value(3).toString();
    t.number = q.value(4).toLongLong();
    t.kind = q.value(5).toString();
    t.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    t.clerk = {q.value(7).toString(), q.value(8).toString()};
    t.total = Money::fromCents(q.value(9).toLongLong());
    t.change = Money::fromCents(q.value(10).toLongLong());
    t.grandTotal = Money::fromCents(q.value(11).toLongLong());
    t.perpetualTotal = Money::fromCents(q.value(12).toLongLong());
    t.reversesUuid = q.value(13).toString();
    t.note = q.value(14).toString();
    t.training = q.value(15).toBool();
    t.previousHash = q.value(16).toString();
    t.hash = q.value(17).toString();
    t.customerId = q.value(18).toString();
    t.pointsEarned = q.value(19).toLongLong();
    t.pointsRedeemed = q.value(20).toLongLong();
    if (!t.customerId.isEmpty()) {
        QSqlQuery o(m_db);
        o.setForwardOnly(true);
        o.prepare(u"SELECT offer_id FROM ticket_offers WHERE ticket_uuid = ? ORDER BY offer_id"_s);
        o.addBindValue(t.uuid);
        if (o.exec()) {
            while (o.next())
                t.offers << o.value(0).toString();
        }
    }

    QSqlQuery l(m_db);
    l.setForwardOnly(true);
    l.prepare(
        u"SELECT position, product_id, sku, name, barcode, quantity_milli, weighed, unit_price_cents, "
        "line_discount_cents, basket_discount_cents, total_cents, vat_bp, return_reason, batch, returns_of "
        "FROM ticket_lines WHERE ticket_id = ? ORDER BY position"_s);
    l.addBindValue(rowId);
    if (l.exec()) {
        while (l.next()) {
            t.lines.append({l.value(0).toInt(), l.value(1).toLongLong(), l.value(2).toString(),
                l.value(3).toString(), l.value(4).toString(), l.value(5).toLongLong(), l.value(6).toBool(),
                Money::fromCents(l.value(7).toLongLong()), Money::fromCents(l.value(8).toLongLong()),
                Money::fromCents(l.value(9).toLongLong()), Money::fromCents(l.value(10).toLongLong()),
                VatRate(l.value(11).toInt()), l.value(12).toString(), l.value(13).toString(),
                l.value(14).toString()});
        }
    }
    QSqlQuery td(m_db);
    td.setForwardOnly(true);
    td.prepare(u"SELECT position, kind, amount_cents, reference FROM ticket_tenders WHERE ticket_id = ? "
               "ORDER BY position"_s);
    td.addBindValue(rowId);
    if (td.exec()) {
        while (td.next())
            t.tenders.append({td.value(0).toInt(), td.value(1).toString(),
                Money::fromCents(td.value(2).toLongLong()), td.value(3).toString()});
    }
    QSqlQuery v(m_db);
    v.setForwardOnly(true);
    v.prepare(u"SELECT vat_bp, net_cents, vat_cents, gross_cents FROM ticket_vat WHERE ticket_id = ? "
              "ORDER BY vat_bp DESC"_s);
    v.addBindValue(rowId);
    if (v.exec()) {
        while (v.next())
            t.vat.append({VatRate(v.value(0).toInt()), Money::fromCents(v.value(1).toLongLong()),
                Money::fromCents(v.value(2).toLongLong()), Money::fromCents(v.value(3).toLongLong())});
    }
    return t;
}

std::optional<Ticket> SaleJournal::loadWhere(const QString &condition, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM tickets WHERE "_s + condition);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong());
}

std::optional<Ticket> SaleJournal::ticket(qint64 number) const
{
    return loadWhere(u"register_id = ? AND number = ?"_s, {m_store.registerId, number});
}

std::optional<Ticket> SaleJournal::ticketByUuid(const QString &uuid) const
{
    return loadWhere(u"uuid = ?"_s, {uuid});
}

QHash<QString, qint64> SaleJournal::originNumbers(const Ticket &ticket) const
{
    QSet<QString> uuids;
    if (!ticket.reversesUuid.isEmpty())
        uuids.insert(ticket.reversesUuid);
    for (const TicketLine &l : ticket.lines) {
        if (!l.returnsOf.isEmpty())
            uuids.insert(l.returnsOf.section(u'#', 0, 0));
    }
    QHash<QString, qint64> numbers;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT number FROM tickets WHERE uuid = ?"_s);
    for (const QString &uuid : std::as_const(uuids)) {
        q.addBindValue(uuid);
        if (q.exec() && q.next())
            numbers.insert(uuid, q.value(0).toLongLong());
        q.finish();
    }
    return numbers;
}

std::optional<Ticket> SaleJournal::lastTicket() const
{
    return loadWhere(u"register_id = ? ORDER BY number DESC LIMIT 1"_s, {m_store.registerId});
}

QList<Ticket> SaleJournal::ticketsOfCustomer(const QString &customerId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id FROM ticket_customers c JOIN tickets t ON t.uuid = c.ticket_uuid "
              "WHERE c.customer_id = ? ORDER BY t.created_at DESC, t.id DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    return loadAll(q);
}

QList<Ticket> SaleJournal::tickets(qint64 fromNumber, qint64 toNumber) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM tickets WHERE register_id = ? AND number BETWEEN ? AND ? ORDER BY number"_s);
    q.addBindValue(m_store.registerId);
    q.addBindValue(fromNumber);
    q.addBindValue(toNumber);
    return loadAll(q);
}

QList<Ticket> SaleJournal::find(const TicketQuery &query, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString latest = u" ORDER BY created_at DESC, id DESC LIMIT ?"_s;
    switch (query.by) {
    case TicketQuery::By::Latest:
        q.prepare(u"SELECT id FROM tickets"_s + latest);
        break;
    case TicketQuery::By::Number:
        q.prepare(u"SELECT id FROM tickets WHERE number = ?"_s + latest);
        q.addBindValue(query.number);
        break;
    case TicketQuery::By::Day: {
        // The local day, as the clerk and the receipt see it, in the UTC times stored.
        const QDateTime from = query.day.startOfDay().toUTC();
        const QDateTime to = query.day.addDays(1).startOfDay().toUTC();
        q.prepare(u"SELECT id FROM tickets WHERE created_at >= ? AND created_at < ?"_s + latest);
        q.addBindValue(from.toString(Qt::ISODateWithMs));
        q.addBindValue(to.toString(Qt::ISODateWithMs));
        break;
    }
    case TicketQuery::By::Amount:
        q.prepare(u"SELECT id FROM tickets WHERE abs(total_cents) = ?"_s + latest);
        q.addBindValue(query.amount.cents());
        break;
    case TicketQuery::By::CardDigits:
        q.prepare(u"SELECT id FROM tickets WHERE uuid IN (SELECT ticket_uuid FROM payment_attempts "
                  "WHERE state = 'approved' AND ticket_uuid IS NOT NULL AND masked_pan <> '' "
                  "AND substr(masked_pan, -4) = ?)"_s +
            latest);
        q.addBindValue(query.cardDigits);
        break;
    case TicketQuery::By::ReceiptCode:
        q.prepare(u"SELECT id FROM tickets WHERE uuid = ?"_s + latest);
        q.addBindValue(query.uuid);
        break;
    }
    q.addBindValue(limit);
    return loadAll(q);
}

QList<Ticket> SaleJournal::loadAll(QSqlQuery &query) const
{
    QList<Ticket> out;
    if (!query.exec())
        return out;
    while (query.next()) {
        if (auto t = load(query.value(0).toLongLong()))
            out.append(*t);
    }
    return out;
}

QString SaleJournal::voidedBy(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT uuid FROM tickets WHERE reverses_uuid = ?"_s);
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString SaleJournal::saleTicketWithTender(const QString &reference) const
{
    if (reference.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT t.uuid FROM ticket_tenders tt JOIN tickets t ON t.id = tt.ticket_id "
              "WHERE tt.reference = ? AND tt.kind IN ('card', 'card-offline') AND t.kind IN ('sale', 'void') "
              "ORDER BY t.id LIMIT 1"_s);
    q.addBindValue(reference);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

JournalCheck SaleJournal::verify() const
{
    JournalCheck check;
    QSqlQuery registers(m_db);
    registers.setForwardOnly(true);
    if (!registers.exec(u"SELECT DISTINCT register_id FROM tickets ORDER BY register_id"_s)) {
        check.ok = false;
        check.reason = u"cannot read the journal: "_s + registers.lastError().text();
        return check;
    }
    QStringList ids;
    while (registers.next())
        ids.append(registers.value(0).toString());

    for (const QString &registerId : std::as_const(ids)) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM tickets WHERE register_id = ? ORDER BY number"_s);
        q.addBindValue(registerId);
        if (!q.exec()) { // a register's tickets not read are not proven
            check.ok = false;
            check.registerId = registerId;
            check.reason = u"cannot read the tickets: "_s + q.lastError().text();
            return check;
        }
        QString previousHash = genesisHash();
        qint64 expected = 1;
        Money grand;
        Money perpetual;
        while (q.next()) {
            const auto t = load(q.value(0).toLongLong());
            auto fail = [&](qint64 number, const QString &why) {
                check.ok = false;
                check.registerId = registerId;
                check.firstBrokenNumber = number;
                check.reason = why;
            };
            if (!t) {
                fail(expected, u"ticket row unreadable"_s);
                return check;
            }
            ++check.ticketsChecked;
            if (t->number != expected) {
                fail(
                    expected, u"ticket number %1 is missing (next found: %2)"_s.arg(expected).arg(t->number));
                return check;
            }
            if (t->previousHash != previousHash) {
                fail(t->number, u"previous hash does not link to ticket %1"_s.arg(expected - 1));
                return check;
            }
            if (t->computeHash() != t->hash) {
                fail(t->number, u"content does not match its hash (altered)"_s);
                return check;
            }
            // The ticket's own figures are checked before they are added up.
            if (const QString why = inconsistency(*t); !why.isEmpty()) {
                fail(t->number, why);
                return check;
            }
            qint64 grandCents = 0;
            qint64 perpetualCents = 0;
            if (__builtin_add_overflow(grand.cents(), t->total.cents(), &grandCents) ||
                __builtin_add_overflow(perpetual.cents(), std::abs(t->total.cents()), &perpetualCents)) {
                fail(t->number, u"perpetual totals overflow"_s);
                return check;
            }
            grand = Money::fromCents(grandCents);
            perpetual = Money::fromCents(perpetualCents);
            if (t->grandTotal != grand || t->perpetualTotal != perpetual) {
                fail(t->number, u"perpetual totals do not add up"_s);
                return check;
            }
            previousHash = t->hash;
            ++expected;
        }
        if (q.lastError().isValid()) { // stopped part way (busy, damaged): the rest is not proven
            check.ok = false;
            check.registerId = registerId;
            check.firstBrokenNumber = expected;
            check.reason = u"cannot read on from ticket %1: "_s.arg(expected) + q.lastError().text();
            return check;
        }
        check.grandTotal = grand;
    }
    return check;
}

} // namespace comptoir
