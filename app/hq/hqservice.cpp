// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqservice.h"

#include "hqcustomers.h"
#include "hqloyalty.h"

#include "sales/salejournal.h"
#include "sales/ticket.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHq, "comptoir.hq", QtInfoMsg)

namespace comptoir::hq {

namespace {

QString normalisedCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

bool isHash(QStringView h)
{
    if (h.size() != 64)
        return false;
    for (QChar c : h) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// What the tables need of a ticket, checked before anything is written: a ticket that would
// break a constraint is refused as an event (the register sets it aside), never turned into a
// database error that would refuse the whole batch again and again.
QString ticketProblem(const Ticket &t)
{
    if (t.kind != u"sale"_s && t.kind != u"void"_s)
        return u"unknown ticket kind"_s;
    if (!isHash(t.hash) || !isHash(t.previousHash))
        return u"hash and previousHash must be 64 lower-case hex digits"_s;
    QSet<int> rates;
    for (const TicketVat &v : t.vat) {
        if (rates.contains(v.rate.basisPoints()))
            return u"a VAT rate twice"_s;
        rates.insert(v.rate.basisPoints());
    }
    if (!t.customerId.isEmpty() && !sync::isValidIdentifier(t.customerId))
        return u"the customer id is not an identifier"_s;
    if (std::abs(t.pointsEarned) > 10'000'000 || std::abs(t.pointsRedeemed) > 10'000'000)
        return u"loyalty points beyond 10,000,000"_s;
    if (t.offers.size() > 20 || std::any_of(t.offers.cbegin(), t.offers.cend(), [](const QString &o) {
            return !sync::isValidIdentifier(o);
        }))
        return u"offers: up to 20 identifiers"_s;
    QSet<int> positions;
    for (const TicketTender &td : t.tenders) {
        if (positions.contains(td.position))
            return u"a tender position twice"_s;
        if (td.kind.isEmpty() || td.kind.size() > 32)
            return u"a tender kind of 1 to 32 characters"_s;
        positions.insert(td.position);
    }
    const auto isTicketId = [](const QString &id) {
        return id.size() == 36 && !QUuid::fromString(id).isNull();
    };
    if (!t.reversesUuid.isEmpty() && (t.kind != u"void"_s || !isTicketId(t.reversesUuid)))
        return u"reversesUuid: the id of the ticket a cancellation reverses"_s;
    QSet<int> lines;
    for (const TicketLine &l : t.lines) {
        if (lines.contains(l.position))
            return u"a line position twice"_s;
        lines.insert(l.position);
        if (l.returnsOf.isEmpty())
            continue;
        bool ok = false;
        const int position = l.returnsOf.section(u'#', 1).toInt(&ok);
        if (l.returnsOf.count(u'#') != 1 || !isTicketId(l.returnsOf.section(u'#', 0, 0)) || !ok ||
            position < 1)
            return u"returnsOf: \"<ticket id>#<line position>\""_s;
    }
    return {};
}

// INSERT INTO `table` VALUES (...), (...), ... `tail`, for `count` rows of `columns` values
// made by `row`, `rowsPerStatement` rows at a time; the statement is prepared once per size.
// With `returned`, collects the first column the statements return.
Error refusedCode()
{
    // One answer for unknown, used and expired codes: nothing to learn by guessing.
    return {u"enroll.refused"_s, u"unknown, used or expired enrollment code"_s};
}

} // namespace

HqService::HqService(HqDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QByteArray HqService::hashSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

QString HqService::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString HqService::newEnrollmentCode()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return code; // 60 bits
}

Status HqService::createStore(
    const QString &id, const QString &name, const QString &country, const QString &timezone)
{
    if (!sync::isValidIdentifier(id))
        return Error {u"store.id"_s, u"a store id is 1 to 32 letters, digits, '-', '_' or '.'"_s};
    if (!QTimeZone(timezone.toUtf8()).isValid())
        return Error {u"store.timezone"_s, u"unknown time zone %1"_s.arg(timezone)};
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO stores (id, name, country, timezone, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {id, name, country.toUpper(), timezone, iso(m_clock.now())})
        q.addBindValue(v);
    return run(q, "creating a store");
}

Status HqService::createRegister(const QString &storeId, const QString &registerId, const QString &label)
{
    if (!sync::isValidIdentifier(registerId))
        return Error {u"register.id"_s, u"a register id is 1 to 32 letters, digits, '-', '_' or '.'"_s};
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO registers (store_id, id, label) VALUES (?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {storeId, registerId, label.isNull() ? u""_s : label})
        q.addBindValue(v);
    return run(q, "creating a register");
}

Result<QString> HqService::createEnrollmentCode(
    const QString &storeId, const QString &registerId, int validHours)
{
    QSqlQuery check(m_db.db());
    check.prepare(u"SELECT 1 FROM registers WHERE store_id = ? AND id = ?"_s);
    check.addBindValue(storeId);
    check.addBindValue(registerId);
    if (!check.exec() || !check.next())
        return Error {u"register.unknown"_s, u"no register %1 in store %2"_s.arg(registerId, storeId)};
    const QString code = newEnrollmentCode();
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO enrollment_codes (code_hash, store_id, register_id, created_at, expires_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {QString::fromLatin1(hashSecret(normalisedCode(code).toUtf8())),
             storeId, registerId, iso(now), iso(now.addSecs(qint64(std::max(1, validHours)) * 3600))})
        q.addBindValue(v);
    if (auto s = run(q, "creating an enrollment code"); !s)
        return s.error();
    return code;
}

Result<QString> HqService::createOperatorToken(const QString &name)
{
    if (!sync::isValidIdentifier(name))
        return Error {u"operator.name"_s, u"an operator name is 1 to 32 letters, digits, '-', '_' or '.'"_s};
    const QString token = newToken();
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO operators (name, token_hash, created_at) VALUES (?, ?, ?)"_s);
    for (const QVariant &v :
        QVariantList {name, QString::fromLatin1(hashSecret(token.toUtf8())), iso(m_clock.now())})
        q.addBindValue(v);
    if (auto s = run(q, "creating an operator token"); !s)
        return s.error();
    return token;
}

Result<sync::Enrollment> HqService::enroll(
    const QString &code, const QString &deviceName, const QString &appVersion)
{
    const QString normalised = normalisedCode(code);
    if (normalised.size() != 12)
        return refusedCode();
    QSqlDatabase db = m_db.db();
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QString codeHash = QString::fromLatin1(hashSecret(normalised.toUtf8()));
    const QDateTime now = m_clock.now();
    QSqlQuery q(db);
    q.prepare(
        u"SELECT store_id, register_id, expires_at FROM enrollment_codes WHERE code_hash = ? AND used_at IS NULL"_s);
    q.addBindValue(codeHash);
    if (!q.exec() || !q.next())
        return refusedCode();
    sync::Enrollment e;
    e.storeId = q.value(0).toString();
    e.registerId = q.value(1).toString();
    if (QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) < now)
        return refusedCode();
    // Used once: of two devices racing with one code, one wins.
    QSqlQuery use(db);
    use.prepare(u"UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"_s);
    use.addBindValue(iso(now));
    use.addBindValue(codeHash);
    if (auto s = run(use, "using an enrollment code"); !s)
        return s.error();
    if (use.numRowsAffected() != 1)
        return refusedCode();
    e.token = newToken();
    QSqlQuery reg(db);
    reg.prepare(u"UPDATE registers SET token_hash = ?, enrolled_at = ?, device_name = ?, app_version = ? "
                "WHERE store_id = ? AND id = ?"_s);
    for (const QVariant &v : QVariantList {QString::fromLatin1(hashSecret(e.token.toUtf8())), iso(now),
             deviceName.left(200), appVersion.left(50), e.storeId, e.registerId})
        reg.addBindValue(v);
    if (auto s = run(reg, "enrolling a register"); !s)
        return s.error();
    QSqlQuery store(db);
    store.prepare(u"SELECT name FROM stores WHERE id = ?"_s);
    store.addBindValue(e.storeId);
    if (store.exec() && store.next())
        e.storeName = store.value(0).toString();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcHq) << "register" << e.storeId << e.registerId << "enrolled:" << deviceName;
    return e;
}

Result<std::optional<RegisterIdentity>> HqService::authenticateRegister(QByteArrayView bearerToken) const
{
    if (bearerToken.size() < 32 || bearerToken.size() > 256)
        return std::optional<RegisterIdentity>();
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT store_id, id FROM registers WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hashSecret(bearerToken)));
    if (auto s = run(q, "checking a device token"); !s)
        return s.error();
    if (!q.next())
        return std::optional<RegisterIdentity>();
    return std::optional(RegisterIdentity {q.value(0).toString(), q.value(1).toString()});
}

Result<bool> HqService::authenticateOperator(QByteArrayView bearerToken) const
{
    if (bearerToken.size() < 32 || bearerToken.size() > 256)
        return false;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT 1 FROM operators WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hashSecret(bearerToken)));
    if (auto s = run(q, "checking an operator token"); !s)
        return s.error();
    return q.next();
}

Status HqService::ping() const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT count(*) FROM schema_version"_s);
    return run(q, "reaching the database");
}

Result<qint64> HqService::anonymiseCustomer(const QString &customerId)
{
    if (!sync::isValidIdentifier(customerId))
        return Error {u"customer.id"_s, u"\"%1\" is not a customer id"_s.arg(customerId)};
    QSqlDatabase db = m_db.db();
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO anonymised_customers (customer_id, anonymised_at) VALUES (?, ?) "
              "ON CONFLICT DO NOTHING"_s);
    q.addBindValue(customerId);
    q.addBindValue(iso(m_clock.now()));
    if (auto s = run(q, "noting the erasure"); !s)
        return s.error();
    // The stored events of those tickets lose the link too.
    q.prepare(u"SELECT e.store_id, e.register_id, e.event_id, e.payload FROM tickets t JOIN events e "
              "ON e.store_id = t.store_id AND e.register_id = t.register_id AND e.event_id = t.ticket_id "
              "WHERE t.customer_id = ?"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "finding the customer's tickets"); !s)
        return s.error();
    QList<QVariantList> scrubbed;
    while (q.next()) {
        QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        payload.remove(u"customer"_s);
        payload.remove(u"loyalty"_s);
        scrubbed.append({QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), q.value(0),
            q.value(1), q.value(2)});
    }
    q.finish();
    QSqlQuery update(db);
    update.prepare(
        u"UPDATE events SET payload = ? WHERE store_id = ? AND register_id = ? AND event_id = ?"_s);
    for (const QVariantList &row : std::as_const(scrubbed)) {
        for (const QVariant &v : row)
            update.addBindValue(v);
        if (auto s = run(update, "unlinking a ticket's event"); !s)
            return s.error();
    }
    q.prepare(u"UPDATE tickets SET customer_id = NULL WHERE customer_id = ?"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "unlinking the customer's tickets"); !s)
        return s.error();
    if (auto s = HqLoyalty(m_db, m_clock).forget(customerId); !s)
        return s.error();
    if (auto s = HqCustomers(m_db, m_clock).forget(customerId); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return qint64(scrubbed.size());
}

Status HqService::noteContact(const RegisterIdentity &who)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE registers SET last_contact_at = ? WHERE store_id = ? AND id = ?"_s);
    for (const QVariant &v : QVariantList {iso(m_clock.now()), who.storeId, who.registerId})
        q.addBindValue(v);
    return run(q, "noting the register's contact");
}

Result<sync::BatchAck> HqService::ingest(const RegisterIdentity &who, const sync::Batch &batch)
{
    if (batch.storeId != who.storeId || batch.registerId != who.registerId)
        return Error {u"register.mismatch"_s,
            u"this token belongs to register %1 of store %2"_s.arg(who.registerId, who.storeId)};
    sync::BatchAck ack;
    ack.rejected = batch.invalid;

    QSqlDatabase db = m_db.db();
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT timezone FROM stores WHERE id = ?"_s);
        q.addBindValue(who.storeId);
        if (q.exec() && q.next() && QTimeZone(q.value(0).toByteArray()).isValid())
            zone = QTimeZone(q.value(0).toByteArray());
    }
    const QString now = iso(m_clock.now());

    QSqlQuery flag(db);
    flag.prepare(u"INSERT INTO chain_flags (store_id, register_id, number, kind, detail, flagged_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    const auto raiseFlag = [&](qint64 number, const QString &kind, const QString &detail) {
        for (const QVariant &v : QVariantList {who.storeId, who.registerId, number, kind, detail, now})
            flag.addBindValue(v);
        return run(flag, "flagging a ticket");
    };

    // 1. Check every event; what passes is written below, a few statements per batch.
    struct Accepted
    {
        const sync::Event *event;
        std::optional<Ticket> ticket;
        QString payload;
        std::optional<crm::CustomerEdit> edit;
    };
    QList<Accepted> accepted;
    accepted.reserve(batch.events.size());
    QSqlQuery erased(db);
    erased.prepare(u"SELECT 1 FROM anonymised_customers WHERE customer_id = ?"_s);
    for (const sync::Event &e : batch.events) {
        std::optional<Ticket> ticket;
        QJsonObject content = e.payload;
        if (e.kind == u"ticket"_s) {
            ticket = Ticket::fromJson(e.payload);
            if (!ticket || ticket->uuid != e.id || ticket->storeId != who.storeId ||
                ticket->registerId != who.registerId) {
                ack.rejected.append({e.id, u"not a readable ticket of this register"_s});
                continue;
            }
            if (const QString problem = ticketProblem(*ticket); !problem.isEmpty()) {
                ack.rejected.append({e.id, problem});
                continue;
            }
            if (!ticket->customerId.isEmpty()) {
                // Sold to a customer erased since: stored without the link.
                erased.addBindValue(ticket->customerId);
                if (auto s = run(erased, "checking the customer"); !s)
                    return s.error();
                if (erased.next()) {
                    ticket->customerId.clear();
                    content.remove(u"customer"_s);
                    content.remove(u"loyalty"_s);
                }
                erased.finish();
            }
        }
        std::optional<crm::CustomerEdit> edit;
        if (e.kind == u"customer-edit"_s) {
            auto read = crm::CustomerEdit::fromJson(e.payload);
            if (!read || read->editId != e.id) {
                ack.rejected.append(
                    {e.id, read ? u"the edit's id is not the event's"_s : read.error().message});
                continue;
            }
            erased.addBindValue(read->customerId);
            if (auto s = run(erased, "checking the customer"); !s)
                return s.error();
            if (erased.next()) {
                // Edited before an erasure it crossed: only the fact is kept.
                content = QJsonObject {{u"customer"_s, read->customerId}, {u"erased"_s, true}};
            } else {
                edit = std::move(*read);
            }
            erased.finish();
        }
        const QByteArray payload = QJsonDocument(content).toJson(QJsonDocument::Compact);
        if (payload.size() > sync::kMaxEventPayload) {
            ack.rejected.append({e.id, u"payload over %1 bytes"_s.arg(sync::kMaxEventPayload)});
            continue;
        }
        if (payload.contains("\\u0000")) { // PostgreSQL text cannot hold NUL
            ack.rejected.append({e.id, u"payload contains a NUL character"_s});
            continue;
        }
        accepted.append({&e, std::move(ticket), QString::fromUtf8(payload), std::move(edit)});
    }

    // 2. The events. On PostgreSQL many rows per statement: a round trip per row is what limits
    // it. SQLite has no round trip, but binding is quadratic in a statement's parameters (Qt
    // looks each one's name up), so one row per statement, prepared once.
    const qsizetype rowsPerStatement = m_db.isPostgres() ? 200 : 1;
    // RETURNING names the events this request stored; the others were already held.
    QSet<QString> storedEvents;
    if (auto s = insertRows(
            db, rowsPerStatement,
            u"events (event_id, store_id, register_id, kind, created_at, received_at, payload)"_s, 7,
            u" ON CONFLICT (store_id, register_id, event_id) DO NOTHING RETURNING event_id"_s,
            accepted.size(),
            [&](qsizetype i, QVariantList &row) {
                const sync::Event &e = *accepted[i].event;
                row << e.id << who.storeId << who.registerId << e.kind << iso(e.createdAt) << now
                    << accepted[i].payload;
            },
            &storedEvents, "storing events");
        !s)
        return s.error();
    for (const Accepted &a : accepted)
        ack.acked.append(a.event->id); // held now: stored by this request or an earlier one

    // 3. Customers edited at the register, merged the first time head office stores the
    // edit, in the register's order (a customer made there before a sale to them).
    HqCustomers customers(m_db, m_clock);
    for (const Accepted &a : accepted) {
        if (!a.edit || !storedEvents.contains(a.event->id))
            continue;
        if (auto merged = customers.applyEdit(who, *a.edit); !merged)
            return merged.error();
    }

    // 4. New tickets. A number another ticket of this register already has is not stored
    // (RETURNING leaves it out): kept as an event, flagged, left out of the figures.
    QList<const Ticket *> newTickets;
    for (const Accepted &a : accepted) {
        if (a.ticket && storedEvents.contains(a.event->id))
            newTickets.append(&*a.ticket);
    }
    QSet<QString> storedTickets;
    if (auto s = insertRows(
            db, rowsPerStatement,
            u"tickets (ticket_id, store_id, register_id, number, kind, created_at, business_day, "
            u"total_cents, "
            "change_cents, grand_total_cents, perpetual_total_cents, training, previous_hash, hash, hash_ok, "
            "customer_id)"_s,
            16, u" ON CONFLICT DO NOTHING RETURNING ticket_id"_s, newTickets.size(),
            [&](qsizetype i, QVariantList &row) {
                const Ticket &t = *newTickets[i];
                row << t.uuid << who.storeId << who.registerId << t.number << t.kind << iso(t.createdAt)
                    << t.createdAt.toTimeZone(zone).date().toString(Qt::ISODate) << t.total.cents()
                    << t.change.cents() << t.grandTotal.cents() << t.perpetualTotal.cents() << int(t.training)
                    << t.previousHash << t.hash << int(t.computeHash() == t.hash)
                    << (t.customerId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(t.customerId));
            },
            &storedTickets, "storing tickets");
        !s)
        return s.error();
    struct VatRow
    {
        const Ticket *ticket;
        const TicketVat *vat;
    };
    struct TenderRow
    {
        const Ticket *ticket;
        const TicketTender *tender;
    };
    QList<VatRow> vatRows;
    QList<TenderRow> tenderRows;
    HqLoyalty loyalty(m_db, m_clock);
    for (const Ticket *t : std::as_const(newTickets)) {
        if (!storedTickets.contains(t->uuid)) {
            if (auto s = raiseFlag(
                    t->number, u"duplicate"_s, u"ticket %1 reuses number %2"_s.arg(t->uuid).arg(t->number));
                !s)
                return s.error();
            continue;
        }
        if (!t->customerId.isEmpty()) {
            // Counted once: this is the ticket's first storing.
            HqLoyalty::Entry entry {t->uuid, t->customerId, u"store"_s, who.storeId, who.registerId,
                t->number, t->pointsEarned, t->pointsRedeemed, iso(t->createdAt), t->offers, {}};
            if (t->kind == u"sale"_s) {
                for (const TicketLine &l : t->lines) {
                    if (l.quantityMilli > 0 && !l.sku.isEmpty())
                        entry.skus << l.sku;
                }
            }
            if (auto moved = loyalty.record(entry); !moved)
                return moved.error();
        }
        if (auto s = recordTicketLinks(db, *t); !s)
            return s.error();
        for (const TicketVat &v : t->vat)
            vatRows.append({t, &v});
        for (const TicketTender &td : t->tenders)
            tenderRows.append({t, &td});
        if (const QString why = SaleJournal::inconsistency(*t); !why.isEmpty()) {
            if (auto s = raiseFlag(t->number, u"arithmetic"_s, why); !s)
                return s.error();
        }
    }
    if (auto s = insertRows(
            db, rowsPerStatement, u"ticket_vat (ticket_id, rate_bp, net_cents, vat_cents, gross_cents)"_s, 5,
            {}, vatRows.size(),
            [&](qsizetype i, QVariantList &row) {
                const TicketVat &v = *vatRows[i].vat;
                row << vatRows[i].ticket->uuid << v.rate.basisPoints() << v.net.cents() << v.vat.cents()
                    << v.gross.cents();
            },
            nullptr, "storing the tickets' VAT");
        !s)
        return s.error();
    if (auto s = insertRows(
            db, rowsPerStatement, u"ticket_tenders (ticket_id, position, kind, amount_cents)"_s, 4, {},
            tenderRows.size(),
            [&](qsizetype i, QVariantList &row) {
                const TicketTender &td = *tenderRows[i].tender;
                row << tenderRows[i].ticket->uuid << td.position << td.kind << td.amount.cents();
            },
            nullptr, "storing the tickets' tenders");
        !s)
        return s.error();

    QSqlQuery contact(db);
    if (batch.backlog >= 0) {
        contact.prepare(
            u"UPDATE registers SET last_contact_at = ?, backlog = ? WHERE store_id = ? AND id = ?"_s);
        for (const QVariant &v : QVariantList {now, batch.backlog, who.storeId, who.registerId})
            contact.addBindValue(v);
    } else {
        contact.prepare(u"UPDATE registers SET last_contact_at = ? WHERE store_id = ? AND id = ?"_s);
        for (const QVariant &v : QVariantList {now, who.storeId, who.registerId})
            contact.addBindValue(v);
    }
    if (auto s = run(contact, "noting the register's contact"); !s)
        return s.error();
    if (auto s = advanceChain(who); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return ack;
}

Status HqService::advanceChain(const RegisterIdentity &who)
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    q.prepare(
        u"SELECT chain_number, chain_hash, chain_status FROM registers WHERE store_id = ? AND id = ?"_s);
    q.addBindValue(who.storeId);
    q.addBindValue(who.registerId);
    if (!q.exec() || !q.next())
        return Error {
            u"register.unknown"_s, u"no register %1 in store %2"_s.arg(who.registerId, who.storeId)};
    const qint64 startNumber = q.value(0).toLongLong();
    qint64 number = startNumber;
    QString hash = q.value(1).toString();
    const QString oldStatus = q.value(2).toString();
    QString status = u"ok"_s;
    QString detail = u""_s; // not null: a null QString binds NULL

    QSqlQuery next(db);
    next.prepare(u"SELECT number, previous_hash, hash, hash_ok FROM tickets "
                 "WHERE store_id = ? AND register_id = ? AND number > ? ORDER BY number LIMIT 2000"_s);
    bool more = true;
    while (more && status == u"ok"_s) {
        next.addBindValue(who.storeId);
        next.addBindValue(who.registerId);
        next.addBindValue(number);
        if (auto s = run(next, "checking the ticket chain"); !s)
            return s;
        int rows = 0;
        while (next.next()) {
            ++rows;
            const qint64 n = next.value(0).toLongLong();
            if (n != number + 1) {
                status = u"gap"_s;
                detail = u"ticket %1 missing (next held: %2)"_s.arg(number + 1).arg(n);
                break;
            }
            if (!next.value(3).toBool()) {
                status = u"break"_s;
                detail = u"ticket %1: its content does not match its hash"_s.arg(n);
                break;
            }
            if (next.value(1).toString() != hash) {
                status = u"break"_s;
                detail = u"ticket %1 does not follow ticket %2"_s.arg(n).arg(number);
                break;
            }
            number = n;
            hash = next.value(2).toString();
        }
        next.finish();
        more = rows == 2000;
    }
    if (status != u"ok"_s && status != oldStatus)
        qCWarning(lcHq) << "chain of" << who.storeId << who.registerId << status << detail;
    if (status != u"ok"_s) {
        QSqlQuery flag(db);
        flag.prepare(u"INSERT INTO chain_flags (store_id, register_id, number, kind, detail, flagged_at) "
                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        for (const QVariant &v :
            QVariantList {who.storeId, who.registerId, number + 1, status, detail, iso(m_clock.now())})
            flag.addBindValue(v);
        if (auto s = run(flag, "flagging the chain"); !s)
            return s;
    }
    QSqlQuery save(db);
    save.prepare(u"UPDATE registers SET chain_number = ?, chain_hash = ?, chain_status = ?, chain_detail = ? "
                 "WHERE store_id = ? AND id = ? AND chain_number = ?"_s);
    for (const QVariant &v :
        QVariantList {number, hash, status, detail, who.storeId, who.registerId, startNumber})
        save.addBindValue(v);
    return run(save, "saving the chain check");
}

Result<std::optional<QJsonObject>> HqService::chainTicket(const QString &ticketId) const
{
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.store_id, coalesce(s.name, t.store_id), t.register_id, e.payload, "
              "(SELECT min(r.ticket_id) FROM tickets r WHERE r.reverses_id = t.ticket_id) "
              "FROM tickets t JOIN events e ON e.store_id = t.store_id AND e.register_id = t.register_id "
              "AND e.event_id = t.ticket_id LEFT JOIN stores s ON s.id = t.store_id WHERE t.ticket_id = ?"_s);
    q.addBindValue(ticketId);
    if (auto s = run(q, "reading a ticket"); !s)
        return s.error();
    if (!q.next())
        return std::optional<QJsonObject> {};
    QJsonObject ticket = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    // Another store's register needs the sale, not who the customer was (not signed content).
    ticket.remove(u"customer"_s);
    ticket.remove(u"loyalty"_s);
    QJsonObject out {{u"store"_s, q.value(0).toString()}, {u"store_name"_s, q.value(1).toString()},
        {u"register"_s, q.value(2).toString()}, {u"ticket"_s, ticket},
        {u"cancelled_by"_s, q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString())}};
    q.finish();
    q.prepare(u"SELECT ticket_id, position, origin_position, quantity_milli FROM ticket_links "
              "WHERE origin_id = ? ORDER BY ticket_id, position"_s);
    q.addBindValue(ticketId);
    if (auto s = run(q, "reading a ticket's returns"); !s)
        return s.error();
    QJsonArray returns;
    while (q.next()) {
        returns.append(QJsonObject {{u"ticket"_s, q.value(0).toString()}, {u"position"_s, q.value(1).toInt()},
            {u"returns"_s, q.value(2).toInt()}, {u"quantity_milli"_s, q.value(3).toLongLong()}});
    }
    out.insert(u"returns"_s, returns);
    return std::optional(out);
}

Result<QJsonArray> HqService::syncStatus(const QString &storeId) const
{
    QJsonArray out;
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT r.store_id, r.id, r.label, r.enrolled_at, r.last_contact_at, r.backlog, r.chain_number, "
        "r.chain_status, r.chain_detail, "
        "(SELECT count(*) FROM tickets t WHERE t.store_id = r.store_id AND t.register_id = r.id), "
        "(SELECT count(*) FROM events e WHERE e.store_id = r.store_id AND e.register_id = r.id) "
        "FROM registers r WHERE (? = '' OR r.store_id = ?) ORDER BY r.store_id, r.id"_s);
    const QString store = storeId.isNull() ? u""_s : storeId; // a null QString binds NULL
    q.addBindValue(store);
    q.addBindValue(store);
    if (auto s = run(q, "reading the registers' sync status"); !s)
        return s.error();
    while (q.next()) {
        out.append(QJsonObject {
            {u"store"_s, q.value(0).toString()},
            {u"register"_s, q.value(1).toString()},
            {u"label"_s, q.value(2).toString()},
            {u"enrolled_at"_s, q.value(3).toString()},
            {u"last_contact_at"_s, q.value(4).toString()},
            {u"backlog"_s, q.value(5).toLongLong()},
            {u"chain_verified_through"_s, q.value(6).toLongLong()},
            {u"chain_status"_s, q.value(7).toString()},
            {u"chain_detail"_s, q.value(8).toString()},
            {u"tickets"_s, q.value(9).toLongLong()},
            {u"events"_s, q.value(10).toLongLong()},
        });
    }
    return out;
}

Result<QJsonObject> HqService::salesReport(
    const QString &fromDay, const QString &to, const QString &storeId) const
{
    struct Day
    {
        qint64 tickets = 0, total = 0, change = 0;
        QMap<int, std::array<qint64, 3>> vat;
        QMap<QString, qint64> tenders;
    };
    // (store, day, training) -> figures
    QMap<std::tuple<QString, QString, bool>, Day> days;
    // Each query groups by store, business day and training, plus `more`; its first three
    // columns say which day a row belongs to, `take` reads the rest.
    const QString store = storeId.isNull() ? u""_s : storeId; // a null QString binds NULL
    const auto each = [&](const QString &columns, const QString &from, const QString &more,
                          const std::function<void(Day &, const QSqlQuery &)> &take) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        q.prepare(u"SELECT t.store_id, t.business_day, t.training, %1 FROM %2 "
                  "WHERE t.business_day >= ? AND t.business_day <= ? AND (? = '' OR t.store_id = ?) "
                  "GROUP BY t.store_id, t.business_day, t.training%3"_s.arg(columns, from, more));
        for (const QVariant &v : QVariantList {fromDay, to, store, store})
            q.addBindValue(v);
        if (auto s = run(q, "adding up sales"); !s)
            return s;
        while (q.next())
            take(days[{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()}], q);
        return Status(Ok {});
    };
    if (auto s = each(u"count(*), sum(t.total_cents), sum(t.change_cents)"_s, u"tickets t"_s, {},
            [](Day &d, const QSqlQuery &q) {
                d.tickets = q.value(3).toLongLong();
                d.total = q.value(4).toLongLong();
                d.change = q.value(5).toLongLong();
            });
        !s)
        return s.error();
    if (auto s = each(u"v.rate_bp, sum(v.net_cents), sum(v.vat_cents), sum(v.gross_cents)"_s,
            u"ticket_vat v JOIN tickets t ON t.ticket_id = v.ticket_id"_s, u", v.rate_bp"_s,
            [](Day &d, const QSqlQuery &q) {
                d.vat[q.value(3).toInt()] = {
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
            });
        !s)
        return s.error();
    if (auto s = each(u"d.kind, sum(d.amount_cents)"_s,
            u"ticket_tenders d JOIN tickets t ON t.ticket_id = d.ticket_id"_s, u", d.kind"_s,
            [](Day &d, const QSqlQuery &q) { d.tenders[q.value(3).toString()] = q.value(4).toLongLong(); });
        !s)
        return s.error();
    QJsonArray rows;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const auto &[store, day, training] = it.key();
        const Day &d = it.value();
        QJsonArray vatRows;
        for (auto v = d.vat.cbegin(); v != d.vat.cend(); ++v) {
            vatRows.append(QJsonObject {{u"rate_bp"_s, v.key()}, {u"net_cents"_s, v.value()[0]},
                {u"vat_cents"_s, v.value()[1]}, {u"gross_cents"_s, v.value()[2]}});
        }
        QJsonObject tenderRows;
        for (auto t = d.tenders.cbegin(); t != d.tenders.cend(); ++t) // cash kept: tendered minus change
            tenderRows.insert(t.key(), t.value() - (t.key() == u"cash"_s ? d.change : 0));
        rows.append(QJsonObject {{u"store"_s, store}, {u"business_day"_s, day}, {u"training"_s, training},
            {u"tickets"_s, d.tickets}, {u"total_cents"_s, d.total}, {u"vat"_s, vatRows},
            {u"tenders"_s, tenderRows}});
    }
    return QJsonObject {{u"from"_s, fromDay}, {u"to"_s, to}, {u"days"_s, rows}};
}

} // namespace comptoir::hq
