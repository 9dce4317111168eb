// SPDX-License-Identifier: GPL-3.0-or-later
// What a register reads when head office (or whatever answers in its place) gives it another
// register's ticket for a return: ChainTicket::fromJson(). Whatever the bytes, an accepted answer
// is the ticket asked for, a sale whose hash is its content's, with bounded links.
#include "fuzzing.h"

#include "sales/chainticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kAsked = u"0193a2b4-c5d6-7e8f-90a1-b2c3d4e5f6a7"_s;

Ticket sale()
{
    Ticket t;
    t.uuid = kAsked;
    t.storeId = u"demo-paris-11"_s;
    t.registerId = u"01"_s;
    t.number = 42;
    t.kind = u"sale"_s;
    t.createdAt = QDateTime(QDate(2026, 12, 6), QTime(10, 30), Qt::UTC);
    t.clerk = {u"c1"_s, u"Camille"_s};
    TicketLine l;
    l.position = 1;
    l.productId = 7;
    l.sku = u"BOUL-0002"_s;
    l.name = u"Croissant"_s;
    l.quantityMilli = 3000;
    l.unitPrice = Money::fromCents(110);
    l.total = Money::fromCents(330);
    l.vat = VatRate(550);
    t.lines.append(l);
    t.tenders.append({1, u"cash"_s, Money::fromCents(330), {}});
    t.vat.append({VatRate(550), Money::fromCents(313), Money::fromCents(17), Money::fromCents(330)});
    t.total = Money::fromCents(330);
    t.grandTotal = t.total;
    t.perpetualTotal = t.total;
    t.previousHash = genesisHash();
    t.hash = t.computeHash();
    return t;
}

QJsonObject answer(const Ticket &t, const QJsonArray &returns, const QJsonValue &cancelledBy = QJsonValue())
{
    return {{u"store"_s, t.storeId}, {u"store_name"_s, u"Démo Paris 11e"_s}, {u"register"_s, t.registerId},
        {u"ticket"_s, t.toJson()}, {u"cancelled_by"_s, cancelledBy}, {u"returns"_s, returns}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const auto found = ChainTicket::fromJson(o, kAsked);
    if (!found)
        return 0;
    FUZZ_CHECK(found->ticket.uuid.compare(kAsked, Qt::CaseInsensitive) == 0);
    FUZZ_CHECK(found->ticket.kind == u"sale"_s);
    FUZZ_CHECK(found->ticket.computeHash() == found->ticket.hash);
    FUZZ_CHECK(found->storeId == found->ticket.storeId && found->registerId == found->ticket.registerId);
    FUZZ_CHECK(found->storeName.size() <= 120 && found->elsewhere.links.size() <= 10'000);
    FUZZ_CHECK(
        found->elsewhere.cancelledBy.isEmpty() || !QUuid::fromString(found->elsewhere.cancelledBy).isNull());
    for (const TicketLink &l : found->elsewhere.links) {
        FUZZ_CHECK(!QUuid::fromString(l.ticketId).isNull());
        FUZZ_CHECK(l.position >= 1 && l.returns >= 1);
        FUZZ_CHECK(l.quantityMilli >= -1'000'000'000 && l.quantityMilli <= 1'000'000'000);
    }
    // Nothing else was asked for: the same answer for another ticket is refused.
    FUZZ_CHECK(!ChainTicket::fromJson(o, u"0193a2b4-c5d6-7e8f-90a1-000000000000"_s));
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    const Ticket t = sale();
    const QJsonArray returns {QJsonObject {{u"ticket"_s, u"0193a2b5-0000-7000-8000-000000000001"_s},
        {u"position"_s, 1}, {u"returns"_s, 1}, {u"quantity_milli"_s, -2000}}};
    Ticket tampered = t;
    tampered.total = Money::fromCents(33000); // the hash no longer covers it
    Ticket voided = t;
    voided.kind = u"void"_s;
    voided.hash = voided.computeHash();
    return {QJsonDocument(answer(t, returns)).toJson(QJsonDocument::Compact),
        QJsonDocument(answer(t, {}, u"0193a2b6-0000-7000-8000-000000000002"_s))
            .toJson(QJsonDocument::Compact),
        QJsonDocument(answer(tampered, returns)).toJson(QJsonDocument::Compact),
        QJsonDocument(answer(voided, {})).toJson(QJsonDocument::Compact),
        "{\"store\":\"demo-paris-11\",\"register\":\"01\",\"ticket\":{},\"returns\":[{\"quantity_milli\":"
        "1e300}]}"};
}
