// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::sync {

namespace {

bool idChars(QStringView id, qsizetype max)
{
    if (id.isEmpty() || id.size() > max)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
            u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidKind(QStringView kind)
{
    if (kind.isEmpty() || kind.size() > 40)
        return false;
    for (QChar c : kind) {
        if (!((c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    }
    return true;
}

QString utc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    if (body.size() > kMaxRequestBody) {
        *error = u"body of %1 bytes, over the %2 limit"_s.arg(body.size()).arg(kMaxRequestBody);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = u"not JSON: %1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

QUrl endpoint(const QUrl &headOffice, QStringView path)
{
    QUrl url = headOffice;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QLatin1StringView(kApiPrefix) + path);
    return url;
}

bool isValidEventId(QStringView id)
{
    return idChars(id, 64);
}

bool isValidIdentifier(QStringView id)
{
    return idChars(id, 32);
}

QByteArray encodeBatch(const Batch &batch)
{
    QJsonArray events;
    for (const Event &e : batch.events) {
        events.append(QJsonObject {{u"id"_s, e.id}, {u"kind"_s, e.kind}, {u"created_at"_s, utc(e.createdAt)},
            {u"payload"_s, e.payload}});
    }
    QJsonObject root {{u"store"_s, batch.storeId}, {u"register"_s, batch.registerId}, {u"events"_s, events}};
    if (batch.backlog >= 0)
        root.insert(u"backlog"_s, batch.backlog);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Batch> decodeBatch(const QByteArray &body, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    Batch batch;
    batch.storeId = root->value(u"store"_s).toString();
    batch.registerId = root->value(u"register"_s).toString();
    if (!isValidIdentifier(batch.storeId) || !isValidIdentifier(batch.registerId)) {
        *error = u"\"store\" and \"register\" must be identifiers"_s;
        return std::nullopt;
    }
    const QJsonValue backlog = root->value(u"backlog"_s);
    if (backlog.isDouble() && backlog.toDouble() >= 0 && backlog.toDouble() < 1e12)
        batch.backlog = qint64(backlog.toDouble());
    const QJsonValue eventsValue = root->value(u"events"_s);
    if (!eventsValue.isArray()) {
        *error = u"\"events\" must be an array"_s;
        return std::nullopt;
    }
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > kMaxEventsPerBatch) {
        *error = u"%1 events, over the %2 per batch limit"_s.arg(events.size()).arg(kMaxEventsPerBatch);
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        if (!isValidEventId(id)) {
            *error = u"an event without a valid \"id\""_s;
            return std::nullopt;
        }
        if (seen.contains(id)) {
            *error = u"event %1 twice in one batch"_s.arg(id);
            return std::nullopt;
        }
        seen.insert(id);
        Event e;
        e.id = id;
        e.kind = o.value(u"kind"_s).toString();
        e.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        const QJsonValue payload = o.value(u"payload"_s);
        if (!isValidKind(e.kind))
            batch.invalid.append({id, u"invalid kind"_s});
        else if (!e.createdAt.isValid())
            batch.invalid.append({id, u"invalid created_at"_s});
        else if (!payload.isObject())
            batch.invalid.append({id, u"payload is not an object"_s});
        else {
            if (e.createdAt.timeSpec() == Qt::LocalTime) // no offset given: UTC, never this server's zone
                e.createdAt.setTimeSpec(Qt::UTC);
            e.createdAt = e.createdAt.toUTC();
            e.payload = payload.toObject();
            batch.events.append(std::move(e));
        }
    }
    return batch;
}

QByteArray encodeAck(const BatchAck &ack)
{
    QJsonArray rejected;
    for (const Rejection &r : ack.rejected)
        rejected.append(QJsonObject {{u"id"_s, r.id}, {u"reason"_s, r.reason}});
    return QJsonDocument(
        QJsonObject {{u"acked"_s, QJsonArray::fromStringList(ack.acked)}, {u"rejected"_s, rejected}})
        .toJson(QJsonDocument::Compact);
}

std::optional<BatchAck> decodeAck(const QByteArray &body, const QStringList &sent, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QSet<QString> sentSet(sent.begin(), sent.end());
    const QJsonValue acked = root->value(u"acked"_s);
    const QJsonValue rejected = root->value(u"rejected"_s);
    if (!acked.isArray() || !(rejected.isArray() || rejected.isUndefined())) {
        *error = u"\"acked\" and \"rejected\" must be arrays"_s;
        return std::nullopt;
    }
    BatchAck ack;
    QSet<QString> answered;
    for (const QJsonValue &v : acked.toArray()) {
        const QString id = v.toString();
        if (!sentSet.contains(id) || answered.contains(id)) {
            *error = u"acknowledges an event that was not sent, or twice"_s;
            return std::nullopt;
        }
        answered.insert(id);
        ack.acked.append(id);
    }
    for (const QJsonValue &v : rejected.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        if (!sentSet.contains(id) || answered.contains(id)) {
            *error = u"rejects an event that was not sent, or one it also acknowledged"_s;
            return std::nullopt;
        }
        answered.insert(id);
        ack.rejected.append({id, o.value(u"reason"_s).toString().left(500)});
    }
    return ack;
}

QByteArray encodeEnrollRequest(const QString &code, const QString &deviceName, const QString &appVersion)
{
    return QJsonDocument(
        QJsonObject {{u"code"_s, code},
            {u"device"_s, QJsonObject {{u"name"_s, deviceName}, {u"version"_s, appVersion}}}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Enrollment> decodeEnrollment(const QByteArray &body, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    Enrollment e;
    const QJsonObject store = root->value(u"store"_s).toObject();
    e.storeId = store.value(u"id"_s).toString();
    e.storeName = store.value(u"name"_s).toString();
    e.registerId = root->value(u"register"_s).toString();
    e.token = root->value(u"token"_s).toString();
    if (!isValidIdentifier(e.storeId) || !isValidIdentifier(e.registerId) || e.token.size() < 32 ||
        e.token.size() > 256) {
        *error = u"an enrollment needs a store, a register and a token"_s;
        return std::nullopt;
    }
    return e;
}

QByteArray encodeError(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}})
        .toJson(QJsonDocument::Compact);
}

QString decodeErrorCode(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024));
    return doc.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace comptoir::sync
