// SPDX-License-Identifier: GPL-3.0-or-later
// The head-office sync protocol: decodeBatch() (what head office reads from any client),
// decodeAck() and decodeEnrollment() (what a register reads from head office or from whatever
// answers in its place). Invariants, not just "no crash".
#include "fuzzing.h"

#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

void checkBatch(const QByteArray &body)
{
    QString error;
    const auto batch = sync::decodeBatch(body, &error);
    if (!batch) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(sync::isValidIdentifier(batch->storeId) && sync::isValidIdentifier(batch->registerId));
    FUZZ_CHECK(batch->events.size() + batch->invalid.size() <= sync::kMaxEventsPerBatch);
    QSet<QString> ids;
    for (const auto &e : batch->events) {
        FUZZ_CHECK(sync::isValidEventId(e.id));
        FUZZ_CHECK(e.createdAt.isValid());
        FUZZ_CHECK(!e.kind.isEmpty());
        FUZZ_CHECK(!ids.contains(e.id));
        ids.insert(e.id);
    }
    for (const auto &r : batch->invalid) {
        FUZZ_CHECK(sync::isValidEventId(r.id) && !r.reason.isEmpty());
        FUZZ_CHECK(!ids.contains(r.id));
        ids.insert(r.id);
    }
    // What was accepted survives a round trip unchanged.
    sync::Batch valid = *batch;
    valid.invalid.clear();
    const auto again = sync::decodeBatch(sync::encodeBatch(valid), &error);
    FUZZ_CHECK(again && again->events.size() == valid.events.size() && again->invalid.isEmpty());
    for (qsizetype i = 0; i < valid.events.size(); ++i) {
        FUZZ_CHECK(again->events[i].id == valid.events[i].id &&
            again->events[i].kind == valid.events[i].kind &&
            again->events[i].payload == valid.events[i].payload);
    }
}

void checkAck(const QByteArray &body, const QStringList &sent)
{
    QString error;
    const auto ack = sync::decodeAck(body, sent, &error);
    if (!ack)
        return;
    // Only ids that were sent, each answered once.
    QSet<QString> answered;
    for (const QString &id : ack->acked) {
        FUZZ_CHECK(sent.contains(id) && !answered.contains(id));
        answered.insert(id);
    }
    for (const auto &r : ack->rejected) {
        FUZZ_CHECK(sent.contains(r.id) && !answered.contains(r.id));
        FUZZ_CHECK(r.reason.size() <= 500);
        answered.insert(r.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBatch(bytes);
    checkAck(bytes, {u"a"_s, u"b"_s, u"0199aaaa-0000-7000-8000-000000000001"_s});
    QString error;
    if (const auto e = sync::decodeEnrollment(bytes, &error)) {
        FUZZ_CHECK(sync::isValidIdentifier(e->storeId) && sync::isValidIdentifier(e->registerId));
        FUZZ_CHECK(e->token.size() >= 32 && e->token.size() <= 256);
    }
    sync::decodeErrorCode(bytes);
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    sync::Batch b;
    b.storeId = u"demo-paris-11"_s;
    b.registerId = u"01"_s;
    b.backlog = 12;
    b.events.append({u"0199aaaa-0000-7000-8000-000000000001"_s, u"ticket"_s,
        QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC),
        QJsonObject {{u"total"_s, 1250}, {u"lines"_s, QJsonArray {QJsonObject {{u"sku"_s, u"B1"_s}}}}}});
    b.events.append({u"a"_s, u"terminal-reading"_s, QDateTime(QDate(2026, 11, 23), QTime(10, 1), Qt::UTC),
        QJsonObject {{u"model"_s, u"SIM"_s}}});
    QList<QByteArray> out {sync::encodeBatch(b)};
    out.append(sync::encodeAck({{u"a"_s}, {{u"b"_s, u"invalid kind"_s}}}));
    out.append("{\"store\":{\"id\":\"demo-paris-11\",\"name\":\"D\"},\"register\":\"01\",\"token\":"
               "\"ej6G5qw9I9pgbvKWl8-01nOrPH63_j172XCoWmV8lOE\"}");
    out.append(sync::encodeError(u"batch.malformed"_s, u"not JSON"_s));
    out.append("{\"store\":\"s\",\"register\":\"r\",\"events\":[{\"id\":\"x\",\"kind\":\"BAD\",\"created_"
               "at\":\"\"}]}");
    return out;
}
