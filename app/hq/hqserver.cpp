// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHq)

namespace comptoir::hq {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QByteArray &body, Status status = Status::Ok)
{
    QHttpServerResponse r("application/json"_ba, body, status);
    r.setHeader("Cache-Control"_ba, "no-store"_ba);
    return r;
}

QHttpServerResponse json(const QJsonObject &o, Status status = Status::Ok)
{
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse refuse(Status status, const QString &code, const QString &message)
{
    return json(sync::encodeError(code, message), status);
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray bearer(const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return {};
    return auth.mid(7).trimmed();
}

// Qt HttpServer has already buffered the body; refusing here still keeps it out of the
// database and tells the sender why.
std::optional<QHttpServerResponse> checkBody(const QHttpServerRequest &request)
{
    if (request.body().size() > sync::kMaxRequestBody)
        return refuse(Status::PayloadTooLarge, u"batch.too-large"_s,
            u"request body over %1 bytes"_s.arg(sync::kMaxRequestBody));
    const QByteArray type = header(request, "Content-Type");
    if (!type.startsWith("application/json"))
        return refuse(Status::UnsupportedMediaType, u"request.type"_s, u"send application/json"_s);
    return std::nullopt;
}

} // namespace

std::optional<QHttpServerResponse> HqServer::checkOperator(const QHttpServerRequest &request) const
{
    const auto allowed = m_service.authenticateOperator(bearer(request));
    if (!allowed)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    if (!*allowed)
        return refuse(Status::Unauthorized, u"auth.operator"_s, u"an operator token is needed"_s);
    return std::nullopt;
}

std::variant<RegisterIdentity, QHttpServerResponse> HqServer::checkRegister(
    const QHttpServerRequest &request) const
{
    const auto authenticated = m_service.authenticateRegister(bearer(request));
    if (!authenticated)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    if (!authenticated->has_value())
        return refuse(Status::Unauthorized, u"auth.token"_s, u"missing or unknown device token"_s);
    return **authenticated;
}

HqServer::HqServer(HqService &service, HqMasterData &masterData, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_masterData(masterData)
    , m_checkins(service.database())
    , m_customers(service.database())
    , m_notifier(service, m_checkins)
{
    using Method = QHttpServerRequest::Method;
    // For a load balancer: 200 only when this instance reaches its database.
    m_http.route(u"/healthz"_s, Method::Get, [this](const QHttpServerRequest &) {
        if (!m_service.ping())
            return refuse(Status::ServiceUnavailable, u"server.db"_s, u"the database does not answer"_s);
        return json(QJsonObject {{u"status"_s, u"ok"_s}, {u"schema"_s, HqDatabase::schemaVersion()}});
    });
    m_http.route(
        u"/api/v1/enroll"_s, Method::Post, [this](const QHttpServerRequest &r) { return enroll(r); });
    m_http.route(
        u"/api/v1/events"_s, Method::Post, [this](const QHttpServerRequest &r) { return events(r); });
    m_http.route(
        u"/api/v1/changes"_s, Method::Post, [this](const QHttpServerRequest &r) { return changes(r); });
    m_http.route(u"/api/v1/status"_s, Method::Get, [this](const QHttpServerRequest &r) { return status(r); });
    m_http.route(u"/api/v1/reports/sales"_s, Method::Get,
        [this](const QHttpServerRequest &r) { return salesReport(r); });
    m_http.route(
        u"/api/v1/checkins"_s, Method::Post, [this](const QHttpServerRequest &r) { return checkIn(r); });
    // Registers look up a customer their snapshot does not hold, and a customer's history.
    m_http.route(u"/api/v1/customers"_s, Method::Get,
        [this](const QHttpServerRequest &r) { return searchCustomers(r); });
    // A ticket of another register (a return in another store), with what came back of it.
    m_http.route(u"/api/v1/tickets/<arg>"_s, Method::Get,
        [this](const QString &id, const QHttpServerRequest &r) { return chainTicket(id, r); });
    m_http.route(u"/api/v1/customers/<arg>/history"_s, Method::Get,
        [this](const QString &id, const QHttpServerRequest &r) { return customerHistory(id, r); });
    m_http.route(u"/api/v1/customers/<arg>/adopt"_s, Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return adoptCustomer(id, r); });
    // The web shop's orders: the customer's history and points.
    m_http.route(
        u"/api/v1/orders"_s, Method::Post, [this](const QHttpServerRequest &r) { return onlineOrder(r); });
    // Registers listen for premium customers' arrival over WebSocket (/api/v1/notifications).
    // Qt 6.4 upgrades only a request a route handled without answering it: the responder form
    // of route(), writing nothing for an upgrade, hands the socket on untouched.
    m_http.route(
        u"/api/v1/notifications"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                return; // to newWebSocketConnection, then HqNotifier::adopt (token checked there)
            responder.write(sync::encodeError(u"notifications.websocket"_s, u"open a WebSocket here"_s),
                "application/json"_ba, QHttpServerResponder::StatusCode::BadRequest);
        });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_http.hasPendingWebSocketConnections())
            m_notifier.adopt(m_http.nextPendingWebSocketConnection());
    });
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(sync::encodeError(u"not-found"_s, u"no such resource or method"_s),
            "application/json"_ba, QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 HqServer::listen(const QHostAddress &address, quint16 port, const QString &certFile,
    const QString &keyFile, QString *error)
{
    if (!certFile.isEmpty()) {
        QFile cf(certFile), kf(keyFile);
        if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"cannot read %1 or %2"_s.arg(certFile, keyFile);
            return 0;
        }
        const QSslCertificate cert(&cf, QSsl::Pem);
        const QByteArray keyPem = kf.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            if (error)
                *error = u"%1 / %2: not a PEM certificate and private key"_s.arg(certFile, keyFile);
            return 0;
        }
        m_http.sslSetup(cert, key);
    }
    const quint16 bound = m_http.listen(address, port);
    if (!bound && error)
        *error = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
    return bound;
}

QHttpServerResponse HqServer::enroll(const QHttpServerRequest &request)
{
    if (auto refused = checkBody(request))
        return std::move(*refused);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject o = doc.object();
    const QString code = o.value(u"code"_s).toString();
    if (!doc.isObject() || code.isEmpty() || code.size() > 64)
        return refuse(
            Status::BadRequest, u"request.malformed"_s, u"expected {\"code\": ..., \"device\": {...}}"_s);
    const QJsonObject device = o.value(u"device"_s).toObject();
    auto enrolled =
        m_service.enroll(code, device.value(u"name"_s).toString(), device.value(u"version"_s).toString());
    if (!enrolled) {
        if (enrolled.error().code == u"enroll.refused"_s) // unknown, used and expired alike
            return refuse(Status::Forbidden, enrolled.error().code, enrolled.error().message);
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    }
    return json(QJsonObject {
        {u"store"_s, QJsonObject {{u"id"_s, enrolled->storeId}, {u"name"_s, enrolled->storeName}}},
        {u"register"_s, enrolled->registerId},
        {u"token"_s, enrolled->token},
    });
}

QHttpServerResponse HqServer::changes(const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    const RegisterIdentity who = std::get<RegisterIdentity>(checked);
    if (auto refused = checkBody(request))
        return std::move(*refused);
    QString error;
    const auto wanted = sync::decodeChangesRequest(request.body(), &error);
    if (!wanted)
        return refuse(Status::BadRequest, u"request.malformed"_s, error);
    // A register with nothing to send asks for changes every sync interval: head office's
    // status shows it alive.
    if (auto s = m_service.noteContact(who); !s)
        qCWarning(lcHq) << "contact not noted:" << s.error().message;
    // Only the register's own store: the scope comes from the token, never from the request.
    auto answer = m_masterData.changes(who, *wanted);
    if (!answer) {
        qCWarning(lcHq) << "changes failed:" << answer.error().message;
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    }
    return json(*answer);
}

QHttpServerResponse HqServer::events(const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    const std::optional<RegisterIdentity> who = std::get<RegisterIdentity>(checked);
    if (auto refused = checkBody(request))
        return std::move(*refused);
    QString error;
    const auto batch = sync::decodeBatch(request.body(), &error);
    if (!batch)
        return refuse(Status::BadRequest, u"batch.malformed"_s, error);
    auto ack = m_service.ingest(*who, *batch);
    if (!ack) {
        if (ack.error().code == u"register.mismatch"_s)
            return refuse(Status::Forbidden, ack.error().code, ack.error().message);
        // A database error (a lost PostgreSQL connection, a deadlock): nothing was committed;
        // the register sends the batch again.
        qCWarning(lcHq) << "ingest failed:" << ack.error().message;
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    }
    return json(sync::encodeAck(*ack));
}

QHttpServerResponse HqServer::status(const QHttpServerRequest &request)
{
    if (auto refused = checkOperator(request))
        return std::move(*refused);
    const QString store = request.query().queryItemValue(u"store"_s);
    const auto registers = m_service.syncStatus(store);
    if (!registers)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    return json(QJsonObject {{u"registers"_s, *registers}});
}

QHttpServerResponse HqServer::checkIn(const QHttpServerRequest &request)
{
    if (auto refused = checkOperator(request))
        return std::move(*refused);
    if (auto refused = checkBody(request))
        return std::move(*refused);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto outcome = m_checkins.checkIn(body.value(u"customer"_s).toString(),
        body.value(u"store"_s).toString(), body.value(u"source"_s).toString(u"api"_s));
    if (!outcome) {
        if (outcome.error().code.startsWith(u"checkin."_s))
            return refuse(Status::UnprocessableEntity, outcome.error().code, outcome.error().message);
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    }
    return json(QJsonObject {{u"notified"_s, outcome->notified}, {u"reason"_s, outcome->reason}});
}

QHttpServerResponse HqServer::searchCustomers(const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    // What the clerk typed is personal data: never logged.
    const QString text = request.query().queryItemValue(u"q"_s, QUrl::FullyDecoded);
    if (text.trimmed().size() < 2 || text.size() > 120)
        return refuse(Status::BadRequest, u"search.text"_s, u"q: 2 to 120 characters"_s);
    const int limit = std::clamp(request.query().queryItemValue(u"limit"_s).toInt(), 1, 50);
    const auto found = m_customers.search(text, request.query().hasQueryItem(u"limit"_s) ? limit : 20);
    if (!found)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    return json(QJsonObject {{u"customers"_s, *found}});
}

QHttpServerResponse HqServer::customerHistory(const QString &customerId, const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    if (!sync::isValidIdentifier(customerId))
        return refuse(Status::BadRequest, u"customer.id"_s, u"not a customer id"_s);
    const auto entries = m_customers.history(customerId, 50);
    if (!entries)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    return json(QJsonObject {{u"customer"_s, customerId}, {u"entries"_s, *entries}});
}

QHttpServerResponse HqServer::chainTicket(const QString &ticketId, const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    if (ticketId.size() != 36 || QUuid::fromString(ticketId).isNull())
        return refuse(Status::BadRequest, u"ticket.id"_s, u"not a ticket id"_s);
    const auto found = m_service.chainTicket(ticketId.toLower());
    if (!found)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    if (!*found)
        return refuse(Status::NotFound, u"ticket.unknown"_s, u"no such ticket at head office"_s);
    return json(**found);
}

QHttpServerResponse HqServer::adoptCustomer(const QString &customerId, const QHttpServerRequest &request)
{
    auto checked = checkRegister(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&checked))
        return std::move(*refused);
    const RegisterIdentity who = std::get<RegisterIdentity>(checked);
    if (!sync::isValidIdentifier(customerId))
        return refuse(Status::BadRequest, u"customer.id"_s, u"not a customer id"_s);
    const auto record = m_customers.adopt(customerId, who.storeId);
    if (!record)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    if (!*record)
        return refuse(Status::NotFound, u"customer.unknown"_s, u"no such customer"_s);
    qCInfo(lcHq) << "customer" << customerId << "now kept by store" << who.storeId;
    return json(QJsonObject {{u"customer"_s, customerId}, {u"record"_s, **record}});
}

QHttpServerResponse HqServer::onlineOrder(const QHttpServerRequest &request)
{
    if (auto refused = checkOperator(request))
        return std::move(*refused);
    if (auto refused = checkBody(request))
        return std::move(*refused);
    const auto order = HqCustomers::orderFromJson(QJsonDocument::fromJson(request.body()).object());
    if (!order)
        return refuse(Status::UnprocessableEntity, order.error().code, order.error().message);
    const auto recorded = m_customers.recordOnlineOrder(*order);
    if (!recorded) {
        if (recorded.error().code == u"customer.unknown"_s)
            return refuse(Status::UnprocessableEntity, recorded.error().code, recorded.error().message);
        qCWarning(lcHq) << "online order failed:" << recorded.error().message;
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    }
    return json(QJsonObject {{u"order"_s, order->id}, {u"recorded"_s, *recorded}});
}

QHttpServerResponse HqServer::salesReport(const QHttpServerRequest &request)
{
    if (auto refused = checkOperator(request))
        return std::move(*refused);
    const QUrlQuery query = request.query();
    const QString from = query.queryItemValue(u"from"_s);
    const QString to = query.queryItemValue(u"to"_s);
    const QDate f = QDate::fromString(from, Qt::ISODate), t = QDate::fromString(to, Qt::ISODate);
    if (!f.isValid() || !t.isValid() || f > t || f.daysTo(t) > 366)
        return refuse(Status::BadRequest, u"report.range"_s,
            u"from and to: dates YYYY-MM-DD, at most 366 days apart"_s);
    const auto report = m_service.salesReport(from, to, query.queryItemValue(u"store"_s));
    if (!report)
        return refuse(Status::ServiceUnavailable, u"server.db"_s, u"try again later"_s);
    return json(*report);
}

} // namespace comptoir::hq
