// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjournal.h"

#include "common/uuidv7.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {
QString eventHash(const QString &previousHash, const QString &uuid, const QString &registerId,
    qint64 sequence, const QString &createdAt, const QString &code, const QString &clerkId,
    const QString &detail)
{
    const QJsonObject o {{u"previousHash"_s, previousHash}, {u"uuid"_s, uuid}, {u"registerId"_s, registerId},
        {u"sequence"_s, sequence}, {u"createdAt"_s, createdAt}, {u"code"_s, code}, {u"clerkId"_s, clerkId},
        {u"detail"_s, detail}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}
} // namespace

const QList<EventJournal::Code> &EventJournal::codes()
{
    // Sources in fiscal-france.md: [R1] RetailForce, [R2], [N1] NaviPartner NP Retail.
    static const QList<Code> list {
        {Start, 900, false, "the register started"},
        {Stop, 40, true, "terminal stop, disconnection"},
        {SignIn, 80, true, "log-in"},
        {SignOut, 40, true, "log-off"},
        {SignInRefused, 901, false, "sign-in refused (wrong PIN, locked account)"},
        {Override, 902, false, "an action approved by another clerk"},
        {Reprint, 903, false, "duplicate of a ticket"},
        {Void, 190, true, "ticket voided"},
        {BasketCancelled, 320, true, "sale cancelled before it was recorded"},
        {PaymentCancelled, 904, false, "payments of a sale given back"},
        {PriceOverride, 905, false, "price changed at the counter"},
        {Restore, 906, false, "a sale in progress restored at start"},
        {CatalogImport, 140, true, "data import"},
        {Settings, 300, true, "POS set-up data modified"},
        {ClerkChanged, 130, true, "user permission change"},
        {Error, 907, false, "an error the register recorded"},
        {DrawerOpened, 908, false, "the cash drawer opened (sale, no-sale, float, cash in or out, count)"},
        {CashCounted, 170, true, "cash-drawer count"},
        {Closing, 50, true, "period closing (day, month)"},
        {YearClosing, 60, true, "year closing"},
        {XReport, 909, false, "X report (figures since the last day closing)"},
    };
    return list;
}

int EventJournal::nf525Code(QStringView code)
{
    for (const Code &c : codes()) {
        if (code == QLatin1StringView(c.code))
            return c.nf525;
    }
    return 0;
}

EventJournal::EventJournal(QSqlDatabase db, QString registerId, const Clock &clock)
    : m_db(std::move(db))
    , m_registerId(std::move(registerId))
    , m_clock(clock)
{ }

Status EventJournal::record(const char *code, const QString &clerkId, const QJsonObject &detail)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = append(code, clerkId, detail); !s)
        return s;
    return tx.commit();
}

Status EventJournal::append(const char *code, const QString &clerkId, const QJsonObject &detail)
{
    const int nf525 = nf525Code(QString::fromLatin1(code));
    if (nf525 == 0)
        return comptoir::Error {
            u"journal.event_code"_s, u"event \"%1\" has no NF525 code"_s.arg(QLatin1StringView(code))};
    if (clerkId.isEmpty())
        return comptoir::Error {
            u"journal.event_clerk"_s, u"event \"%1\" without a clerk"_s.arg(QLatin1StringView(code))};
    QSqlQuery last(m_db);
    last.prepare(
        u"SELECT sequence, hash FROM jet_events WHERE register_id = ? ORDER BY sequence DESC LIMIT 1"_s);
    last.addBindValue(m_registerId);
    if (auto s = exec(last, "reading the event journal"); !s)
        return s;
    qint64 sequence = 1;
    QString previous = genesisHash();
    if (last.next()) {
        sequence = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString();
    }
    last.finish();
    const QString uuid = createUuidV7String();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString codeStr = QString::fromLatin1(code);
    const QString detailStr = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO jet_events (uuid, register_id, sequence, created_at, code, nf525, clerk_id, "
              "detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
        QVariantList {uuid, m_registerId, sequence, at, codeStr, nf525, clerkId, detailStr, previous,
            eventHash(previous, uuid, m_registerId, sequence, at, codeStr, clerkId, detailStr)})
        q.addBindValue(v);
    return exec(q, "writing the event journal");
}

qint64 EventJournal::count(const char *code, const QString &ticketUuid) const
{
    QSqlQuery q(m_db);
    if (ticketUuid.isEmpty()) {
        q.prepare(u"SELECT count(*) FROM jet_events WHERE register_id = ? AND code = ?"_s);
        q.addBindValue(m_registerId);
        q.addBindValue(QString::fromLatin1(code));
    } else {
        q.prepare(u"SELECT count(*) FROM jet_events WHERE register_id = ? AND code = ? "
                  "AND json_extract(detail, '$.ticketUuid') = ?"_s);
        q.addBindValue(m_registerId);
        q.addBindValue(QString::fromLatin1(code));
        q.addBindValue(ticketUuid);
    }
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

JournalCheck EventJournal::verify() const
{
    JournalCheck check;
    check.registerId = m_registerId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT uuid, sequence, created_at, code, clerk_id, detail, previous_hash, hash, nf525 FROM "
              u"jet_events "
              "WHERE register_id = ? ORDER BY sequence"_s);
    q.addBindValue(m_registerId);
    if (!q.exec()) {
        check.ok = false;
        check.reason = u"cannot read the event journal"_s;
        return check;
    }
    QString previous = genesisHash();
    qint64 expected = 1;
    while (q.next()) {
        ++check.ticketsChecked;
        const qint64 seq = q.value(1).toLongLong();
        const QString h = eventHash(q.value(6).toString(), q.value(0).toString(), m_registerId, seq,
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        QString why;
        if (seq != expected)
            why = u"event %1 is missing"_s.arg(expected);
        else if (q.value(6).toString() != previous)
            why = u"previous hash does not link"_s;
        else if (h != q.value(7).toString())
            why = u"content does not match its hash (altered)"_s;
        else if (q.value(8).toInt() != nf525Code(q.value(3).toString()))
            why = u"NF525 code %1 is not the code of \"%2\" (altered)"_s.arg(q.value(8).toInt())
                      .arg(q.value(3).toString().left(40));
        if (!why.isEmpty()) {
            check.ok = false;
            check.firstBrokenNumber = expected;
            check.reason = why;
            return check;
        }
        previous = q.value(7).toString();
        ++expected;
    }
    return check;
}

} // namespace comptoir
