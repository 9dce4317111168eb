// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hqcheckins.h"
#include "hqcustomers.h"
#include "hqmasterdata.h"
#include "hqservice.h"

#include <QHttpServer>
#include <QHttpServerResponse>

#include <variant>

namespace comptoir::hq {

// The head office's HTTP API (app/hq/openapi.yaml) over Qt HttpServer. Stateless: everything
// it knows is in the database, so instances can sit side by side behind a load balancer.
// Every answer is JSON; every refusal is a 4xx with {"error": {"code", "message"}} and
// changes nothing.
class HqServer : public QObject
{
    Q_OBJECT
public:
    HqServer(HqService &service, HqMasterData &masterData, QObject *parent = nullptr);

    // TLS when a certificate and key (PEM files) are given. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QString &certFile = {},
        const QString &keyFile = {}, QString *error = nullptr);

private:
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse events(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);
    // The register a device token names, or the refusal to answer.
    std::variant<RegisterIdentity, QHttpServerResponse> checkRegister(
        const QHttpServerRequest &request) const;
    QHttpServerResponse status(const QHttpServerRequest &request);
    QHttpServerResponse salesReport(const QHttpServerRequest &request);
    QHttpServerResponse checkIn(const QHttpServerRequest &request);
    QHttpServerResponse searchCustomers(const QHttpServerRequest &request);
    QHttpServerResponse customerHistory(const QString &customerId, const QHttpServerRequest &request);
    QHttpServerResponse chainTicket(const QString &ticketId, const QHttpServerRequest &request);
    QHttpServerResponse adoptCustomer(const QString &customerId, const QHttpServerRequest &request);
    QHttpServerResponse onlineOrder(const QHttpServerRequest &request);
    std::optional<QHttpServerResponse> checkOperator(const QHttpServerRequest &request) const;

    HqService &m_service;
    HqMasterData &m_masterData;
    HqCheckins m_checkins;
    HqCustomers m_customers;
    HqNotifier m_notifier;
    QHttpServer m_http;
};

} // namespace comptoir::hq
