// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlookup.h"

#include "sync/changefeeds.h"
#include "sync/enroller.h"
#include "sync/syncprotocol.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLookup, "comptoir.crm.lookup", QtInfoMsg)

namespace comptoir {

namespace {

constexpr int kMaxAnswer = 4 * 1024 * 1024;

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

} // namespace

QJsonArray validCustomers(const QJsonValue &customers)
{
    QJsonArray out;
    for (const QJsonValue &v : customers.toArray()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        const QJsonObject record = v.toObject().value(u"record"_s).toObject();
        if (!sync::validateChange(sync::Feed::Customers, id, record).isEmpty()) {
            qCWarning(lcLookup) << "dropped a malformed customer from head office's answer:" << id.left(32);
            continue;
        }
        out.append(QJsonObject {{u"id"_s, id}, {u"record"_s, record}});
    }
    return out;
}

QJsonArray validHistory(const QJsonValue &entries)
{
    QJsonArray out;
    for (const QJsonValue &v : entries.toArray()) {
        const QJsonObject e = v.toObject();
        const QString channel = e.value(u"channel"_s).toString();
        const QString id = e.value(u"id"_s).toString();
        const bool ok = (channel == u"store"_s || channel == u"online"_s) && !id.isEmpty() &&
            id.size() <= 64 &&
            QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid() &&
            isWholeNumber(e.value(u"total_cents"_s)) &&
            std::abs(e.value(u"total_cents"_s).toInteger()) < 100'000'000 &&
            e.value(u"store_name"_s).toString().size() <= 120;
        if (!ok) {
            qCWarning(lcLookup) << "dropped a malformed history entry from head office's answer";
            continue;
        }
        out.append(e);
    }
    return out;
}

CustomerLookup::CustomerLookup(QUrl headOffice, QByteArray pinSha256, QObject *parent)
    : QObject(parent)
    , m_headOffice(std::move(headOffice))
    , m_pin(pinSha256.toLower().replace(':', ""))
    , m_net(new QNetworkAccessManager(this))
{ }

int CustomerLookup::send(
    const QString &path, const QString &query, bool post, std::function<void(int, const QJsonObject &)> done)
{
    const int request = ++m_next;
    if (!ready()) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT failed(request, Failure::Unreachable); }, Qt::QueuedConnection);
        return request;
    }
    QUrl url = sync::endpoint(m_headOffice, path);
    if (!query.isEmpty()) // every reserved character escaped: "+33 6..." stays a plus
        url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)), QUrl::StrictMode);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = post ? m_net->post(r, "{}"_ba) : m_net->get(r);
    pinCertificate(reply, m_pin);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            Q_EMIT failed(request, Failure::Unreachable);
            return;
        }
        const QByteArray body = reply->read(kMaxAnswer);
        if (status == 404 && sync::decodeErrorCode(body).endsWith(u".unknown"_s)) {
            Q_EMIT failed(request, Failure::NotFound);
            return;
        }
        if (status != 200) {
            Q_EMIT failed(request, Failure::Refused);
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qCWarning(lcLookup) << "head office's answer is not JSON," << body.size() << "bytes";
            Q_EMIT failed(request, Failure::Malformed);
            return;
        }
        done(request, doc.object());
    });
    return request;
}

int CustomerLookup::search(const QString &text)
{
    // The text itself is personal data: not logged.
    return send(u"/customers"_s, text, false, [this](int request, const QJsonObject &answer) {
        if (!answer.value(u"customers"_s).isArray()) {
            Q_EMIT failed(request, Failure::Malformed);
            return;
        }
        Q_EMIT found(request, validCustomers(answer.value(u"customers"_s)));
    });
}

int CustomerLookup::history(const QString &customerId)
{
    return send(u"/customers/%1/history"_s.arg(customerId), {}, false,
        [this, customerId](int request, const QJsonObject &answer) {
            if (answer.value(u"customer"_s).toString() != customerId ||
                !answer.value(u"entries"_s).isArray()) {
                Q_EMIT failed(request, Failure::Malformed);
                return;
            }
            Q_EMIT historyReceived(request, customerId, validHistory(answer.value(u"entries"_s)));
        });
}

int CustomerLookup::adopt(const QString &customerId)
{
    return send(u"/customers/%1/adopt"_s.arg(customerId), {}, true,
        [this, customerId](int request, const QJsonObject &answer) {
            const QJsonObject record = answer.value(u"record"_s).toObject();
            if (answer.value(u"customer"_s).toString() != customerId ||
                !sync::validateChange(sync::Feed::Customers, customerId, record).isEmpty()) {
                Q_EMIT failed(request, Failure::Malformed);
                return;
            }
            Q_EMIT adopted(request, customerId, record);
        });
}

int CustomerLookup::ticket(const QString &ticketId)
{
    if (ticketId.size() != 36 || QUuid::fromString(ticketId).isNull()) {
        const int request = ++m_next;
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT failed(request, Failure::NotFound); }, Qt::QueuedConnection);
        return request;
    }
    return send(u"/tickets/%1"_s.arg(ticketId.toLower()), {}, false,
        [this, ticketId](int request, const QJsonObject &answer) {
            const auto found = ChainTicket::fromJson(answer, ticketId);
            if (!found) {
                qCWarning(lcLookup) << "head office's ticket" << ticketId << "does not hold: not used";
                Q_EMIT failed(request, Failure::Malformed);
                return;
            }
            Q_EMIT ticketFound(request, *found);
        });
}

} // namespace comptoir
